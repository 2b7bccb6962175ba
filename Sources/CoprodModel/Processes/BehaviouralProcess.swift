import Foundation

/// The terms of one resident's decision to join a facility (spec §4), kept for `explain`.
public struct JoinExplanation: Hashable, Sendable {
    public var week: Int
    /// True when she had lapsed before (re-entry at one fifth of the probability).
    public var reentry: Bool
    /// Attitude `A = sqrt(need·salience)·benefit`. `0...1`.
    public var attitude: Double
    /// Subjective norm `S`: share of her ties active on the facility. `0...1`.
    public var norm: Double
    /// Perceived behavioural control `C = ease·sqrt(efficacy·time)`. `0...1`.
    public var control: Double
    public var identification: Double
    public var responsibility: Double
    /// Autonomous utility `U`, the weighted mean of the five terms. `0...1`.
    public var utility: Double
    /// Weekly probability of joining on her own (with the platform's online channel).
    public var pAuto: Double
    /// Weekly probability of being mobilised (`outreachTerm + incentiveTerm`).
    public var pMob: Double
    public var outreachTerm: Double
    public var incentiveTerm: Double
    /// Probability of joining that week (divided by five for a re-entry).
    public var probability: Double
    public var channel: Channel
    public var incentiveDriven: Bool
    /// The weights in force (wA, wS, wC, wI, wR).
    public var weights: [Double]
    /// The platform's online channel, `onlineChannel·platform·digital` (0 without a platform):
    /// `pAuto = 1 − (1 − autonomousJoinRate·σ(joinSteepness·(U − joinThreshold)))·(1 − onlineTerm)`.
    public var onlineTerm = 0.0
    /// What a re-entry divides the probability by, `1/reentryShare` (5 with the defaults).
    public var reentryDivisor = 5.0
    /// The constants of `pAuto` in force: `autonomousJoinRate`, `joinSteepness`, `joinThreshold`.
    public var joinRate = 0.03
    public var joinSteepness = 14.0
    public var joinThreshold = 0.52
    /// Her ties active on the facility at the start of the week, and her ties in all. This and the
    /// fields below are set only when an activist reached her (``activistTies`` > 0), else 0.
    public var activeTies = 0
    public var degree = 0
    /// Active activists among those ties (spec §12), each counted ``activistWeight`` times in the
    /// norm's numerator: `S = min(1, (activeTies + (activistWeight − 1)·activistTies)/degree)`.
    public var activistTies = 0
    public var activistWeight = 1.0
    /// The outreach she felt: this week's lever ``leverOutreach``, raised to at least
    /// `activistOutreach` when an activist reached her (spec §12); `outreachTerm = outreach ·
    /// outreachPerUnit`, `outreachPerUnit = trust·(1 − roleOutreachCut·role)·outreachJoinRate`.
    public var outreach = 0.0
    public var leverOutreach = 0.0
    /// `activistOutreach`: `outreach = max(leverOutreach, outreachFloor)`.
    public var outreachFloor = 0.0
    public var outreachPerUnit = 0.0

    /// The norm the listed tie counts give (see ``activistTies``). Equal to ``norm`` up to rounding.
    public var recomputedNorm: Double {
        degree == 0 ? 0 : min(1, (Double(activeTies) + (activistWeight - 1) * Double(activistTies)) / Double(degree))
    }

    /// The utility the listed pulls give: `0.5 + Σ pulls` (the pulls are each term's share of
    /// `U − 0.5`), 0 when every weight is 0. Equal to ``utility`` up to rounding.
    public var recomputedUtility: Double {
        weights.reduce(0, +) > 0 ? 0.5 + pulls.reduce(0) { $0 + $1.pull } : 0
    }

    /// The joining probability the listed terms give: `pAuto` from ``recomputedUtility`` and
    /// ``onlineTerm``, `pMob = outreachTerm + incentiveTerm`, `1 − (1−pAuto)(1−pMob)`, divided by
    /// ``reentryDivisor`` for a re-entry. Equal to ``probability`` up to rounding.
    public var recomputedProbability: Double {
        let pa = 1 - (1 - joinRate * logistic(joinSteepness * (recomputedUtility - joinThreshold))) * (1 - onlineTerm)
        let prob = 1 - (1 - pa) * (1 - (outreachTerm + incentiveTerm))
        return reentry ? prob / reentryDivisor : prob
    }

    /// Each utility term's pull: `w·(x − 0.5)/Σw`, positive when the term pushed her toward joining.
    /// The baseline is the neutral point 0.5 of every term: the pulls add up to `U − 0.5`.
    public var pulls: [(term: String, pull: Double)] {
        let values = [attitude, norm, control, identification, responsibility]
        let names = ["attitude", "subjective norm", "perceived control", "identification", "responsibility"]
        let total = weights.reduce(0, +)
        return zip(names, zip(weights, values)).map { ($0, total > 0 ? $1.0 * ($1.1 - 0.5) / total : 0) }
    }

    /// What tipped the decision: for a mobilised entry the larger of outreach and incentive; for an
    /// autonomous one the utility term that pulled hardest above the neutral point 0.5.
    public var decisiveTerm: String {
        if channel == .mobilised { return incentiveTerm > outreachTerm ? "incentive" : "outreach (mobilisation)" }
        // `pulls` always lists the five utility terms.
        return pulls.max { $0.pull < $1.pull }?.term ?? ""
    }
}

/// The terms of one resident's lapse (spec §4 staying probability), kept for `explain`.
///
/// The staying probability is `σ(gain·(baseline + Σ pulls))`: ``pulls`` lists every term that
/// enters, each as its contribution to the logit relative to a comfortable stayer (satisfaction,
/// identification, responsibility and solidary ties at 0.5, no fatigue, no incentive), and
/// ``baseline`` is that stayer's logit before `gain`. So the listed terms always recompute to
/// ``pStay`` (up to rounding; ``recomputed``).
public struct LapseExplanation: Hashable, Sendable {
    public var week: Int
    public var satisfaction: Double
    public var identification: Double
    public var responsibility: Double
    public var solidary: Double
    public var fatigue: Double
    /// `incentiveNow·incentiveDriven`: this week's incentive strength on the facility if she joined
    /// for it, else 0.
    public var incentive: Double
    /// Probability of staying that week.
    public var pStay: Double
    /// The constants in force: `stayGain`.
    public var gain: Double
    /// The weights in force: satisfaction, identification, responsibility, solidary ties, fatigue,
    /// incentive (`staySatisfaction` … `stayIncentive`).
    public var weights: [Double]
    /// `stayBias`.
    public var bias: Double

    /// The terms of a staying decision with the constants of `p`.
    public init(
        week: Int, satisfaction: Double, identification: Double, responsibility: Double, solidary: Double,
        fatigue: Double, incentive: Double, pStay: Double, parameters p: Parameters
    ) {
        self.week = week
        self.satisfaction = satisfaction
        self.identification = identification
        self.responsibility = responsibility
        self.solidary = solidary
        self.fatigue = fatigue
        self.incentive = incentive
        self.pStay = pStay
        gain = p.stayGain
        weights = [
            p.staySatisfaction, p.stayIdentification, p.stayResponsibility, p.staySolidary, p.stayFatigue,
            p.stayIncentive,
        ]
        bias = p.stayBias
    }

    /// The logit of a comfortable stayer before `gain`: `0.5·(wSat + wId + wResp + wSol) − bias`
    /// (0.45 with the defaults, a staying probability of σ(8·0.45) ≈ 0.973).
    public var baseline: Double { 0.5 * (weights[0] + weights[1] + weights[2] + weights[3]) - bias }

    /// Each term's pull on the staying logit relative to the baseline: `w·(x − 0.5)` for
    /// satisfaction, identification, responsibility and solidary ties, `−w·fatigue`, and
    /// `+w·incentive` (`incentiveNow·incentiveDriven`). Negative values pulled her out.
    public var pulls: [(term: String, pull: Double)] {
        [
            ("satisfaction", weights[0] * (satisfaction - 0.5)),
            ("identification", weights[1] * (identification - 0.5)),
            ("responsibility", weights[2] * (responsibility - 0.5)), ("solidary ties", weights[3] * (solidary - 0.5)),
            ("fatigue", -weights[4] * fatigue), ("incentive", weights[5] * incentive),
        ]
    }

    /// The staying probability the listed terms give: `σ(gain·(baseline + Σ pulls))`. Equal to
    /// ``pStay`` up to floating-point rounding (the sum is taken in another order).
    public var recomputed: Double { logistic(gain * (baseline + pulls.reduce(0) { $0 + $1.pull })) }

    /// The term that pulled hardest toward lapsing.
    /// (`pulls` always lists the six terms.)
    public var decisiveTerm: String { pulls.min { $0.pull < $1.pull }?.term ?? "" }
}

extension Model {
    /// The terms of an aware (or lapsed) resident's decision to join facility f this week (spec §4):
    /// - attitude `A = sqrt(need·salience)·benefit` (benefit 1 if served, else `0.5·publicness`);
    /// - subjective norm `S` = share of her ties active on f, an active activist counting
    ///   `activistWeight` times (S at most 1, spec §12);
    /// - perceived behavioural control `C = ease·sqrt(efficacy·time)` with
    ///   `ease = clamp(1 − complexity·(1−skill)·demand + platformEase·digital)`;
    /// - `U` = the weighted mean of A, S, C, identification and responsibility;
    /// - `pAuto = 0.03·σ(14·(U − 0.52))`, raised by the platform's online channel
    ///   (`1 − (1−pAuto)(1 − 0.008·platform·digital)`);
    /// - `pMob = outreach·trust·(1 − 0.5·role)·0.03 + incentive·0.10`, outreach at least
    ///   `activistOutreach` (0.5) when an active activist is among her ties (spec §12);
    /// - joining probability `1 − (1−pAuto)(1−pMob)`, a fifth of it for a lapsed resident.
    /// `channel` and `incentiveDriven` are left for the caller to set.
    /// - Parameters:
    ///   - f: The facility.
    ///   - i: The resident.
    ///   - lev: this week's levers of f.
    ///   - activeTies: her ties active on f at the start of the week.
    ///   - activistTies: how many of those are activists (spec §12; 0 without activists).
    /// - Returns: The terms and the probabilities they give.
    public func joinTerms(_ f: Int, _ i: Int, levers lev: Levers, activeTies: Int, activistTies: Int = 0)
        -> JoinExplanation
    {
        let p = scenario.parameters
        let spec = scenario.facilities[f]
        let st = facilities[f]
        let reentry = stage[f * population.count + i] == .lapsed
        // Satiation (spec §12): in maintenance a served resident's attitude is sqrt(need·salience·satiation).
        let satiated = spec.satiation == .on && st.phase == .maintenance && serves(spec, i)
        // Activists among her active ties (spec §12): counted `activistWeight` times in S, and
        // outreach felt at least `activistOutreach`.
        let s2 = p.secondStageValues
        let reached = activistTies > 0
        let outreach = reached ? max(lev.outreach, s2.activistOutreach) : lev.outreach
        let weighted = reached ? Double(activeTies) + (s2.activistWeight - 1) * Double(activistTies) : nil
        let d = JoinDecision(
            need: population.need[i],
            salience: satiated ? spec.salience * p.secondStageValues.satiation : spec.salience,
            benefit: benefit(spec, i, floor: nil),
            degree: population.ties.degree(of: i), activeTies: activeTies, complexity: spec.complexity,
            skill: population.skill[i], demand: lev.demand(in: st.phase, p), platformEase: lev.platformEase,
            digital: population.digital[i], efficacy: population.efficacy[i], time: population.time[i],
            identification: population.identification[i], responsibility: population.responsibility[i],
            p: p, weightSum: p.weightSum, platform: lev.platform, outreach: outreach,
            trust: population.trust[i], role: st.role, incentive: lev.incentive, reentry: reentry,
            weightedTies: weighted)
        var why = JoinExplanation(
            week: week, reentry: reentry, attitude: d.attitude, norm: d.norm, control: d.control,
            identification: population.identification[i], responsibility: population.responsibility[i],
            utility: d.utility, pAuto: d.pAuto, pMob: d.pMob,
            outreachTerm: d.outreachTerm, incentiveTerm: d.incentiveTerm, probability: d.probability,
            channel: .none, incentiveDriven: false, weights: [p.wA, p.wS, p.wC, p.wI, p.wR],
            onlineTerm: d.onlineTerm, reentryDivisor: 1 / p.reentryShare, joinRate: p.autonomousJoinRate,
            joinSteepness: p.joinSteepness, joinThreshold: p.joinThreshold)
        // Only a resident an activist reached carries these terms, so records of every other
        // decision are the fused step's bit for bit.
        if reached {
            why.activeTies = activeTies
            why.degree = population.ties.degree(of: i)
            why.activistTies = activistTies
            why.activistWeight = s2.activistWeight
            why.outreach = outreach
            why.leverOutreach = lev.outreach
            why.outreachFloor = s2.activistOutreach
            why.outreachPerUnit = population.trust[i] * (1 - p.roleOutreachCut * st.role) * p.outreachJoinRate
        }
        return why
    }

    /// This week's levers of facility f, without applying any side effect (for explanations).
    public func currentLevers(_ f: Int) -> Levers {
        Levers.compute(
            for: scenario.facilities[f], type: classification(of: f).type,
            government: scenario.government, interventions: scenario.interventions, at: week,
            parameters: scenario.parameters)
    }

    /// The number of resident i's ties now active on facility f.
    public func activeTies(_ f: Int, _ i: Int) -> Int {
        let base = f * population.count
        return population.ties.partners(of: i).reduce(0) { $0 + (stage[base + Int($1)] == .active ? 1 : 0) }
    }

    /// Step 3 of spec §2, the behavioural process (spec §4): entry of aware and lapsed residents,
    /// satisfaction, fatigue and staying of active ones. Every decision reads the stages and tie
    /// activity from the start of the process, so the order of residents does not matter.
    mutating func behaviouralProcess(_ ctx: StepContext, tally: inout StepTally) {
        let n = population.count
        let p = scenario.parameters
        let joinDraws = StepDraws(seed: scenario.seed, week: week, process: .join)
        let channelDraws = StepDraws(seed: scenario.seed, week: week, process: .channel)
        let stayDraws = StepDraws(seed: scenario.seed, week: week, process: .stay)
        for f in facilities.indices {
            let spec = scenario.facilities[f]
            let st = facilities[f]
            let drawKey = st.drawIndex
            let lev = ctx.levers[f]
            let effort = p.effort(st.phase)
            let fatigueEffort = p.fatigueGain * effort
            let residentsPlan = spec.initiator == .residents && st.phase == .planning
            let satiated = spec.satiation == .on && st.phase == .maintenance
            let base = f * n
            for i in 0..<n {
                let k = base + i
                let s = stage[k]
                if s == .aware || s == .lapsed {
                    let terms = joinTerms(
                        f, i, levers: lev, activeTies: Int(ctx.activeTies[k]), activistTies: ctx.activists(k))
                    let prob = terms.probability
                    let (pAuto, pMob) = (terms.pAuto, terms.pMob)
                    let (outreachTerm, incentiveTerm) = (terms.outreachTerm, terms.incentiveTerm)
                    guard joinDraws.uniform(drawKey, i) < prob else { continue }
                    let autonomous = residentsPlan || channelDraws.uniform(drawKey, i) * (pAuto + pMob) < pAuto
                    let ch: Channel = autonomous ? .autonomous : .mobilised
                    let driven = !autonomous && incentiveTerm > outreachTerm
                    stage[k] = .active
                    channel[k] = ch
                    incentiveDriven[k] = driven
                    activeRun[k] = 1
                    if joinedAt[k] < 0 { joinedAt[k] = Int32(week) }
                    veteran[i] = true
                    facilities[f].entries += 1
                    if autonomous {
                        facilities[f].autonomousEntries += 1
                        tally.autonomousJoins[f] += 1
                    } else {
                        tally.mobilisedJoins[f] += 1
                    }
                    if recordedPairs.contains(k) && (recordedResident < 0 || recordedResident == i) {
                        var why = terms
                        why.channel = ch
                        why.incentiveDriven = driven
                        storedRecords.noteJoin(k, why)
                    }
                } else if s == .active {
                    let sol = ctx.solidary[i]
                    let emo = emotional(f, i, ctx)
                    let gain = clamp01(
                        lev.responsiveness * st.visibleProgress + sol + p.emotionInSatisfaction * emo
                            - effort * (1 - population.time[i]))
                    let sat = p.satisfactionKeep * satisfaction[k] + p.satisfactionGain * gain
                    let fat = clamp01(fatigue[k] + fatigueEffort - p.fatigueRecovery)
                    satisfaction[k] = sat
                    fatigue[k] = fat
                    let ident = population.identification[i]
                    let resp = population.responsibility[i]
                    let incentive = incentiveDriven[k] ? lev.incentive : 0
                    // Satiation (spec §12): in maintenance staying reads satiation·satisfaction.
                    let staySat = satiated ? p.secondStageValues.satiation * sat : sat
                    let pStay = StayDecision.probability(
                        satisfaction: staySat, identification: ident, responsibility: resp, solidary: sol,
                        fatigue: fat, incentive: incentive, p)
                    if stayDraws.uniform(drawKey, i) < pStay {
                        if activeRun[k] < .max { activeRun[k] += 1 }
                        if Int(activeRun[k]) >= p.sustainWeeks { sustained[k] = true }
                    } else {
                        stage[k] = .lapsed
                        activeRun[k] = 0
                        tally.lapses[f] += 1
                        if recordedPairs.contains(k) && (recordedResident < 0 || recordedResident == i) {
                            storedRecords.lastLapse[k] = LapseExplanation(
                                week: week, satisfaction: staySat, identification: ident,
                                responsibility: resp, solidary: sol, fatigue: fat,
                                incentive: incentive, pStay: pStay, parameters: p)
                        }
                    }
                }
            }
            if p.sustainWeeks <= 1 {
                for i in 0..<n where stage[base + i] == .active { sustained[base + i] = true }
            }
        }
    }
}
