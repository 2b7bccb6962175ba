import Testing

@testable import CoprodModel

/// The build of week 0 can be watched and stopped (issue 9: a large community can be cancelled),
/// without changing what is drawn.
struct BuildProgressTests {
    static func scenario(size: Int) -> Scenario {
        var s = Scenario.calibration
        s.size = size
        s.seed = 7
        return s
    }

    /// A build that is watched and goes on gives the same model as one that is not, and is told
    /// how far it has got, in order, from 0 to below 1, every `buildProgressInterval` residents
    /// of each half.
    @Test func aWatchedBuildDrawsTheSameModel() throws {
        let size = 3 * buildProgressInterval + 5
        var seen: [BuildStatus] = []
        let watched = try Model(scenario: Self.scenario(size: size)) { status in
            seen.append(status)
            return true
        }
        let plain = try Model(scenario: Self.scenario(size: size))
        #expect(watched.population.trust == plain.population.trust)
        #expect(watched.population.age == plain.population.age)
        #expect(watched.population.ties.neighbours == plain.population.ties.neighbours)
        #expect(watched.population.ties.offsets == plain.population.ties.offsets)
        #expect(watched.history == plain.history)
        var a = watched
        var b = plain
        for _ in 0..<5 {
            a.step()
            b.step()
        }
        #expect(a.history == b.history)
        #expect(seen.count == 8, "4 questions in each half")
        #expect(seen.allSatisfy { $0.residents == size })
        #expect(seen.first?.fraction == 0)
        #expect(seen.map(\.fraction) == seen.map(\.fraction).sorted())
        #expect(seen.contains { $0.fraction == 0.5 }, "the ties start half-way")
        #expect(seen.allSatisfy { $0.fraction < 1 })
    }

    /// False stops the build with `cancelled`, in the draw or in the ties.
    @Test(arguments: [1, 3, 5])
    func falseStopsTheBuild(after questions: Int) {
        var asked = 0
        #expect(throws: ModelError.cancelled(residents: 100_000)) {
            _ = try Model(scenario: Self.scenario(size: 100_000)) { _ in
                asked += 1
                return asked < questions
            }
        }
        #expect(asked == questions, "nothing is asked after the answer that stops it")
    }

    /// A watched replay gives the same model as one that is not, and is told of the build and
    /// then of each week before it is stepped, in order, below 1; false stops it with `cancelled`
    /// in the build or in the steps, and nothing is asked after that answer.
    @Test func aWatchedReplayGivesTheSameModelAndCanBeStopped() throws {
        let scenario = Self.scenario(size: 2 * buildProgressInterval + 3)
        let changes = [TimedChange(week: 2, change: .parameter(name: "aSoc", value: 0.5))]
        var seen: [ReplayStatus] = []
        let watched = try Model.replay(scenario, changes: changes, to: 4) { status in
            seen.append(status)
            return true
        }
        let plain = try Model.replay(scenario, changes: changes, to: 4)
        #expect(watched.history == plain.history)
        #expect(watched.stage == plain.stage && watched.satisfaction == plain.satisfaction)
        #expect(seen.count == 6 + 4, "3 questions in each half of the build, then one before each of 4 steps")
        #expect(seen.allSatisfy { $0.residents == scenario.size && $0.target == 4 })
        #expect(seen.first?.fraction == 0)
        #expect(seen.map(\.fraction) == seen.map(\.fraction).sorted())
        #expect(seen.allSatisfy { $0.fraction < 1 })
        #expect(seen.suffix(4).map(\.week) == [0, 1, 2, 3])
        // The build is `replayBuildWeight` facility-weeks of the three facilities' 10 + 4 weeks.
        #expect(abs(seen[seen.count - 4].fraction - 10.0 / 14.0) < 1e-12)
        for stop in [2, 8, 10] {
            var asked = 0
            #expect(throws: ModelError.cancelled(residents: scenario.size)) {
                _ = try Model.replay(scenario, changes: changes, to: 4) { _ in
                    asked += 1
                    return asked < stop
                }
            }
            #expect(asked == stop)
        }
    }
}
