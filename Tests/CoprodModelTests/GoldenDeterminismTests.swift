import Testing

@testable import CoprodModel

/// Golden outputs pinned before the performance work of issue 10: a 64-bit FNV-1a digest of
/// everything a run produces — every week's record, the events, every per-pair and per-resident
/// array, the per-tie counters and every explanation `explain` can show — for a few scenarios and
/// seeds. Any optimisation must leave these digests bit-for-bit unchanged; a changed digest means
/// the model's outputs changed.
struct GoldenDeterminismTests {
    /// FNV-1a over the bit patterns of the values fed to it.
    struct Digest {
        private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func byte(_ b: UInt8) { value = (value ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        mutating func u64(_ x: UInt64) {
            for s in stride(from: 0, to: 64, by: 8) { byte(UInt8(truncatingIfNeeded: x >> UInt64(s))) }
        }
        mutating func int(_ x: Int) { u64(UInt64(bitPattern: Int64(x))) }
        mutating func double(_ x: Double) { u64(x.bitPattern) }
        mutating func bool(_ b: Bool) { byte(b ? 1 : 0) }
        mutating func string(_ s: String) {
            for b in s.utf8 { byte(b) }
            byte(0xff)
        }
        mutating func optional(_ x: Int?) {
            if let x {
                byte(1)
                int(x)
            } else {
                byte(0)
            }
        }
        var hex: String { String(value, radix: 16) }
    }

    static func feed(_ d: inout Digest, _ r: WeekRecord) {
        d.int(r.week)
        for o in r.facilities {
            d.string(o.name)
            d.int(o.phase.rawValue)
            d.double(o.progress)
            d.double(o.quality)
            d.double(o.condition)
            d.bool(o.degraded)
            d.optional(o.completedAt)
            d.int(o.served)
            d.int(o.everJoinedServed)
            d.int(o.everJoined)
            d.int(o.active)
            d.int(o.sustained)
            d.double(o.autonomy)
            d.string(o.type.rawValue)
            d.double(o.governmentWork)
            d.int(o.newlyAware)
            d.int(o.autonomousJoins)
            d.int(o.mobilisedJoins)
            d.int(o.lapses)
            d.int(o.aware)
        }
        let c = r.community
        for x in [
            c.participation, c.efficacy, c.trust, c.identification, c.responsibility, c.socialCapital,
            c.largestGap, c.governmentWork,
        ] { d.double(x) }
        for x in c.participationByAge + c.participationByTenure { d.double(x) }
    }

    static func feed(_ d: inout Digest, _ j: JoinExplanation?) {
        guard let j else {
            d.byte(0)
            return
        }
        d.byte(1)
        d.int(j.week)
        d.bool(j.reentry)
        for x in [
            j.attitude, j.norm, j.control, j.identification, j.responsibility, j.utility, j.pAuto,
            j.pMob, j.outreachTerm, j.incentiveTerm, j.probability,
        ] + j.weights { d.double(x) }
        d.int(Int(j.channel.rawValue))
        d.bool(j.incentiveDriven)
        d.string(j.decisiveTerm)
    }

    static func feed(_ d: inout Digest, _ l: LapseExplanation?) {
        guard let l else {
            d.byte(0)
            return
        }
        d.byte(1)
        d.int(l.week)
        for x in [l.satisfaction, l.identification, l.responsibility, l.solidary, l.fatigue, l.incentive, l.pStay] {
            d.double(x)
        }
        d.string(l.decisiveTerm)
    }

    /// The digest of a model's whole observable state.
    static func digest(_ m: Model) -> Digest {
        var d = Digest()
        d.int(m.week)
        for r in m.history { feed(&d, r) }
        for e in m.events {
            d.int(e.week)
            d.string(e.facility)
            switch e.kind {
            case .phase(let p):
                d.byte(1)
                d.int(p.rawValue)
            case .completed(let q):
                d.byte(2)
                d.double(q)
            case .degraded: d.byte(3)
            case .vote(let c, let passed, let next):
                d.byte(4)
                (d.int(c.owners), d.int(c.voters), d.int(c.approvals), d.bool(passed), d.optional(next))
            }
        }
        for f in m.facilities {
            d.int(f.phase.rawValue)
            d.double(f.progress)
            d.double(f.quality)
            d.double(f.condition)
            d.bool(f.degraded)
            d.optional(f.completedAt)
            d.int(f.createdAt)
            d.double(f.role)
            d.double(f.visibleProgress)
            d.byte(f.coveredCells)
            d.byte(f.servedCells)
            d.int(f.entries)
            d.int(f.autonomousEntries)
            d.double(f.governmentWork)
            d.double(f.residentWork)
        }
        let pairs = m.facilities.count * m.residentCount
        for k in 0..<pairs {
            d.byte(m.stage[k].rawValue)
            d.byte(m.channel[k].rawValue)
            d.bool(m.incentiveDriven[k])
            d.int(Int(m.joinedAt[k]))
            d.int(Int(m.activeRun[k]))
            d.bool(m.sustained[k])
            d.double(m.satisfaction[k])
            d.double(m.fatigue[k])
        }
        let p = m.population
        for i in 0..<m.residentCount {
            d.byte(p.age[i].rawValue)
            d.byte(p.tenure[i].rawValue)
            d.int(Int(p.building[i]))
            d.bool(m.veteran[i])
            for t in ResidentTrait.allCases { d.double(p.value(t, of: i)) }
            d.int(p.ties.degree(of: i))
            for j in p.ties.partners(of: i) { d.int(Int(j)) }
        }
        // Ties in (a, b) order, so the digest does not depend on the order the edge list is kept in.
        let ties = (0..<p.ties.edgeCount).map {
            (Int(p.ties.edgeA[$0]), Int(p.ties.edgeB[$0]), Int(m.tieWeeksTogether[$0]))
        }
        .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
        for (a, b, w) in ties {
            d.int(a)
            d.int(b)
            d.int(w)
        }
        // Every explanation `explain` can show: the recorded ones and this week's terms.
        for k in 0..<pairs {
            feed(&d, m.firstJoin[k])
            feed(&d, m.lastJoin[k])
            feed(&d, m.lastLapse[k])
        }
        for f in m.facilities.indices {
            for i in stride(from: 0, to: m.residentCount, by: max(1, m.residentCount / 97)) {
                feed(&d, m.joinTerms(f, i, levers: m.currentLevers(f), activeTies: m.activeTies(f, i)))
            }
        }
        return d
    }

    /// The calibration scenario of spec §13 with interventions of every kind.
    static var withInterventions: Scenario {
        var s = Scenario.calibration
        s.seed = 7
        s.interventions = [
            Fixture.intervention(.incentive, 0.8, on: "shed", from: 0, to: 20, id: 1),
            Fixture.intervention(.emotionalCare, 0.6, on: "garden", id: 2),
            Fixture.intervention(.techPlatform, 0.5, from: 5, id: 3),
            Fixture.intervention(.training, 0.4, on: "lift", id: 4),
            Fixture.intervention(.roleShift, 0.5, on: "garden", from: 10, id: 5),
            Fixture.intervention(.information, 0.7, from: 3, to: 30, id: 6),
            Fixture.intervention(.council, 0.5, on: "lift", id: 7),
            Fixture.intervention(.outreach, 0.9, on: "lift", from: 15, id: 8),
            Fixture.intervention(.differentiated, 1, from: 40, id: 9),
        ]
        return s
    }

    /// A community of residents' projects: another profile, seed and size, age and tenure
    /// beneficiaries, named overrides and `sustainWeeks` 1.
    static var residentsProjects: Scenario {
        var s = Scenario()
        s.size = 1_500
        s.seed = 20_26
        s.profile = .oldEstate
        s.parameters.sustainWeeks = 1
        s.facilities = [
            Fixture.facility(
                "bench", publicness: 0.3, salience: 0.6, complexity: 0.2, cost: 30, serves: .age(.older),
                initiator: .residents),
            Fixture.facility(
                "bikes", publicness: 0.7, complexity: 0.6, cost: 120, serves: .tenure(.renter), outreach: 0.5),
        ]
        s.overrides = [
            3: ResidentOverrides(age: .young, traits: [.efficacy: 0.95, .identification: 0.1]),
            40: ResidentOverrides(tenure: .renter, building: 7),
        ]
        s.interventions = [
            Fixture.intervention(.incentive, 0.5, on: "bikes", from: 2, to: 12, id: 1),
            Fixture.intervention(.techPlatform, 0.3, from: 0, id: 2),
        ]
        return s
    }

    static func run(_ s: Scenario, weeks: Int) throws -> Model {
        var m = try Model(scenario: s)
        for _ in 0..<weeks { m.step() }
        return m
    }

    /// A run with changes made mid-run through the public API (a new facility, a parameter, the
    /// government, a resident's traits, a shifted trait, an intervention added and one removed).
    static func runWithChanges() throws -> Model {
        var m = try Model(scenario: withInterventions)
        for _ in 0..<12 { m.step() }
        var kiosk = FacilitySpec(name: "kiosk")
        kiosk.cost = 50
        kiosk.serves = .building(2)
        kiosk.initiator = .residents
        try m.add(kiosk)
        m.set(Parameters.entry(named: "aSoc")!, to: 0.2)
        m.set(Parameters.entry(named: "wS")!, to: 0.4)
        for _ in 0..<8 { m.step() }
        var g = m.scenario.government
        g.role = 0.5
        g.budget = 6
        g.responsiveness = 0.7
        m.setGovernment(g)
        m.apply(ResidentOverrides(traits: [.trust: 0.9, .time: 0.8]), toResident: 5)
        m.shift(.efficacy, by: 0.1)
        try m.add(Fixture.intervention(.outreach, 0.6, on: "kiosk", from: 22, id: 10))
        _ = m.removeIntervention(id: 1)
        for _ in 0..<6 { m.step() }
        var shed = m.scenario.facilities[0]
        shed.complexity = 0.7
        try m.update(shed)
        var t = m.scenario.thresholds
        t.autonomy = 0.3
        m.setThresholds(t)
        for _ in 0..<20 { m.step() }
        return m
    }

    /// Digests recorded on the sources before issue 10's changes (commit f73a686).
    @Test func calibrationAt104Weeks() throws {
        let m = try Self.run(.calibration, weeks: 104)
        #expect(Self.digest(m).hex == "4a87a50cab5ecafd")
    }

    @Test func calibrationOtherSeedsAt52Weeks() throws {
        var digests: [String] = []
        for seed: UInt64 in [2, 3, 99] {
            var s = Scenario.calibration
            s.seed = seed
            digests.append(Self.digest(try Self.run(s, weeks: 52)).hex)
        }
        #expect(digests == ["3ac843b1cf751a33", "95319ce6d6d4377c", "56b4ca949909fdfd"])
    }

    @Test func interventionsAt80Weeks() throws {
        let mid = try Self.run(Self.withInterventions, weeks: 30)
        let end = try Self.run(Self.withInterventions, weeks: 80)
        #expect([Self.digest(mid).hex, Self.digest(end).hex] == ["2c4b17032a901d86", "c2cbcb896c523775"])
    }

    @Test func residentsProjectsAt40Weeks() throws {
        let m = try Self.run(Self.residentsProjects, weeks: 40)
        #expect(Self.digest(m).hex == "f9cf69cecc203bca")
    }

    @Test func changesMadeMidRun() throws {
        let m = try Self.runWithChanges()
        #expect(Self.digest(m).hex == "3fef1ca12ac82409")
    }
}
