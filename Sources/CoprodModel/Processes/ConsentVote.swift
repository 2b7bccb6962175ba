import Foundation

/// How a resident voted on a facility at its latest consent vote (spec §12): the `F.vote` metric.
public enum VoteChoice: String, CaseIterable, Sendable {
    /// She has not voted on it (no vote held, a renter, or an unaware owner not reached).
    case none
    /// She approved.
    case yes
    /// She voted against.
    case no

    /// The choice recorded in `vote`, `none` when there is none.
    public init(_ vote: VoteExplanation?) {
        guard let vote else {
            self = .none
            return
        }
        self = vote.approved ? .yes : .no
    }
}

/// The terms of one owner's vote on a facility (spec §12), kept for `explain`.
///
/// The approval probability is `σ(steepness·(attitude + identificationTerm + councilTerm −
/// crowdingTerm − threshold))`; ``recomputed`` gives it back from the listed terms.
public struct VoteExplanation: Hashable, Sendable {
    public var week: Int
    /// She was unaware of the facility and was reached by outreach or the council to vote.
    public var reached: Bool
    /// Attitude `A = sqrt(need·salience)·benefit` this week (by-floor benefit included). `0...1`.
    public var attitude: Double
    /// Her floor, `1...6`, and the benefit it gave (1 unless the facility is by-floor).
    public var floor: Int
    public var benefit: Double
    /// Identification and responsibility after this week's cognitive process. `0...1`.
    public var identification: Double
    public var responsibility: Double
    /// This week's council and incentive strengths on the facility. `0...1`.
    public var council: Double
    public var incentive: Double
    /// `w_id·(ident − 0.5)`.
    public var identificationTerm: Double
    /// `w_co·council`.
    public var councilTerm: Double
    /// `w_cr·incentive·resp` (subtracted: the crowding-out of a cash offer).
    public var crowdingTerm: Double
    /// The constants in force: `k_v` (``SecondStageParameters/voteSteepness``) and `θ_v`
    /// (``SecondStageParameters/voteThreshold``).
    public var steepness: Double
    public var threshold: Double
    /// Probability of approving.
    public var probability: Double
    /// Whether she approved.
    public var approved: Bool

    /// The approval probability the listed terms give:
    /// `σ(steepness·(attitude + identificationTerm + councilTerm − crowdingTerm − threshold))`.
    public var recomputed: Double {
        logistic(steepness * (attitude + identificationTerm + councilTerm - crowdingTerm - threshold))
    }
}

extension Model {
    /// The approval terms of owner i on facility f this week (spec §12):
    /// `σ(k_v·(A_i + w_id·(ident_i − 0.5) + w_co·council_f − w_cr·incentive_f·resp_i − θ_v))`, with
    /// `A_i` §4's attitude (by-floor benefit included), identification and responsibility as the
    /// cognitive process left them, and this week's levers `lev`. Constants:
    /// ``SecondStageParameters`` (`voteSteepness` 6, `voteThreshold` 0.47, `voteIdentification`
    /// 1.0, `voteCouncil` 0.5, `voteCrowding` 1.0). `approved` and `reached` are left for the caller.
    /// - Parameters:
    ///   - f: the facility.
    ///   - i: the resident (0-based).
    ///   - lev: this week's levers of f.
    ///   - floor: her floor, `1...6`, if the caller has it (else it is looked up).
    /// - Returns: The terms and the approval probability they give.
    public func voteTerms(_ f: Int, _ i: Int, levers lev: Levers, floor: Int? = nil) -> VoteExplanation {
        let p = scenario.parameters
        let v = p.secondStageValues
        let spec = scenario.facilities[f]
        let fl = floor ?? self.floor(of: i)
        let b = benefit(spec, i, floor: fl)
        let attitude = (population.need[i] * spec.salience).squareRoot() * b
        let ident = population.identification[i]
        let resp = population.responsibility[i]
        let idTerm = v.voteIdentification * (ident - 0.5)
        let coTerm = v.voteCouncil * lev.council
        let crTerm = v.voteCrowding * lev.incentive * resp
        let prob = logistic(v.voteSteepness * (attitude + idTerm + coTerm - crTerm - v.voteThreshold))
        return VoteExplanation(
            week: week, reached: false, attitude: attitude, floor: fl, benefit: b, identification: ident,
            responsibility: resp, council: lev.council, incentive: lev.incentive, identificationTerm: idTerm,
            councilTerm: coTerm, crowdingTerm: crTerm, steepness: v.voteSteepness, threshold: v.voteThreshold,
            probability: prob, approved: false)
    }

    /// True when facility f waits for its owners' consent: `consent civil-code-278`, in design,
    /// its design work done (progress 1) and no vote passed yet (spec §12).
    func heldAtVote(_ f: Int) -> Bool {
        let st = facilities[f]
        return scenario.facilities[f].consent == .civilCode278 && st.phase == .design && st.vote.passedAt == nil
            && st.progress >= 1
    }

    /// Holds facility f's consent vote this week (spec §12, PRC Civil Code art. 278 by head count).
    ///
    /// Voters are the served owners counted now. An owner aware of f (her stage at the start of the
    /// production process, any stage but unaware) votes; an unaware one is reached with probability
    /// `max(outreach_f, council_f)` (this week's levers) and then votes and becomes aware of f. Each
    /// voter approves with the probability of ``voteTerms(_:_:levers:floor:)``. The vote passes when
    /// `3·voters ≥ 2·owners` and `4·approvals ≥ 3·voters`; with no voters it fails. A failed vote
    /// sets the next one `voteRetryWeeks` (8) weeks later. Draws: the processes `voteReach` and
    /// `voteApproval` of ``StepDraws``, so no other draw changes. The vote is an event.
    /// - Returns: true when the vote passed.
    mutating func holdVote(_ f: Int, levers lev: Levers) -> Bool {
        let n = population.count
        let spec = scenario.facilities[f]
        let reachDraws = StepDraws(seed: scenario.seed, week: week, process: .voteReach)
        let approveDraws = StepDraws(seed: scenario.seed, week: week, process: .voteApproval)
        let reach = max(lev.outreach, lev.council)
        let byFloor = spec.benefit == .byFloor
        let floors = byFloor ? self.floors : []
        let base = f * n
        var count = VoteCount(owners: 0, voters: 0, approvals: 0)
        for i in 0..<n where population.tenure[i] == .owner && serves(spec, i) {
            count.owners += 1
            let k = base + i
            var reached = false
            if stage[k] == .unaware {
                guard reachDraws.uniform(f, i) < reach else { continue }
                stage[k] = .aware
                reached = true
            }
            count.voters += 1
            var terms = voteTerms(f, i, levers: lev, floor: byFloor ? floors[i] : 1)
            let approved = approveDraws.uniform(f, i) < terms.probability
            if approved { count.approvals += 1 }
            if recordedPairs.contains(k) && (recordedResident < 0 || recordedResident == i) {
                terms.reached = reached
                terms.approved = approved
                storedRecords.lastVote[k] = terms
            }
        }
        let passed = count.passes
        var st = facilities[f]
        st.vote.votes += 1
        st.vote.latest = count
        if passed {
            st.vote.passedAt = week
            st.vote.nextVote = nil
        } else {
            st.vote.nextVote = week + max(1, scenario.parameters.secondStageValues.voteRetryWeeks)
        }
        facilities[f] = st
        events.append(
            ModelEvent(week: week, facility: spec.name, kind: .vote(count, passed: passed, nextVote: st.vote.nextVote)))
        return passed
    }

    /// A week in which facility f is held at the vote (spec §12): in design with progress 1, no work
    /// gained and no inputs spent, visible progress 0, quality still following co-design coverage;
    /// the vote is held again in its week, and if it passes the facility enters construction.
    mutating func advanceHeldAtVote(_ f: Int, levers lev: Levers) {
        let p = scenario.parameters
        var st = facilities[f]
        st.vote.stalledWeeks += 1
        st.visibleProgress = 0
        st.quality = clamp01(
            p.qualityBase + p.coverageInQuality * st.coverage
                * ((1 - p.qualityResponsiveness) + p.qualityResponsiveness * lev.responsiveness))
        facilities[f] = st
        guard let due = st.vote.nextVote, week >= due, holdVote(f, levers: lev) else { return }
        enterConstructionAfterConsent(f)
    }

    /// Design is done and consent given: the facility enters construction (spec §5, §12).
    mutating func enterConstructionAfterConsent(_ f: Int) {
        facilities[f].phase = .construction
        facilities[f].progress = 0
        events.append(ModelEvent(week: week, facility: scenario.facilities[f].name, kind: .phase(.construction)))
    }
}
