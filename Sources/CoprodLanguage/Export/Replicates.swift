import CoprodModel

/// Replicated batch runs: one script run as replicates 1…n, each with its own derived seed
/// (`Scenario.replicateSeed`), in parallel, and a summary across them (like Mesa's batch runs).
/// Replicates are independent, so the document is byte-identical whatever the thread count.
public enum Replicates {
    /// Most replicates one call runs.
    public static let maxCount = 10_000

    /// Runs `script` as replicates 1…`count` and returns one JSON document: `seed` (the base
    /// seed), `replicates` (each run's `--json` report with its `replicate` number and own seed) and
    /// `summary` (mean and standard deviation of each outcome across replicates).
    /// - Parameters:
    ///   - script: The script's text.
    ///   - fileName: The script's name in diagnostics.
    ///   - count: `1...maxCount`.
    ///   - options: used for every replicate (its `replicate` is set per run).
    ///   - interrupted: Asked by every replicate as its community is built and between its weeks
    ///     (and before a replicate starts): true stops them all.
    /// - Returns: The JSON document, or nil when `interrupted` stopped the replicates (a partial
    ///   document would be a different experiment).
    /// - Throws: `LocatedDiagnostic` for the first script error (the same in every replicate).
    public static func run(
        script: String, fileName: String, count: Int,
        options: Session.Options, interrupted: @escaping @Sendable () -> Bool = { false }
    ) throws(LocatedDiagnostic) -> String? {
        let n = min(max(1, count), maxCount)
        // Each replicate returns its report, its last week's record and the scenario's own seed (or
        // `--seed`); nil when it was stopped.
        let outcomes = ParallelMap.map(n) { k -> Result<(JSONReport, WeekRecord, UInt64), LocatedDiagnostic>? in
            if interrupted() { return nil }
            var o = options
            o.replicate = k + 1
            let session = Session.empty(options: o)
            do throws(LocatedDiagnostic) {
                _ = try session.runScript(script, fileName: fileName, emit: { _ in }, interrupted: interrupted)
            } catch {
                return error.isCancellation ? nil : .failure(error)
            }
            if interrupted() { return nil }
            return .success(
                (
                    JSONReport(model: session.model, replicate: k + 1), session.model.outcomes,
                    options.seedOverride ?? session.scenario.seed
                ))
        }
        var entries: [Entry] = []
        var baseSeed: UInt64 = 0
        if outcomes.count < n || interrupted() { return nil }
        for case let outcome? in outcomes {
            let (report, record, seed) = try outcome.get()
            if entries.isEmpty { baseSeed = seed }
            entries.append(Entry(report: report.value, record: record))
        }
        return document(baseSeed: baseSeed, entries: entries)
    }

    /// One replicate's part of the document: its `--json` report (with its `replicate` number and
    /// own seed) and its last week's record, which the summary reads.
    public struct Entry: Sendable {
        let report: JSONValue
        let record: WeekRecord

        init(report: JSONValue, record: WeekRecord) {
            self.report = report
            self.record = record
        }

        /// The entry of replicate `replicate`, which ended with `model`.
        public init(model: Model, replicate: Int) {
            self.init(report: JSONReport(model: model, replicate: replicate).value, record: model.outcomes)
        }
    }

    /// The JSON document of `--replicates N`: `seed` (the base seed), `runs`, `replicates` (the
    /// entries' reports, in order) and `summary` (mean and standard deviation of each outcome).
    /// `coprod run --replicates` builds it here whether the replicates ran as written or with
    /// `--set`/`--weeks` (as a sweep without axes), so the two give the same bytes.
    public static func document(baseSeed: UInt64, entries: [Entry]) -> String {
        let document: JSONValue = .object([
            "seed": .unsigned(baseSeed), "runs": .int(entries.count), "replicates": .array(entries.map(\.report)),
            "summary": ReplicateSummary(entries.map(\.record)).value,
        ])
        return JSONReport.encode(document)
    }
}

/// Mean and standard deviation (n − 1) of one outcome across replicates, rounded to six decimals.
struct Spread: Hashable {
    var mean: Double
    var sd: Double

    init(_ values: [Double]) {
        let m = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        let v = values.count < 2 ? 0 : values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)
        mean = JSONReport.round(m)
        sd = JSONReport.round(v.squareRoot())
    }

    var json: JSONValue { .object(["mean": .double(mean), "sd": .double(sd)]) }
}

/// The summary across replicates of their last week (the `summary` of `--replicates N`): per
/// facility its `name`, and for the facility and for the community one entry per metric of the
/// registry, chosen by the metric's kind:
/// - a number, share, count or flag: `NAME` → `{mean, sd}` (for a flag, the mean is the share of
///   replicates in which it holds);
/// - a week, absent until something happens (`completedAt`): `NAME` → `{mean, sd}` over the
///   replicates in which it happened (left out when none did), and ``shareKey(_:)`` → the share of
///   replicates in which it happened (`completedShare`);
/// - a category: ``countsKey(_:)`` → how many replicates ended on each word (`types`).
struct ReplicateSummary {
    let value: JSONValue

    init(_ records: [WeekRecord]) {
        let names = records.first?.facilities.map(\.name) ?? []
        let facilities: [JSONValue] = names.enumerated().map { f, name in
            let rows = records.map { $0.facilities[f] }
            var object = Self.entries(MetricRegistry.facility) { metric in rows.compactMap(metric.value(of:)) }
            object["name"] = .string(name)
            return .object(object)
        }
        let community = Self.entries(MetricRegistry.community) { metric in records.compactMap(metric.value(in:)) }
        value = .object(["facilities": .array(facilities), "community": .object(community)])
    }

    /// The key of a week metric's share of replicates: `completedAt` → `completedShare`,
    /// any other `NAME` → `NAMEShare`.
    static func shareKey(_ name: String) -> String {
        (name.hasSuffix("At") ? String(name.dropLast(2)) : name) + "Share"
    }

    /// The key of a category's counts: `type` → `types`.
    static func countsKey(_ name: String) -> String { name + "s" }

    /// The keys a metric has in the summary (every one present when some replicate has a value).
    static func keys(of metric: Metric) -> [String] {
        switch metric.kind {
        case .number, .share, .count, .flag: [metric.name]
        case .week: [metric.name, shareKey(metric.name)]
        case .category: [countsKey(metric.name)]
        }
    }

    /// One entry per metric, from the values `values(metric)` the replicates have.
    private static func entries(_ metrics: [Metric], _ values: (Metric) -> [MetricValue]) -> [String: JSONValue] {
        var object: [String: JSONValue] = [:]
        for metric in metrics {
            let vs = values(metric)
            switch metric.kind {
            case .number, .share, .count, .flag:
                object[metric.name] = Spread(vs.compactMap(number)).json
            case .week:
                let happened = vs.compactMap { v -> Double? in if case .week(let w?) = v { Double(w) } else { nil } }
                if !happened.isEmpty { object[metric.name] = Spread(happened).json }
                object[shareKey(metric.name)] = .double(
                    JSONReport.round(Double(happened.count) / Double(max(1, vs.count))))
            case .category:
                var counts: [String: Int] = [:]
                for v in vs { if case .word(let w) = v { counts[w, default: 0] += 1 } }
                object[countsKey(metric.name)] = .object(counts.mapValues(JSONValue.int))
            }
        }
        return object
    }

    private static func number(_ v: MetricValue) -> Double? {
        switch v {
        case .number(let x): x
        case .count(let n): Double(n)
        case .flag(let b): b ? 1 : 0
        case .week(let w): w.map(Double.init)
        case .word: nil
        }
    }
}
