import Testing

@testable import CoprodModel

/// Spec §6: outcomes feed back into efficacy and trust, and a good completion lifts beneficiaries.
struct FeedbackTests {
    static func feedback(_ m: inout Model, completed: [Int] = []) {
        let ctx = m.beginStep()
        m.feedback(ctx, completed: completed)
    }

    /// `efficacy += 0.01·(vp·(1 − eff) − 2·degraded·eff)`,
    /// `trust += 0.02·(responsiveness − 0.5)·active + 0.01·vp·(1 − trust) − 0.03·degraded`,
    /// for residents aware of f (any stage but unaware). Efficacy 0.4, trust 0.6, vp 0.5,
    /// responsiveness 0.8:
    /// - active: efficacy 0.4 + 0.01·0.5·0.6 = 0.403, trust 0.6 + 0.02·0.3 + 0.01·0.5·0.4 = 0.608
    /// - aware or lapsed: 0.403 and 0.6 + 0.002 = 0.602
    /// - unaware: unchanged.
    @Test func visibleProgressAndResponsiveness() throws {
        var m = try Fixture.model(size: 4) { $0.government.responsiveness = 0.8 }
        m.setTraitsForAll([.efficacy: 0.4, .trust: 0.6])
        m.put(0, .active)
        m.put(1, .aware)
        m.put(2, .lapsed)
        m.facilities[0].visibleProgress = 0.5
        Self.feedback(&m)
        #expect(close(m.population.efficacy[0], 0.403) && close(m.population.trust[0], 0.608))
        for i in 1...2 { #expect(close(m.population.efficacy[i], 0.403) && close(m.population.trust[i], 0.602)) }
        #expect(m.population.efficacy[3] == 0.4 && m.population.trust[3] == 0.6)
    }

    /// A responsiveness below 0.5 lowers the trust of active residents:
    /// 0.6 + 0.02·(0.2 − 0.5) = 0.594 with no visible progress.
    @Test func lowResponsivenessCostsTrust() throws {
        var m = try Fixture.model(size: 2) { $0.government.responsiveness = 0.2 }
        m.setTraitsForAll([.efficacy: 0.4, .trust: 0.6])
        m.put(0, .active)
        m.put(1, .aware)
        Self.feedback(&m)
        #expect(close(m.population.trust[0], 0.594))
        #expect(close(m.population.trust[1], 0.6))
        #expect(close(m.population.efficacy[0], 0.4))
    }

    /// Degraded, no visible progress, responsiveness 0.5: efficacy 0.4 − 0.01·2·0.4 = 0.392,
    /// trust 0.6 − 0.03 = 0.57; a trust of 0.02 is clamped at 0.
    @Test func degradationErodesEfficacyAndTrust() throws {
        var m = try Fixture.model(size: 3)
        m.setTraitsForAll([.efficacy: 0.4, .trust: 0.6])
        m.population.trust[1] = 0.02
        m.put(0, .active)
        m.put(1, .aware)
        m.facilities[0].phase = .maintenance
        m.facilities[0].degraded = true
        Self.feedback(&m)
        #expect(close(m.population.efficacy[0], 0.392) && close(m.population.trust[0], 0.57))
        #expect(close(m.population.efficacy[1], 0.392) && m.population.trust[1] == 0)
        #expect(m.population.efficacy[2] == 0.4 && m.population.trust[2] == 0.6)
    }

    /// On completion with quality ≥ 0.6 every resident the facility serves (aware or not) gains
    /// 0.08 efficacy and trust, clamped; residents it does not serve gain nothing.
    @Test(arguments: [(0.6, true), (0.59, false), (0.9, true)])
    func completionBonus(quality: Double, bonus: Bool) throws {
        var m = try Fixture.model(size: 80, facilities: [Fixture.facility(serves: .building(1))])
        m.setTraitsForAll([.efficacy: 0.5, .trust: 0.3])
        m.population.efficacy[1] = 0.95
        m.facilities[0].quality = quality
        m.facilities[0].phase = .maintenance
        Self.feedback(&m, completed: [0])
        for i in 0..<80 {
            let gets = bonus && i < 40
            let efficacy0 = i == 1 ? 0.95 : 0.5
            #expect(close(m.population.efficacy[i], gets ? min(1, efficacy0 + 0.08) : efficacy0), "resident \(i)")
            #expect(close(m.population.trust[i], gets ? 0.38 : 0.3), "resident \(i)")
        }
    }

    /// Through a full step: the facility completes this week with quality 0.7, so its beneficiaries
    /// end the week with the bonus on top of the regular feedback.
    @Test func completionBonusInAStep() throws {
        var m = try Fixture.model(size: 10) { $0.parameters.a0 = 0 }
        m.setTraitsForAll([.efficacy: 0.5, .trust: 0.3])
        m.facilities[0].phase = .construction
        m.facilities[0].progress = 0.999
        m.facilities[0].quality = 0.7
        m.step()
        #expect(m.facilities[0].completedAt == 0)
        // Nobody is aware, so the regular feedback does not apply: exactly +0.08.
        for i in 0..<10 {
            #expect(close(m.population.efficacy[i], 0.58))
            #expect(close(m.population.trust[i], 0.38))
        }
    }
}
