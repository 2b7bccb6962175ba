import Testing

@testable import CoprodModel

/// Properties that must hold in every run: the calibration scenario (spec §13) for 30 weeks under
/// ten seeds, checked after every week.
struct InvariantTests {
    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34, 55, 89]
    static let weeks = 30

    /// The calibration scenario with some interventions on, so that every process and lever runs.
    static func scenario(seed: UInt64) -> Scenario {
        var s = Scenario.calibration
        s.seed = seed
        s.interventions = [
            Fixture.intervention(.incentive, 0.8, on: "shed", from: 0, to: 9, id: 1),
            Fixture.intervention(.emotionalCare, 0.6, on: "garden", id: 2),
            Fixture.intervention(.techPlatform, 0.5, from: 5, id: 3),
            Fixture.intervention(.training, 0.4, on: "lift", id: 4),
            Fixture.intervention(.roleShift, 0.5, on: "garden", from: 10, id: 5),
        ]
        return s
    }

    @Test(arguments: InvariantTests.seeds)
    func invariantsHoldEveryWeek(seed: UInt64) throws {
        var m = try Model(scenario: Self.scenario(seed: seed))
        let n = m.residentCount
        let fCount = m.facilities.count
        Self.checkTies(m)
        // Per-resident checks collect their failures (one #expect per resident and week would be
        // slow in debug builds); the first few are reported.
        var problems: [String] = []
        func check(_ ok: Bool, _ what: @autoclosure () -> String) {
            if !ok && problems.count < 20 { problems.append(what()) }
        }
        var phases = m.facilities.map(\.phase)
        for _ in 0..<Self.weeks {
            m.step()
            let w = m.week
            check(m.history.count == w + 1, "history length at week \(w)")
            check(m.history.enumerated().allSatisfy { $0.offset == $0.element.week }, "history numbering")
            let record = m.outcomes
            for f in 0..<fCount {
                let stages = m.stages(f)
                let counts = Stage.allCases.map { s in stages.filter { $0 == s }.count }
                check(counts.reduce(0, +) == n, "stage counts of f\(f) sum to \(counts)")
                let o = record.facilities[f]
                check(o.active == counts[Int(Stage.active.rawValue)], "active count f\(f)")
                check(o.aware == n - counts[Int(Stage.unaware.rawValue)], "aware count f\(f)")
                var everJoined = 0
                for i in 0..<n {
                    let k = m.pair(f, i)
                    let joined = m.joinedAt[k] >= 0
                    everJoined += joined ? 1 : 0
                    check(
                        !(stages[i] == .active || stages[i] == .lapsed) || joined,
                        "w\(w) f\(f) r\(i): active/lapsed ⇒ joined")
                    check(!m.sustained[k] || joined, "w\(w) f\(f) r\(i): sustained ⇒ joined")
                    check(
                        joined || (m.channel[k] == .none && !m.sustained[k]),
                        "w\(w) f\(f) r\(i): channel without joining")
                    check(
                        !m.incentiveDriven[k] || m.channel[k] == .mobilised,
                        "w\(w) f\(f) r\(i): incentive-driven ⇒ mobilised")
                    check(
                        (0...1).contains(m.satisfaction[k]) && (0...1).contains(m.fatigue[k]),
                        "w\(w) f\(f) r\(i): satisfaction/fatigue")
                    check(m.activeRun[k] == 0 || stages[i] == .active, "w\(w) f\(f) r\(i): run while not active")
                }
                check(o.everJoined == everJoined, "ever joined f\(f)")
                check(o.sustained <= o.everJoined && o.everJoinedServed <= o.served, "sustained ≤ joined, f\(f)")
                check((0...1).contains(o.retention) && (0...1).contains(o.everJoinedShare), "rates f\(f)")
                let st = m.facilities[f]
                check(st.entries >= everJoined && st.autonomousEntries <= st.entries, "entries f\(f)")
                check(st.progress >= 0 && st.progress < 1, "progress f\(f) \(st.progress)")
                for v in [st.quality, st.condition, st.role, st.visibleProgress, st.autonomy, st.coverage] {
                    check((0...1).contains(v), "facility state f\(f) out of range: \(v)")
                }
                check(st.phase >= phases[f], "phase of f\(f) went back")
                phases[f] = st.phase
                check((st.completedAt != nil) == (st.phase == .maintenance), "completedAt f\(f)")
            }
            for i in 0..<n {
                let everAny = (0..<fCount).contains { m.joinedAt[m.pair($0, i)] >= 0 }
                check(m.veteran[i] == everAny, "veteran r\(i)")
                for t in ResidentTrait.allCases {
                    check((0...1).contains(m.population.value(t, of: i)), "\(t) of r\(i)")
                }
            }
            let c = record.community
            for v in [
                c.participation, c.efficacy, c.trust, c.identification, c.responsibility, c.socialCapital, c.largestGap,
            ] {
                check((0...1).contains(v), "community metric out of range: \(v)")
            }
        }
        #expect(problems.isEmpty, "\(problems)")
        // The run did something: people joined every facility.
        #expect(m.outcomes.facilities.allSatisfy { $0.everJoined > 0 })
    }

    /// Ties are undirected, with no self-ties or duplicates; every resident has at least
    /// min(6, building − 1) ties in her building and at least 2 outside it (docs/MODEL.md, "Ties").
    static func checkTies(_ m: Model) {
        let ties = m.population.ties
        let n = m.residentCount
        var blockSize: [Int32: Int] = [:]
        for i in 0..<n { blockSize[m.population.building[i], default: 0] += 1 }
        var pairs = Set<[Int32]>()
        for e in 0..<ties.edgeCount {
            let (a, b) = (ties.edgeA[e], ties.edgeB[e])
            #expect(a < b)
            #expect(pairs.insert([a, b]).inserted, "duplicate edge \(a)–\(b)")
        }
        var degreeSum = 0
        for i in 0..<n {
            let partners = ties.partners(of: i).map(Int.init)
            degreeSum += partners.count
            #expect(!partners.contains(i), "self-tie at \(i)")
            #expect(Set(partners).count == partners.count, "duplicate partner of \(i)")
            for j in partners { #expect(ties.partners(of: j).contains(Int32(i)), "tie \(i)–\(j) not symmetric") }
            let building = m.population.building[i]
            let inside = partners.filter { m.population.building[$0] == building }.count
            #expect(inside >= min(6, blockSize[building]! - 1))
            #expect(partners.count - inside >= min(2, n - blockSize[building]!))
        }
        #expect(degreeSum == 2 * ties.edgeCount)
    }

    /// Small and odd community shapes keep the tie rules: a building smaller than 7 caps the
    /// inside ties, a single building has no outside ties.
    @Test(arguments: [(7, 3), (50, 40), (41, 40), (30, 40), (90, 10)])
    func tieRulesForOddShapes(size: Int, blockSize: Int) throws {
        let m = try Fixture.model(size: size, kIn: 6, kOut: 2, blockSize: blockSize)
        Self.checkTies(m)
    }

    @Test func sameSeedSameOutcomesDifferentSeedDifferentOutcomes() throws {
        var a = try Model(scenario: Self.scenario(seed: 42))
        var b = try Model(scenario: Self.scenario(seed: 42))
        var c = try Model(scenario: Self.scenario(seed: 43))
        for _ in 0..<Self.weeks {
            a.step()
            b.step()
            c.step()
        }
        #expect(a.outcomes == b.outcomes)
        #expect(a.history == b.history)
        #expect(a.stage == b.stage && a.population.efficacy == b.population.efficacy)
        #expect(a.outcomes != c.outcomes)
        #expect(a.population.need != c.population.need)
    }

    /// Naming one resident's traits never changes anyone else's draw (docs of `Population.init`).
    @Test func overridesDoNotShiftOtherResidentsDraws() throws {
        let plain = try Fixture.model(size: 60, kIn: 6, kOut: 2)
        let named = try Fixture.model(
            size: 60, kIn: 6, kOut: 2,
            overrides: [5: ResidentOverrides(age: .older, traits: [.need: 0.9])])
        for i in 0..<60 where i != 5 {
            for t in ResidentTrait.allCases {
                #expect(plain.population.value(t, of: i) == named.population.value(t, of: i))
            }
        }
        #expect(named.population.need[5] == 0.9 && named.population.age[5] == .older)
        #expect(plain.population.ties.neighbours == named.population.ties.neighbours)
    }
}
