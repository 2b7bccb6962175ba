import Foundation

/// Pure drawing for the terminal: line charts in Unicode braille and marks, strips, sparklines and
/// bars, with axes. No words and no model here — `TextRenderer+Plots.swift` adds the labels, the
/// legend and the colour.
///
/// Braille (U+2800 …) packs 2 × 4 dots into a cell, so a chart `c` cells wide and `r` rows high
/// has `2c × 4r` dots; the first series is drawn with them, the others with one mark per column
/// (``marks``), so the series stay apart without colour (`NO_COLOR`, pipes, a projector that washes
/// colours out). All glyphs are one cell wide.
enum Chart {
    /// The Okabe–Ito palette (Okabe & Ito 2008, *Color Universal Design*), distinguishable with
    /// the common colour-vision deficiencies: orange, sky blue, bluish green, vermillion, blue,
    /// reddish purple, yellow.
    static let palette: [(r: Int, g: Int, b: Int)] = [
        (230, 159, 0), (86, 180, 233), (0, 158, 115), (213, 94, 0), (0, 114, 178), (204, 121, 167), (240, 228, 66),
    ]

    /// The mark of series k in charts and legends: braille for the first, then ●, ○, ▲.
    static let marks: [Character] = ["⣿", "●", "○", "▲"]

    /// The legend's sample of series k (a short stroke of its mark).
    static func sample(_ k: Int) -> String { k == 0 ? "⠤⠤⠤" : String(repeating: marks[k % marks.count], count: 3) }

    /// `text` in palette colour k (24-bit ANSI), or unchanged when `enabled` is false.
    static func coloured(_ text: String, _ k: Int, enabled: Bool) -> String {
        guard enabled, !text.isEmpty else { return text }
        let c = palette[k % palette.count]
        return "\u{1B}[38;2;\(c.r);\(c.g);\(c.b)m\(text)\u{1B}[0m"
    }

    // MARK: Scales

    /// The smallest of 1, 2, 4, 5, 8 × 10ⁿ at or above `x` (x > 0): an axis top whose quarters
    /// and halves are easy to read.
    static func niceCeiling(_ x: Double) -> Double {
        guard x > 0, x.isFinite else { return 1 }
        let p = pow(10, floor(log10(x)))
        for m in [1.0, 2, 4, 5, 8, 10] where m * p >= x * (1 - 1e-12) { return m * p }
        return 10 * p
    }

    /// The vertical scale for `values`: the metric's own range when it is a bounded scale (0–1),
    /// otherwise 0 to a round number above the largest value.
    static func scale(_ values: [Double], range: ClosedRange<Double>?) -> ClosedRange<Double> {
        if let r = range, r.upperBound.isFinite, r.upperBound <= 1, r.lowerBound < r.upperBound { return r }
        let top = values.max() ?? 1
        let lo = min(0, values.min() ?? 0)
        return lo...max(lo + 1, niceCeiling(top))
    }

    /// Tick values: the ends and `intervals − 1` evenly spaced between.
    static func ticks(_ scale: ClosedRange<Double>, intervals: Int) -> [Double] {
        (0...intervals).map {
            scale.lowerBound + Double($0) * (scale.upperBound - scale.lowerBound) / Double(intervals)
        }
    }

    /// A tick's label: two decimals on a 0–1 scale, whole numbers when every tick is whole.
    static func tickLabels(_ ticks: [Double]) -> [String] {
        let top = ticks.map(abs).max() ?? 0
        if top <= 1 { return ticks.map { String(format: "%.2f", $0) } }
        if ticks.allSatisfy({ $0.rounded() == $0 }) { return ticks.map { String(Int($0)) } }
        return ticks.map { String(format: "%.1f", $0) }
    }

    /// Weeks that get a label under a horizontal axis `columns` wide showing weeks 0 … `last`: a
    /// round step (1, 2, 5 × 10ⁿ) leaving room for each label; each with its column.
    static func weekTicks(last: Int, columns: Int) -> [(week: Int, column: Int)] {
        guard last > 0, columns > 1 else { return [(0, 0)] }
        let room = max(1, columns / 8)
        let raw = Double(last) / Double(room)
        let p = pow(10, floor(log10(max(raw, 1))))
        var step = 10 * p
        for m in [1.0, 2, 5, 10] where m * p >= raw {
            step = m * p
            break
        }
        let s = max(1, Int(step))
        return stride(from: 0, through: last, by: s).map { ($0, column(ofWeek: $0, last: last, columns: columns)) }
    }

    /// The column of week `w` on an axis of `columns` cells showing weeks 0 … `last`.
    static func column(ofWeek w: Int, last: Int, columns: Int) -> Int {
        guard last > 0 else { return 0 }
        return Int((Double(w) * Double(columns - 1) / Double(last)).rounded())
    }

    /// The axis line under a chart (`└──┬────┬──`) and the week numbers under it, both starting
    /// at the chart's first column.
    static func weekAxis(last: Int, columns: Int) -> (line: String, labels: String) {
        let ticks = weekTicks(last: last, columns: columns)
        var line = Array(repeating: Character("─"), count: columns)
        var labels = Array(repeating: Character(" "), count: columns + 6)
        var free = 0
        for (w, c) in ticks {
            line[c] = "┬"
            let text = Array(String(w))
            let start = max(c - (text.count - 1) / 2, 0)
            guard start >= free, start + text.count <= labels.count else { continue }
            for (k, ch) in text.enumerated() { labels[start + k] = ch }
            free = start + text.count + 1
        }
        var l = String(labels)
        while l.hasSuffix(" ") { l.removeLast() }
        return (String(line), l)
    }

    // MARK: Drawings

    /// The value at continuous week `t` (linear between neighbouring weeks that both have values).
    static func sample(_ values: [Double?], at t: Double) -> Double? {
        guard !values.isEmpty, t >= 0, t <= Double(values.count - 1) + 1e-9 else { return nil }
        let a = Int(t.rounded(.down))
        let b = min(a + 1, values.count - 1)
        guard let va = values[min(a, values.count - 1)] else { return nil }
        guard let vb = values[b] else { return va }
        let f = t - Double(a)
        return va + (vb - va) * f
    }

    /// A line chart `columns` × `rows` cells of `series` (values for weeks 0, 1, …) on weeks
    /// 0 … `last` and the vertical `scale`: each cell's glyph and the series it belongs to (nil
    /// for a blank cell). The first series is a braille line; the others one mark per column.
    ///
    /// Complexity: O(columns × rows + columns × series).
    static func lines(_ series: [[Double?]], last: Int, scale: ClosedRange<Double>, columns: Int, rows: Int)
        -> [[(Character, Int?)]]
    {
        var dots = Array(repeating: Array(repeating: UInt8(0), count: columns), count: rows)
        var grid = Array(repeating: Array(repeating: (Character(" "), Int?.none), count: columns), count: rows)
        let span = scale.upperBound - scale.lowerBound
        let pixelRows = rows * 4
        func pixel(_ v: Double) -> Int {
            let y = ((v - scale.lowerBound) / span * Double(pixelRows - 1)).rounded()
            return min(max(Int(y), 0), pixelRows - 1)
        }
        // Braille bits for (column within cell, row within cell from the top).
        let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]
        if let first = series.first {
            let pixelColumns = columns * 2
            var previous: Int?
            for x in 0..<pixelColumns {
                let t = last == 0 ? 0 : Double(x) * Double(last) / Double(pixelColumns - 1)
                guard let v = sample(first, at: t) else {
                    previous = nil
                    continue
                }
                let y = pixel(v)
                let from = previous.map { p in p < y ? p + 1 : (p > y ? p - 1 : y) } ?? y
                for yy in min(from, y)...max(from, y) {
                    let top = pixelRows - 1 - yy
                    dots[top / 4][x / 2] |= bits[x % 2][top % 4]
                }
                previous = y
            }
            for r in 0..<rows {
                for c in 0..<columns where dots[r][c] != 0 {
                    grid[r][c] = (Unicode.Scalar(0x2800 + UInt32(dots[r][c])).map(Character.init) ?? " ", 0)
                }
            }
        }
        for k in series.indices.dropFirst().reversed() {
            for c in 0..<columns {
                let t = last == 0 ? 0 : Double(c) * Double(last) / Double(max(columns - 1, 1))
                guard let v = sample(series[k], at: t) else { continue }
                let row = (pixelRows - 1 - pixel(v)) / 4
                grid[row][c] = (marks[k % marks.count], k)
            }
        }
        return grid
    }

    /// The week shown in column `c` of `columns` covering weeks 0 … `last`.
    static func week(atColumn c: Int, last: Int, columns: Int) -> Int {
        guard columns > 1 else { return last }
        return Int((Double(c) * Double(last) / Double(columns - 1)).rounded())
    }

    /// The eighth blocks of a sparkline, lowest first.
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// `values` in at most `cells` characters on `scale`, one level block per cell (a cell covering
    /// several weeks shows their mean; a week without a value is a space).
    static func sparkline(_ values: [Double?], scale: ClosedRange<Double>, cells: Int) -> String {
        guard !values.isEmpty, cells > 0 else { return "" }
        let n = min(values.count, cells)
        let span = max(scale.upperBound - scale.lowerBound, 1e-12)
        return String(
            (0..<n).map { c -> Character in
                let a = c * values.count / n
                let b = max(a + 1, (c + 1) * values.count / n)
                let present = values[a..<b].compactMap { $0 }
                guard !present.isEmpty else { return " " }
                let mean = present.reduce(0, +) / Double(present.count)
                let level = Int(((mean - scale.lowerBound) / span * 7).rounded())
                return levels[min(max(level, 0), 7)]
            })
    }

    /// A horizontal bar of `fraction` × `cells` cells in eighth blocks (█ … ▏); at least ▏ for a
    /// fraction above zero.
    static func bar(_ fraction: Double, cells: Int) -> String {
        let eighths = Int((max(0, min(1, fraction)) * Double(cells * 8)).rounded())
        let partial: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]
        var s = String(repeating: "█", count: eighths / 8)
        if eighths % 8 > 0 { s.append(partial[eighths % 8 - 1]) }
        if s.isEmpty && fraction > 0 { s = "▏" }
        return s
    }
}
