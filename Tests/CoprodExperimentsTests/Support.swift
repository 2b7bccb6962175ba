import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodExperiments

/// The default example as an experiment (three facilities, 400 residents).
func defaultExperiment(_ extra: String = "") throws -> Experiment {
    try Experiment(
        text: try packageFile("examples/default.coprod") + extra, fileName: "default.coprod", options: Session.Options()
    )
}

/// A small sweep of the default example: 2 × 2 cells × `replicates`, `weeks` weeks.
func smallSweep(
    replicates: Int = 2, weeks: Int = 12, series: Bool = false, metrics: [String]? = nil,
    axes specs: [String] = ["shed.salience=0.4,0.8", "government.budget=2:6:4"]
) throws -> Sweep {
    let e = try defaultExperiment()
    let axes = try specs.map { s throws(ExperimentError) in try Axis(s, scenario: e.scenario) }
    let plan = try SweepPlan(axes: axes, sampling: .factorial, replicates: replicates, baseSeed: e.scenario.seed)
    let columns = try Columns(facilities: e.scenario.facilities.map(\.name), only: metrics)
    return Sweep(
        experiment: e, plan: plan, columns: columns, weeks: weeks, series: series, command: "coprod sweep test",
        version: "test", language: .en)
}

/// All rows of `sweep` run on `jobs` threads, CSV and JSON Lines, with a fixed date.
func output(of sweep: Sweep, jobs: Int, runs: Range<Int>? = nil) -> (csv: String, jsonl: String, summary: SweepSummary)
{
    var csv = sweep.csvHeader(date: "2026-01-01T00:00:00Z", shard: nil)
    var jsonl = sweep.jsonlHeader(date: "2026-01-01T00:00:00Z", shard: nil)
    var summary = SweepSummary(axes: sweep.plan.axes.map(\.key.written), metrics: sweep.columns.metrics.map(\.name))
    let runner = SweepRunner(sweep: sweep, runs: runs ?? 0..<sweep.plan.runs, jobs: jobs)
    _ = runner.run(
        stopRequested: { false }, tick: {},
        write: { r in
            csv += r.csv
            jsonl += r.jsonl
            summary.add(cell: r.run.cell, axisTexts: r.run.texts, values: r.values, failed: r.error != nil)
        })
    return (csv, jsonl, summary)
}

/// Golden files in `Tests/Snapshots/`, compared byte for byte; `COPROD_RECORD_SNAPSHOTS=1` writes
/// them instead (and records an issue, so that a recording run never passes silently).
func assertGolden(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = packageRoot.appendingPathComponent("Tests/Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["COPROD_RECORD_SNAPSHOTS"] == "1" {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name)", sourceLocation: sourceLocation)
        return
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing \(name)>"
    if expected != text {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = text.split(separator: "\n", omittingEmptySubsequences: false)
        let k = zip(e, a).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(e.count, a.count)
        Issue.record(
            "\(name) differs at line \(k + 1):\n  expected: \(k < e.count ? String(e[k]) : "<end>")\n  actual:   \(k < a.count ? String(a[k]) : "<end>")",
            sourceLocation: sourceLocation)
    }
}
