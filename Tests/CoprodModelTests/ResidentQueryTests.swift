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
        guard case .codes(let ageCodes, _) = age, case .numbers(let weeks) = joinedAt else {
            Issue.record("unexpected column kinds")
            return
        }
        let trust = m.population.trust
        // mean trust where not (age = young) and lift.joinedAt >= 3 by building, age; rate trust > 0.5
        let filter = ResidentCondition.and(
            .not(.isCode(ageCodes, code: AgeGroup.young.rawValue, equal: true)),
            .compare(.column(weeks), .greaterOrEqual, .value(3)))
        let test = ResidentCondition.compare(.value(0.5), .less, .column(trust))
        let result = try #require(
            ResidentQuery.summarise(count: n, filter: filter, test: test, values: .column(trust), by: [building, age]))
        // The same by hand.
        var rows: [[Int]] = []
        var keys: [String] = []
        for i in 0..<n where m.population.age[i] != .young && weeks[i] >= 3 {
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
    }
}
