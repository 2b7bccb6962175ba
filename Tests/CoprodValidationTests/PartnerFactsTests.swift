import CoprodModel
import CoprodValidation
import Testing

/// Spec §12's facts of the partner rules (SF11 performative participation, SF12 activists, SF13
/// the market partner) over the quick 20 seeds, paired by seed (common random numbers): each
/// effect in its band, and each failing with its mechanism switched off. Measured in a debug build
/// on 2 shared cores: SF11 ≈ 25 s, SF12 ≈ 15 s, SF13 ≈ 25 s for both runs of a test. At 20 seeds
/// SF12's small effects still separate: ever-joined +0.015 ± 0.0017 (40 seeds; ≈ 0.0024 at 20),
/// retention +0.015 ± 0.0026 (≈ 0.0037 at 20), several SE clear of zero and inside their bands.
@Suite("Stylised facts (spec §12, partner rules)")
struct PartnerFactsTests {
    static let seeds = Validation.quickSeeds

    @Test("every effect is in its band and fails with its mechanism switched off", arguments: ["SF11", "SF12", "SF13"])
    func fact(_ id: String) throws {
        let fact = try #require(FactLibrary.fact(id))
        let on = try Validation.run([fact], seeds: Self.seeds)[0]
        for e in on.effects {
            #expect(e.passed, "\(Shared.describe(e))")
        }
        let switched = fact.effects.filter { !$0.switchOff.isEmpty }
        #expect(!switched.isEmpty, "\(id) has no mechanism switch")
        for e in switched {
            let off = try Validation.run([fact], seeds: Self.seeds, changes: e.switchOff)[0]
            let r = try #require(off.effects.first { $0.id == e.id })
            #expect(!r.passed, "\(e.id) still passes with \(e.switchOff.map(\.notation)): \(Shared.describe(r))")
        }
    }

    @Test("the partner rules' facts are SF11–SF13 and a 'within' band asks for no sign")
    func library() {
        #expect(FactLibrary.secondStage.map(\.id).suffix(3) == ["SF11", "SF12", "SF13"])
        for f in FactLibrary.secondStage { #expect(FactLibrary.all.contains { $0.id == f.id }) }
        let same = EffectResult(
            id: "x", mean: -0.01, standardError: 0.02, band: Band(.within(0.05), se: 0.02), baseMean: 10,
            treatedMean: 9.9, values: [])
        #expect(same.passed)
        let moved = EffectResult(
            id: "x", mean: -0.08, standardError: 0.01, band: Band(.within(0.05), se: 0.01), baseMean: 10,
            treatedMean: 9.2, values: [])
        #expect(!moved.passed)
    }
}
