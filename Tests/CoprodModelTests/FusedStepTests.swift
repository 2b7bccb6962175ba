import Testing

@testable import CoprodModel

/// The fused step (two passes over the residents) against the reference processes run one after
/// the other as spec §2 lists them: the same bits every week, for scenarios that exercise every
/// branch (interventions of every kind, residents' projects, re-entries, degradation, one week to
/// sustain, no ties, eight facilities).
struct FusedStepTests {
    /// A step through the reference processes only.
    static func referenceStep(_ m: inout Model) {
        let levers = m.applyInterventions()
        _ = m.referenceStep(levers: levers, tally: StepTally(facilityCount: m.facilities.count))
    }

    static func scenarios() -> [Scenario] {
        var out: [Scenario] = [GoldenDeterminismTests.withInterventions, GoldenDeterminismTests.residentsProjects]
        var noTies = Scenario.calibration
        noTies.size = 300
        noTies.seed = 5
        noTies.parameters.kIn = 0
        noTies.parameters.kOut = 0
        noTies.parameters.a0 = 0.2
        out.append(noTies)
        var eight = Scenario()
        eight.size = 700
        eight.seed = 11
        eight.government.budget = 0.5
        let beneficiaries: [Beneficiaries] = [.all, .building(2), .age(.middle), .tenure(.owner)]
        eight.facilities = (0..<8).map { (k: Int) -> FacilitySpec in
            let x = Double(k)
            let salience: Double = 0.9 - 0.1 * Double(k % 4)
            let cost: Double = 20 + 15 * x
            return Fixture.facility(
                "f\(k)", publicness: x / 7, salience: salience, complexity: 0.1 * (x + 1),
                cost: cost, serves: beneficiaries[k % 4],
                initiator: k % 3 == 0 ? .residents : .government)
        }
        eight.interventions = [
            Fixture.intervention(.emotionalCare, 0.9, from: 3, id: 1),
            Fixture.intervention(.incentive, 1, on: "f2", id: 2),
            Fixture.intervention(.training, 0.7, on: "f5", from: 6, to: 30, id: 3),
            Fixture.intervention(.differentiated, 1, from: 10, id: 4),
            Fixture.intervention(.outreach, 1, on: "f7", id: 5),
        ]
        eight.parameters.sustainWeeks = 3
        out.append(eight)
        return out
    }

    @Test(arguments: 0..<4)
    func fusedStepMatchesTheReferenceProcesses(which: Int) throws {
        var fused = try Model(scenario: Self.scenarios()[which])
        var reference = fused
        #expect(fused.canFuse)
        for week in 0..<70 {
            fused.step()
            Self.referenceStep(&reference)
            if week % 10 == 9 || week == 69 {
                #expect(
                    GoldenDeterminismTests.digest(fused).hex == GoldenDeterminismTests.digest(reference).hex,
                    "week \(week + 1)")
            }
        }
        #expect(fused.history == reference.history)
    }

    /// Nine facilities take the reference path.
    @Test func moreThanEightFacilitiesUseTheReferenceProcesses() throws {
        var s = Scenario()
        s.size = 50
        s.facilities = (0..<9).map { Fixture.facility("f\($0)") }
        var m = try Model(scenario: s)
        #expect(!m.canFuse)
        for _ in 0..<5 { m.step() }
        #expect(m.history.count == 6)
    }
}

/// Pass 1 of the fused step split across threads by resident ranges (docs/PERFORMANCE.md, "Third
/// round") gives the same bits as one thread, for any number of threads: decisions, counters, the
/// sums of the week's record, the production inputs and the explanations kept while stepping.
struct ParallelStepTests {
    @Test(arguments: 0..<4)
    func anyNumberOfThreadsStepsTheSameModel(which: Int) throws {
        let scenario = FusedStepTests.scenarios()[which]
        var models: [Model] = []
        for threads in [1, 2, 3, 7] {
            var m = try Model(scenario: scenario)
            m.stepThreads = threads
            m.recordsExplanations = true
            models.append(m)
        }
        for week in 0..<40 {
            for k in models.indices { models[k].step() }
            if week % 10 == 9 {
                let one = GoldenDeterminismTests.digest(models[0]).hex
                for k in 1..<models.count {
                    #expect(GoldenDeterminismTests.digest(models[k]).hex == one, "week \(week + 1), model \(k)")
                }
            }
        }
        for k in 1..<models.count {
            #expect(models[k].history == models[0].history)
            #expect(models[k].lastJoin == models[0].lastJoin && models[k].lastLapse == models[0].lastLapse)
        }
        #expect(!models[0].lastJoin.isEmpty, "some explanations to compare")
    }

    /// A community of ``Population/parallelBuildSize`` residents or more steps on every core by
    /// default, with the bits of a one-thread step.
    @Test func aLargeCommunityStepsOnEveryCoreWithTheSameBits() throws {
        var s = Scenario.calibration
        s.size = Population.parallelBuildSize + 3
        s.seed = 9
        var byDefault = try Model(scenario: s)
        var one = byDefault
        one.stepThreads = 1
        for _ in 0..<6 {
            byDefault.step()
            one.step()
        }
        #expect(GoldenDeterminismTests.digest(byDefault).hex == GoldenDeterminismTests.digest(one).hex)
        #expect(byDefault.history == one.history)
    }
}
