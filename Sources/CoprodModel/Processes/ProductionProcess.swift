import Foundation

/// Something that happened to a facility, for step reports and the event log.
public struct ModelEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Entered a new phase.
        case phase(Phase)
        /// Entered maintenance (complete), with its quality.
        case completed(quality: Double)
        /// Condition fell below `degradedThreshold` (0.3).
        case degraded
        /// A consent vote was held (spec §12): its head count, whether it passed, and the week of
        /// the next vote after a failure.
        case vote(VoteCount, passed: Bool, nextVote: Int?)
    }
    public var week: Int
    public var facility: String
    public var kind: Kind
}

extension Model {
    /// Step 4 of spec §2, the production process (spec §5), for every facility (defaults of
    /// ``Parameters`` in brackets):
    /// - resident input `e_i = time·(sk·skill + 1 − sk)·(1 + roleResidentBoost·role)` summed over
    ///   active residents (E), `sk` the phase's `skillWeight…` [0.2, 0.6, 0.5, 0.2], boost [0.5];
    ///   a performative participant (spec §12, ``Model/isPerformative(_:_:)``) adds
    ///   `performativeInput·e_i` [0.3] and nothing to coverage;
    /// - government input `G = budget·(1 − roleGovernmentCut·role)` [0.5]; with a market partner
    ///   (spec §12) until completion `G = max(0, G − fee·B)` and a third producer `P = B`:
    ///   `Q = (a(1−b)·G^ρ + b·P^ρ + (1−a)(1−b)·E^ρ)^(1/ρ)`, `b` = `partnerShare` [0.3];
    /// - co-production `Q = (a·G^ρ + (1−a)·E^ρ)^(1/ρ)` (CES, `cesRho` [0.5], computed as
    ///   `(a·√G + (1−a)·√E)²` at 0.5; Parks et al. 1981), `progress += Q/phaseWork`;
    /// - co-design coverage while in planning or design, quality fixed at the end of design as
    ///   `clamp(qualityBase + coverageInQuality·coverage·((1 − qualityResponsiveness) +
    ///   qualityResponsiveness·responsiveness))` [0.3, 0.7, 0.5];
    /// - in maintenance `condition ← clamp(condition − conditionDecay + conditionResidents·E +
    ///   conditionGovernment·G)` [0.02, 0.01, 0.002], degraded below `degradedThreshold` [0.3];
    /// - `visibleProgress = min(1, visibility·min(1, visibleProgressGain·gained))` [10], 0 in
    ///   maintenance (spec §6).
    /// Returns the facilities that were completed this week.
    mutating func productionProcess(_ ctx: StepContext) -> [Int] {
        let n = population.count
        let p = scenario.parameters
        var completed: [Int] = []
        for f in facilities.indices {
            let spec = scenario.facilities[f]
            var st = facilities[f]
            let sk = p.skillWeight(st.phase)
            let roleBoost = 1 + p.roleResidentBoost * st.role
            let base = f * n
            let codesign = st.phase == .planning || st.phase == .design
            let performativeOn = scenario.performative
            let s2 = p.secondStageValues
            var performative = 0
            var e = 0.0
            for i in 0..<n where stage[base + i] == .active {
                let input = population.time[i] * (sk * population.skill[i] + 1 - sk) * roleBoost
                // Performative participation (spec §12): counts as active, input cut, no coverage.
                if performativeOn && channel[base + i] == .mobilised
                    && population.identification[i] < s2.performativeIdentification
                {
                    e += input * s2.performativeInput
                    performative += 1
                    continue
                }
                e += input
                if codesign && serves(spec, i) {
                    st.coveredCells |= 1 << demographicCell(population.age[i], population.tenure[i])
                }
            }
            st.performative = performative
            facilities[f] = st
            if advance(f, residentInput: e, levers: ctx.levers[f]) { completed.append(f) }
        }
        return completed
    }

    /// The facility-level half of the production process for facility f, once the residents'
    /// input `e` (work units, `0...`) is summed and the covered cells are marked: government input,
    /// CES output, progress, quality, condition, visible progress and events (spec §5, §6).
    /// - Returns: true when f entered maintenance this week.
    mutating func advance(_ f: Int, residentInput e: Double, levers lev: Levers) -> Bool {
        if heldAtVote(f) {
            facilities[f].residentInputThisWeek = 0
            advanceHeldAtVote(f, levers: lev)
            return false
        }
        let spec = scenario.facilities[f]
        let p = scenario.parameters
        var st = facilities[f]
        var completed = false
        let budget =
            st.phase == .maintenance ? scenario.government.maintenanceBudget : scenario.government.budget
        var g = budget * (1 - p.roleGovernmentCut * st.role)
        // A market partner produces until the facility is complete and takes its fee out of G.
        let partner = st.phase == .maintenance ? nil : spec.activePartner
        if let partner {
            g = partner.governmentInput(g)
            st.partnerWork += partner.budget
        }
        st.governmentWork += g
        st.residentWork += e
        st.residentInputThisWeek = e
        if st.phase == .maintenance {
            st.condition = clamp01(
                st.condition - p.conditionDecay + p.conditionResidents * e + p.conditionGovernment * g)
            st.visibleProgress = 0
            if st.condition < p.degradedThreshold && !st.degraded {
                st.degraded = true
                events.append(ModelEvent(week: week, facility: spec.name, kind: .degraded))
            }
        } else {
            let a = p.governmentShare(st.phase, complexity: spec.complexity)
            let q: Double
            if let partner {
                q = MarketPartner.output(
                    a: a, b: p.secondStageValues.partnerShare, rho: p.cesRho, government: g, partner: partner.budget,
                    residents: e)
            } else if p.cesRho == 0.5 {
                let root = a * g.squareRoot() + (1 - a) * e.squareRoot()
                q = root * root
            } else {
                q = pow(a * pow(g, p.cesRho) + (1 - a) * pow(e, p.cesRho), 1 / p.cesRho)
            }
            let phaseWork = max(spec.cost * p.workShare(st.phase), .leastNormalMagnitude)
            let gained = q / phaseWork
            st.progress += gained
            st.visibleProgress = min(1, lev.visibility * min(1, p.visibleProgressGain * gained))
            if st.phase == .planning || st.phase == .design {
                st.quality = clamp01(
                    p.qualityBase + p.coverageInQuality * st.coverage
                        * ((1 - p.qualityResponsiveness) + p.qualityResponsiveness * lev.responsiveness))
            }
            if st.progress >= 1 && st.phase == .design && spec.consent == .civilCode278 && st.vote.passedAt == nil {
                // Design is done: the owners vote (spec §12); a failed vote holds it at progress 1.
                st.progress = 1
                facilities[f] = st
                if holdVote(f, levers: lev) { enterConstructionAfterConsent(f) }
                return false
            }
            if st.progress >= 1, let next = st.phase.next {
                st.phase = next
                st.progress = 0
                if next == .maintenance {
                    st.completedAt = week
                    st.condition = 1
                    completed = true
                    events.append(ModelEvent(week: week, facility: spec.name, kind: .completed(quality: st.quality)))
                } else {
                    events.append(ModelEvent(week: week, facility: spec.name, kind: .phase(next)))
                }
            }
        }
        facilities[f] = st
        return completed
    }
}
