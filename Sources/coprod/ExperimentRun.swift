import ArgumentParser
import CoprodExperiments
import CoprodLanguage
import CoprodModel
import Foundation
import ProcessSupport

/// The experiment side of `coprod run FILE`: `--set` values put into the scenario, the weekly
/// series written with `--csv`/`--jsonl`, and `--replicates R` with them as a sweep without axes.
struct ExperimentRun {
    let options: ScriptOptions

    /// Puts the `--set` values into the session's week-0 scenario and rebuilds it.
    /// - Throws: `ExitCode.failure` after printing the error.
    func apply(to session: Session) throws {
        guard !options.assignments.isEmpty else { return }
        var s = session.scenario
        do throws(ExperimentError) {
            var seen: [String: String] = [:]
            for a in options.assignments {
                let assignment = try Assignment(a, scenario: s)
                if let first = seen[assignment.key.written] {
                    throw ExperimentError(
                        .setTwice(key: assignment.key.written, first: first, second: assignment.text),
                        hint: .keepOneSet(code: "--set \(assignment.key.written)=\(assignment.text)"))
                }
                seen[assignment.key.written] = assignment.text
                try assignment.key.apply(assignment.value, to: &s)
            }
        } catch {
            DiagnosticPrinter.print(error, language: session.language)
            throw ExitCode.failure
        }
        if let refusal = session.buildRefusal(for: s) {
            let hint: Message =
                if case .sizeAboveLimit(_, let limit, _, _) = refusal {
                    .mustBeBetween(key: "community.size", low: 1, high: Double(limit))
                } else { .smallerCommunityOrMoreMemory }
            DiagnosticPrinter.print(ExperimentError(refusal, hint: hint), language: session.language)
            throw ExitCode.failure
        }
        do throws(ModelError) { try session.replaceScenario(s) } catch {
            DiagnosticPrinter.print(ExperimentError(.model(error)), language: session.language)
            throw ExitCode.failure
        }
    }

    /// The command that reproduces a run: the script with `--set`, `--seed` and `--weeks`.
    func command(_ fileName: String, seed: UInt64, replicates: Int?) -> String {
        var words = ["coprod", "run", fileName]
        for a in options.assignments { words += ["--set", a] }
        if let r = replicates { words += ["--replicates", "\(r)"] }
        words += ["--seed", "\(seed)"]
        if let w = options.weeks { words += ["--weeks", "\(w)"] }
        return words.map(SweepSession.shellQuoted).joined(separator: " ")
    }

    /// Writes the session's weekly series to `--csv` and `--jsonl`: one row per week, replicate 0
    /// (the run's own seed, not a derived one).
    func writeSeries(of session: Session, script: String, fileName: String) throws {
        guard options.csv != nil || options.jsonl != nil else { return }
        let language = session.language
        let seed = session.model.scenario.seed
        do throws(ExperimentError) {
            let experiment = Experiment(
                text: script, fileName: fileName, options: options.sessionOptions(), declared: session.scenario)
            let plan = try SweepPlan(axes: [], sampling: .factorial, replicates: 1, baseSeed: seed)
            let columns = try Columns(facilities: session.model.scenario.facilities.map(\.name), only: nil)
            var sweep = CoprodExperiments.Sweep(
                experiment: experiment, plan: plan, columns: columns, weeks: options.weeks, series: true,
                command: command(fileName, seed: seed, replicates: nil), version: Coprod.version, language: language)
            sweep.kind = "run"
            let run = SweepPlan.Run(index: 0, cell: 0, replicate: 0, seed: seed, texts: [], values: [])
            let rows = sweep.rows(run, .finished(session.model), seconds: 0)
            let date = CoprodExperiments.Sweep.date()
            if let p = options.csv {
                try writeAtomically(sweep.csvHeader(date: date, shard: nil) + rows.csv, to: p, force: options.force)
            }
            if let p = options.jsonl {
                try writeAtomically(sweep.jsonlHeader(date: date, shard: nil) + rows.jsonl, to: p, force: options.force)
            }
        } catch {
            DiagnosticPrinter.print(error, language: language)
            throw ExitCode.failure
        }
    }

    private func writeAtomically(_ text: String, to path: String, force: Bool) throws(ExperimentError) {
        if !DataFile.isStream(path), !force, try DataFile.existing(path) {
            throw ExperimentError(.outputExists(path: path), hint: .addForceOrResume)
        }
        try CoprodExperiments.writeAtomically(text, to: path)
    }

    /// `--replicates R` with `--csv`, `--jsonl`, `--set`, `--weeks` or `--plot`: a sweep without
    /// axes, every replicate's weekly series in one long file with its replicate and seed.
    /// - Returns: The JSON document of the replicates (as without these options), or nil when
    ///   `--csv -` or `--jsonl -` takes standard output.
    func replicates(_ text: String, fileName: String, count: Int) throws -> String? {
        let language = options.language
        var stoppedBy: Int32?
        var document: String?
        var readerGone = false
        var o = options.sessionOptions()
        o.allowsFiles = false
        let experiment: Experiment
        do {
            // A signal while the script's community is built cancels the build.
            experiment = try Experiment(
                text: text, fileName: fileName, options: o, cancelled: { Termination.pendingSignal != nil })
        } catch {
            DiagnosticPrinter.print(error, language: language)
            if error.isCancellation, let signal = Termination.pendingSignal { throw ExitCode(128 + signal) }
            throw ExitCode.failure
        }
        do throws(ExperimentError) {
            let fixed = try Assignment.all(options.assignments, scenario: experiment.scenario)
            let plan = try SweepPlan(
                axes: [], sampling: .factorial, replicates: count, baseSeed: options.seed ?? experiment.scenario.seed)
            let columns = try Columns(facilities: experiment.scenario.facilities.map(\.name), only: nil)
            var sweep = CoprodExperiments.Sweep(
                experiment: experiment, fixed: fixed, plan: plan, columns: columns, weeks: options.weeks, series: true,
                command: command(fileName, seed: plan.baseSeed, replicates: count), version: Coprod.version,
                language: language)
            sweep.kind = "run"
            // The plot is written at the end: an existing one is refused before any run.
            if let p = options.plot {
                for path in [p, PlotFiles.specPath(p)] { try DataFile.checkReplaceable(path, replace: options.force) }
            }
            // The document goes to standard output unless the data does (a tryout found the
            // replicates run and their results dropped, with status 0, under --weeks or --set).
            let dataOnStandardOutput = [options.csv, options.jsonl].compactMap { $0 }.contains(
                where: DataFile.isStandardOutput)
            sweep.keepsReports = !dataOnStandardOutput
            var entries: [Replicates.Entry] = []
            let date = CoprodExperiments.Sweep.date()
            var files: [(DataFile, Bool)] = []
            if let p = options.csv {
                let f = try DataFile(path: p, replace: options.force)
                f.write(sweep.csvHeader(date: date, shard: nil))
                files.append((f, true))
            }
            if let p = options.jsonl {
                let f = try DataFile(path: p, replace: options.force)
                f.write(sweep.jsonlHeader(date: date, shard: nil))
                files.append((f, false))
            }
            var failed = 0
            var failure: Message?
            // With --plot, every week's values across replicates: a summary whose cells are weeks.
            let metricNames = columns.metrics.map(\.name)
            let plotMetric = options.plotMetric ?? "participation"
            if options.plot != nil, !metricNames.contains(plotMetric) {
                throw ExperimentError(
                    .unknownMetric(plotMetric),
                    hint: Suggestions.closest(to: plotMetric, in: metricNames).map(Message.didYouMean))
            }
            var weekly = SweepSummary(axes: [], metrics: [plotMetric])
            let plotColumn = 4 + (metricNames.firstIndex(of: plotMetric) ?? 0)
            let runner = SweepRunner(
                sweep: sweep, runs: 0..<plan.runs, jobs: ProcessInfo.processInfo.activeProcessorCount)
            // A gone reader of standard output (`| head`) ends the replicates quietly.
            let writeFailed = SharedFlag()
            let (written, stopped) = runner.run(
                stopRequested: { Termination.pendingSignal != nil || writeFailed.isSet }, tick: {},
                write: { r in
                    for (f, isCSV) in files where !writeFailed.isSet {
                        f.write(isCSV ? r.csv : r.jsonl)
                        if f.readerGone {
                            readerGone = true
                            writeFailed.set()
                        } else if failure == nil, let m = f.failureMessage {
                            failure = m
                            writeFailed.set()
                        }
                    }
                    if r.error != nil { failed += 1 }
                    if let report = r.report { entries.append(report) }
                    guard options.plot != nil, r.error == nil else { return }
                    for line in r.csv.split(separator: "\n") {
                        let f = DataScan.csvFields(String(line))
                        guard f.count > plotColumn, let week = Int(f[4]) else { continue }
                        weekly.add(cell: week, axisTexts: [], values: [Double(f[plotColumn])], failed: false)
                    }
                })
            if let failure { throw ExperimentError(failure) }
            if readerGone { return nil }
            if let p = options.plot, !stopped {
                try PlotFiles.write(
                    Plot.overWeeks(weekly, metric: plotMetric, replicates: count, language: language), to: p,
                    language: language)
            }
            if stopped, let signal = Termination.pendingSignal {
                DiagnosticPrinter.print(
                    ExperimentError(.sweepStopped(done: written, total: plan.runs)), language: language)
                stoppedBy = signal
            } else if failed > 0 {
                throw ExperimentError(.runsFailed(failed: failed, total: plan.runs))
            }
            if stoppedBy == nil, sweep.keepsReports {
                document = Replicates.document(baseSeed: plan.baseSeed, entries: entries)
            }
        } catch {
            DiagnosticPrinter.print(error, language: language)
            throw ExitCode.failure
        }
        if let stoppedBy { throw ExitCode(128 + stoppedBy) }
        return document
    }
}
