import CoprodModel
import CoprodValidation
import Foundation
import Testing

/// The facts of spec §12 that the consent vote and satiation bring (SF9, SF10), each effect held to
/// its band around §12's magnitude over the quick 20 seeds (the 40-seed run is in
/// `StylisedFactsTests` and docs/VALIDATION.md); each mechanism switch makes its effect fail
/// (`MechanismSwitchTests`).
@Suite("Stylised facts of spec §12: consent vote and satiation")
struct SecondStageFactsTests {
    static let results: [FactResult] = try! Validation.run(FactLibrary.secondStage, seeds: Validation.quickSeeds)

    @Test("every effect of SF9 and SF10 lies in its band", arguments: ["SF9", "SF10"])
    func fact(_ id: String) {
        let r = Self.results.first { $0.id == id }!
        for e in r.effects {
            if let reason = Shared.knownDeviations[e.id] {
                #expect(e.signRight, "\(Shared.describe(e))")
                withKnownIssue(Comment(rawValue: reason)) { #expect(e.passed, "\(Shared.describe(e))") }
            } else {
                #expect(e.passed, "\(Shared.describe(e))")
            }
        }
    }

    @Test("the vote's set-up is §13's lift in §13's community")
    func setUp() {
        let s = FactLibrary.votingLift
        #expect(s.size == 400 && s.profile == .mixed && s.facilities.count == 1)
        let lift = s.facilities[0]
        #expect(lift.cost == 400 && lift.serves == .building(1) && s.parameters.blockSize == 40)
        #expect(lift.benefit == .byFloor && lift.consent == .civilCode278)
    }
}
