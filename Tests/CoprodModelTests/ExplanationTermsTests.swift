import Testing

@testable import CoprodModel

/// `explain` lists every term that enters a decision: for each join and lapse the model records,
/// the listed terms recompute to the probability shown (issue 8, "Also"). A hidden term (the
/// incentive's pull on staying, the platform's online channel, a re-entry's divisor, a changed
/// constant) would make the recomputed value differ.
@Suite struct ExplanationTermsTests {
    /// Scenarios with incentives (during and after), emotional care, a platform, role-shift,
    /// council, outreach, training, differentiated management, and changed constants.
    static let scenarios: [(String, Scenario)] = {
        let base = Scenario.calibration
        func with(_ ivs: [Intervention], _ edit: (inout Parameters) -> Void = { _ in }) -> Scenario {
            var s = base
            s.interventions = ivs
            edit(&s.parameters)
            return s
        }
        return [
            ("incentive all run", with([Fixture.intervention(.incentive, 0.8, id: 1)])),
            ("incentive weeks 0-19", with([Fixture.intervention(.incentive, 0.8, from: 0, to: 19, id: 1)])),
            (
                "emotional care, platform, outreach",
                with([
                    Fixture.intervention(.emotionalCare, 0.8, id: 1), Fixture.intervention(.techPlatform, 0.7, id: 2),
                    Fixture.intervention(.outreach, 0.6, on: "lift", id: 3),
                ])
            ),
            (
                "role-shift, council, training, differentiated, incentive",
                with([
                    Fixture.intervention(.roleShift, 0.6, id: 1), Fixture.intervention(.council, 0.5, id: 2),
                    Fixture.intervention(.training, 0.5, id: 3), Fixture.intervention(.differentiated, 1, id: 4),
                    Fixture.intervention(.incentive, 0.6, on: "shed", from: 10, to: 60, id: 5),
                ])
            ),
            (
                "changed constants",
                with(
                    [
                        Fixture.intervention(.incentive, 0.8, id: 1), Fixture.intervention(.techPlatform, 0.5, id: 2),
                        Fixture.intervention(.emotionalCare, 0.5, id: 3),
                    ],
                    { p in
                        p.stayGain = 6
                        p.staySatisfaction = 0.4
                        p.stayIncentive = 0.5
                        p.stayBias = 0.1
                        p.reentryShare = 0.3
                        p.onlineChannel = 0.05
                        p.autonomousJoinRate = 0.05
                        p.joinSteepness = 10
                        p.joinThreshold = 0.45
                        p.wI = 0.3
                    })
            ),
        ]
    }()

    @Test(arguments: 0..<5)
    func listedTermsRecomputeTheShownProbabilities(which: Int) throws {
        let (name, scenario) = Self.scenarios[which]
        var joins = 0
        var lapses = 0
        var withIncentive = 0
        var reentries = 0
        for seed: UInt64 in [1, 2, 3] {
            var s = scenario
            s.seed = seed
            var m = try Model(scenario: s)
            m.recordsExplanations = true
            // Explanations of several weeks: the latest join and lapse of each pair are replaced as
            // the run goes on, so reading them at a few weeks covers many decisions.
            for week in 1...104 {
                m.step()
                guard week % 13 == 0 else { continue }
                let r = m.allExplanations
                for j in Array(r.firstJoin.values) + Array(r.lastJoin.values) {
                    joins += 1
                    if j.reentry { reentries += 1 }
                    #expect(close(j.recomputedUtility, j.utility, 1e-12), "\(name): U \(j.utility) vs listed terms")
                    #expect(
                        close(j.recomputedProbability, j.probability, 1e-12),
                        "\(name): join \(j.probability) vs listed terms \(j.recomputedProbability)")
                }
                for l in r.lastLapse.values {
                    lapses += 1
                    if l.incentive > 0 { withIncentive += 1 }
                    #expect(
                        close(l.recomputed, l.pStay, 1e-12),
                        "\(name): staying \(l.pStay) vs listed terms \(l.recomputed)")
                }
            }
        }
        #expect(joins > 100 && lapses > 20, "\(name): too few decisions to check (\(joins) joins, \(lapses) lapses)")
        if which == 0 { #expect(withIncentive > 0, "no lapse with an incentive term was checked") }
        if which == 4 { #expect(reentries > 0, "no re-entry was checked") }
    }

    /// The case of issue 8: without the incentive term the listed terms of a lapse that had an
    /// incentive give a different probability, so the term must be listed.
    @Test func anIncentiveLapseListsItsIncentiveTerm() throws {
        var s = Self.scenarios[0].1
        s.seed = 1
        var m = try Model(scenario: s)
        m.recordsExplanations = true
        for _ in 0..<104 { m.step() }
        let l = try #require(m.lastLapse.values.first { $0.incentive > 0 })
        let incentive = try #require(l.pulls.first { $0.term == "incentive" })
        #expect(close(incentive.pull, 0.3 * l.incentive, 1e-15))
        let withoutIt = logistic(l.gain * (l.baseline + l.pulls.reduce(0) { $0 + $1.pull } - incentive.pull))
        #expect(abs(withoutIt - l.pStay) > 1e-3)
        #expect(close(l.recomputed, l.pStay, 1e-12))
        #expect(close(l.baseline, 0.45, 1e-15))
    }
}
