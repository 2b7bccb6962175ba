import CoprodLanguage
import CoprodModel
import Foundation

/// Everything that defines a sweep's data: the experiment (script and options), the plan (axes,
/// cells, replicates, seeds), the columns, the weeks, and whether rows are per run or per run ×
/// week. Its header is written at the top of every data file.
public struct Sweep: Sendable {
    public let experiment: Experiment
    /// `--set` values, put in before the axes' values.
    public let fixed: [Assignment]
    public let plan: SweepPlan
    public let columns: Columns
    public let weeks: Int?
    public let series: Bool
    /// The command that gives these rows: `coprod sweep FILE` with the options that shape the data
    /// (axes, sampling, replicates, seed, weeks, metrics, series), without the ones that do not
    /// (output files, jobs, progress, shard, resume).
    public let command: String
    public let version: String
    /// `sweep`, or `run` for the series of `coprod run --csv`.
    public var kind = "sweep"
    /// The language of error texts in rows.
    public let language: Language
    /// Whether each finished run also keeps its `--json` report (``RunResult/report``), for the
    /// document `coprod run --replicates` prints.
    public var keepsReports = false

    public init(
        experiment: Experiment, fixed: [Assignment] = [], plan: SweepPlan, columns: Columns, weeks: Int?, series: Bool,
        command: String,
        version: String, language: Language
    ) {
        self.experiment = experiment
        self.fixed = fixed
        self.plan = plan
        self.columns = columns
        self.weeks = weeks
        self.series = series
        self.command = command
        self.version = version
        self.language = language
    }

    /// Identity columns, axis columns, metric columns, `error`.
    public var columnNames: [String] {
        ["run", "cell", "replicate", "seed"] + plan.axes.map(\.key.written) + columns.metrics.map(\.name) + ["error"]
    }

    public static let seedRule =
        "run seed = replicateSeed(cellSeed(base, cell), replicate); cellSeed(base, 0) = base, "
        + "cellSeed(base, c) = SplitMix64.derive(base, 0x43454C4C + c); replicateSeed(s, r) = "
        + "SplitMix64.derive(s, 0x52455000 + r) (docs/EXPERIMENTS.md)"

    /// The date for a new file: `SOURCE_DATE_EPOCH` when it is set (reproducible files), else now;
    /// ISO 8601 in UTC, to the second.
    public static func date(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? Date().timeIntervalSince1970
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date(timeIntervalSince1970: seconds.rounded(.down)))
    }

    /// The `# ` comment lines and the column line of a CSV file.
    public func csvHeader(date: String, shard: (Int, Int)?) -> String {
        var lines = [
            "# coprod \(version) \(kind)",
            "# script: \(experiment.fileName) (FNV-1a 64 \(experiment.hash))",
            "# command: \(command)",
            "# seed rule: base seed \(plan.baseSeed); \(Self.seedRule)",
            "# runs: \(plan.runs) (\(plan.cells) cells × \(plan.replicates) replicates)"
                + (series ? ", one row per run and week" : ", one row per run"),
            "# axes:" + plan.axes.map { " " + $0.key.written }.joined(),
            "# date: \(date)",
        ]
        if let (i, n) = shard {
            let r = plan.shardRange(i, of: n)
            // The shard's runs as the `run` column numbers them (from 1), first and last.
            lines.append("# shard: \(i)/\(n) runs \(r.lowerBound + 1)..\(r.upperBound)")
        }
        lines.append(columnNames.map(RowText.csvField).joined(separator: ","))
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first line (and for a shard, the second) of a JSON Lines file.
    public func jsonlHeader(date: String, shard: (Int, Int)?) -> String {
        func list(_ xs: [String]) -> String { "[" + xs.map(RowText.jsonString).joined(separator: ",") + "]" }
        var text =
            "{\"coprod\":\(RowText.jsonString(version)),\"kind\":\"\(kind)\","
            + "\"script\":\(RowText.jsonString(experiment.fileName)),\"scenarioHash\":\"\(experiment.hash)\","
            + "\"command\":\(RowText.jsonString(command)),\"baseSeed\":\(plan.baseSeed),"
            + "\"seedRule\":\(RowText.jsonString(Self.seedRule)),\"runs\":\(plan.runs),\"cells\":\(plan.cells),"
            + "\"replicates\":\(plan.replicates),\"series\":\(series),\"axes\":\(list(plan.axes.map(\.key.written))),"
            + "\"columns\":\(list(columnNames)),\"date\":\(RowText.jsonString(date))}\n"
        if let (i, n) = shard {
            let r = plan.shardRange(i, of: n)
            text += "{\"shard\":\"\(i)/\(n)\",\"first\":\(r.lowerBound + 1),\"last\":\(r.upperBound)}\n"
        }
        return text
    }

    /// What one run gives: its rows in both formats, its final row's numbers (for the summary), or
    /// its error.
    public struct RunResult: Sendable {
        public let run: SweepPlan.Run
        public let csv: String
        public let jsonl: String
        /// The final row's metric numbers, nil where a cell is empty or a word.
        public let values: [Double?]
        public let error: String?
        public let seconds: Double
        /// With ``Sweep/keepsReports``, a finished run's report and last week for the
        /// `--replicates` document; nil otherwise.
        public var report: Replicates.Entry? = nil
    }

    /// Performs run `k`.
    /// - Parameters:
    ///   - k: The run's index in the plan.
    ///   - cancelled: Asked as the run's community is built: true stops the build.
    /// - Returns: The run's rows, or nil when its build was cancelled (nothing to write).
    public func perform(_ k: Int, cancelled: (@Sendable () -> Bool)? = nil) -> RunResult? {
        let run = plan.run(k)
        let started = Date()
        let assignments = fixed.map { ($0.key, $0.value) } + zip(plan.axes.map(\.key), run.values).map { ($0, $1) }
        let outcome = experiment.run(
            seed: run.seed, assignments: assignments, weeks: weeks, language: language, cancelled: cancelled)
        if case .cancelled = outcome { return nil }
        return rows(run, outcome, seconds: Date().timeIntervalSince(started))
    }

    /// The rows of `run`, which ended with `outcome`.
    public func rows(_ run: SweepPlan.Run, _ outcome: Experiment.Outcome, seconds: Double) -> RunResult {
        var csv = ""
        var jsonl = ""
        var values: [Double?] = []
        var error: String?
        var report: Replicates.Entry?
        // Runs are numbered from 1 in the data, as replicates are and as the progress line counts
        // them (`run 3/12`); `SweepPlan.Run.index` stays 0-based (DataScan reads the numbers back).
        let number = run.index + 1
        let identity = ["\(number)", "\(run.cell)", "\(run.replicate)", "\(run.seed)"]
        let axisCSV = run.texts.map(RowText.csvField)
        let jsonIdentity =
            "{\"run\":\(number),\"cell\":\(run.cell),\"replicate\":\(run.replicate),\"seed\":\(run.seed)"
            + zip(plan.axes, zip(run.values, run.texts)).map { axis, v in
                ",\(RowText.jsonString(axis.key.written)):\(RowText.json(v.0, text: v.1))"
            }.joined()
        func row(_ cells: [MetricValue?], error: String?) {
            let texts = cells.map { $0.map(CSVExport.cell) ?? "" }
            csv +=
                (identity + axisCSV + texts.map(RowText.csvField) + [RowText.csvField(error ?? "")])
                .joined(separator: ",") + "\n"
            jsonl += jsonIdentity
            for (c, v) in zip(columns.metrics, cells) { jsonl += ",\(RowText.jsonString(c.name)):\(RowText.json(v))" }
            jsonl += ",\"error\":\(error.map(RowText.jsonString) ?? "null")}\n"
            values = texts.map(RowText.number)
        }
        func failedRow(_ text: String) {
            let message = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            error = message
            row(Array(repeating: nil, count: columns.metrics.count), error: message)
            values = Array(repeating: nil, count: columns.metrics.count)
        }
        switch outcome {
        case .finished(let model):
            let records = series ? model.history : [model.outcomes]
            for r in records { row(columns.cells(r), error: nil) }
            if keepsReports { report = Replicates.Entry(model: model, replicate: run.replicate) }
        case .failed(let text):
            failedRow(text)
        case .cancelled(let n):
            // `perform` writes no row for a cancelled build; a caller that passes one records it as failed.
            failedRow(Message.model(.cancelled(residents: n)).text(language))
        }
        return RunResult(
            run: run, csv: csv, jsonl: jsonl, values: values, error: error, seconds: seconds, report: report)
    }
}
