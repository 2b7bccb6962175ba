import Testing

@testable import CoprodModel

/// Spec §2 and §10: a run depends only on its scenario and seed — not on threads, not on what else
/// runs at the same time, not on the order in which draws are taken.
struct DeterminismTests {
    static func run(_ scenario: Scenario, weeks: Int) throws -> [WeekRecord] {
        var m = try Model(scenario: scenario)
        for _ in 0..<weeks { m.step() }
        return m.history
    }

    /// The same scenario stepped in four concurrent tasks gives identical outcome histories.
    @Test func concurrentRunsAgree() async throws {
        let scenario = InvariantTests.scenario(seed: 2026)
        let histories = try await withThrowingTaskGroup(of: [WeekRecord].self) { group in
            for _ in 0..<4 { group.addTask { try Self.run(scenario, weeks: 25) } }
            var all: [[WeekRecord]] = []
            for try await h in group { all.append(h) }
            return all
        }
        #expect(histories.count == 4)
        #expect(histories.allSatisfy { $0 == histories[0] })
        #expect(histories[0].count == 26)
    }

    /// Copies of one model stepped in different tasks, at different points, stay identical: a
    /// model's future depends only on its state, not on when or where it is stepped.
    @Test func copiesSteppedConcurrentlyAgree() async throws {
        var base = try Model(scenario: InvariantTests.scenario(seed: 9))
        for _ in 0..<5 { base.step() }
        let start = base
        let results = await withTaskGroup(of: [WeekRecord].self) { group in
            for _ in 0..<4 {
                group.addTask {
                    var m = start
                    for _ in 0..<10 { m.step() }
                    return m.history
                }
            }
            var all: [[WeekRecord]] = []
            for await h in group { all.append(h) }
            return all
        }
        var sequential = start
        for _ in 0..<10 { sequential.step() }
        #expect(results.allSatisfy { $0 == sequential.history })
    }

    /// Each draw is keyed by (seed, week, process, facility, resident): asking for draws in any
    /// order, any number of times, gives the same numbers.
    @Test func stepDrawsDoNotDependOnOrder() {
        let d = StepDraws(seed: 5, week: 3, process: .join)
        let forward = (0..<100).map { d.uniform(1, $0) }
        let backward = (0..<100).reversed().map { d.uniform(1, $0) }.reversed()
        #expect(forward == Array(backward))
        // Distinct coordinates give distinct streams.
        #expect(d.uniform(0, 7) != d.uniform(1, 7))
        #expect(d.uniform(0, 7) != StepDraws(seed: 5, week: 4, process: .join).uniform(0, 7))
        #expect(d.uniform(0, 7) != StepDraws(seed: 5, week: 3, process: .stay).uniform(0, 7))
        #expect(d.uniform(0, 7) != StepDraws(seed: 6, week: 3, process: .join).uniform(0, 7))
        #expect(forward.allSatisfy { $0 >= 0 && $0 < 1 })
    }

    /// A resident's draws are her own: adding 49 residents who can never take part (a0 = 0, no
    /// ties, not served) leaves resident 0's week-by-week stages unchanged, because her draws are
    /// keyed by her index and her inputs are the same.
    @Test func aResidentsDecisionsDoNotDependOnUnrelatedResidents() throws {
        func runFirstResident(size: Int) throws -> [Stage] {
            // Blocks of one: the facility serves resident 0 alone, whatever the community's size.
            var m = try Fixture.model(
                size: size, blockSize: 1, seed: 77,
                facilities: [Fixture.facility(serves: .building(1))],
                interventions: [Fixture.intervention(.incentive, 1)]
            ) {
                $0.parameters.a0 = 0
            }
            m.setTraits(0, BehaviouralProcessTests.traits)
            m.put(0, .aware)
            var stages: [Stage] = []
            for _ in 0..<30 {
                m.step()
                stages.append(m.stage[0])
            }
            return stages
        }
        // The facility's progress (and so her satisfaction) depends only on the government while
        // she is the only one who can take part.
        #expect(try runFirstResident(size: 1) == runFirstResident(size: 50))
    }
}
