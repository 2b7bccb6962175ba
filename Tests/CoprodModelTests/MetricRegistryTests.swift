import Testing

@testable import CoprodModel

/// The metric registry (spec §8): names, kinds and ranges agree with what the readers return, for
/// every week of a run, and the registry reads what the record holds.
struct MetricRegistryTests {
    /// The calibration scenario with an intervention, run for 60 weeks.
    static func run() throws -> Model {
        var s = Scenario.calibration
        s.size = 300
        s.interventions = [Fixture.intervention(.outreach, 0.8, on: "shed", from: 0, to: 30)]
        var m = try Model(scenario: s)
        for _ in 0..<60 { m.step() }
        return m
    }

    /// True when `value` has the case that `kind` promises and lies in `range`.
    static func conforms(_ value: MetricValue, _ kind: MetricKind, _ range: ClosedRange<Double>?) -> Bool {
        func inside(_ x: Double) -> Bool { range.map { $0.contains(x) } ?? false }
        switch (kind, value) {
        case (.number, .number(let x)), (.share, .number(let x)): return inside(x)
        case (.count, .count(let n)): return inside(Double(n))
        case (.flag, .flag): return range == 0...1
        case (.category(let words), .word(let w)): return range == nil && words.contains(w)
        case (.week, .week(let w)): return w.map { inside(Double($0)) } ?? true
        default: return false
        }
    }

    @Test("names are unique per level and keys are LEVEL.NAME")
    func uniqueNames() {
        for level in MetricLevel.allCases {
            let names = MetricRegistry.metrics(at: level).map(\.name)
            #expect(Set(names).count == names.count, "\(level)")
            #expect(MetricRegistry.metrics(at: level).allSatisfy { $0.level == level })
        }
        #expect(Set(MetricRegistry.all.map(\.key)).count == MetricRegistry.all.count)
        #expect(MetricRegistry.metric(named: "retention", at: .facility)?.key == "facility.retention")
        #expect(MetricRegistry.metric(named: "stage", at: .residentFacility)?.key == "residentFacility.stage")
        #expect(MetricRegistry.metric(named: "retention", at: .community) == nil)
    }

    @Test("every value of every week has its metric's kind and lies in its range")
    func kindsAndRanges() throws {
        let m = try Self.run()
        for record in m.history {
            for metric in MetricRegistry.community {
                let v = try #require(metric.value(in: record))
                #expect(Self.conforms(v, metric.kind, metric.range), "\(metric.key) week \(record.week): \(v)")
            }
            for metric in MetricRegistry.facility {
                for o in record.facilities {
                    let v = try #require(metric.value(of: o))
                    #expect(
                        Self.conforms(v, metric.kind, metric.range), "\(metric.key) \(o.name) week \(record.week): \(v)"
                    )
                }
            }
        }
        for metric in MetricRegistry.resident {
            let read = try #require(metric.residentReader(in: m))
            for i in 0..<m.residentCount {
                #expect(Self.conforms(read(i), metric.kind, metric.range), "\(metric.key) resident \(i)")
            }
        }
        for metric in MetricRegistry.residentFacility {
            for f in m.facilities.indices {
                let read = try #require(metric.residentReader(in: m, facility: f))
                for i in 0..<m.residentCount {
                    #expect(Self.conforms(read(i), metric.kind, metric.range), "\(metric.key) f\(f) resident \(i)")
                }
            }
        }
    }

    @Test("a reader of another level gives nil")
    func levelsDoNotMix() throws {
        let m = try Self.run()
        let retention = try #require(MetricRegistry.metric(named: "retention", at: .facility))
        #expect(retention.value(in: m.outcomes) == nil)
        #expect(retention.residentReader(in: m) == nil)
        let trust = try #require(MetricRegistry.metric(named: "trust", at: .resident))
        #expect(trust.value(of: m.outcomes.facilities[0]) == nil)
        #expect(trust.residentReader(in: m, facility: 0) == nil)
    }

    @Test("any past week can be evaluated from its record")
    func pastWeeks() throws {
        let m = try Self.run()
        let week = try #require(MetricRegistry.metric(named: "week", at: .community))
        let interventions = try #require(MetricRegistry.metric(named: "interventions", at: .community))
        let entries = try #require(MetricRegistry.metric(named: "entries", at: .facility))
        for (w, record) in m.history.enumerated() {
            #expect(week.value(in: record) == .count(w))
            // The outreach on shed is active in weeks 0…30.
            #expect(interventions.value(in: record) == .count(w <= 30 ? 1 : 0))
        }
        let counts = m.history.map { r -> Int in
            guard case .count(let n) = entries.value(of: r.facilities[0]) else { return -1 }
            return n
        }
        #expect(counts == counts.sorted(), "entries only grow")
        #expect(counts.last == m.facilities[0].entries)
    }

    @Test("the record holds entries, publicness, active interventions and residents")
    func recordCarriesWhatTheRegistryReads() throws {
        var m = try Self.run()
        let o = m.outcomes.facilities[0]
        #expect(o.entries == m.facilities[0].entries)
        #expect(o.autonomousEntries == m.facilities[0].autonomousEntries)
        #expect(o.publicness == m.scenario.facilities[0].publicness)
        #expect(m.outcomes.community.residents == 300)
        // Adding or removing an intervention mid-run updates this week's record.
        try m.add(Fixture.intervention(.information, 0.5, from: m.week, id: 9))
        #expect(m.outcomes.community.activeInterventions == 1)
        _ = m.removeIntervention(id: 9)
        #expect(m.outcomes.community.activeInterventions == 0)
    }

    @Test("resident readers read the model for resident i")
    func residentReaders() throws {
        let m = try Self.run()
        let trust = try #require(MetricRegistry.metric(named: "trust", at: .resident)?.residentReader(in: m))
        let index = try #require(MetricRegistry.metric(named: "index", at: .resident)?.residentReader(in: m))
        let stage = try #require(
            MetricRegistry.metric(named: "stage", at: .residentFacility)?.residentReader(in: m, facility: 1))
        let joinedAt = try #require(
            MetricRegistry.metric(named: "joinedAt", at: .residentFacility)?.residentReader(in: m, facility: 0))
        for i in [0, 17, 299] {
            #expect(trust(i) == .number(m.population.trust[i]))
            #expect(index(i) == .count(i + 1))
            #expect(stage(i) == .word(m.stage[m.pair(1, i)].description))
            let w = m.joinedAt[m.pair(0, i)]
            #expect(joinedAt(i) == .week(w >= 0 ? Int(w) : nil))
        }
    }
}
