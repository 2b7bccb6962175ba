import CoprodModel
import CoprodValidation
import Testing

/// Each fact about a mechanism fails when that mechanism is switched off by a parameter change
/// (issue 8): SF4 without emotional engagement in satisfaction, SF3 without crowding-out, SF7 (no
/// council, quality through coverage only) without coverage in quality, SF8 without §6's feedback.
@Suite("Mechanism switches")
struct MechanismSwitchTests {
    static let seeds = Validation.quickSeeds

    /// The effects of `fact` that carry a switch: each passes as is and fails with its switch.
    @Test("each switched-off mechanism makes its effect fail", arguments: ["SF3", "SF4", "SF7", "SF8", "SF9", "SF10"])
    func switchedOff(_ id: String) throws {
        let fact = FactLibrary.fact(id)!
        let switched = fact.effects.filter { !$0.switchOff.isEmpty }
        #expect(!switched.isEmpty, "\(id) has no mechanism switch")
        let on = try Validation.run([fact], seeds: Self.seeds)[0]
        for e in switched {
            let before = try #require(on.effects.first { $0.id == e.id })
            let off = try Validation.run([fact], seeds: Self.seeds, changes: e.switchOff)[0]
            let r = try #require(off.effects.first { $0.id == e.id })
            if Shared.knownDeviations[e.id] != nil {
                // Outside its band already (a known deviation): the switch must take its sign away.
                #expect(before.signRight, "\(e.id) has the wrong sign with its mechanism on")
                #expect(
                    !r.signRight, "\(e.id) keeps its sign with \(e.switchOff.map(\.notation)): \(Shared.describe(r))")
            } else {
                #expect(before.passed, "\(e.id) fails with its mechanism on")
                #expect(!r.passed, "\(e.id) still passes with \(e.switchOff.map(\.notation)): \(Shared.describe(r))")
            }
        }
    }
}
