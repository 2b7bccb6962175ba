import Foundation
import Testing

@testable import CoprodModel

/// Long runs of the calibration scenario (spec §13, seed 1) pin what spec §5 and §6 imply after
/// every facility is complete (docs/MODEL.md, "Long runs"): in maintenance `visibleProgress` is 0,
/// so efficacy and trust stop moving; once a facility degrades (sticky, spec §6 "once f is
/// degraded"), every resident aware of it loses `0.01·2·efficacy` and 0.03 trust a week, with no
/// floor and no way back, so both fall to 0. No numeric drift: with degradation switched off
/// (`degradedThreshold` 0) they stay exactly where completion left them.
struct LongRunTests {
    static func run(weeks: Int, edit: (inout Scenario) -> Void = { _ in }) throws -> Model {
        var s = Scenario.calibration
        edit(&s)
        var m = try Model(scenario: s)
        for _ in 0..<weeks { m.step() }
        return m
    }

    /// Week 250 to 1000 of seed 1: every facility in maintenance and every resident aware of each.
    /// Until the garden degrades (week 844) efficacy and trust stay as they were at week 250; from
    /// then on mean efficacy is multiplied by exactly `(1 − 0.01·2)^k` a week with k facilities
    /// degraded (§6 is applied once for each facility in turn; the lift degrades in week 891, the shed
    /// in week 910), trust reaches 0 for everyone, and by week 1000 mean efficacy is below 0.001.
    @Test func calibrationCollapsesOnceAFacilityDegrades() throws {
        let m = try Self.run(weeks: 1000)
        let h = m.history
        #expect(h.count == 1001)
        let degradedAt = m.events.filter { $0.kind == .degraded }.map { "\($0.facility) \($0.week)" }
        #expect(degradedAt == ["garden 844", "lift 891", "shed 910"])
        let start = h[250].community
        for t in 250...1000 {
            #expect(h[t].facilities.allSatisfy { $0.phase == .maintenance && $0.aware == 400 }, "week \(t)")
        }
        for t in 251...844 {
            #expect(h[t].community.efficacy == start.efficacy && h[t].community.trust == start.trust, "week \(t)")
        }
        for t in 845...1000 {
            let k = Double(h[t].facilities.filter(\.degraded).count)
            let expected = h[t - 1].community.efficacy * pow(1 - 0.01 * 2, k)
            #expect(close(h[t].community.efficacy, expected, 1e-12), "week \(t)")
            #expect(h[t].community.trust <= h[t - 1].community.trust, "week \(t)")
        }
        #expect(m.population.trust.allSatisfy { $0 == 0 })
        #expect(h[1000].community.efficacy < 0.001)
        #expect(h[1000].community.efficacy > 0)
    }

    /// With degradation switched off nothing degrades, and efficacy and trust at week 1000 are
    /// bit for bit those of week 250: the collapse comes from the degraded terms alone.
    @Test func withoutDegradationEfficacyAndTrustStayPut() throws {
        let m = try Self.run(weeks: 1000) { $0.parameters.degradedThreshold = 0 }
        #expect(!m.events.contains { $0.kind == .degraded })
        #expect(m.history[1000].community.efficacy == m.history[250].community.efficacy)
        #expect(m.history[1000].community.trust == m.history[250].community.trust)
        #expect(m.history[1000].community.efficacy > 0.6 && m.history[1000].community.trust > 0.7)
    }
}
