import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodExperiments

@Suite("Sweeps: identical bytes for any jobs, reproducible runs, failures, summaries, files read back")
struct SweepTests {
    @Test func bytesAreIdenticalForAnyNumberOfJobs() throws {
        let sweep = try smallSweep(replicates: 3, weeks: 15)
        let one = output(of: sweep, jobs: 1)
        for jobs in [2, 3, 8] {
            let many = output(of: sweep, jobs: jobs)
            #expect(many.csv == one.csv)
            #expect(many.jsonl == one.jsonl)
        }
        #expect(one.csv.split(separator: "\n").filter { !$0.hasPrefix("#") }.count == 1 + 12)
    }

    @Test func seriesGiveOneRowPerRunAndWeek() throws {
        let sweep = try smallSweep(replicates: 1, weeks: 5, series: true, metrics: ["participation"])
        let csv = output(of: sweep, jobs: 2).csv
        let rows = csv.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
        #expect(rows.count == 4 * 6)
        #expect(rows.prefix(6).map { $0.split(separator: ",")[6] } == ["0", "1", "2", "3", "4", "5"])
    }

    /// Any row can be reproduced alone with its seed and values (what `coprod run --set … --seed S` does).
    @Test func aRunIsReproducibleFromItsRow() throws {
        let sweep = try smallSweep(replicates: 2, weeks: 10)
        let run = sweep.plan.run(5)
        let row = try #require(sweep.perform(5)).csv
        let alone = sweep.experiment.run(
            seed: run.seed, assignments: zip(sweep.plan.axes.map(\.key), run.values).map { ($0, $1) }, weeks: 10,
            language: .en)
        guard case .finished(let model) = alone else {
            Issue.record("the run failed")
            return
        }
        let cells = sweep.columns.cells(model.outcomes).map { $0.map(CSVExport.cell) ?? "" }
        #expect(row.hasSuffix(cells.map(RowText.csvField).joined(separator: ",") + ",\n"))
        // Run index 5 is run 6 in the data (runs are numbered from 1, as replicates are).
        #expect(row.hasPrefix("6,2,2,\(run.seed),0.8,2,"))
    }

    /// A run whose script fails in one cell fails those runs alone; the others go on (NetLogo
    /// #1386). Here `resident 500` exists in a community of 1000, not of 400. (A value outside its
    /// key's range is refused before the sweep: KeyTests.)
    @Test func aFailingCellIsRecordedAndTheSweepGoesOn() throws {
        let e = try defaultExperiment("\nstep 1\nresident 500 trust 0.9\n")
        let plan = try SweepPlan(
            axes: [try Axis("community.size=1000,400", scenario: e.scenario)], sampling: .factorial, replicates: 2,
            baseSeed: e.scenario.seed)
        let columns = try Columns(facilities: e.scenario.facilities.map(\.name), only: ["participation"])
        let sweep = Sweep(
            experiment: e, plan: plan, columns: columns, weeks: nil, series: false, command: "coprod sweep test",
            version: "test", language: .en)
        let (csv, jsonl, summary) = output(of: sweep, jobs: 2)
        let rows = csv.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst().map(String.init)
        #expect(rows.count == 4)
        #expect(rows[2].hasSuffix(",400,,,default.coprod:25:10: resident 500 is out of range"), "\(rows[2])")
        #expect(rows[0].hasSuffix(","))
        #expect(jsonl.contains("\"error\":\"default.coprod:25:10: resident 500 is out of range\"}"))
        #expect(summary.failed == 2)
        #expect(summary.runs == 4)
    }

    /// A cell whose community the process cannot hold fails alone, with the memory it would need,
    /// before anything is allocated; the other cells run (a sweep over `community.size`, issue 9).
    @Test func aCellTooLargeForTheMemoryFailsAlone() throws {
        var options = Session.Options()
        options.memoryAvailable = { 64 << 20 }
        let e = try Experiment(
            text: try packageFile("examples/default.coprod"), fileName: "default.coprod", options: options)
        let size = try ExperimentKey("community.size", scenario: e.scenario)
        let big = e.run(seed: 5, assignments: [(size, .integer(2_000_000))], weeks: 1, language: .en)
        guard case .failed(let text) = big else {
            Issue.record("expected a failure, got \(big)")
            return
        }
        #expect(text.contains("2,000,000 residents") && text.contains("64 MB"), "\(text)")
        let small = e.run(seed: 5, assignments: [(size, .integer(500))], weeks: 1, language: .en)
        guard case .finished(let m) = small else {
            Issue.record("expected a run, got \(small)")
            return
        }
        #expect(m.residentCount == 500)
    }

    @Test func aScriptErrorInARunIsItsErrorWithTheLine() throws {
        let e = try defaultExperiment("run 3\ncheck shed.progress > 2\n")
        let outcome = e.run(seed: 5, assignments: [], weeks: nil, language: .en)
        guard case .failed(let text) = outcome else {
            Issue.record("expected a failure")
            return
        }
        #expect(text.hasPrefix("default.coprod:"))
    }

    @Test func summaryMatchesDirectFormulas() throws {
        var s = SweepSummary(axes: [], metrics: ["x"])
        for x in [1.0, 2, 4, 8] { s.add(cell: 0, axisTexts: [], values: [x], failed: false) }
        let csv = s.csv(header: "")
        // mean 3.75, sd 3.095696, t(3) = 3.182446, half-width 3.182446 × 3.095696 / 2 = 4.925943
        #expect(csv.contains("0,x,4,0,4,3.750000,3.095696,-1.175943,8.675943\n"))
        #expect(abs(SweepSummary.t975(1000) - 1.962339) < 1e-5)
        #expect(abs(SweepSummary.t975(31) - 2.039513) < 1e-4)
    }

    /// A cell whose every run failed has no value at all: `—` in each column, as an undefined
    /// spread is (a tryout found an en dash there and an em dash beside it).
    @Test func aCellWithoutValuesShowsTheSameDash() throws {
        var s = SweepSummary(axes: [], metrics: ["participation"])
        s.add(cell: 0, axisTexts: [], values: [nil], failed: true)
        for language in Language.allCases {
            let text = s.text(language: language, shown: ["participation"])
            #expect(text.last?.hasSuffix("participation  —          —          —") == true, "\(text)")
        }
    }

    /// With one value the spread is undefined: sd and the interval are empty in CSV and `—` in the
    /// text, not 0. An interval is clipped to the metric's range: a share stays within 0…1.
    @Test func oneValueHasNoSpreadAndSharesStayWithinTheirRange() throws {
        var one = SweepSummary(axes: [], metrics: ["participation", "x"])
        one.add(cell: 0, axisTexts: [], values: [0.25, 7], failed: false)
        let csv = one.csv(header: "")
        #expect(csv.contains("0,participation,1,0,1,0.250000,,,\n"), "\(csv)")
        #expect(csv.contains("0,x,1,0,1,7.000000,,,\n"), "\(csv)")
        for language in Language.allCases {
            let text = one.text(language: language, shown: ["participation"])
            #expect(text.last?.hasSuffix("0.250000   —          —") == true, "\(text)")
        }
        var near = SweepSummary(axes: [], metrics: ["participation", "shed.retention", "x"])
        for v in [0.0, 0.0, 0.1] { near.add(cell: 0, axisTexts: [], values: [v, 1 - v, -v], failed: false) }
        // mean 0.033333, sd 0.057735, t(2) = 4.302653: ±0.143422, so -0.110089…0.176755 unclipped.
        let rows = near.csv(header: "")
        #expect(rows.contains("0,participation,3,0,3,0.033333,0.057735,0.000000,0.176755\n"), "\(rows)")
        #expect(rows.contains("0,shed.retention,3,0,3,0.966667,0.057735,0.823245,1.000000\n"), "\(rows)")
        // A column without a range in the registry keeps the t interval.
        #expect(rows.contains("0,x,3,0,3,-0.033333,0.057735,-0.176755,0.110088\n"), "\(rows)")
        #expect(near.entries("participation").first?.low == 0)
    }

    @Test func summaryTextIsGoldenInBothLanguages() throws {
        let sweep = try smallSweep(replicates: 3, weeks: 20, metrics: ["participation", "shed.progress"])
        let summary = output(of: sweep, jobs: 2).summary
        let names = sweep.columns.metrics.map(\.name).filter { $0 != "week" }
        for language in Language.allCases {
            let text = summary.text(language: language, shown: names).joined(separator: "\n") + "\n"
            assertGolden(text, named: "sweep-summary.\(language.rawValue).txt")
        }
    }

    @Test func rowsAreGolden() throws {
        let sweep = try smallSweep(replicates: 2, weeks: 20, metrics: ["participation", "retention", "shed.phase"])
        let out = output(of: sweep, jobs: 2)
        assertGolden(out.csv, named: "sweep-rows.csv")
        assertGolden(out.jsonl, named: "sweep-rows.jsonl")
    }

    /// The CSV read back: comment lines skipped as pandas and R do with `comment='#'`, every row as
    /// many fields as the header, numbers that parse.
    @Test func csvReadsBackWithCommentsSkipped() throws {
        let sweep = try smallSweep(replicates: 2, weeks: 8)
        let csv = output(of: sweep, jobs: 2).csv
        let lines = csv.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
        let header = DataScan.csvFields(lines[0])
        #expect(header.prefix(6) == ["run", "cell", "replicate", "seed", "shed.salience", "government.budget"])
        for line in lines.dropFirst() {
            let f = DataScan.csvFields(line)
            #expect(f.count == header.count)
            #expect(UInt64(f[3]) != nil)
            #expect(Double(f[header.firstIndex(of: "participation") ?? 0]) != nil)
        }
        // No line but the comments starts with '#', and no cell holds one (pandas would cut it).
        #expect(!lines.contains { $0.contains("#") })
    }

    /// The same with Python's csv module, when python3 is there (pandas is read the same way).
    @Test func csvReadsBackInPython() throws {
        guard
            let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else {
            print("skipped: python3 is not installed")
            return
        }
        let folder = temporaryFolder("coprod-python")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sweep.csv")
        try output(of: try smallSweep(replicates: 2, weeks: 8), jobs: 2).csv.write(
            to: file, atomically: true, encoding: .utf8)
        let code = """
            import csv, sys
            try:
                import pandas
                d = pandas.read_csv(sys.argv[1], comment='#')
                print(len(d), len(d.columns), d['seed'].dtype, 'pandas')
            except ImportError:
                rows = list(csv.DictReader(l for l in open(sys.argv[1]) if not l.startswith('#')))
                assert all(float(r['participation']) >= 0 for r in rows)
                print(len(rows), len(rows[0]), 'csv')
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: python)
        p.arguments = ["-c", code, file.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(p.terminationStatus == 0)
        #expect(text.hasPrefix("8 "), "\(text)")
    }

    /// The R recipe of docs/EXPERIMENTS.md, when Rscript is there (.ci/run installs r-base-core):
    /// `read.csv(comment.char = "#")` skips the header comments, and the seed column must be read as
    /// text (`colClasses = c(seed = "character")`): a 64-bit seed read as R's default double loses
    /// its last digits, and `coprod run --seed` would then reproduce a different run.
    @Test func csvReadsBackInR() throws {
        guard
            let rscript = ["/usr/bin/Rscript", "/usr/local/bin/Rscript"].first(where: {
                FileManager.default.isExecutableFile(atPath: $0)
            })
        else {
            print("skipped: Rscript is not installed (apt-get install r-base-core)")
            return
        }
        let folder = temporaryFolder("coprod-r")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("sweep.csv")
        let csv = output(of: try smallSweep(replicates: 2, weeks: 8), jobs: 2).csv
        try csv.write(to: file, atomically: true, encoding: .utf8)
        let seeds = csv.split(separator: "\n").filter { !$0.hasPrefix("#") }.dropFirst()
            .map { DataScan.csvFields(String($0))[3] }
        let code = """
            d <- read.csv(commandArgs(TRUE)[1], comment.char = "#", colClasses = c(seed = "character"))
            m <- aggregate(participation ~ shed.salience, data = d, FUN = mean)
            cat(nrow(d), ncol(d), nrow(m), is.numeric(d$participation), "\\n")
            cat(d$seed, sep = "\\n")
            """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: rscript)
        p.arguments = ["-e", code, file.path]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        p.waitUntilExit()
        let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .split(separator: "\n").map(String.init)
        #expect(p.terminationStatus == 0)
        let header = csv.split(separator: "\n").first { !$0.hasPrefix("#") }.map { DataScan.csvFields(String($0)) }
        #expect(lines.first == "8 \(header?.count ?? 0) 2 TRUE ", "\(lines)")
        // Every seed comes back digit for digit, so any row can be rerun alone.
        #expect(Array(lines.dropFirst()) == seeds)
    }

    @Test func metricsAreChosenByName() throws {
        let e = try defaultExperiment()
        let names = ["shed", "lift", "garden"]
        #expect(
            try Columns(facilities: names, only: ["retention"]).metrics.map(\.name) == [
                "week", "shed.retention", "lift.retention", "garden.retention",
            ])
        #expect(
            try Columns(facilities: names, only: ["participation", "lift.phase"]).metrics.map(\.name) == [
                "week", "participation", "lift.phase",
            ])
        #expect(throws: ExperimentError(.unknownMetric("partcipation"), hint: .didYouMean("participation"))) {
            try Columns(facilities: names, only: ["partcipation"])
        }
        #expect(e.scenario.facilities.count == 3)
    }

    @Test func varyLinesAreReadAndBlanked() {
        let (specs, script) = VaryLines.split(
            "community size 100\nvary shed.salience=0.2,0.4  # two\n  vary budget=1:3:1\nrun 4\n")
        #expect(specs == ["shed.salience=0.2,0.4", "budget=1:3:1"])
        #expect(script == "community size 100\n\n\nrun 4")
    }
}

/// A stop request (Ctrl-C, SIGTERM) while a run is building a large community cancels that build
/// instead of waiting for it (issue 9): the run and those after it are not written, so the data
/// stays a prefix that `--resume` continues, and the runs already done are kept.
@Suite struct SweepCancellationTests {
    /// What the runs' sessions told their progress displays (from the worker thread).
    final class Seen: @unchecked Sendable {
        let lock = NSLock()
        private var statuses: [BuildStatus] = []
        func add(_ s: BuildStatus) { lock.withLock { statuses.append(s) } }
        var all: [BuildStatus] { lock.withLock { statuses } }
        /// Questions the build of the large community has asked.
        var large: Int { lock.withLock { statuses.filter { $0.residents == 150_000 }.count } }
    }

    @Test(arguments: [1, 2])
    func aStopCancelsTheBuildInFlight(jobs: Int) throws {
        let seen = Seen()
        var options = Session.Options()
        options.buildProgress = { seen.add($0) }
        let e = try Experiment(
            text: try packageFile("examples/default.coprod"), fileName: "default.coprod", options: options)
        let axis = try Axis("community.size=400,150000,600", scenario: e.scenario)
        let plan = try SweepPlan(axes: [axis], sampling: .factorial, replicates: 1, baseSeed: 3)
        let sweep = Sweep(
            experiment: e, plan: plan, columns: try Columns(facilities: e.scenario.facilities.map(\.name), only: nil),
            weeks: 3, series: false, command: "coprod sweep test", version: "test", language: .en)
        var written: [Int] = []
        // Stopped once the large community's build has asked three times (of 20).
        let (count, stopped) = SweepRunner(sweep: sweep, runs: 0..<plan.runs, jobs: jobs).run(
            stopRequested: { seen.large >= 3 }, tick: {}, write: { written.append($0.run.index) })
        #expect(stopped)
        #expect(count == written.count)
        if jobs == 1 {
            #expect(written == [0], "run 0 is kept, the cancelled run 1 and run 2 after it are not")
        } else {
            // Run 0 ran beside run 1; it is kept unless its own build was still going.
            #expect(written == [0] || written.isEmpty)
        }
        // A build of 150,000 asks 10 times in each half; the third question found the stop.
        #expect(seen.large == 3)
        // The run alone, asked to stop once its large build has started, ends cancelled (the
        // build of the script's own 400 residents went on) and has no rows.
        let alone = e.run(
            seed: 3, assignments: [(axis.key, .integer(150_000))], weeks: 3, language: .en,
            cancelled: { seen.large > 3 })
        guard case .cancelled(let residents) = alone else {
            Issue.record("the run was not cancelled: \(alone)")
            return
        }
        #expect(residents == 150_000 && seen.large == 4)
        #expect(sweep.perform(1, cancelled: { true }) == nil)
        #expect(sweep.perform(0, cancelled: { false })?.error == nil)
    }
}
