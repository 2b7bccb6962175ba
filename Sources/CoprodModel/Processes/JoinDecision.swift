import Foundation

/// The arithmetic of one join decision (spec §4), shared by ``Model/joinTerms(_:_:levers:activeTies:)``
/// (for `explain`) and the fused step, so both compute the same bits. Every expression keeps the
/// order of operations of the spec's formulas as first written in coprod; do not reassociate.
struct JoinDecision {
    var attitude: Double
    var norm: Double
    var control: Double
    var utility: Double
    var pAuto: Double
    var pMob: Double
    var outreachTerm: Double
    var incentiveTerm: Double
    /// `onlineChannel·platform·digital`, the platform's online channel.
    var onlineTerm: Double
    /// Probability of joining that week (a fifth of it for a re-entry).
    var probability: Double

    /// The terms (spec §4), with the constants of `p` (``Parameters``: the utility weights,
    /// `autonomousJoinRate`, `joinSteepness`, `joinThreshold`, `onlineChannel`, `outreachJoinRate`,
    /// `roleOutreachCut`, `incentiveJoinRate`, `reentryShare`). All inputs are in `0...1` except
    /// `degree` and `activeTies` (counts) and the weights (`0...10`). `weightedTies`, when given,
    /// replaces `activeTies` in the norm's numerator (activists counted `activistWeight` times,
    /// spec §12) and the norm is clamped to 1.
    @inline(__always)
    init(
        need: Double, salience: Double, benefit: Double, degree: Int, activeTies: Int,
        complexity: Double, skill: Double, demand: Double, platformEase: Double, digital: Double,
        efficacy: Double, time: Double, identification ident: Double, responsibility resp: Double,
        p: Parameters, weightSum: Double, platform: Double, outreach: Double, trust: Double,
        role: Double, incentive: Double, reentry: Bool, weightedTies: Double? = nil
    ) {
        attitude = (need * salience).squareRoot() * benefit
        if let weightedTies {
            // Active activists count `activistWeight` times; S is clamped to 1 (spec §12).
            norm = degree == 0 ? 0 : min(1, weightedTies / Double(degree))
        } else {
            norm = degree == 0 ? 0 : Double(activeTies) / Double(degree)
        }
        let ease = clamp01(1 - complexity * (1 - skill) * demand + platformEase * digital)
        control = ease * (efficacy * time).squareRoot()
        utility =
            weightSum > 0
            ? (p.wA * attitude + p.wS * norm + p.wC * control + p.wI * ident + p.wR * resp) / weightSum
            : 0
        var pa = p.autonomousJoinRate * logistic(p.joinSteepness * (utility - p.joinThreshold))
        onlineTerm = p.onlineChannel * platform * digital
        pa = 1 - (1 - pa) * (1 - onlineTerm)
        pAuto = pa
        outreachTerm = outreach * trust * (1 - p.roleOutreachCut * role) * p.outreachJoinRate
        incentiveTerm = incentive * p.incentiveJoinRate
        pMob = outreachTerm + incentiveTerm
        var prob = 1 - (1 - pAuto) * (1 - pMob)
        if reentry { prob /= 1 / p.reentryShare }
        probability = prob
    }

    /// An upper bound of ``probability`` that needs neither the utility nor `exp`: the same
    /// formula with the logistic at its maximum 1. Every step of the formula is monotone in the
    /// logistic's value and IEEE rounding is monotone, so `bound ≥ probability` holds exactly, and a
    /// draw `u ≥ bound` is a "no" without computing the rest (the result is bit-identical).
    @inline(__always)
    static func probabilityBound(
        platform: Double, digital: Double, outreach: Double, trust: Double,
        role: Double, incentive: Double, reentry: Bool, p: Parameters
    ) -> Double {
        let pa = 1 - (1 - p.autonomousJoinRate) * (1 - p.onlineChannel * platform * digital)
        let pMob =
            outreach * trust * (1 - p.roleOutreachCut * role) * p.outreachJoinRate + incentive * p.incentiveJoinRate
        var prob = 1 - (1 - pa) * (1 - pMob)
        if reentry { prob /= 1 / p.reentryShare }
        return prob
    }
}

/// The staying probability of an active resident (spec §4), shared by the reference behavioural
/// process, the fused step and `explain`, so all three compute the same bits:
/// `σ(stayGain·(staySatisfaction·satisfaction + stayIdentification·ident + stayResponsibility·resp
/// + staySolidary·solidary − stayFatigue·fatigue + stayIncentive·incentive − stayBias))`, where
/// `incentive` is `incentiveNow·incentiveDriven` (this week's incentive strength on the facility if
/// she joined for it, else 0). Every input is in `0...1`; the result is a probability.
enum StayDecision {
    /// The logit inside the logistic, before `stayGain`; written in the order of the spec's
    /// formula (do not reassociate).
    @inline(__always)
    static func index(
        satisfaction sat: Double, identification ident: Double, responsibility resp: Double,
        solidary sol: Double, fatigue fat: Double, incentive: Double, _ p: Parameters
    ) -> Double {
        p.staySatisfaction * sat + p.stayIdentification * ident + p.stayResponsibility * resp + p.staySolidary * sol
            - p.stayFatigue * fat + p.stayIncentive * incentive - p.stayBias
    }

    @inline(__always)
    static func probability(
        satisfaction sat: Double, identification ident: Double, responsibility resp: Double,
        solidary sol: Double, fatigue fat: Double, incentive: Double, _ p: Parameters
    ) -> Double {
        logistic(
            p.stayGain
                * index(
                    satisfaction: sat, identification: ident, responsibility: resp, solidary: sol, fatigue: fat,
                    incentive: incentive, p))
    }
}
