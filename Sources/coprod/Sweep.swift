import ArgumentParser
import CoprodExperiments
import CoprodLanguage
import Foundation
import LineEditing
import ProcessSupport

/// `coprod sweep FILE`: the script's scenario over a grid of settings × replicates, one row per
/// run (or per run and week) streamed to CSV and/or JSON Lines as runs end (docs/EXPERIMENTS.md).
struct Sweep: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: CommandLineText.sweepAbstract[Coprod.language], usage: CommandLineText.sweepUsage,
            discussion: CommandLineText.sweepDiscussion[Coprod.language])
    }

    @Argument(help: ArgumentHelp(CommandLineText.sweepFile[Coprod.language]))
    var file: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.vary[Coprod.language], valueName: "KEY=VALUES"))
    var vary: [String] = []

    @Option(
        name: .customLong("set"), help: ArgumentHelp(CommandLineText.sweepSet[Coprod.language], valueName: "KEY=VALUE"))
    var assignments: [String] = []

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(CommandLineText.sample[Coprod.language], valueName: "latin N"))
    var sample: [String] = []

    // Optional, so that the help page shows no English `(default: 1)`; the default is in the text.
    @Option(
        name: .customLong("replicates"),
        help: ArgumentHelp(CommandLineText.sweepReplicates[Coprod.language], valueName: "R"))
    var replicatesGiven: Int?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.sweepWeeks[Coprod.language], valueName: "N"))
    var weeks: Int?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.sweepSeed[Coprod.language], valueName: "S"))
    var seed: UInt64?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.jobs[Coprod.language], valueName: "N"))
    var jobs: Int?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.sweepCsv[Coprod.language], valueName: "FILE"))
    var csv: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.sweepJsonl[Coprod.language], valueName: "FILE"))
    var jsonl: String?

    @Flag(help: ArgumentHelp(CommandLineText.series[Coprod.language]))
    var series = false

    @Option(name: .long, help: ArgumentHelp(CommandLineText.metrics[Coprod.language], valueName: "a,b"))
    var metrics: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.summary[Coprod.language], valueName: "FILE"))
    var summary: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.sweepPlot[Coprod.language], valueName: "FILE.svg"))
    var plot: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.sweepPlotMetric[Coprod.language], valueName: "NAME"))
    var plotMetric: String?

    @Option(
        name: .customLong("progress"), help: ArgumentHelp(CommandLineText.progress[Coprod.language], valueName: "STYLE")
    )
    var progressGiven: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.shard[Coprod.language], valueName: "I/N"))
    var shard: String?

    @Flag(help: ArgumentHelp(CommandLineText.resume[Coprod.language]))
    var resume = false

    @Flag(help: ArgumentHelp(CommandLineText.sweepForce[Coprod.language]))
    var force = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(CommandLineText.sweepQuiet[Coprod.language]))
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(CommandLineText.maxPopulation[Coprod.language], valueName: "N"))
    var maxPopulation: Int?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.lang[Coprod.language], valueName: "LANG"))
    var lang: String?

    /// Replicates per grid cell.
    var replicates: Int { replicatesGiven ?? 1 }

    /// The `--progress` style's word.
    var progress: String { progressGiven ?? "auto" }

    var language: Language {
        lang.flatMap(Language.init(word:)) ?? Language.preferred(by: ProcessInfo.processInfo.environment)
    }

    /// The options that take a value, with the whole numbers they take (for the hint under an
    /// error, and for `CommandLineMain` to skip their values).
    static let valueOptions: [String: ClosedRange<Int>?] = [
        "--replicates": 1...SweepPlan.maxRuns, "--weeks": 0...10_000, "--jobs": 1...1024,
        "--max-population": 1...10_000_000, "--seed": nil, "--lang": nil,
    ]

    /// The checks swift-argument-parser cannot make, as typed messages (run first in ``run()``
    /// and by the REPL's `sweep`, so that they are in the session's language).
    func check() throws(CommandLineFailure) {
        if let l = lang, Language(word: l) == nil {
            throw CommandLineFailure(.optionUnknownLanguage(l), hint: .languagesAre)
        }
        let values: [(String, Int?)] = [
            ("--replicates", replicatesGiven), ("--weeks", weeks), ("--jobs", jobs),
            ("--max-population", maxPopulation),
        ]
        for case (let option, let value?) in values {
            if let range = Self.valueOptions[option] ?? nil, !range.contains(value) {
                throw CommandLineFailure(
                    .optionOutOfRange(option: option, low: range.lowerBound, high: range.upperBound))
            }
        }
        if SweepProgress.Style(rawValue: progress) == nil {
            throw CommandLineFailure(.progressStyleUnknown(progress))
        }
        if scriptPath == nil { throw CommandLineFailure(.sweepNeedsScript) }
        if !sample.isEmpty, samplePoints == nil { throw CommandLineFailure(.sampleNeedsLatin) }
    }

    /// `--sample latin N [FILE]`: the option reads up to the next option, so a file after it lands here.
    var scriptPath: String? { file ?? (sample.count == 3 ? sample[2] : nil) }

    var samplePoints: Int? {
        guard sample.count >= 2, sample[0] == "latin", let n = Int(sample[1]), n >= 1 else { return nil }
        return n
    }

    func run() throws {
        try check()
        _ = StandardStreams.prepare()
        Termination.installHandler(for: SIGTERM)
        Termination.installHandler(for: SIGINT, respectingIgnored: true)
        guard let path = scriptPath else { throw ExitCode.failure }
        let text = try BatchRunner.readScript(atPath: path)
        var options = Session.Options(language: language)
        options.allowsFiles = false
        if let p = maxPopulation { options.maxPopulation = p }
        let experiment: Experiment
        do {
            // A signal while the script's community is built cancels the build.
            experiment = try Experiment(
                text: text, fileName: path, options: options, cancelled: { Termination.pendingSignal != nil })
        } catch {
            DiagnosticPrinter.print(error, language: language)
            if error.isCancellation, let signal = Termination.pendingSignal { throw ExitCode(128 + signal) }
            throw ExitCode.failure
        }
        do {
            try SweepSession(command: self, experiment: experiment).run()
        } catch let error as ExperimentError {
            DiagnosticPrinter.print(error, language: language)
            throw ExitCode.failure
        } catch let error as LocatedDiagnostic {
            DiagnosticPrinter.print(error, language: language)
            throw ExitCode.failure
        }
    }
}

/// One `coprod sweep` from its parsed options to its exit status.
struct SweepSession {
    let command: Sweep
    let experiment: Experiment
    /// Polled between runs: a signal in batch mode, Ctrl-C at the REPL.
    var stopRequested: @Sendable () -> Bool = { Termination.pendingSignal != nil }
    /// Rows go to standard output when no --csv or --jsonl is given (not at the REPL).
    var rowsToStandardOutputByDefault = true
    /// A stopped sweep still prints the summary of the runs it finished (at the REPL, where the
    /// rows go nowhere by default, as `run` reports the weeks it ran before Ctrl-C).
    var summarizesWhenStopped = false
    var language: Language { command.language }

    /// The canonical command stored in the data: the options that shape the rows.
    func canonicalCommand(plan: SweepPlan, axes: [String], fixed: [String]) -> String {
        var words = ["coprod", "sweep", experiment.fileName]
        for a in fixed { words += ["--set", a] }
        for a in axes { words += ["--vary", a] }
        if case .latin(let n) = plan.sampling { words += ["--sample", "latin", "\(n)"] }
        words += ["--replicates", "\(plan.replicates)", "--seed", "\(plan.baseSeed)"]
        if let w = command.weeks { words += ["--weeks", "\(w)"] }
        if let m = command.metrics { words += ["--metrics", m] }
        if command.series { words.append("--series") }
        return words.map(Self.shellQuoted).joined(separator: " ")
    }

    static func shellQuoted(_ word: String) -> String {
        let plain = word.allSatisfy { $0.isLetter || $0.isNumber || "-_./=:,+@%".contains($0) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    func run() throws {
        // Axes: the script's vary lines, then --vary (replacing a line of the same key).
        // A line's error is reported at its line and column, with the line and a caret.
        var specs: [String] = []
        var lines: [VaryLines.Line?] = []
        let cliKeys = Set(command.vary.map { String($0.prefix { $0 != "=" }) })
        for line in experiment.varyLines where !cliKeys.contains(String(line.spec.prefix { $0 != "=" })) {
            specs.append(line.spec)
            lines.append(line)
        }
        specs += command.vary
        lines += command.vary.map { _ in nil }
        var axes: [Axis] = []
        for (s, line) in zip(specs, lines) {
            do throws(ExperimentError) {
                let axis = try Axis(s, scenario: experiment.scenario, option: line == nil ? "--vary" : "vary")
                if axes.contains(where: { $0.key.written == axis.key.written }) {
                    throw ExperimentError(.axisTwice(axis.key.written))
                }
                axes.append(axis)
            } catch {
                guard let line else { throw error }
                throw LocatedDiagnostic(
                    Diagnostic(error.message, at: line.range, hint: error.hint), fileName: experiment.fileName,
                    sourceLine: line.source)
            }
        }
        let fixed = try Assignment.all(command.assignments, scenario: experiment.scenario)
        let sampling: SweepPlan.Sampling = command.samplePoints.map { .latin($0) } ?? .factorial
        let plan = try SweepPlan(
            axes: axes, sampling: sampling, replicates: command.replicates,
            baseSeed: command.seed ?? experiment.scenario.seed)
        let columns = try Columns(
            facilities: experiment.scenario.facilities.map(\.name),
            only: command.metrics.map {
                $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            }, axes: axes.map(\.key.written))
        let sweep = CoprodExperiments.Sweep(
            experiment: experiment, fixed: fixed, plan: plan, columns: columns, weeks: command.weeks,
            series: command.series, command: canonicalCommand(plan: plan, axes: specs, fixed: command.assignments),
            version: Coprod.version, language: language)

        var shard: (Int, Int)?
        if let s = command.shard {
            let parts = s.split(separator: "/", omittingEmptySubsequences: false).map { Int($0) }
            guard parts.count == 2, let i = parts[0], let n = parts[1], n >= 1, (0..<n).contains(i) else {
                throw ExperimentError(.badShard(s))
            }
            shard = (i, n)
        }
        let range = shard.map { plan.shardRange($0.0, of: $0.1) } ?? 0..<plan.runs
        // The files written at the end are checked before any run, as the data files are (a tryout
        // found --summary and --plot replacing a file without --force); --resume rewrites them.
        for p in [command.summary, command.plot, command.plot.map(PlotFiles.specPath)].compactMap({ $0 }) {
            try DataFile.checkReplaceable(p, replace: command.force || command.resume)
        }

        var outputs: [(String, DataFormat)] = []
        if let c = command.csv { outputs.append((c, .csv)) }
        if let j = command.jsonl { outputs.append((j, .jsonl)) }
        if outputs.isEmpty, rowsToStandardOutputByDefault { outputs.append(("-", .csv)) }
        let (axisNames, metricNames) = (axes.map(\.key.written), columns.metrics.map(\.name))
        var summary = SweepSummary(axes: axisNames, metrics: metricNames)

        // Resume: every existing output must be this sweep's; continue from the fewest finished runs.
        var date = CoprodExperiments.Sweep.date()
        var start = range.lowerBound
        var scans: [String: DataScan] = [:]
        if command.resume {
            let files = outputs.filter { !DataFile.isStream($0.0) }
            guard !files.isEmpty else { throw ExperimentError(.resumeNeedsFile) }
            var finished: [Int] = []
            for (p, format) in files where try DataFile.existing(p) {
                let scan = try DataScan(path: p, format: format)
                if let d = scan.date { date = d }
                let expected = header(sweep, format: format, date: scan.date ?? date, shard: shard)
                guard scan.header == expected.withoutShard else {
                    // Which line (or JSON key) differs, so the option that changed can be seen.
                    throw ExperimentError(
                        .resumeOtherSweep(path: p),
                        hint: Self.firstDifference(scan.header, expected.withoutShard, format: format).map {
                            .headerDiffers(file: $0.0, sweep: $0.1)
                        })
                }
                scans[p] = scan
                finished.append(try scan.firstUnfinished(from: range.lowerBound, series: command.series))
            }
            if finished.count == files.count { start = max(range.lowerBound, finished.min() ?? start) }
            if let (p, format) = files.first(where: { scans[$0.0] != nil }), let scan = scans[p] {
                try feed(&summary, from: scan, format: format, below: start, axes: axisNames, metrics: metricNames)
            }
        }
        var files: [(DataFile, DataFormat)] = []
        for (p, format) in outputs {
            if let scan = scans[p] {
                files.append((try DataFile(path: p, replace: false, resumeAt: try scan.offset(ofRun: start)), format))
            } else {
                let f = try DataFile(path: p, replace: command.force)
                f.write(header(sweep, format: format, date: date, shard: shard).text)
                files.append((f, format))
            }
        }

        if command.weeks == nil, experiment.firstStep == nil {
            DiagnosticPrinter.printError(
                .noWeeksRun(file: experiment.fileName), severity: .note, language: language)
        }
        let interactive = Terminal.isTerminal(STDERR_FILENO)
        var style = SweepProgress.Style(rawValue: command.progress) ?? .auto
        if style == .auto { style = interactive ? .bar : .none }
        let progress = SweepProgress(
            style: style, total: range.count, already: start - range.lowerBound, runsInSweep: plan.runs,
            language: language,
            writeError: { StandardStreams.writeError($0) })
        let jobs = command.jobs ?? ProcessInfo.processInfo.activeProcessorCount
        if style != .none {
            // A shard says which runs of the sweep it does (its count alone read as 9 × 20 = 11).
            let planLine: Message =
                if let (i, n) = shard.map({ ($0.0, $0.1) }) {
                    .shardPlan(
                        shard: i, of: n, first: range.lowerBound + 1, last: range.upperBound, total: plan.runs,
                        cells: plan.cells, replicates: plan.replicates, jobs: jobs)
                } else {
                    .sweepPlan(runs: range.count, cells: plan.cells, replicates: plan.replicates, jobs: jobs)
                }
            StandardError.writeLine(planLine.text(language))
        }
        let runner = SweepRunner(sweep: sweep, runs: start..<range.upperBound, jobs: jobs)
        var failed = 0
        var writeFailure: Message?
        // A gone reader of standard output (`| head`) ends the sweep quietly, as it ends a single
        // run; any other write failure is an error. Either way no new run starts.
        let writeFailed = SharedFlag()
        var readerGone = false
        let stopRequested = self.stopRequested
        let (_, stopped) = runner.run(
            stopRequested: { stopRequested() || writeFailed.isSet },
            tick: { progress.tick() },
            write: { r in
                for (f, format) in files where !writeFailed.isSet {
                    f.write(format == .csv ? r.csv : r.jsonl)
                    if f.readerGone {
                        readerGone = true
                        writeFailed.set()
                    } else if writeFailure == nil, let m = f.failureMessage {
                        writeFailure = m
                        writeFailed.set()
                    }
                }
                if r.error != nil { failed += 1 }
                summary.add(cell: r.run.cell, axisTexts: r.run.texts, values: r.values, failed: r.error != nil)
                progress.finished(r)
            })
        progress.end()
        if let writeFailure { throw ExperimentError(writeFailure) }
        if readerGone { throw ExitCode.success }

        if !command.quiet, !stopped || (summarizesWhenStopped && summary.runs > 0) {
            for line in summary.text(
                language: language, shown: command.metrics == nil ? nil : metricNames.filter { $0 != "week" })
            {
                StandardError.writeLine(line)
            }
        }
        if let p = command.plot, !stopped {
            guard !axes.isEmpty else { throw ExperimentError(.plotNeedsAxis) }
            let metric = command.plotMetric ?? metricNames.first { $0 != "week" } ?? "participation"
            guard metricNames.contains(metric) else {
                throw ExperimentError(
                    .unknownMetric(metric),
                    hint: Suggestions.closest(to: metric, in: metricNames).map(Message.didYouMean))
            }
            try PlotFiles.write(
                Plot.againstAxis(summary, metric: metric, language: language), to: p, language: language)
        }
        if let s = command.summary, !stopped {
            let comments = header(sweep, format: .csv, date: date, shard: shard).withoutShard.dropLast()
            try writeAtomically(summary.csv(header: comments.joined(separator: "\n") + "\n"), to: s)
        }
        if stopped {
            DiagnosticPrinter.print(
                ExperimentError(
                    .sweepStopped(done: summary.runs, total: range.count), hint: .continueWithResume),
                language: language)
            throw ExitCode(128 + (Termination.pendingSignal ?? SIGINT))
        }
        let failures = summary.failed
        if failures > 0 {
            DiagnosticPrinter.print(
                ExperimentError(.runsFailed(failed: failures, total: summary.runs)), language: language)
            throw ExitCode.failure
        }
        _ = failed
    }

    /// A file's header: its text and its lines without the shard line (what a resumed file must match).
    /// The first header line of a file that differs from a sweep's (for JSON Lines, the first key
    /// of the header object whose value differs, as `key: value`).
    static func firstDifference(_ file: [String], _ sweep: [String], format: DataFormat) -> (String, String)? {
        if format == .jsonl, let a = file.first.flatMap(DataScan.object), let b = sweep.first.flatMap(DataScan.object) {
            func text(_ v: Any?) -> String {
                guard let v, JSONSerialization.isValidJSONObject([v]),
                    let data = try? JSONSerialization.data(withJSONObject: [v], options: [.sortedKeys])
                else { return "null" }
                return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
            }
            for key in ["command", "script", "scenarioHash", "kind", "baseSeed", "runs", "columns"] + a.keys.sorted()
            where text(a[key]) != text(b[key]) {
                return ("\(key): \(text(a[key]))", "\(key): \(text(b[key]))")
            }
            return nil
        }
        for (x, y) in zip(file, sweep) where x != y { return (x, y) }
        return file.count == sweep.count ? nil : (file.last ?? "", sweep.last ?? "")
    }

    func header(
        _ sweep: CoprodExperiments.Sweep, format: DataFormat, date: String, shard: (Int, Int)?
    ) -> (text: String, withoutShard: [String]) {
        switch format {
        case .csv:
            let text = sweep.csvHeader(date: date, shard: shard)
            let lines = text.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("# shard: ") }
            return (text, lines)
        case .jsonl:
            let text = sweep.jsonlHeader(date: date, shard: shard)
            return (text, [text.split(separator: "\n").map(String.init).first ?? ""])
        }
    }

    /// Adds to `summary` the final row of each run below `end` in a resumed file.
    func feed(
        _ summary: inout SweepSummary, from scan: DataScan, format: DataFormat, below end: Int, axes: [String],
        metrics: [String]
    ) throws(ExperimentError) {
        var pending: DataScan.Row?
        func flush() {
            if let p = pending, let f = DataScan.summaryFields(p, format: format, axes: axes, metrics: metrics) {
                summary.add(cell: f.cell, axisTexts: f.texts, values: f.values, failed: f.failed)
            }
        }
        try scan.forEachRow { row throws(ExperimentError) in
            guard row.run < end else { return false }
            if let p = pending, p.run != row.run { flush() }
            pending = row
            return true
        }
        flush()
    }
}

/// Writes a plot's SVG and its Vega-Lite spec (`FILE.svg` → `FILE.vl.json`), both atomically.
enum PlotFiles {
    static func specPath(_ svg: String) -> String {
        (svg.hasSuffix(".svg") ? String(svg.dropLast(4)) : svg) + ".vl.json"
    }

    static func write(_ plot: Plot, to path: String, language: Language) throws(ExperimentError) {
        let spec = specPath(path)
        try writeAtomically(plot.svg(), to: path)
        try writeAtomically(plot.vegaLite(), to: spec)
        StandardError.writeLine(Message.plotWritten(svg: path, spec: spec).text(language))
    }
}

extension DiagnosticPrinter {
    /// Prints `coprod: error: MESSAGE` and its hint, in `language`.
    static func print(_ error: ExperimentError, language: Language) {
        let colour = Terminal.usesColour(onFileDescriptor: STDERR_FILENO)
        let label = Diagnostic.Severity.error.label(language) + ":"
        let hintLabel = language == .en ? "hint:" : "提示:"
        StandardError.writeLine(
            "coprod: \(colour ? "\u{1B}[1;31m\(label)\u{1B}[0m" : label) \(error.message.text(language))")
        if let hint = error.hint {
            StandardError.writeLine(
                "\(colour ? "\u{1B}[1;36m\(hintLabel)\u{1B}[0m" : hintLabel) \(hint.text(language))")
        }
    }
}
