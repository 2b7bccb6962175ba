import Testing

@testable import CoprodModel

/// The columnar query engine against a per-resident evaluation of the same query.
struct ResidentQueryTests {
    @Test func summariesMatchAPerResidentLoop() throws {
        var m = try Model(scenario: GoldenDeterminismTests.withInterventions)
        for _ in 0..<30 { m.step() }
        let n = m.residentCount
        let age = try #require(MetricRegistry.metric(named: "age", at: .resident)?.residentColumn(in: m))
        let building = try #require(MetricRegistry.metric(named: "building", at: .resident)?.residentColumn(in: m))
        let joinedAt = try #require(
            MetricRegistry.metric(named: "joinedAt", at: .residentFacility)?.residentColumn(in: m, facility: 1))
        guard case .codes(let ageCodes, _) = age, case .numbers(let weekColumn) = joinedAt else {
            Issue.record("unexpected column kinds")
            return
        }
        let trust = m.population.trust
        let weeks = ResidentQuery.mask(.compare(.value(-0.5), .less, .column(weekColumn)), count: n).map(Double.init)
        // mean trust where not (age = young) and lift.joinedAt >= 3 by building, age; rate trust > 0.5
        let filter = ResidentCondition.and(
            .not(.isCode(ageCodes, code: AgeGroup.young.rawValue, equal: true)),
            .compare(.column(weekColumn), .greaterOrEqual, .value(3)))
        let test = ResidentCondition.compare(.value(0.5), .less, .column(ResidentNumbers(trust)))
        let result = try #require(
            ResidentQuery.summarise(
                count: n, filter: filter, test: test, values: .column(ResidentNumbers(trust)), by: [building, age]))
        // The same by hand.
        var rows: [[Int]] = []
        var keys: [String] = []
        let weekOf = m.joinedAt[n..<(2 * n)].map { Double($0) }
        #expect(weeks == weekOf.map { $0 >= 0 ? 1 : 0 })
        for i in 0..<n where m.population.age[i] != .young && weekOf[i] >= 3 {
            let key = "\(m.population.building[i]) \(m.population.age[i])"
            if let g = keys.firstIndex(of: key) {
                rows[g].append(i)
            } else {
                keys.append(key)
                rows.append([i])
            }
        }
        #expect(result.groups.count == rows.count)
        for (g, set) in zip(result.groups, rows) {
            let values = set.map { trust[$0] }
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
            #expect(g.firstResident == set[0])
            #expect(g.summary.count == set.count)
            #expect(g.summary.hits == set.filter { trust[$0] > 0.5 }.count)
            #expect(g.summary.mean == mean && g.summary.sd == sd)
            #expect(g.key == [.number(Double(m.population.building[set[0]])), .word("\(m.population.age[set[0]])")])
        }
        #expect(result.total.count == rows.reduce(0) { $0 + $1.count })
        // Too many possible keys for a table (buildings × resident numbers): a group per resident.
        let index = try #require(MetricRegistry.metric(named: "index", at: .resident)?.residentColumn(in: m))
        let sparse = try #require(ResidentQuery.summarise(count: n, filter: filter, by: [building, index]))
        #expect(sparse.groups.map(\.firstResident) == rows.flatMap { $0 }.sorted())
        #expect(sparse.groups.allSatisfy { $0.summary.count == 1 })
    }

    /// Many groups (more slots than the four-lane counters take, and keys too many for a table),
    /// with values and a test: every group is one resident, its mean her value, its sd 0.
    @Test(arguments: [false, true]) func manyGroupsKeepEveryResidentsOwnSummary(sparse: Bool) throws {
        var m = try Model(scenario: GoldenDeterminismTests.withInterventions)
        for _ in 0..<20 { m.step() }
        let n = m.residentCount
        let index = try #require(MetricRegistry.metric(named: "index", at: .resident)?.residentColumn(in: m))
        let building = try #require(MetricRegistry.metric(named: "building", at: .resident)?.residentColumn(in: m))
        let trust = m.population.trust
        let filter = ResidentCondition.compare(.column(ResidentNumbers(trust)), .greater, .value(0.4))
        let test = ResidentCondition.compare(.column(ResidentNumbers(m.population.efficacy)), .less, .value(0.5))
        let result = try #require(
            ResidentQuery.summarise(
                count: n, filter: filter, test: test, values: .column(ResidentNumbers(trust)),
                by: sparse ? [building, index] : [index]))
        let chosen = (0..<n).filter { trust[$0] > 0.4 }
        #expect(n > 256 && chosen.count > 256)
        #expect(result.groups.map(\.firstResident) == chosen)
        for g in result.groups {
            let i = g.firstResident
            #expect(g.summary.count == 1 && g.summary.mean == trust[i] && g.summary.sd == 0)
            #expect(g.summary.hits == (m.population.efficacy[i] < 0.5 ? 1 : 0))
        }
        var sum = 0.0
        for i in chosen { sum += trust[i] }
        #expect(result.total.count == chosen.count && result.total.sum == sum)
        #expect(result.total.hits == chosen.filter { m.population.efficacy[$0] < 0.5 }.count)
    }

    /// A filter that keeps no one, and a query of everyone without a filter or groups.
    @Test func emptyAndWholeSelections() throws {
        let m = try Model(scenario: GoldenDeterminismTests.withInterventions)
        let n = m.residentCount
        let trust = m.population.trust
        let none = try #require(
            ResidentQuery.summarise(count: n, filter: .constant(false), values: .column(ResidentNumbers(trust))))
        #expect(none.total == ResidentSummary() && none.groups.isEmpty)
        let all = try #require(ResidentQuery.summarise(count: n, filter: nil, values: .column(ResidentNumbers(trust))))
        var sum = 0.0
        for v in trust { sum += v }
        let mean = sum / Double(n)
        var squares = 0.0
        for v in trust { squares += (v - mean) * (v - mean) }
        #expect(all.total.count == n && all.total.sum == sum && all.total.squares == squares)
    }
}
