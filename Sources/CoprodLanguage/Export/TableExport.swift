import CoprodModel
import Foundation

/// What `export KIND to "FILE"` writes.
public enum ExportTable: String, CaseIterable, Hashable, Sendable {
    /// The weekly outcome series (``CSVExport``): `export "F.csv"` or `export series to "F.csv"`.
    case series
    /// One row per resident at the current week.
    case residents
    /// One row per facility at the current week.
    case facilities
}

/// The file format of an export, chosen by the file's extension: `.jsonl` or `.ndjson` give JSON
/// Lines, anything else CSV.
public enum ExportFormat: String, Hashable, Sendable {
    case csv
    case jsonl

    public init(path: String) {
        let lower = path.lowercased()
        self = lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") ? .jsonl : .csv
    }
}

/// The per-resident and per-facility tables of `export residents to "F"` and `export facilities
/// to "F"` (issue 9, "Exports from a single session"), at the session's current week.
///
/// Columns come from ``MetricRegistry``, so a metric added there becomes a column by itself:
/// - residents: `week`, `index` (1-based), `name` (empty when unnamed), every other resident metric
///   in registry order (`age`, `tenure`, `building`, the traits `need` … `responsibility`), then
///   for each facility in scenario order every resident × facility metric as `NAME.METRIC`
///   (`shed.stage`, `shed.channel`, `shed.joined`, …, `shed.joinedAt`);
/// - facilities: `week`, `facility` (its name), then every facility metric of the current week's
///   record in registry order.
///
/// Cells are written as ``CSVExport/cell(_:)`` writes them (six decimals, counts as integers, flags
/// 1/0, words, an absent week empty); JSON Lines rows have the same keys in the same order, flags as
/// booleans and an absent value as `null`. Each file starts with the facts that identify it: CSV with
/// `#` comment lines (pandas `comment='#'`, R `comment.char='#'`), JSON Lines with one object.
/// The same session gives the same bytes (apart from the date, which `SOURCE_DATE_EPOCH` fixes).
public enum TableExport {
    /// The facts in a file's header.
    public struct Header: Sendable {
        /// coprod's version.
        public var version: String
        public var table: ExportTable
        /// The scenario's name.
        public var scenario: String
        /// FNV-1a 64 of the session as `save` writes it, 16 hex digits.
        public var hash: String
        /// The command as written (`export residents to "r.csv"`).
        public var command: String
        public var seed: UInt64
        public var week: Int
        public var rows: Int
        /// ISO 8601, UTC.
        public var date: String
    }

    /// The column names of a table for `model`.
    public static func columns(_ table: ExportTable, _ model: Model) -> [String] {
        switch table {
        case .series:
            var header = MetricRegistry.community.map(\.name)
            for n in model.scenario.facilities.map(\.name) {
                header += MetricRegistry.facility.map { "\(n).\($0.name)" }
            }
            return header
        case .residents:
            var names = ["week", "index", "name"] + residentMetrics.map(\.name)
            for f in model.scenario.facilities {
                names += MetricRegistry.residentFacility.map { "\(f.name).\($0.name)" }
            }
            return names
        case .facilities:
            return ["week", "facility"] + MetricRegistry.facility.map(\.name)
        }
    }

    /// The number of rows a table has.
    public static func rowCount(_ table: ExportTable, _ model: Model) -> Int {
        switch table {
        case .series: model.history.count
        case .residents: model.residentCount
        case .facilities: model.outcomes.facilities.count
        }
    }

    /// The resident metrics after `index` (which is the second column).
    private static let residentMetrics = MetricRegistry.resident.filter { $0.name != "index" }

    /// Writes the header and the rows of `table` in `format` to `sink`, a few thousand rows at a
    /// time (a table of millions of residents is never held whole in memory).
    public static func write(
        _ table: ExportTable, _ format: ExportFormat, model: Model, header: Header, to sink: (String) -> Void
    ) {
        let columns = columns(table, model)
        sink(format == .csv ? csvHeader(header, columns: columns) : jsonlHeader(header, columns: columns))
        var chunk = ""
        func row(_ cells: [MetricValue?], name: String? = nil) {
            switch format {
            case .csv:
                for (k, v) in cells.enumerated() {
                    if k > 0 { chunk += "," }
                    if k == 2, let name { chunk += csvField(name) } else { chunk += cell(v) }
                }
                chunk += "\n"
            case .jsonl:
                chunk += "{"
                for (k, v) in cells.enumerated() {
                    if k > 0 { chunk += "," }
                    chunk += jsonString(columns[k]) + ":"
                    if k == 2, let name { chunk += name.isEmpty ? "null" : jsonString(name) } else { chunk += json(v) }
                }
                chunk += "}\n"
            }
            if chunk.utf8.count >= 1 << 16 {
                sink(chunk)
                chunk = ""
            }
        }
        let week = MetricValue.count(model.week)
        switch table {
        case .series:
            let names = model.scenario.facilities.map(\.name)
            for r in model.history {
                var cells = MetricRegistry.community.map { $0.value(in: r) }
                for n in names {
                    let o = r.facilities.first { $0.name == n }
                    cells += MetricRegistry.facility.map { metric in o.flatMap(metric.value(of:)) }
                }
                row(cells)
            }
        case .residents:
            var names = [String](repeating: "", count: model.residentCount)
            for (name, i) in model.scenario.residentNames where i < names.count { names[i] = name }
            let readers = residentMetrics.compactMap { $0.residentReader(in: model) }
            let pairReaders = model.scenario.facilities.indices.flatMap { f in
                MetricRegistry.residentFacility.compactMap { $0.residentReader(in: model, facility: f) }
            }
            var cells = [MetricValue?](repeating: nil, count: columns.count)
            cells[0] = week
            for i in 0..<model.residentCount {
                cells[1] = .count(i + 1)
                var k = 3
                for read in readers {
                    cells[k] = read(i)
                    k += 1
                }
                for read in pairReaders {
                    cells[k] = read(i)
                    k += 1
                }
                row(cells, name: names[i])
            }
        case .facilities:
            for o in model.outcomes.facilities {
                row([week, .word(o.name)] + MetricRegistry.facility.map { $0.value(of: o) })
            }
        }
        if !chunk.isEmpty { sink(chunk) }
    }

    /// The `#` comment lines and the column line of a CSV file.
    static func csvHeader(_ h: Header, columns: [String]) -> String {
        [
            "# coprod \(h.version) export \(h.table.rawValue)",
            "# scenario: \(h.scenario) (FNV-1a 64 \(h.hash) of the session as save writes it)",
            "# command: \(h.command)",
            "# seed: \(h.seed)",
            "# week: \(h.week)",
            "# rows: \(h.rows), one per \(rowWord(h.table))",
            "# date: \(h.date)",
            columns.map(csvField).joined(separator: ","),
        ].joined(separator: "\n") + "\n"
    }

    /// The first line of a JSON Lines file.
    static func jsonlHeader(_ h: Header, columns: [String]) -> String {
        "{\"coprod\":\(jsonString(h.version)),\"kind\":\"export \(h.table.rawValue)\","
            + "\"scenario\":\(jsonString(h.scenario)),\"scenarioHash\":\"\(h.hash)\","
            + "\"command\":\(jsonString(h.command)),\"seed\":\(h.seed),\"week\":\(h.week),\"rows\":\(h.rows),"
            + "\"columns\":[\(columns.map(jsonString).joined(separator: ","))],\"date\":\(jsonString(h.date))}\n"
    }

    private static func rowWord(_ table: ExportTable) -> String {
        switch table {
        case .series: "week"
        case .residents: "resident"
        case .facilities: "facility"
        }
    }

    /// A CSV cell; the same text as ``CSVExport/cell(_:)``, with a faster path for numbers.
    static func cell(_ v: MetricValue?) -> String {
        if case .number(let x)? = v { return fixed6(x) }
        return CSVExport.cell(v)
    }

    /// A value in JSON: numbers as in CSV, flags as booleans, words as strings, nothing as `null`.
    static func json(_ v: MetricValue?) -> String {
        switch v {
        case .flag(let b)?: b ? "true" : "false"
        case .word(let w)?: jsonString(w)
        case nil, .week(nil)?: "null"
        case .number(let x)?: x.isFinite ? fixed6(x) : "null"
        case let v?: CSVExport.cell(v)
        }
    }

    /// `String(format: "%.6f", x)`, computed without Foundation's formatter where that gives the
    /// same digits: when |x| < 10⁹ and x·10⁶ is not within 10⁻⁶ of a half (where the product's
    /// rounding error could flip the last digit), the scaled value rounds to the same integer.
    public static func fixed6(_ x: Double) -> String {
        let y = x * 1e6
        guard x.isFinite, abs(x) < 1e9 else { return Format.fixed(x, 6) }
        let down = y.rounded(.down)
        guard abs(y - down - 0.5) > 1e-6 else { return Format.fixed(x, 6) }
        let n = Int(y.rounded())
        let magnitude = n.magnitude
        let whole = String(magnitude / 1_000_000)
        let fraction = String(magnitude % 1_000_000)
        let sign = n < 0 || (n == 0 && x.sign == .minus) ? "-" : ""
        return sign + whole + "." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }

    /// A CSV field, quoted when it holds a comma, a quote, a line break or a `#` (pandas'
    /// `comment='#'` would cut an unquoted field there), as RFC 4180 quotes.
    public static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "#" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A JSON string literal.
    public static func jsonString(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20: out += String(format: "\\u%04x", c.value)
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }

    /// A 64-bit FNV-1a hash of `text`'s UTF-8 bytes, as 16 hex digits.
    public static func fnv1a64(_ text: String) -> String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The date in a header: `SOURCE_DATE_EPOCH` when set, else now; ISO 8601 in UTC to the second.
    public static func date(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let seconds = environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) ?? Date().timeIntervalSince1970
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date(timeIntervalSince1970: seconds.rounded(.down)))
    }
}

/// coprod's version, written in data files (`coprod --version` prints the same).
public enum CoprodVersion {
    public static let current = "0.1.0"
}
