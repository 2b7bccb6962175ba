import Testing

@testable import CoprodModel

/// Spec §8: the outcome metrics recorded each week, from state set by hand.
struct MetricsTests {
    /// 80 residents in two blocks of 40; resident i is young/middle/older by i mod 3 and a renter
    /// when i mod 4 = 0. The facility serves building 1 (residents 0…39).
    /// - ever joined: 0…9 (served) and 40…44 (not served); sustained: 0, 1, 2, 40;
    ///   active now: 0, 1, 5, 40; the other joiners have lapsed; 60…69 are aware.
    static func scene() throws -> Model {
        var overrides: [Int: ResidentOverrides] = [:]
        for i in 0..<80 {
            overrides[i] = ResidentOverrides(
                age: AgeGroup(rawValue: UInt8(i % 3))!, tenure: i % 4 == 0 ? .renter : .owner)
        }
        var m = try Fixture.model(
            size: 80, kIn: 6, kOut: 2, facilities: [Fixture.facility(serves: .building(1))],
            overrides: overrides)
        for i in Array(0..<10) + Array(40..<45) {
            m.joinedAt[i] = 3
            m.put(i, .lapsed)
        }
        for i in [0, 1, 2, 40] { m.sustained[i] = true }
        for i in [0, 1, 5, 40] { m.put(i, .active) }
        for i in 60..<70 { m.put(i, .aware) }
        return m
    }

    @Test func facilityOutcomes() throws {
        let m = try Self.scene()
        let o = m.record(tally: StepTally(facilityCount: 1)).facilities[0]
        #expect(o.served == 40)
        #expect(o.everJoinedServed == 10)
        #expect(close(o.everJoinedShare, 0.25))
        #expect(o.everJoined == 15)
        #expect(o.sustained == 4)
        // Retention = sustained / ever joined = 4/15.
        #expect(close(o.retention, 4.0 / 15))
        #expect(o.active == 4)
        #expect(o.aware == 25)
    }

    /// Participation 15/80. By age: 27, 27, 26 residents with 5 joiners each → 5/27, 5/27, 5/26;
    /// by tenure: 60 owners with 10 joiners, 20 renters with 5 → 1/6 and 1/4. The largest gap is
    /// the tenure gap 1/4 − 1/6 = 1/12 (the age gap is 5/26 − 5/27 ≈ 0.0071).
    @Test func participationAndEquity() throws {
        let m = try Self.scene()
        let c = m.record(tally: StepTally(facilityCount: 1)).community
        #expect(close(c.participation, 15.0 / 80))
        #expect(zip(c.participationByAge, [5.0 / 27, 5.0 / 27, 5.0 / 26]).allSatisfy { close($0, $1) })
        #expect(zip(c.participationByTenure, [1.0 / 6, 0.25]).allSatisfy { close($0, $1) })
        #expect(close(c.largestGap, 1.0 / 12))
    }

    /// A resident who joined two facilities counts once in participation.
    @Test func participationCountsResidentsOnce() throws {
        var m = try Fixture.model(size: 10, facilities: [Fixture.facility("a"), Fixture.facility("b")])
        for f in 0...1 { m.joinedAt[m.pair(f, 0)] = 0 }
        m.joinedAt[m.pair(1, 1)] = 2
        let c = m.record(tally: StepTally(facilityCount: 2)).community
        #expect(close(c.participation, 0.2))
    }

    @Test func communityMeansAndGovernmentWork() throws {
        var m = try Fixture.model(size: 4, facilities: [Fixture.facility("a"), Fixture.facility("b")])
        for (i, v) in [0.1, 0.2, 0.3, 0.4].enumerated() {
            m.setTraits(i, [.efficacy: v, .trust: 1 - v, .identification: v / 2, .responsibility: v * 2])
        }
        m.facilities[0].governmentWork = 7
        m.facilities[1].governmentWork = 5.5
        let c = m.record(tally: StepTally(facilityCount: 2)).community
        #expect(close(c.efficacy, 0.25))
        #expect(close(c.trust, 0.75))
        #expect(close(c.identification, 0.125))
        #expect(close(c.responsibility, 0.5))
        #expect(c.governmentWork == 12.5)
    }

    /// Social capital: the share of ties whose two ends were both active (on any facility, not
    /// necessarily the same one) in the same week, for at least 4 weeks in all.
    /// K5 has 10 ties. Resident 0 is active on a, 1 on b, 2 on both; 3 is aware, 4 unaware: the
    /// three ties among 0, 1, 2 count each week, so after 3 weeks the share is 0 and after 4 it is 0.3.
    @Test func socialCapitalCountsTiesActiveTogetherForFourWeeks() throws {
        var m = try Fixture.k5(facilities: [Fixture.facility("a"), Fixture.facility("b")])
        #expect(m.population.ties.edgeCount == 10)
        m.put(0, .active, on: 0)
        m.put(1, .active, on: 1)
        m.put(2, .active, on: 0)
        m.put(2, .active, on: 1)
        m.put(3, .aware, on: 0)
        for _ in 0..<3 { m.countTiesActiveTogether() }
        #expect(m.record(tally: StepTally(facilityCount: 2)).community.socialCapital == 0)
        m.countTiesActiveTogether()
        #expect(close(m.record(tally: StepTally(facilityCount: 2)).community.socialCapital, 0.3))
        for e in 0..<10 {
            let (a, b) = (Int(m.population.ties.edgeA[e]), Int(m.population.ties.edgeB[e]))
            #expect(m.tieWeeksTogether[e] == (a <= 2 && b <= 2 ? 4 : 0))
        }
    }

    /// The weeks need not be consecutive: 4 weeks in all.
    @Test func socialCapitalWeeksNeedNotBeConsecutive() throws {
        var m = try Fixture.k5()
        m.put(0, .active)
        m.put(1, .active)
        for week in 0..<7 {
            if week == 3 { m.put(1, .lapsed) } else if week == 4 { m.put(1, .active) }
            m.countTiesActiveTogether()
        }
        let e = (0..<10).first { m.population.ties.edgeA[$0] == 0 && m.population.ties.edgeB[$0] == 1 }!
        #expect(m.tieWeeksTogether[e] == 6)
        #expect(close(m.record(tally: StepTally(facilityCount: 1)).community.socialCapital, 0.1))
    }

    /// The tally of the week lands in its record, and records are numbered by the week they close.
    @Test func recordCarriesTheWeekTally() throws {
        var m = try Fixture.model(size: 40) { $0.parameters.a0 = 1 }
        let tally = m.step()
        let o = m.outcomes.facilities[0]
        #expect(m.outcomes.week == 1)
        #expect(m.history.count == 2 && m.history[0].week == 0)
        #expect(o.newlyAware == 40 && tally.newlyAware == [40])
        #expect(o.autonomousJoins == tally.autonomousJoins[0] && o.mobilisedJoins == tally.mobilisedJoins[0])
        #expect(o.lapses == 0)
    }
}
