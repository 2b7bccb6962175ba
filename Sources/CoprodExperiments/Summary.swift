import CoprodLanguage
import CoprodModel
import Foundation

/// Mean, standard deviation (n − 1), 95 % confidence interval of the mean (Student's t) and n,
/// per grid cell and metric, accumulated run by run in run order (Welford's method), so memory
/// stays bounded whatever the number of runs, and a merged dataset gives the same numbers as one
/// machine's.
///
/// With one value (n = 1) the standard deviation and the interval are undefined: they are left
/// empty in CSV and shown as `—`. The interval is clipped to the metric's range from the metric
/// registry (a share such as `participation` or `shed.retention` to 0…1, a count to 0 and up),
/// since the t interval of values near a bound can reach past it where no run can be.
public struct SweepSummary: Sendable {
    struct Stat: Sendable {
        var n = 0
        var mean = 0.0
        var m2 = 0.0
        mutating func add(_ x: Double) {
            n += 1
            let d = x - mean
            mean += d / Double(n)
            m2 += d * (x - mean)
        }
        var sd: Double { n < 2 ? 0 : (m2 / Double(n - 1)).squareRoot() }
        var halfWidth: Double { n < 2 ? 0 : SweepSummary.t975(n - 1) * sd / Double(n).squareRoot() }
        /// True when the spread is defined (two values or more).
        var hasSpread: Bool { n >= 2 }
        /// The 95 % interval, clipped to `range` when the metric has one.
        func interval(_ range: ClosedRange<Double>?) -> (low: Double, high: Double) {
            let (low, high) = (mean - halfWidth, mean + halfWidth)
            guard let range else { return (low, high) }
            return (
                min(max(low, range.lowerBound), range.upperBound), max(min(high, range.upperBound), range.lowerBound)
            )
        }
    }

    /// The range of a data column's metric (`participation`, `shed.retention`), from the metric
    /// registry; nil for a column without one.
    static func range(ofColumn name: String) -> ClosedRange<Double>? {
        let parts = name.split(separator: ".").map(String.init)
        if parts.count == 2 { return MetricRegistry.metric(named: parts[1], at: .facility)?.range }
        return MetricRegistry.metric(named: name, at: .community)?.range
    }

    struct Cell: Sendable {
        var texts: [String]
        var runs = 0
        var failed = 0
        var stats: [Stat]
    }

    public let axes: [String]
    public let metrics: [String]
    private var cells: [Int: Cell] = [:]

    /// Each metric's range (``range(ofColumn:)``), for clipping its interval.
    private let ranges: [ClosedRange<Double>?]

    public init(axes: [String], metrics: [String]) {
        self.axes = axes
        self.metrics = metrics
        ranges = metrics.map(Self.range(ofColumn:))
    }

    public var runs: Int { cells.values.reduce(0) { $0 + $1.runs } }
    public var failed: Int { cells.values.reduce(0) { $0 + $1.failed } }

    /// Adds one run's final row.
    public mutating func add(cell: Int, axisTexts: [String], values: [Double?], failed: Bool) {
        var c = cells[cell] ?? Cell(texts: axisTexts, stats: Array(repeating: Stat(), count: metrics.count))
        c.runs += 1
        if failed {
            c.failed += 1
        } else {
            for (k, v) in values.enumerated() where k < c.stats.count { if let v { c.stats[k].add(v) } }
        }
        cells[cell] = c
    }

    /// One cell's statistics of one metric, for plots.
    public struct Entry: Sendable {
        public let cell: Int
        public let texts: [String]
        public let n: Int
        public let mean: Double
        public let low: Double
        public let high: Double
    }

    /// Every cell's statistics of `metric`, in cell order (cells without a value left out).
    public func entries(_ metric: String) -> [Entry] {
        guard let k = metrics.firstIndex(of: metric) else { return [] }
        return cells.keys.sorted().compactMap { key in
            guard let c = cells[key], c.stats[k].n > 0 else { return nil }
            let s = c.stats[k]
            let (low, high) = s.interval(ranges[k])
            return Entry(cell: key, texts: c.texts, n: s.n, mean: s.mean, low: low, high: high)
        }
    }

    /// The two-sided 97.5 % quantile of Student's t with `df` degrees of freedom: a table up to 30,
    /// then the Cornish–Fisher expansion around the normal quantile.
    static func t975(_ df: Int) -> Double {
        let table = [
            12.706205, 4.302653, 3.182446, 2.776445, 2.570582, 2.446912, 2.364624, 2.306004, 2.262157, 2.228139,
            2.200985, 2.178813, 2.160369, 2.144787, 2.131450, 2.119905, 2.109816, 2.100922, 2.093024, 2.085963,
            2.079614, 2.073873, 2.068658, 2.063899, 2.059539, 2.055529, 2.051831, 2.048407, 2.045230, 2.042272,
        ]
        if df >= 1, df <= table.count { return table[df - 1] }
        let z = 1.959964
        let n = Double(max(df, 1))
        return z + (z * z * z + z) / (4 * n) + (5 * pow(z, 5) + 16 * z * z * z + 3 * z) / (96 * n * n)
    }

    private static func f(_ x: Double) -> String { CSVExport.cell(.number(x)) }

    /// The summary as tidy CSV, after the data file's comment lines: one row per cell and metric.
    public func csv(header: String) -> String {
        var out = header
        out +=
            (["cell"] + axes + ["metric", "runs", "failed", "n", "mean", "sd", "ci95_low", "ci95_high"])
            .map(RowText.csvField).joined(separator: ",") + "\n"
        for key in cells.keys.sorted() {
            guard let c = cells[key] else { continue }
            for (k, (m, s)) in zip(metrics, c.stats).enumerated() {
                var row = ["\(key)"] + c.texts + [m, "\(c.runs)", "\(c.failed)", "\(s.n)"]
                let (low, high) = s.interval(ranges[k])
                row +=
                    s.n == 0
                    ? ["", "", "", ""]
                    : s.hasSpread
                        ? [Self.f(s.mean), Self.f(s.sd), Self.f(low), Self.f(high)] : [Self.f(s.mean), "", "", ""]
                out += row.map(RowText.csvField).joined(separator: ",") + "\n"
            }
        }
        return out
    }

    /// The summary for standard error: per cell, the first `limit` metrics (or the ones chosen).
    public func text(language: Language, shown: [String]?, limit: Int = 6) -> [String] {
        let names = shown ?? Array(metrics.filter { $0 != "week" }.prefix(limit))
        let picked = names.compactMap { n in metrics.firstIndex(of: n).map { (n, $0) } }
        var lines = [Message.summaryHeading(cells: cells.count, runs: runs, failed: failed).text(language)]
        let heads = Message.summaryColumns.text(language).split(separator: "|").map(String.init)
        let width = max(heads.first.map(Self.cellsWide) ?? 6, picked.map { Self.cellsWide($0.0) }.max() ?? 0)
        for key in cells.keys.sorted() {
            guard let c = cells[key] else { continue }
            let axisText = zip(axes, c.texts).map { "\($0)=\($1)" }.joined(separator: " ")
            lines.append(Message.summaryCell(cell: key, axes: axisText, n: c.runs - c.failed).text(language))
            lines.append(
                "  " + Self.pad(heads[0], width) + "  " + heads[1...].map { Self.pad($0, 10) }.joined(separator: " "))
            for (name, k) in picked {
                let s = c.stats[k]
                let (low, high) = s.interval(ranges[k])
                let cols =
                    s.n == 0
                    ? ["—", "—", "—"]
                    : s.hasSpread
                        ? [Self.f(s.mean), Self.f(s.sd), "\(Self.f(low))…\(Self.f(high))"] : [Self.f(s.mean), "—", "—"]
                lines.append("  " + Self.pad(name, width) + "  " + cols.map { Self.pad($0, 10) }.joined(separator: " "))
            }
        }
        if shown == nil, metrics.count - 1 > picked.count {
            lines.append(Message.summaryMore(shown: picked.count, all: metrics.count).text(language))
        }
        return lines.map { $0.replacingOccurrences(of: " +$", with: "", options: .regularExpression) }
    }

    static func cellsWide(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && $1.properties.isIdeographic ? 2 : 1) }
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s + String(repeating: " ", count: max(0, width - cellsWide(s)))
    }
}
