import Foundation

/// Number formatting shared by every view: fixed decimals, no locale, so output is byte-stable.
enum Format {
    /// `0.453` style: `digits` decimals.
    static func fixed(_ x: Double, _ digits: Int = 2) -> String {
        if x.isNaN { return "nan" }
        return String(format: "%.\(digits)f", x)
    }

    /// A share as a percentage without decimals: `45%`.
    static func percent(_ x: Double) -> String { String(format: "%.0f%%", x * 100) }

    /// A signed change: `+0.012` / `-0.004`.
    static func signed(_ x: Double, _ digits: Int = 3) -> String {
        let text = String(format: "%.\(digits)f", x)
        return text.hasPrefix("-")
            ? (text.dropFirst().allSatisfy { $0 == "0" || $0 == "." } ? "+" + text.dropFirst() : text) : "+" + text
    }

    /// A number as the user would write it in a script (`0.6`, `400`, `1e-05`).
    /// A whole number with thousands separators: `1,000,000`.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (k, c) in digits.enumerated() {
            if k > 0, (digits.count - k) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return (n < 0 ? "-" : "") + out
    }

    /// A duration for progress lines: `42 s`, `3 min 5 s`, `2 h 10 min`.
    static func duration(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) s" }
        if seconds < 3600 { return "\(seconds / 60) min \(seconds % 60) s" }
        return "\(seconds / 3600) h \(seconds % 3600 / 60) min"
    }

    /// The same in Chinese: `42 秒`, `3 分 5 秒`, `2 小时 10 分`.
    static func durationZh(_ seconds: Int) -> String {
        if seconds < 60 { return "\(seconds) 秒" }
        if seconds < 3600 { return "\(seconds / 60) 分 \(seconds % 60) 秒" }
        return "\(seconds / 3600) 小时 \(seconds % 3600 / 60) 分"
    }

    static func literal(_ x: Double) -> String {
        if x == x.rounded(), abs(x) < 9e18 { return String(Int64(x)) }
        return "\(x)"
    }

    /// Terminal cells a text takes (wide CJK characters count two). An ANSI escape sequence (the
    /// bold of a demo's pause, a diagnostic's colour: `ESC [ … m`) takes none, so that a coloured
    /// line that fits the terminal is not wrapped a second time.
    static func cells(_ text: String) -> Int {
        guard text.contains("\u{1B}") else { return text.reduce(0) { $0 + DiagnosticRenderer.width($1) } }
        var total = 0
        // Inside an escape: after ESC (one character follows), or after `ESC [` (parameters and
        // intermediates up to a final character in `@`…`~`).
        var escape = false
        var sequence = false
        for c in text {
            if sequence {
                if let v = c.asciiValue, (0x40...0x7E).contains(v) { sequence = false }
            } else if escape {
                escape = false
                sequence = c == "["
            } else if c == "\u{1B}" {
                escape = true
            } else {
                total += DiagnosticRenderer.width(c)
            }
        }
        return total
    }

    /// Like ``table(_:indent:)``, for a terminal `width` cells wide. A row too wide wraps its
    /// last cell under the last column; when that column would be narrower than `lastColumn`
    /// cells, the last two columns become one first (joined by `joiner`), so the leading columns
    /// stay aligned.
    static func table(
        _ rows: [[String]], indent: String = "  ", width: Int, joiner: String, lastColumn: Int = 16
    ) -> [String] {
        var rows = rows
        while let columns = rows.map(\.count).max(), columns > 1 {
            let lines = table(rows, indent: indent)
            guard lines.contains(where: { cells($0) > width }) else { return lines }
            // Where the last column starts: the widest start over the rows that have it.
            let start =
                zip(rows, lines).filter { $0.0.count == columns }.map { cells($0.1) - cells($0.0.last ?? "") }
                .max() ?? 0
            if width - start >= lastColumn || columns == 2 {
                return zip(rows, lines).flatMap { row, line -> [String] in
                    guard cells(line) > width, row.count == columns, let last = row.last else { return [line] }
                    let head = String(line.prefix(line.count - last.count))
                    let pieces = TextRenderer.wrap(last, width: max(10, width - start))
                    return [head + pieces[0]] + pieces.dropFirst().map { String(repeating: " ", count: start) + $0 }
                }
            }
            rows = rows.map { row in
                row.count < columns ? row : Array(row.dropLast(2)) + [row[columns - 2] + joiner + row[columns - 1]]
            }
        }
        return table(rows, indent: indent)
    }

    /// Left-aligned table rows: pads every column but the last to its widest cell.
    static func table(_ rows: [[String]], indent: String = "  ") -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (c, cell) in row.enumerated() { widths[c] = max(widths[c], cells(cell)) } }
        return rows.map { row in
            var line = indent
            for (c, cell) in row.enumerated() {
                line += cell
                if c < row.count - 1 { line += String(repeating: " ", count: widths[c] - cells(cell) + 2) }
            }
            return line
        }
    }
}
