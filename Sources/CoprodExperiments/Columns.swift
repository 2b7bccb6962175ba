import CoprodLanguage
import CoprodModel
import Foundation

/// The metric columns of a sweep's data: `week`, then the community metrics of the registry, then
/// per facility (in scenario order) each facility metric as `FACILITY.METRIC` — or the ones
/// `--metrics` names (a community metric, `FACILITY.METRIC`, or a facility metric alone for every
/// facility), always after `week`. A metric named as an axis of the sweep (`shed.salience`, when
/// `--vary shed.salience=…`) is left out: the axis column holds that value, and a file with two
/// columns (or a JSON object with two keys) of one name reads back ambiguously.
public struct Columns: Sendable {
    public struct Column: Sendable {
        public let name: String
        let read: @Sendable (WeekRecord) -> MetricValue?
    }

    public private(set) var metrics: [Column]

    /// - Parameters:
    ///   - facilities: The scenario's facility names, in order.
    ///   - names: `--metrics`, or nil for every metric.
    ///   - axes: The sweep's axis keys as written; a metric of the same name is left out.
    /// - Throws: ``ExperimentError`` for a name that is no metric (with a did-you-mean).
    public init(facilities: [String], only names: [String]?, axes: [String] = []) throws(ExperimentError) {
        try self.init(registry: facilities, only: names)
        metrics = metrics.filter { !axes.contains($0.name) }
    }

    private init(registry facilities: [String], only names: [String]?) throws(ExperimentError) {
        var all: [Column] = MetricRegistry.community.map { m in Column(name: m.name) { m.value(in: $0) } }
        for f in facilities {
            all += MetricRegistry.facility.map { m in
                Column(name: "\(f).\(m.name)") { r in r.facilities.first { $0.name == f }.flatMap(m.value(of:)) }
            }
        }
        guard let names else {
            metrics = all
            return
        }
        var chosen: [Column] = all.filter { $0.name == "week" }
        for name in names where name != "week" {
            let exact = all.filter { $0.name == name }
            let perFacility = all.filter { c in facilities.contains { "\($0).\(name)" == c.name } }
            let found = exact.isEmpty ? perFacility : exact
            guard !found.isEmpty else {
                let words = MetricRegistry.community.map(\.name) + MetricRegistry.facility.map(\.name) + all.map(\.name)
                throw ExperimentError(
                    .unknownMetric(name),
                    hint: Suggestions.closest(to: name, in: words).map(Message.didYouMean)
                        ?? .metricsAre(
                            (MetricRegistry.community.map(\.name) + MetricRegistry.facility.map(\.name))
                                .joined(separator: ", ")))
            }
            for c in found where !chosen.contains(where: { $0.name == c.name }) { chosen.append(c) }
        }
        metrics = chosen
    }

    /// The cells of one week's record, as CSV writes them.
    public func cells(_ record: WeekRecord) -> [MetricValue?] { metrics.map { $0.read(record) } }
}

/// How rows are written: CSV fields and JSON values.
public enum RowText {
    /// A CSV field, quoted as RFC 4180 says and when it holds a `#` (the session's table exports
    /// write fields the same way: ``TableExport/csvField(_:)``).
    public static func csvField(_ s: String) -> String { TableExport.csvField(s) }

    /// A JSON string literal (``TableExport/jsonString(_:)``).
    public static func jsonString(_ s: String) -> String { TableExport.jsonString(s) }

    /// A metric value in JSON: numbers as CSV writes them (six decimals), flags as booleans, words
    /// as strings, nothing as `null`.
    public static func json(_ v: MetricValue?) -> String {
        switch v {
        case .flag(let b)?: b ? "true" : "false"
        case .word(let w)?: jsonString(w)
        case nil, .week(nil)?: "null"
        case let v?: CSVExport.cell(v)
        }
    }

    /// An axis value in JSON: a number as written, a word as a string.
    public static func json(_ v: SettingValue, text: String) -> String {
        switch v {
        case .real, .integer: text
        case .word, .text, .beneficiaries: jsonString(text)
        }
    }

    /// The number a CSV cell holds (what summaries average): nil for an empty cell or a word.
    public static func number(_ cell: String) -> Double? { Double(cell) }
}
