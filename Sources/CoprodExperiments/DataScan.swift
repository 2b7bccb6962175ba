import CoprodLanguage
import Foundation

/// The two formats of a sweep's data.
public enum DataFormat: Sendable {
    case csv, jsonl

    /// JSON Lines for a name ending `.jsonl` or `.ndjson`, CSV otherwise.
    public init(path: String) {
        self = path.hasSuffix(".jsonl") || path.hasSuffix(".ndjson") ? .jsonl : .csv
    }
}

/// What a sweep's data file holds, read back line by line: its header (comment lines and column
/// line, or the JSON metadata line), its date and shard, and its rows. `--resume` and `coprod
/// merge` read files this way.
public struct DataScan {
    public let path: String
    public let format: DataFormat
    /// The header lines, without the shard line.
    public private(set) var header: [String] = []
    public private(set) var date: String?
    public private(set) var shard: (index: Int, count: Int, from: Int, to: Int)?
    /// Bytes before the first row.
    public private(set) var rowsStart = 0

    /// Reads the header of `path`.
    /// - Throws: ``ExperimentError`` when the file cannot be read or has no sweep header.
    public init(path: String, format: DataFormat) throws(ExperimentError) {
        self.path = path
        self.format = format
        let reader = try LineReader(path: path)
        let notSweep = ExperimentError(.notASweepFile(path: path))
        switch format {
        case .csv:
            while let (line, offset, complete) = reader.next() {
                guard complete else { throw notSweep }
                if line.hasPrefix("# shard: ") {
                    shard = Self.shard(csv: line)
                } else {
                    if line.hasPrefix("# date: ") { date = String(line.dropFirst(8)) }
                    header.append(line)
                }
                if !line.hasPrefix("#") {
                    rowsStart = offset + line.utf8.count + 1
                    break
                }
            }
            guard header.first?.hasPrefix("# coprod ") == true, header.last?.hasPrefix("run,") == true else {
                throw notSweep
            }
        case .jsonl:
            guard let (line, _, complete) = reader.next(), complete, line.hasPrefix("{\"coprod\":"),
                let meta = Self.object(line)
            else { throw notSweep }
            header = [line]
            date = meta["date"] as? String
            rowsStart = line.utf8.count + 1
            if let (second, _, complete) = reader.next(), complete, second.hasPrefix("{\"shard\":"),
                let s = Self.object(second),
                let text = s["shard"] as? String, let first = s["first"] as? Int, let last = s["last"] as? Int
            {
                // The runs as numbered in the rows (from 1), kept as 0-based indices `from..<to`.
                let parts = text.split(separator: "/").compactMap { Int($0) }
                if parts.count == 2 { shard = (parts[0], parts[1], first - 1, last) }
                rowsStart += second.utf8.count + 1
            }
        }
    }

    /// The header with its date replaced: what must match for two files to belong to one sweep.
    public var headerWithoutDate: [String] {
        header.map { line in
            if format == .csv, line.hasPrefix("# date: ") { return "# date:" }
            if format == .jsonl, let d = date {
                return line.replacingOccurrences(of: "\"date\":\(RowText.jsonString(d))", with: "\"date\":\"\"")
            }
            return line
        }
    }

    static func shard(csv line: String) -> (Int, Int, Int, Int)? {
        // "# shard: I/N runs FIRST..LAST": the runs as the rows number them (from 1); returned as
        // 0-based indices FIRST − 1 ..< LAST.
        let words = line.dropFirst(9).split(separator: " ")
        guard words.count == 3 else { return nil }
        let iN = words[0].split(separator: "/").compactMap { Int($0) }
        let range = words[2].components(separatedBy: "..").compactMap { Int($0) }
        guard iN.count == 2, range.count == 2 else { return nil }
        return (iN[0], iN[1], range[0] - 1, range[1])
    }

    public static func object(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }

    /// One row: its run index, its line and where it starts.
    public struct Row {
        public let run: Int
        public let line: String
        public let offset: Int
    }

    /// Calls `body` for each complete row (a last line without its line break, left by a kill
    /// during a write, is left out) until it returns false.
    /// - Returns: False when the file ends with such a cut line.
    /// - Throws: ``ExperimentError`` when the file cannot be read or a row has no run number.
    @discardableResult
    public func forEachRow(_ body: (Row) throws(ExperimentError) -> Bool) throws(ExperimentError) -> Bool {
        let reader = try LineReader(path: path)
        while let (line, offset, complete) = reader.next() {
            guard offset >= rowsStart else { continue }
            guard complete else { return false }
            guard let run = Self.runIndex(line, format) else { throw ExperimentError(.notASweepFile(path: path)) }
            if try !body(Row(run: run, line: line, offset: offset)) { return true }
        }
        return true
    }

    /// The 0-based index of the run a row belongs to: its `run` number (from 1) less one.
    static func runIndex(_ line: String, _ format: DataFormat) -> Int? {
        let number: Int? =
            switch format {
            case .csv: Int(line.prefix { $0 != "," })
            case .jsonl: line.hasPrefix("{\"run\":") ? Int(line.dropFirst(7).prefix { $0 != "," }) : nil
            }
        guard let number, number >= 1 else { return nil }
        return number - 1
    }

    /// The first run not finished in the file: after the last row's run (one row a run), or at the
    /// last row's run (a run's rows of a series may have been cut short); `from` for no rows.
    /// - Throws: As ``forEachRow(_:)``.
    public func firstUnfinished(from: Int, series: Bool) throws(ExperimentError) -> Int {
        var last: Int?
        try forEachRow { row throws(ExperimentError) in
            last = row.run
            return true
        }
        guard let last else { return from }
        return series ? last : last + 1
    }

    /// Where the rows of runs `run...` start (the end of the complete rows when there are none).
    /// - Throws: As ``forEachRow(_:)``.
    public func offset(ofRun run: Int) throws(ExperimentError) -> Int {
        var end = rowsStart
        try forEachRow { row throws(ExperimentError) in
            if row.run >= run {
                end = row.offset
                return false
            }
            end = row.offset + row.line.utf8.count + 1
            return true
        }
        return end
    }

    /// Splits a CSV line into fields (RFC 4180 quotes).
    public static func csvFields(_ line: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var quoted = false
        var chars = line.makeIterator()
        var pending: Character? = nil
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" {
                            field.append("\"")
                        } else {
                            quoted = false
                            pending = n
                        }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                fields.append(field)
                field = ""
            } else {
                field.append(c)
            }
        }
        fields.append(field)
        return fields
    }

    /// A row's cell, axis texts, metric numbers and whether it failed, for the summary.
    /// - Parameters:
    ///   - row: A data row.
    ///   - format: The file's format.
    ///   - axes: The axis column names.
    ///   - metrics: Metric column names, in order.
    /// - Returns: The fields, or nil for a row that does not have the file's columns.
    public static func summaryFields(
        _ row: Row, format: DataFormat, axes: [String], metrics: [String]
    ) -> (cell: Int, texts: [String], values: [Double?], failed: Bool)? {
        switch format {
        case .csv:
            let f = csvFields(row.line)
            guard f.count == 4 + axes.count + metrics.count + 1, let cell = Int(f[1]) else { return nil }
            let values = f[(4 + axes.count)..<(4 + axes.count + metrics.count)].map(RowText.number)
            return (cell, Array(f[4..<(4 + axes.count)]), values, !(f.last ?? "").isEmpty)
        case .jsonl:
            guard let o = object(row.line), let cell = o["cell"] as? Int else { return nil }
            let texts = axes.map { a -> String in
                if let s = o[a] as? String { return s }
                if let n = o[a] as? NSNumber { return literal(n.doubleValue) }
                return ""
            }
            let values = metrics.map { m -> Double? in
                if let b = o[m] as? Bool { return b ? 1 : 0 }
                if let n = o[m] as? NSNumber { return n.doubleValue }
                return nil
            }
            return (cell, texts, values, o["error"] is String)
        }
    }

    /// The axis names and metric names of the file's columns.
    public var axesAndMetrics: (axes: [String], metrics: [String]) {
        switch format {
        case .csv:
            let axes =
                header.first { $0.hasPrefix("# axes:") }.map {
                    $0.dropFirst(7).split(separator: " ").map(String.init)
                } ?? []
            let columns = header.last.map(Self.csvFields) ?? []
            let metrics = columns.count >= 5 + axes.count ? Array(columns[(4 + axes.count)..<(columns.count - 1)]) : []
            return (axes, metrics)
        case .jsonl:
            let meta = header.first.flatMap(Self.object) ?? [:]
            let axes = meta["axes"] as? [String] ?? []
            let columns = meta["columns"] as? [String] ?? []
            let metrics = columns.count >= 5 + axes.count ? Array(columns[(4 + axes.count)..<(columns.count - 1)]) : []
            return (axes, metrics)
        }
    }
}

/// `coprod merge OUT SHARDS…`: the shards of one sweep joined in run order into the dataset one
/// machine would have written (the first shard's date), and its summary.
public enum Merge {
    /// - Returns: The summary of the merged runs, and how many runs there were.
    /// - Throws: ``ExperimentError`` for a file that is no shard, shards of different sweeps, a
    ///   missing or incomplete shard, or a failed write.
    public static func merge(output: String, shards paths: [String]) throws(ExperimentError) -> (SweepSummary, Int) {
        let format = DataFormat(path: output)
        var scans: [DataScan] = []
        for p in paths {
            if DataFormat(path: p) != format {
                throw ExperimentError(
                    .shardFormatDiffers(path: p, output: output, jsonLines: DataFormat(path: p) == .jsonl))
            }
            let s = try DataScan(path: p, format: format)
            guard s.shard != nil else { throw ExperimentError(.notASweepFile(path: p)) }
            scans.append(s)
        }
        guard let first = scans.first, let count = first.shard?.count else {
            throw ExperimentError(.notASweepFile(path: output))
        }
        for s in scans where s.headerWithoutDate != first.headerWithoutDate || s.shard?.count != count {
            throw ExperimentError(.shardOtherSweep(path: s.path))
        }
        var byIndex: [Int: DataScan] = [:]
        for s in scans {
            guard let i = s.shard?.index else { continue }
            if let other = byIndex[i] {
                throw ExperimentError(.shardTwice(index: i, count: count, first: other.path, second: s.path))
            }
            byIndex[i] = s
        }
        var ordered: [DataScan] = []
        for i in 0..<count {
            guard let s = byIndex[i] else { throw ExperimentError(.shardMissing(index: i, count: count)) }
            ordered.append(s)
        }
        let header = (ordered[0].header.joined(separator: "\n") + "\n")
        let (axes, metrics) = ordered[0].axesAndMetrics
        var summary = SweepSummary(axes: axes, metrics: metrics)

        _ = try DataFile.existing(output)
        let url = URL(fileURLWithPath: output)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())")
        let file = try DataFile(path: temporary.path, replace: true)
        var runs = 0
        do throws(ExperimentError) {
            file.write(header)
            for s in ordered {
                guard let shard = s.shard else { continue }
                var seen = 0
                var last: Int?
                var pending: DataScan.Row?
                let clean = try s.forEachRow { row throws(ExperimentError) in
                    guard (shard.from..<shard.to).contains(row.run) else {
                        throw ExperimentError(.shardOtherSweep(path: s.path))
                    }
                    if row.run != last {
                        seen += 1
                        if let p = pending,
                            let f = DataScan.summaryFields(p, format: format, axes: axes, metrics: metrics)
                        {
                            summary.add(cell: f.cell, axisTexts: f.texts, values: f.values, failed: f.failed)
                        }
                        last = row.run
                    }
                    pending = row
                    file.write(row.line + "\n")
                    return true
                }
                if let p = pending, let f = DataScan.summaryFields(p, format: format, axes: axes, metrics: metrics) {
                    summary.add(cell: f.cell, axisTexts: f.texts, values: f.values, failed: f.failed)
                }
                guard seen == shard.to - shard.from, clean else {
                    throw ExperimentError(.shardIncomplete(path: s.path, done: seen, total: shard.to - shard.from))
                }
                runs += seen
            }
            if let m = file.failureMessage { throw ExperimentError(m) }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        if rename(temporary.path, output) != 0 {
            let code = errno
            try? FileManager.default.removeItem(at: temporary)
            throw ExperimentError(.file(.writeFailed(output, code)))
        }
        return (summary, runs)
    }
}
