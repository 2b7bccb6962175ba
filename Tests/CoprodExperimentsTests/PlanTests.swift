import CoprodLanguage
import CoprodModel
import Testing

@testable import CoprodExperiments

@Suite("Sweep plans: axes, cells, seeds, shards, Latin hypercubes")
struct PlanTests {
    let scenario = Scenario.calibration

    @Test func rangeAxisListsItsValuesWithoutRoundingNoise() throws {
        let a = try Axis("shed.salience=0:1:0.25", scenario: scenario)
        #expect(a.texts == ["0", "0.25", "0.5", "0.75", "1"])
        let b = try Axis("parameter.a0=0.1:0.3:0.1", scenario: scenario)
        #expect(b.texts == ["0.1", "0.2", "0.3"])
        let c = try Axis("community.size=100:300:100", scenario: scenario)
        #expect(c.values == [.integer(100), .integer(200), .integer(300)])
        let d = try Axis("community.profile=mixed,old-estate", scenario: scenario)
        #expect(d.values == [.word("mixed"), .word("old-estate")])
    }

    @Test(arguments: ["shed.salience=1:0:0.1", "shed.salience=0:1:0", "shed.salience=0:1:-1", "shed.salience=a:1:0.1"])
    func badRangesAreRefused(spec: String) {
        #expect(throws: ExperimentError.self) { try Axis(spec, scenario: scenario) }
    }

    @Test func factorialCellsVaryTheFirstAxisSlowest() throws {
        let axes = [
            try Axis("shed.salience=0.2,0.4", scenario: scenario), try Axis("budget=1,2,3", scenario: scenario),
        ]
        let plan = try SweepPlan(axes: axes, sampling: .factorial, replicates: 2, baseSeed: 1)
        #expect(plan.cells == 6)
        #expect(plan.runs == 12)
        #expect(
            (0..<6).map { plan.cellValues($0).texts.joined(separator: "/") } == [
                "0.2/1", "0.2/2", "0.2/3", "0.4/1", "0.4/2", "0.4/3",
            ])
        let r = plan.run(7)
        #expect((r.cell, r.replicate) == (3, 2))
    }

    @Test func seedsFollowTheDocumentedRule() throws {
        let plan = try SweepPlan(axes: [], sampling: .factorial, replicates: 5, baseSeed: 42)
        // Cell 0 is the base seed, so a sweep without axes is `coprod run --replicates`.
        for r in 1...5 { #expect(plan.run(r - 1).seed == Scenario.replicateSeed(42, replicate: r)) }
        #expect(SweepPlan.cellSeed(42, cell: 0) == 42)
        #expect(SweepPlan.cellSeed(42, cell: 3) == SplitMix64.derive(42, 0x4345_4C4C + 3))
        // Every run of a large grid has its own seed (no two replicates share one, unlike Mesa #2835).
        let axes = [try Axis("shed.salience=0:1:0.01", scenario: scenario)]
        let big = try SweepPlan(axes: axes, sampling: .factorial, replicates: 20, baseSeed: 1)
        #expect(Set((0..<big.runs).map { big.run($0).seed }).count == big.runs)
    }

    @Test(arguments: [1, 2, 3, 7, 40])
    func shardsPartitionTheRunsInOrder(n: Int) throws {
        let axes = [try Axis("shed.salience=0:1:0.1", scenario: scenario)]
        let plan = try SweepPlan(axes: axes, sampling: .factorial, replicates: 3, baseSeed: 1)
        let ranges = (0..<n).map { plan.shardRange($0, of: n) }
        #expect(ranges.flatMap { Array($0) } == Array(0..<plan.runs))
    }

    @Test func latinHypercubeTakesEveryStratumOnce() throws {
        let axes = [
            try Axis("shed.salience=0:1:0.5", scenario: scenario), try Axis("budget=0:10:1", scenario: scenario),
        ]
        let plan = try SweepPlan(axes: axes, sampling: .latin(10), replicates: 2, baseSeed: 9)
        #expect(plan.cells == 10)
        for a in 0..<2 {
            let values = (0..<10).compactMap { Double(plan.cellValues($0).texts[a]) }
            let (lo, hi) = a == 0 ? (0.0, 1.0) : (0.0, 10.0)
            let strata = Set(values.map { Int(($0 - lo) / (hi - lo) * 10) })
            #expect(strata.count == 10, "axis \(a): \(values)")
        }
        let again = try SweepPlan(axes: axes, sampling: .latin(10), replicates: 2, baseSeed: 9)
        #expect((0..<10).map { again.cellValues($0).texts } == (0..<10).map { plan.cellValues($0).texts })
        #expect(throws: ExperimentError.self) {
            try SweepPlan(axes: [], sampling: .latin(5), replicates: 1, baseSeed: 1)
        }
        // A whole-number key takes whole numbers, one per stratum of LOW…HIGH.
        let sizes = try SweepPlan(
            axes: [try Axis("community.size=100:199:1", scenario: scenario)], sampling: .latin(10), replicates: 1,
            baseSeed: 3)
        let drawn = (0..<10).compactMap { Int(sizes.cellValues($0).texts[0]) }
        #expect(Set(drawn.map { ($0 - 100) / 10 }).count == 10, "\(drawn)")
    }

    @Test func hugeGridsAreRefusedBeforeAnyRun() throws {
        let axes = (0..<4).map { _ in try? Axis("shed.salience=0:1:0.01", scenario: scenario) }.compactMap { $0 }
        #expect(throws: ExperimentError(.tooManyRuns(count: 104_060_401, limit: SweepPlan.maxRuns))) {
            try SweepPlan(axes: axes, sampling: .factorial, replicates: 1, baseSeed: 1)
        }
    }
}
