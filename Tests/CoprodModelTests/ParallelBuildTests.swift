import Testing

@testable import CoprodModel

/// A population build on several threads (docs/PERFORMANCE.md, "Third round") draws exactly the
/// population a one-thread build draws: every column, every tie, whatever the number of threads,
/// with or without a watcher, and a watcher is asked the same questions and can stop it the same way.
struct ParallelBuildTests {
    /// Four blocks of the build and a bit (the last one short), with residents named in the
    /// scenario (an age, a building, traits) so overrides take both paths.
    static let size = 3 * buildProgressInterval + 77

    static func overrides() -> [Int: ResidentOverrides] {
        var older = ResidentOverrides(age: .older, traits: [.trust: 0.25])
        older.floor = 3
        return [
            5: older,
            20_000: ResidentOverrides(tenure: .renter, building: 2, traits: [.identification: 0.9]),
            Self.size - 1: ResidentOverrides(age: .young, building: 1),
        ]
    }

    static func build(threads: Int, progress: BuildProgress? = nil) throws -> Population {
        let s = Scenario.calibration
        return try Population(
            size: Self.size, profile: .mixed, seed: 11, overrides: Self.overrides(), parameters: s.parameters,
            progress: progress, threads: threads)
    }

    /// Every array of two populations, the ties included, is equal.
    static func expectSame(_ a: Population, _ b: Population, _ label: String) {
        #expect(a.age == b.age, "age, \(label)")
        #expect(a.tenure == b.tenure, "tenure, \(label)")
        #expect(a.building == b.building, "building, \(label)")
        for trait in ResidentTrait.allCases {
            #expect(a.column(trait) == b.column(trait), "\(trait), \(label)")
        }
        #expect(a.ties.offsets == b.ties.offsets, "tie offsets, \(label)")
        #expect(a.ties.neighbours == b.ties.neighbours, "tie partners, \(label)")
        #expect(a.ties.ownStart == b.ties.ownStart, "own ties, \(label)")
        #expect(a.ties.edgeOffset == b.ties.edgeOffset, "edge list, \(label)")
        #expect(a.ties.maxDegree == b.ties.maxDegree, "largest degree, \(label)")
    }

    @Test func oneTwoAndThreeThreadsDrawTheSamePopulation() throws {
        let one = try Self.build(threads: 1)
        // The overrides took effect (so the comparison covers them).
        #expect(one.age[5] == .older && one.trust[5] == 0.25 && one.building[20_000] == 2)
        #expect(one.age[Self.size - 1] == .young && one.identification[20_000] == 0.9)
        for threads in [2, 3] {
            Self.expectSame(one, try Self.build(threads: threads), "\(threads) threads")
            Self.expectSame(one, try Self.build(threads: threads) { _ in true }, "\(threads) threads, watched")
        }
    }

    /// A model of this size (above ``Population/parallelBuildSize``) builds on every core by
    /// default: it equals a one-thread population.
    @Test func theDefaultBuildOfALargeCommunityIsTheOneThreadBuild() throws {
        var s = Scenario.calibration
        s.size = Population.parallelBuildSize + 3
        s.seed = 4
        let model = try Model(scenario: s)
        let one = try Population(
            size: s.size, profile: s.profile, seed: s.seed, overrides: s.overrides, parameters: s.parameters,
            progress: nil, threads: 1)
        Self.expectSame(one, model.population, "default threads")
    }

    /// The watcher is asked at the same residents, in the same order, by one and by two threads,
    /// and false stops either at the same question.
    @Test func aWatcherIsAskedTheSameQuestionsWhateverTheThreads() throws {
        var seen: [[BuildStatus]] = []
        for threads in [1, 2] {
            var asked: [BuildStatus] = []
            _ = try Self.build(threads: threads) { status in
                asked.append(status)
                return true
            }
            seen.append(asked)
        }
        #expect(seen[0].count == 8)
        #expect(seen[0] == seen[1])
        for threads in [1, 2] {
            for stop in [2, 4, 6] {
                var asked = 0
                #expect(throws: ModelError.cancelled(residents: Self.size)) {
                    _ = try Self.build(threads: threads) { _ in
                        asked += 1
                        return asked < stop
                    }
                }
                #expect(asked == stop, "\(threads) threads, stopped at question \(stop)")
            }
        }
    }
}
