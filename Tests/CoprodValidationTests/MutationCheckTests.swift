import CoprodModel
import CoprodTestSupport
import CoprodValidation
import Testing

/// The mutation check in reduced form (the full one is `coprod validate --mutants`, listed in
/// docs/VALIDATION.md): a subset of mutants, one per rule family, each killed by some fact over the
/// facts' 20 quick seeds.
@Suite("Mutation check")
struct MutationCheckTests {
    /// One mutant per family: a term switched off (§4, §5, §6), a constant halved (§3) or doubled
    /// (§1), a comparison flipped (staying's bias), and two that only the mechanism checks catch.
    static let subset: [Mutant] = [
        Mutant(.set("emotionInSatisfaction", 0)), Mutant(.set("crowdingOut", 0)), Mutant(.set("wS", 0)),
        Mutant(.scale("aSoc", 0.5)), Mutant(.scale("sustainWeeks", 0.5)), Mutant(.set("coverageInQuality", 0)),
        Mutant(.set("feedbackEfficacy", 0), .set("feedbackTrust", 0), .set("completionBonus", 0)),
        Mutant(.scale("stayBias", -1)),
        // Caught by the mechanism checks (M1, M3), which §11's facts miss.
        Mutant(.set("aDig", 0)), Mutant(.set("reentryShare", 0)),
    ]

    /// The checked facts without the known deviations (`Shared.knownDeviations`), the effects that
    /// can fail unmutated: what ``MutantLibrary/creditable(_:seeds:)`` leaves, without the whole
    /// unmutated run it makes to find them (`failingEffectsAreNotCredited` tests that function).
    static let credited: [StylisedFact] = FactLibrary.checked.compactMap { f in
        let kept = f.effects.filter { Shared.knownDeviations[$0.id] == nil }
        return kept.isEmpty ? nil : StylisedFact(id: f.id, mechanism: f.mechanism, section: f.section, effects: kept)
    }

    @Test("the library has at least 30 mutants, all applicable, names unique")
    func library() {
        let all = MutantLibrary.all
        #expect(all.count >= 30)
        #expect(Set(all.map(\.name)).count == all.count)
        for m in Self.subset { #expect(all.contains(m), "\(m.name) is not in the library") }
    }

    @Test("every mutant of the subset makes some fact fail", arguments: subset)
    func killed(_ m: Mutant) throws {
        let r = try #require(try MutantLibrary.run([m], facts: Self.credited, seeds: Validation.quickSeeds))[0]
        #expect(r.killed, "\(m.name) survives")
        // docs/VALIDATION.md lists the same fact as the one that caught it.
        let doc = try packageFile("docs/VALIDATION.md")
        let line = "| `\(m.name)` | caught by \(r.failedEffects.joined(separator: ", ")) |"
        #expect(doc.contains(line), "docs/VALIDATION.md lacks: \(line)")
    }

    @Test("an effect that fails unmutated catches no mutant")
    func failingEffectsAreNotCredited() throws {
        // SF1's first effect as it is, and the same with its arms swapped, which fails on its sign.
        let e = FactLibrary.sf1.effects[0]
        let flipped = Effect(
            "SF1-flipped", base: e.treated, treated: e.base, measure: e.measure, kind: e.kind,
            expectation: e.expectation)
        let fact = StylisedFact(id: "SF1", mechanism: "salience-ease", section: "§11", effects: [e, flipped])
        let seeds = Validation.quickSeeds
        let kept = try MutantLibrary.creditable([fact], seeds: seeds)
        #expect(kept.flatMap { $0.effects.map(\.id) } == [e.id])
        // A mutant that SF1 cannot see (the information lever's weight; no arm uses publicity):
        // the flipped effect would "catch" it, the credited list does not.
        let neutral = Mutant(.set("aInfo", 0))
        let raw = try #require(try MutantLibrary.run([neutral], facts: [fact], seeds: seeds))[0]
        let credited = try #require(try MutantLibrary.run([neutral], facts: kept, seeds: seeds))[0]
        #expect(raw.failedEffects == ["SF1-flipped"])
        #expect(!credited.killed)
    }

    @Test("an unknown constant or a value out of range is an error, not a result")
    func badChanges() {
        #expect(throws: ValidationError.unknownParameter("nope")) {
            try Validation.run([FactLibrary.sf1], seeds: 2, changes: [.set("nope", 1)])
        }
        #expect(throws: ValidationError.outOfRange("a0", 2)) {
            try Validation.run([FactLibrary.sf1], seeds: 2, changes: [.set("a0", 2)])
        }
    }
}
