import CoprodTestSupport
import Foundation
import Testing

/// `coprod sweep`, `coprod merge` and the experiment options of `coprod run`, driven as a user would.
@Suite(.timeLimit(.minutes(3)))
struct SweepCommandTests {
    static let axes = ["--vary", "shed.salience=0.3,0.9", "--vary", "government.budget=2:6:2"]

    func coprod() throws -> CoprodProcess {
        let c = try CoprodProcess()
        c.environment["SOURCE_DATE_EPOCH"] = "1764547200"
        _ = try c.writeFile("default.coprod", CoprodProcess.defaultScenario)
        return c
    }

    func read(_ c: CoprodProcess, _ name: String) -> String {
        (try? String(contentsOf: c.home.appendingPathComponent(name), encoding: .utf8)) ?? "<no \(name)>"
    }

    func rows(_ text: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }
    }

    @Test func outputIsByteIdenticalForAnyJobs() throws {
        let c = try coprod()
        for jobs in ["1", "2", "4"] {
            let r = try c.run(
                ["sweep", "default.coprod"] + Self.axes + [
                    "--replicates", "2", "--weeks", "10", "--jobs", jobs, "--csv", "j\(jobs).csv", "--jsonl",
                    "j\(jobs).jsonl", "-q",
                ])
            #expect(r.status == 0, "\(r.standardError)")
        }
        #expect(read(c, "j1.csv") == read(c, "j2.csv"))
        #expect(read(c, "j1.csv") == read(c, "j4.csv"))
        #expect(read(c, "j1.jsonl") == read(c, "j4.jsonl"))
        #expect(rows(read(c, "j1.csv")).count == 1 + 12)
        let header = read(c, "j1.csv").split(separator: "\n").prefix(7).map(String.init)
        #expect(header[0] == "# coprod 0.1.0 sweep")
        #expect(header[2].hasPrefix("# command: coprod sweep default.coprod --vary shed.salience=0.3,0.9"))
        #expect(header[2].hasSuffix("--replicates 2 --seed 1 --weeks 10"))
        #expect(header[6] == "# date: 2025-12-01T00:00:00Z")
    }

    /// SIGTERM stops after the runs in flight and keeps every finished row; `--resume` then gives the
    /// same bytes as a sweep that was never stopped.
    @Test func stoppedSweepKeepsRowsAndResumesToTheSameBytes() throws {
        let c = try coprod()
        let args =
            ["sweep", "default.coprod", "--vary", "shed.salience=0.1:0.9:0.1", "--vary", "budget=1:8:1"]
            + ["--replicates", "2", "--weeks", "1040", "--jobs", "2", "-q"]
        let full = try c.run(args + ["--csv", "full.csv", "--jsonl", "full.jsonl"])
        #expect(full.status == 0)

        let process = c.process(args + ["--csv", "part.csv", "--jsonl", "part.jsonl"])
        let stderr = Pipe()
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        // Stopped once a few rows are written (a fixed delay would race the sweep's speed).
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline,
            rows((try? String(contentsOf: c.home.appendingPathComponent("part.csv"), encoding: .utf8)) ?? "").count < 4
        {
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let message = String(decoding: errors.wait(), as: UTF8.self)
        #expect(process.terminationStatus == 143)
        #expect(message.contains("stopped after"))
        #expect(message.contains("--resume"))
        let part = read(c, "part.csv")
        #expect(part.hasSuffix("\n"))
        #expect(rows(part).count > 1)
        #expect(rows(part).count < rows(read(c, "full.csv")).count)
        #expect(read(c, "full.csv").hasPrefix(part))

        let resumed = try c.run(args + ["--csv", "part.csv", "--jsonl", "part.jsonl", "--resume"])
        #expect(resumed.status == 0, "\(resumed.standardError)")
        #expect(read(c, "part.csv") == read(c, "full.csv"))
        #expect(read(c, "part.jsonl") == read(c, "full.jsonl"))

        // A file cut mid-row (a kill during a write) is resumed too.
        let cut = String(read(c, "full.csv").utf8.prefix(read(c, "full.csv").utf8.count * 2 / 3)) ?? ""
        try cut.write(to: c.home.appendingPathComponent("cut.csv"), atomically: true, encoding: .utf8)
        #expect(try c.run(args + ["--csv", "cut.csv", "--resume"]).status == 0)
        #expect(read(c, "cut.csv") == read(c, "full.csv"))

        // Another sweep's file is not resumed.
        let other = try c.run(args.map { $0 == "1040" ? "50" : $0 } + ["--csv", "full.csv", "--resume"])
        #expect(other.status == 1)
        #expect(other.standardError.contains("was written by another sweep"))
    }

    @Test func shardsMergeIntoTheSingleMachineDataset() throws {
        let c = try coprod()
        let args = ["sweep", "default.coprod"] + Self.axes + ["--replicates", "3", "--weeks", "8", "-q"]
        #expect(try c.run(args + ["--csv", "one.csv", "--jsonl", "one.jsonl", "--series"]).status == 0)
        for i in 0..<3 {
            let r = try c.run(args + ["--shard", "\(i)/3", "--csv", "s\(i).csv", "--jsonl", "s\(i).jsonl", "--series"])
            #expect(r.status == 0, "\(r.standardError)")
        }
        #expect(read(c, "s1.csv").contains("\n# shard: 1/3 runs 7..12\n"))
        let merged = try c.run(["merge", "m.csv", "s2.csv", "s0.csv", "s1.csv", "--summary", "sum.csv"])
        #expect(merged.status == 0, "\(merged.standardError)")
        #expect(merged.standardError.hasPrefix("merged 3 shards, 18 runs, into 'm.csv'\n"))
        #expect(read(c, "m.csv") == read(c, "one.csv"))
        #expect(try c.run(["merge", "m.jsonl", "s0.jsonl", "s1.jsonl", "s2.jsonl", "-q"]).status == 0)
        #expect(read(c, "m.jsonl") == read(c, "one.jsonl"))
        #expect(read(c, "sum.csv").contains("\ncell,shed.salience,government.budget,metric,runs,failed,n,mean,sd,"))

        let missing = try c.run(["merge", "x.csv", "s0.csv", "s2.csv", "-q"])
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("shard 1/3 is missing"))
        let s2 = read(c, "s2.csv")
        try String(s2.dropLast(300)).write(
            to: c.home.appendingPathComponent("s2.csv"), atomically: true, encoding: .utf8)
        let incomplete = try c.run(["merge", "x.csv", "s0.csv", "s1.csv", "s2.csv", "-q"])
        #expect(incomplete.status == 1)
        #expect(incomplete.standardError.contains("'s2.csv' is incomplete"))
        #expect(!FileManager.default.fileExists(atPath: c.home.appendingPathComponent("x.csv").path))
    }

    /// `coprod run --set … --seed S --weeks N` gives the row a sweep printed for that seed.
    @Test func aSweepRowIsReproducedByCoprodRun() throws {
        let c = try coprod()
        #expect(
            try c.run(
                ["sweep", "default.coprod"] + Self.axes + [
                    "--replicates", "2", "--weeks", "15", "--csv", "s.csv", "-q",
                ]
            ).status == 0)
        let row = rows(read(c, "s.csv"))[6].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        let r = try c.run([
            "run", "default.coprod", "--set", "shed.salience=\(row[4])", "--set", "government.budget=\(row[5])",
            "--seed", row[3], "--weeks", "15", "--csv", "one.csv", "-q",
        ])
        #expect(r.status == 0, "\(r.standardError)")
        let last = rows(read(c, "one.csv")).last?.split(separator: ",", omittingEmptySubsequences: false) ?? []
        // Compared by column name: the sweep leaves out the metric its axis already holds.
        func cells(_ header: String, _ row: [Substring]) -> [String: String] {
            Dictionary(zip(header.split(separator: ",").map(String.init), row.map(String.init))) { a, _ in a }
        }
        let swept = cells(rows(read(c, "s.csv"))[0], row.map { Substring($0) })
        let alone = cells(rows(read(c, "one.csv"))[0], last)
        #expect(swept.count == alone.count + 2 - 1, "2 axis columns, shed.salience once")
        for (name, value) in alone where !["run", "cell", "replicate", "seed"].contains(name) {
            // The axis column holds the value as written (0.3), the metric six decimals (0.300000).
            #expect(swept[name] == value || swept[name].flatMap(Double.init) == Double(value), "\(name)")
        }
        #expect(read(c, "one.csv").hasPrefix("# coprod 0.1.0 run\n"))
    }

    /// `coprod run --replicates R --csv F`: every replicate's series in one long file, never overwritten.
    @Test func replicatesGoToOneLongFile() throws {
        let c = try coprod()
        let r = try c.run(["run", "default.coprod", "--replicates", "3", "--weeks", "5", "--csv", "long.csv"])
        #expect(r.status == 0, "\(r.standardError)")
        let body = rows(read(c, "long.csv"))
        #expect(body.count == 1 + 3 * 6)
        let replicates = body.dropFirst().map { $0.split(separator: ",")[2] }
        #expect(Set(replicates) == ["1", "2", "3"])
        #expect(Set(body.dropFirst().map { $0.split(separator: ",")[3] }).count == 3)
        let again = try c.run(["run", "default.coprod", "--replicates", "3", "--weeks", "5", "--csv", "long.csv"])
        #expect(again.status == 1)
        #expect(again.standardError.contains("'long.csv' already exists"))
    }

    /// `coprod run --replicates R` prints its JSON document with `--weeks`, `--set`, `--plot` or a
    /// data file too: the same bytes as a script that runs those weeks itself. Only data on
    /// standard output (`--csv -`) takes its place. (A tryout found the replicates run and nothing
    /// printed, status 0.)
    @Test func replicatesWithExperimentOptionsPrintTheirDocument() throws {
        let c = try coprod()
        _ = try c.writeFile("five.coprod", CoprodProcess.defaultScenario + "\nrun 5\n")
        let plain = try c.run(["run", "five.coprod", "--replicates", "3"])
        #expect(plain.status == 0, "\(plain.standardError)")
        #expect(plain.standardOutput.hasPrefix("{\n  \"replicates\" : ["), "\(plain.standardOutput.prefix(80))")
        let weeks = try c.run(["run", "default.coprod", "--replicates", "3", "--weeks", "5"])
        #expect(weeks.status == 0, "\(weeks.standardError)")
        #expect(weeks.standardOutput == plain.standardOutput)
        for extra in [["--set", "shed.salience=0.3"], ["--plot", "w.svg"], ["--csv", "long.csv"]] {
            let r = try c.run(["run", "five.coprod", "--replicates", "2"] + extra)
            #expect(r.status == 0, "\(extra): \(r.standardError)")
            #expect(r.standardOutput.contains("\"summary\" : {"), "\(extra): \(r.standardOutput.prefix(80))")
        }
        let data = try c.run(["run", "five.coprod", "--replicates", "2", "--csv", "-"])
        #expect(data.standardOutput.hasPrefix("# coprod 0.1.0 run\n"))
        #expect(!data.standardOutput.contains("\"replicates\""))
    }

    /// The summary and the plot, written at the end, are refused before any run when their file
    /// exists, as the data files are, and `--force` replaces them (a tryout found them replaced
    /// without a word).
    @Test func summaryAndPlotAreNotReplacedWithoutForce() throws {
        let c = try coprod()
        for name in ["keep.csv", "keep.svg", "kept.vl.json"] { _ = try c.writeFile(name, "mine\n") }
        let sweep = ["sweep", "default.coprod", "--vary", "shed.salience=0.3,0.9", "--weeks", "1", "-q"]
        let cases: [[String]] = [
            sweep + ["--csv", "rows.csv", "--summary", "keep.csv"],
            sweep + ["--csv", "rows.csv", "--plot", "keep.svg"],
            sweep + ["--csv", "rows.csv", "--plot", "kept.svg"],
            ["run", "default.coprod", "--replicates", "2", "--weeks", "1", "--plot", "keep.svg"],
        ]
        for args in cases {
            let r = try c.run(args)
            #expect(r.status == 1, "\(args)")
            #expect(r.standardError.contains("already exists"), "\(args): \(r.standardError)")
            #expect(!FileManager.default.fileExists(atPath: c.home.appendingPathComponent("rows.csv").path))
        }
        for name in ["keep.csv", "keep.svg", "kept.vl.json"] { #expect(read(c, name) == "mine\n", "\(name)") }
        let forced = try c.run(sweep + ["--csv", "rows.csv", "--summary", "keep.csv", "--plot", "keep.svg", "--force"])
        #expect(forced.status == 0, "\(forced.standardError)")
        #expect(read(c, "keep.csv").contains("cell,shed.salience,metric,runs"))
        #expect(read(c, "keep.svg").hasPrefix("<svg"))
    }

    /// An axis that is also a metric (`shed.salience`) is one column, the axis's, in CSV and one
    /// key in JSON Lines (a tryout found it twice: pandas renamed one, JSON kept the last).
    @Test func anAxisThatIsAMetricIsOneColumn() throws {
        let c = try coprod()
        let r = try c.run([
            "sweep", "default.coprod", "--vary", "shed.salience=0.3,0.9", "--vary", "shed.publicness=0.4", "--weeks",
            "1", "--csv", "s.csv", "--jsonl", "s.jsonl", "-q",
        ])
        #expect(r.status == 0, "\(r.standardError)")
        let header = rows(read(c, "s.csv"))[0].split(separator: ",").map(String.init)
        #expect(header.count == Set(header).count, "\(header.filter { h in header.filter { $0 == h }.count > 1 })")
        #expect(header.prefix(6) == ["run", "cell", "replicate", "seed", "shed.salience", "shed.publicness"])
        #expect(header.contains("shed.progress") && header.contains("lift.salience"))
        let first = read(c, "s.jsonl").split(separator: "\n")[1]
        #expect(first.components(separatedBy: "\"shed.salience\":").count == 2, "\(first)")
        #expect(first.contains("\"shed.salience\":0.3,"))
    }

    /// A run whose script fails in its cell (resident 500 of a community of 400) is recorded with
    /// its error and the others go on; an axis value out of its key's range stops the sweep before
    /// any run, with the range (errorsAreGolden).
    @Test func failedRunsAreRecordedAndTheStatusSaysSo() throws {
        let c = try coprod()
        _ = try c.writeFile("tail.coprod", CoprodProcess.defaultScenario + "\nstep 1\nresident 500 trust 0.9\n")
        let r = try c.run([
            "sweep", "tail.coprod", "--vary", "community.size=1000,400", "--metrics", "participation",
            "--progress", "plain", "--csv", "-",
        ])
        #expect(r.status == 1)
        let failed = try #require(rows(r.standardOutput).last)
        #expect(failed.hasPrefix("2,1,1,") && failed.contains(",400,,,tail.coprod:"), "\(failed)")
        #expect(r.standardError.contains("run 1/2 (cell 0, replicate 1, seed"))
        #expect(r.standardError.contains("run 2/2 (cell 1, replicate 1, seed"))
        #expect(r.standardError.contains(": resident 500 is out of range"))
        let range = try c.run([
            "sweep", "default.coprod", "--vary", "shed.salience=0.5,1.5", "--weeks", "3", "--csv", "-",
        ])
        #expect(range.status == 1 && range.standardOutput.isEmpty, "nothing runs: \(range.standardOutput)")
        #expect(range.standardError.contains("hint: shed.salience must be between 0 and 1"))
        #expect(
            r.standardError.hasSuffix("coprod: error: 1 of 2 runs failed; their rows give the seed and the error\n"))
    }

    @Test func varyLinesInTheScriptAreAxes() throws {
        let c = try coprod()
        _ = try c.writeFile("v.coprod", CoprodProcess.defaultScenario + "vary shed.salience=0.2,0.4,0.6\nrun 4\n")
        let r = try c.run(["sweep", "v.coprod", "--csv", "-", "--metrics", "participation", "-q"])
        #expect(r.status == 0, "\(r.standardError)")
        #expect(rows(r.standardOutput).count == 4)
        #expect(rows(r.standardOutput)[0] == "run,cell,replicate,seed,shed.salience,week,participation,error")
        // --vary replaces the line of the same key; `coprod run` leaves vary lines out.
        let cli = try c.run(["sweep", "v.coprod", "--vary", "shed.salience=0.9", "--csv", "-", "-q"])
        #expect(rows(cli.standardOutput).count == 2)
        #expect(try c.run(["run", "v.coprod", "-q"]).status == 0)
    }

    @Test func plotsAreWrittenWithTheirSpecs() throws {
        let c = try coprod()
        let sweep = try c.run(
            ["sweep", "default.coprod"] + Self.axes + ["--weeks", "6", "--plot", "fig.svg", "--csv", "s.csv", "-q"])
        #expect(sweep.status == 0, "\(sweep.standardError)")
        #expect(sweep.standardError.contains("plot written to 'fig.svg' and its Vega-Lite spec to 'fig.vl.json'"))
        #expect(read(c, "fig.svg").hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(read(c, "fig.svg").contains("participation against shed.salience"))
        #expect(read(c, "fig.vl.json").contains("\"$schema\": \"https://vega.github.io/schema/vega-lite/v5.json\""))
        let weeks = try c.run([
            "run", "default.coprod", "--replicates", "3", "--weeks", "6", "--plot", "w.svg", "--plot-metric",
            "shed.progress", "--lang", "zh",
        ])
        #expect(weeks.status == 0, "\(weeks.standardError)")
        #expect(read(c, "w.svg").contains("shed.progress 逐周变化：3 次重复的均值与 95% 置信区间"))
        let bad = try c.run(["sweep", "default.coprod", "--weeks", "2", "--plot", "x.svg", "--csv", "t.csv", "-q"])
        #expect(bad.status == 1)
        #expect(bad.standardError.contains("--plot needs an axis"))
    }

    @Test func outputsAreOnlyRegularFiles() throws {
        let c = try coprod()
        let fifo = c.home.appendingPathComponent("pipe.csv").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let r = try c.run(["sweep", "default.coprod", "--weeks", "1", "--csv", "pipe.csv", "--force"])
        #expect(r.status == 1)
        #expect(r.standardError.contains("'pipe.csv' is a FIFO (named pipe), not a regular file"))
        let folder = try c.run(["sweep", "default.coprod", "--weeks", "1", "--csv", ".", "--force"])
        #expect(folder.status == 1 && folder.standardError.contains("is a folder"), "\(folder.standardError)")
        let slash = try c.run(["sweep", "default.coprod", "--weeks", "1", "--csv", "new/"])
        #expect(slash.status == 1, "\(slash.standardError)")
        #expect(
            slash.standardError.contains("cannot write 'new/': a name ending in '/' is a folder's; add the file's name")
        )
    }

    /// A character device (`/dev/null`) and the standard streams by name (`/dev/stdout`,
    /// `/dev/stderr`) are outputs as `-` is: written as they are, without --force; files still are
    /// written whole (the summary atomically).
    @Test func devicesAndStandardStreamsAreOutputs() throws {
        let c = try coprod()
        let r = try c.run([
            "sweep", "default.coprod", "--vary", "shed.salience=0.4,0.8", "--weeks", "2", "--metrics", "participation",
            "--jsonl", "/dev/null", "--csv", "/dev/stdout", "--summary", "/dev/null", "-q",
        ])
        #expect(r.status == 0, "\(r.standardError)")
        #expect(rows(r.standardOutput).count == 3, "\(r.standardOutput)")
        let err = try c.run([
            "run", "default.coprod", "--replicates", "2", "--weeks", "2", "--csv", "/dev/stderr", "-q",
        ])
        #expect(err.status == 0, "\(err.standardError)")
        #expect(
            err.standardError.contains("run,replicate,seed,week") || err.standardError.contains("week,"),
            "\(err.standardError)")
        let summary = try c.run([
            "sweep", "default.coprod", "--weeks", "1", "--metrics", "participation", "--summary", "s.csv",
            "--jsonl", "/dev/null", "-q",
        ])
        #expect(summary.status == 0, "\(summary.standardError)")
        #expect(read(c, "s.csv").contains("cell,metric,runs,failed,n,mean,sd,ci95_low,ci95_high"))
    }

    /// What a user sees when an experiment is written wrong, in English and in Chinese.
    @Test(arguments: ["en", "zh"])
    func errorsAreGolden(lang: String) throws {
        let c = try coprod()
        _ = try c.writeFile("exists.csv", "x\n")
        // A script's vary lines: an error is at its line and column, with the line and a caret.
        let lines = [
            "vary shed.salence=0.2,0.8", "  vary  shed.salience 0.2,0.8   # two values", "vary shed.salience=0.2,1.8",
        ]
        for (k, line) in lines.enumerated() {
            _ = try c.writeFile("vary\(k + 1).coprod", CoprodProcess.defaultScenario + line + "\nrun 2\n")
        }
        // Two shards, for merge's errors.
        for i in 0..<2 {
            let shard = try c.run([
                "sweep", "default.coprod", "--vary", "shed.salience=0.3,0.9", "--weeks", "1", "--shard", "\(i)/2",
                "--csv", "s\(i).csv", "--jsonl", "s\(i).jsonl", "-q",
            ])
            #expect(shard.status == 0, "\(shard.standardError)")
        }
        let cases: [[String]] = [
            [
                "sweep", "default.coprod", "--vary", "shed.salience=0.3,0.9", "--replicates", "3", "--weeks", "1",
                "--shard", "1/2", "--csv", "/dev/null", "--progress", "plain", "-q",
            ],
            ["merge", "m.csv", "s0.csv", "s0.csv", "s1.csv"],
            ["merge", "m.csv", "s1.csv", "s0.csv", "./s1.csv"],
            ["merge", "m.csv", "s0.jsonl", "s1.csv"],
            ["merge", "m.jsonl", "s0.jsonl", "s1.csv"],
            ["sweep", "vary1.coprod", "-q"],
            ["sweep", "vary2.coprod", "-q"],
            ["sweep", "vary3.coprod", "-q"],
            ["sweep", "default.coprod", "--weeks", "1", "--csv", "/dev/null", "--summary", "exists.csv"],
            ["run", "default.coprod", "--set", "shed.salince=0.3", "-q"],
            ["run", "default.coprod", "--set", "publicness=0.3", "-q"],
            ["run", "default.coprod", "--set", "shed.salience=2", "-q"],
            ["run", "default.coprod", "--set", "community.seed=4", "-q"],
            ["run", "default.coprod", "--set", "profile=mixd", "-q"],
            ["sweep", "default.coprod", "--vary", "budget=5:1:1"],
            ["sweep", "default.coprod", "--vary", "budget=lots"],
            ["sweep", "default.coprod", "--vary", "shed.salience=0.5,1.5"],
            ["sweep", "default.coprod", "--vary", "shed.salience=0:2:0.5"],
            ["sweep", "default.coprod", "--vary", "budget=1,2", "--vary", "budget=3"],
            ["sweep", "default.coprod", "--metrics", "partcipation"],
            ["sweep", "default.coprod", "--shard", "3/3"],
            ["sweep", "default.coprod", "--csv", "exists.csv"],
            ["sweep", "default.coprod", "--resume"],
            ["sweep", "default.coprod", "--csv", "exists.csv", "--resume"],
            [
                "sweep", "default.coprod", "--vary", "shed.salience=0.3,0.9", "--weeks", "2", "--csv", "s0.csv",
                "--resume",
            ],
            [
                "sweep", "default.coprod", "--vary", "shed.salience=0.3,0.9", "--weeks", "2", "--jsonl", "s0.jsonl",
                "--resume",
            ],
            ["merge", "out.csv", "exists.csv"],
        ]
        var transcript = ""
        for args in cases {
            let r = try c.run(args + ["--lang", lang])
            // A run's time varies from machine to machine.
            let shown = r.standardError.replacing(/done in [0-9.]+ s/, with: "done in … s")
                .replacing(/用时 [0-9.]+ 秒/, with: "用时 … 秒")
            transcript += "$ coprod \(args.joined(separator: " "))\n\(shown)[status \(r.status)]\n"
        }
        assertGolden(transcript, named: "sweep-errors.\(lang).txt")
    }
}

/// `sweep …` typed at the REPL runs on the session's scenario and leaves the session as it was.
@Suite(.timeLimit(.minutes(1)))
struct REPLSweepTests {
    @Test func sweepAtThePromptPrintsItsSummaryAndTheSessionGoesOn() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal(["-q"], columns: 120)
        try terminal.expect("coprod w0> ")
        terminal.send("step 2\r")
        try terminal.expect("coprod w2> ")
        terminal.send("sweep --vary shed.salience=0.3,0.9 --replicates 2 --weeks 8 --metrics participation\r")
        try terminal.expect("4 runs: 2 cells × 2 replicates")
        try terminal.expect("summary of 4 runs in 2 cells")
        try terminal.expect("cell 1 · shed.salience=0.9 · n = 2")
        try terminal.expect("coprod w2> ")
        terminal.send("sweep --vary shed.salince=1\r")
        try terminal.expect("did you mean 'shed.salience'")
        try terminal.expect("coprod w2> ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Ctrl-C stops after the runs in flight; the summary of the finished runs starts on the line
    /// after the progress line and its `^C`, then the note on how to go on, then the prompt.
    @Test func controlCStopsTheSweepAndItsSummaryStartsOnAFreshLine() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal(["-q"], columns: 120)
        try terminal.expect("coprod w0> ")
        terminal.send("sweep --vary shed.salience=0.1,0.2,0.3,0.4,0.5,0.6,0.7,0.8 --replicates 8 --weeks 300\r")
        try terminal.expect(#"\r\u{1B}\[K[1-9]\d*/64 runs"#, timeout: .seconds(30))
        terminal.send("\u{3}")
        let stopped = try terminal.expect(#"stopped after \d+ of 64 runs"#, timeout: .seconds(30))
        let summary = try #require(stopped.firstRange(of: "summary of "))
        // Everything from the summary on starts at the beginning of a line.
        let before = stopped[..<summary.lowerBound]
        #expect(before.hasSuffix("\r\n"), "\(String(before.suffix(80)).debugDescription)")
        #expect(!stopped.contains("^Csummary"))
        try terminal.expect("coprod w0> ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func pipedInputSweepsToo() throws {
        let coprod = try CoprodProcess()
        let r = try coprod.run(
            [], input: "sweep --vary budget=2,6 --weeks 4 --metrics participation --csv -\nshow government\n")
        #expect(r.status == 0, "\(r.standardError)")
        #expect(r.standardOutput.contains("\nrun,cell,replicate,seed,budget,week,participation,error\n1,0,1,"))
        #expect(r.standardOutput.contains("budget 4 work units a week per"))
        #expect(r.standardError.contains("summary of 2 runs in 2 cells"))
    }
}

/// Under an address-space limit, a community too large is refused with its location instead of a
/// crash (`Fatal error: failed to allocate …`, exit 134, before issue 9).
@Suite struct MemoryLimitTests {
    @Test func aTooLargeCommunityIsAnErrorNotACrash() throws {
        let c = try CoprodProcess()
        let r = try c.run([], input: "community size 1000000\nstep\n", shellPrefix: "ulimit -v 300000;")
        #expect(r.status == 1)
        #expect(r.standardError.contains("<stdin>:1:16: error: a community of 1,000,000 residents needs about"))
        #expect(r.standardError.contains("; this process may use "))
        #expect(!r.standardError.contains("Fatal error"))
    }
}

/// Golden files in `Tests/Snapshots/`; `COPROD_RECORD_SNAPSHOTS=1` writes them (and records an issue).
func assertGolden(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let url = packageRoot.appendingPathComponent("Tests/Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["COPROD_RECORD_SNAPSHOTS"] == "1" {
        try? text.write(to: url, atomically: true, encoding: .utf8)
        Issue.record("recorded \(name)", sourceLocation: sourceLocation)
        return
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? "<missing \(name)>"
    #expect(expected == text, "golden file \(name) differs", sourceLocation: sourceLocation)
}
