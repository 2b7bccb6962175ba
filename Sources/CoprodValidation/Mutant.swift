import CoprodModel

/// A deliberately broken model, as parameter changes: a term switched off (a weight set to 0), a
/// constant halved or doubled, a comparison flipped (a weight made negative where its range allows).
/// The facts should notice: a mutant is killed when some fact fails under it.
public struct Mutant: Hashable, Sendable {
    /// A stable name: the changes in notation (`emotionInSatisfaction = 0`).
    public var name: String { changes.map(\.notation).joined(separator: ", ") }
    public let changes: [ParameterChange]

    public init(_ changes: ParameterChange...) { self.changes = changes }
    public init(changes: [ParameterChange]) { self.changes = changes }
}

/// What the facts made of one mutant.
public struct MutantResult: Hashable, Sendable {
    public let mutant: Mutant
    /// The effects of the first fact that failed under it (empty: the mutant survived).
    public let failedEffects: [String]
    public var killed: Bool { !failedEffects.isEmpty }
}

/// The mutation check's mutants, and the reasons some survive.
public enum MutantLibrary {
    /// Every mutant whose changes apply: its constants are in ``Parameters/catalogue`` and the new
    /// values are in their ranges (a sign flip only where the range has negative values).
    public static var all: [Mutant] {
        candidates.filter { m in
            var p = Parameters()
            do throws(ValidationError) {
                for c in m.changes { try c.apply(to: &p) }
                return true
            } catch { return false }
        }
    }

    /// Mutants over the constants of spec §1, §3–§6 and §12; those naming a constant the catalogue
    /// does not have are left out by ``all``.
    static let candidates: [Mutant] = [
        // §3 awareness.
        Mutant(.scale("a0", 0.5)), Mutant(.scale("a0", 2)), Mutant(.set("aInfo", 0)), Mutant(.set("aDig", 0)),
        Mutant(.scale("aSoc", 0.5)), Mutant(.scale("aSoc", 2)), Mutant(.set("veteranAwareness", 0)),
        // §4 autonomous utility: each term off, and attitude and norm doubled.
        Mutant(.set("wA", 0)), Mutant(.set("wS", 0)), Mutant(.set("wC", 0)), Mutant(.set("wI", 0)),
        Mutant(.set("wR", 0)), Mutant(.scale("wA", 2)), Mutant(.scale("wS", 2)),
        // §1 sustained behaviour and ties.
        Mutant(.scale("sustainWeeks", 0.5)), Mutant(.scale("sustainWeeks", 2)), Mutant(.set("kOut", 0)),
        Mutant(.scale("kIn", 0.5)),
        // §3 responsibility, §4 satisfaction and staying, §7 emotional engagement.
        Mutant(.set("crowdingOut", 0)), Mutant(.set("emotionInSatisfaction", 0)),
        Mutant(.scale("emotionBase", 0.5)), Mutant(.set("emotionTie", 0)), Mutant(.scale("stayGain", 0.5)),
        Mutant(.set("staySatisfaction", 0)), Mutant(.set("stayIdentification", 0)),
        Mutant(.set("stayResponsibility", 0)), Mutant(.set("staySolidary", 0)), Mutant(.set("stayFatigue", 0)),
        Mutant(.set("stayIncentive", 0)), Mutant(.scale("stayBias", 2)),
        // §5 quality, §6 feedback.
        Mutant(.set("coverageInQuality", 0)), Mutant(.scale("coverageInQuality", 0.5)),
        Mutant(.set("feedbackEfficacy", 0)), Mutant(.set("feedbackTrust", 0)), Mutant(.set("completionBonus", 0)),
        Mutant(.set("feedbackEfficacy", 0), .set("feedbackTrust", 0), .set("completionBonus", 0)),
        // Further terms of §3–§7: each switched off, halved or doubled.
        Mutant(.set("identificationGain", 0)), Mutant(.set("responsibilityGain", 0)),
        Mutant(.scale("nonServedBenefit", 0.5)), Mutant(.scale("autonomousJoinRate", 0.5)),
        Mutant(.scale("joinSteepness", 0.5)), Mutant(.scale("joinThreshold", 1.2)), Mutant(.set("onlineChannel", 0)),
        Mutant(.set("outreachJoinRate", 0)), Mutant(.set("roleOutreachCut", 0)),
        Mutant(.scale("incentiveJoinRate", 0.5)), Mutant(.set("reentryShare", 0)),
        Mutant(.scale("satisfactionGain", 0.5)), Mutant(.scale("qualityBase", 0.5)),
        Mutant(.set("qualityResponsiveness", 0)), Mutant(.scale("conditionDecay", 0.5)),
        Mutant(.set("conditionResidents", 0)), Mutant(.set("trustResponsiveness", 0)), Mutant(.set("roleStep", 0)),
        Mutant(.set("councilResponsiveness", 0)), Mutant(.set("councilDemand", 0)),
        Mutant(.set("platformEaseGain", 0)), Mutant(.set("emotionBase", 0)),
        // A comparison flipped: staying's bias −0.05 becomes +0.05.
        Mutant(.scale("stayBias", -1)),
        // §12 consent vote and satiation: each constant switched off, halved or doubled.
        Mutant(.set("voteCouncil", 0)), Mutant(.set("voteIdentification", 0)), Mutant(.set("voteCrowding", 0)),
        Mutant(.scale("voteThreshold", 0.5)), Mutant(.scale("voteThreshold", 2)),
        Mutant(.scale("voteSteepness", 0.5)), Mutant(.set("groundFloorBenefit", 1)),
        Mutant(.set("satiation", 1)), Mutant(.scale("satiation", 0.5)),
        // §12 (partner rules): performative participation, activists, the market partner.
        Mutant(.set("performativeInput", 1)), Mutant(.set("performativeIdentification", 0)),
        Mutant(.set("activistWeight", 1)), Mutant(.set("activistOutreach", 0)), Mutant(.set("activistEmotion", 0)),
        Mutant(.set("partnerShare", 0)), Mutant(.set("partnerResponsibility", 1)),
    ]

    /// Runs the checked facts (§11's, the mechanism checks, §13's calibration) under each mutant over
    /// `seeds` seeds. Only effects that pass on the unmutated model over the same seeds can catch a
    /// mutant: an effect that already fails would "catch" every mutant. So `facts` nil runs
    /// ``creditable(_:seeds:)`` of ``FactLibrary/checked``; a list given is used as it is (pass one
    /// made by ``creditable(_:seeds:)`` to run mutants in several calls without redoing it). `progress` is called after each mutant with the number done; `cancelled` is
    /// asked before each mutant, and a true answer stops the run (nil).
    /// - Throws: ``ValidationError`` when a mutant's change does not apply.
    public static func run(
        _ mutants: [Mutant] = all, facts: [StylisedFact]? = nil, seeds: Int,
        progress: (Int) -> Void = { _ in }, cancelled: () -> Bool = { false }
    ) throws(ValidationError) -> [MutantResult]? {
        let credited: [StylisedFact]
        if let facts { credited = facts } else { credited = try creditable(FactLibrary.checked, seeds: seeds) }
        var results: [MutantResult] = []
        for (k, m) in mutants.enumerated() {
            if cancelled() { return nil }
            let r = try Validation.run(credited, seeds: seeds, changes: m.changes, stopAtFirstFailure: true)
            results.append(
                MutantResult(mutant: m, failedEffects: r.flatMap { $0.effects.filter { !$0.passed }.map(\.id) }))
            progress(k + 1)
        }
        return results
    }

    /// `facts` without the effects that fail on the unmutated model over `seeds` seeds (a known
    /// deviation such as SF11b or SF10c), and without the facts left with no effect.
    /// - Throws: ``ValidationError`` when a fact's scenario does not build.
    public static func creditable(_ facts: [StylisedFact], seeds: Int) throws(ValidationError) -> [StylisedFact] {
        let failing = Set(
            try Validation.run(facts, seeds: seeds).flatMap { $0.effects.filter { !$0.passed }.map(\.id) })
        if failing.isEmpty { return facts }
        return facts.compactMap { f in
            let kept = f.effects.filter { !failing.contains($0.id) }
            return kept.isEmpty
                ? nil : StylisedFact(id: f.id, mechanism: f.mechanism, section: f.section, effects: kept)
        }
    }
}
