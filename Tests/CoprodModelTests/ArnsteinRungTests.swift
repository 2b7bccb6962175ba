import Testing

@testable import CoprodModel

/// Spec §12 "Arnstein rung": `1 + ⌊7·(0.4·role + 0.3·responsiveness + 0.3·autonomy) + 0.5⌋`, a
/// teaching metric read from the week's role, responsiveness in force and autonomy share.
struct ArnsteinRungTests {
    /// The ends of the ladder and the rounding at a half step.
    @Test func formulaAtTheEndsAndAtHalfSteps() {
        #expect(ArnsteinRung(role: 0, responsiveness: 0, autonomy: 0) == .manipulation)
        #expect(ArnsteinRung(role: 1, responsiveness: 1, autonomy: 1) == .citizenControl)
        // Defaults before any entry: 0.4·0.2 + 0.3·0.5 = 0.23 → 1 + ⌊1.61 + 0.5⌋ = 3, informing.
        #expect(ArnsteinRung(role: 0.2, responsiveness: 0.5, autonomy: 0) == .informing)
        // 7·s + 0.5 just below and at 3: s = 2.5/7 gives rung 4, a hair less gives rung 3.
        let s = 2.5 / 7
        #expect(ArnsteinRung(role: s / 0.4, responsiveness: 0, autonomy: 0) == .consultation)
        #expect(ArnsteinRung(role: (s - 1e-9) / 0.4, responsiveness: 0, autonomy: 0) == .informing)
        // Inputs are clamped.
        #expect(
            ArnsteinRung(role: 5, responsiveness: -1, autonomy: 2)
                == ArnsteinRung(role: 1, responsiveness: 0, autonomy: 1))
        #expect(ArnsteinRung.allCases.map(\.rawValue) == Array(1...8))
    }

    /// Every rung is reachable and the rung never falls when a term rises.
    @Test func monotoneInEachTerm() {
        var seen = Set<ArnsteinRung>()
        let grid = stride(from: 0.0, through: 1.0, by: 0.05).map { $0 }
        for r in grid {
            for q in grid {
                var last = 0
                for a in grid {
                    let rung = ArnsteinRung(role: r, responsiveness: q, autonomy: a)
                    #expect(rung.rawValue >= last)
                    last = rung.rawValue
                    seen.insert(rung)
                }
            }
        }
        #expect(seen.count == 8)
    }

    /// In a run, the metric reads the week's role (moved by role-shift), the responsiveness in
    /// force (raised by role-shift and council) and the autonomy share; role-shift climbs the ladder.
    @Test func roleShiftClimbsTheLadderInARun() throws {
        var plain = try Fixture.model(size: 200, kIn: 4, kOut: 1)
        var shifted = try Fixture.model(
            size: 200, kIn: 4, kOut: 1, interventions: [Fixture.intervention(.roleShift, 0.8)])
        #expect(plain.outcomes.facilities[0].rung == .informing)
        for _ in 0..<30 {
            plain.step()
            shifted.step()
        }
        let p = plain.outcomes.facilities[0]
        let s = shifted.outcomes.facilities[0]
        #expect(close(s.role, 1.0) && close(s.responsiveness, 0.74))
        #expect(close(p.role, 0.2) && close(p.responsiveness, 0.5))
        #expect(s.rung == ArnsteinRung(role: s.role, responsiveness: s.responsiveness, autonomy: s.autonomy))
        #expect(s.rung.rawValue >= p.rung.rawValue + 2)
        let metric = try #require(MetricRegistry.metric(named: "rung", at: .facility))
        #expect(metric.value(of: s) == .count(s.rung.rawValue))
        #expect(metric.range == 1...8)
    }
}
