import CoprodModel

/// `plot`, `watch`, `hist` and `typology map`: the drawings of `Chart` with their titles, axes'
/// words, legends and keys in the session's language, coloured when colour is on.
extension TextRenderer {
    /// A metric value on a numeric axis: flags as 0 or 1, a week not yet reached as no value,
    /// words as no value.
    static func number(_ v: MetricValue) -> Double? {
        switch v {
        case .number(let x): x
        case .count(let n): Double(n)
        case .flag(let b): b ? 1 : 0
        case .week(let w): w.map(Double.init)
        case .word: nil
        }
    }

    /// `text` padded with spaces on the left to `cells` display cells.
    func padLeft(_ text: String, _ cells: Int) -> String {
        String(repeating: " ", count: max(0, cells - Format.cells(text))) + text
    }

    /// `text` padded with spaces on the right to `cells` display cells.
    func padRight(_ text: String, _ cells: Int) -> String {
        text + String(repeating: " ", count: max(0, cells - Format.cells(text)))
    }

    /// A metric's name in the session's language (`retention`, `保持率`), or the field itself.
    func metricName(_ metric: Metric, field: String) -> String {
        guard let t = Terms.metrics[metric.key] else { return field }
        return zh ? t.name.zh : t.name.en
    }

    /// A field's name and the Chinese words after it: a space between them unless the name ends
    /// with Chinese (`自我效能感（efficacy）的平均值`, `shed.active = 1 的比率`).
    static func before(_ name: String, _ words: String) -> String {
        name + (name.last.map { DiagnosticRenderer.width($0) == 2 } == true ? "" : " ") + words
    }

    /// A field as a result line names it, in the session's language, by
    /// ``Terms/name(ofField:key:code:in:)`` (`key`, or found from the field): `shed ever-joined
    /// share`, `自我效能感（efficacy）`. An expression or a name that is no metric stays as it is.
    func fieldName(_ field: String, key: String? = nil, code: Bool) -> String {
        guard let key = key ?? Terms.metricKey(ofField: field) else { return field }
        return Terms.name(ofField: field, key: key, code: code, in: language) ?? field
    }

    /// Chart cells as text, each run of one series' cells in its colour.
    func colouredRow(_ cells: [(Character, Int?)]) -> String {
        var out = ""
        var run = ""
        var owner: Int?
        for (ch, k) in cells {
            if k != owner {
                out += owner.map { Chart.coloured(run, $0, enabled: colour) } ?? run
                run = ""
                owner = k
            }
            run.append(ch)
        }
        out += owner.map { Chart.coloured(run, $0, enabled: colour) } ?? run
        while out.hasSuffix(" ") { out.removeLast() }
        return out
    }

    /// Items joined by `separator` into lines no wider than the width, the first after `lead`.
    func flowed(_ lead: String, _ items: [(text: String, cells: Int)], separator: String = "   ") -> [String] {
        var lines: [String] = []
        var line = lead
        var used = Format.cells(lead)
        for item in items {
            let gap = used > Format.cells(lead) ? Format.cells(separator) : 0
            if used > Format.cells(lead) && used + gap + item.cells > width {
                lines.append(line)
                line = String(repeating: " ", count: Format.cells(lead))
                used = Format.cells(lead)
            } else if gap > 0 {
                line += separator
                used += gap
            }
            line += item.text
            used += item.cells
        }
        lines.append(line)
        return lines
    }

    // MARK: plot

    /// The label of each series in the legend: the field, the run, or both.
    func seriesLabels(_ v: PlotView) -> [String] {
        let fields = Set(v.series.map(\.field))
        let runs = Set(v.series.compactMap(\.run))
        return v.series.map { s in
            let name = fieldName(s.field, key: Terms.modelMetricKey(ofField: s.field), code: false)
            guard let run = s.run, runs.count > 1 else { return name }
            if fields.count == 1 { return run }
            return zh ? "\(name)（\(run)）" : "\(name) (\(run))"
        }
    }

    /// The title of a plot: its fields, runs and weeks.
    func plotTitle(_ v: PlotView) -> String {
        var fields: [String] = []
        for s in v.series where !fields.contains(s.field) { fields.append(s.field) }
        var runs: [String] = []
        for s in v.series { if let r = s.run, !runs.contains(r) { runs.append(r) } }
        if zh {
            let inRuns = runs.count > 1 ? "，运行 " + runs.joined(separator: "、") : ""
            let names = fields.map { fieldName($0, key: Terms.modelMetricKey(ofField: $0), code: true) }
            return Self.before(names.joined(separator: "、"), "逐周变化（第 0–\(v.lastWeek) 周\(inRuns)）")
        }
        let inRuns = runs.count > 1 ? " in " + runs.joined(separator: ", ") : ""
        let names = fields.map { fieldName($0, key: Terms.modelMetricKey(ofField: $0), code: true) }
        return "\(names.joined(separator: ", "))\(inRuns), weeks 0–\(v.lastWeek)"
    }

    /// Fewest rows a line chart is drawn with when the terminal is short.
    static let minimumPlotRows = 5

    /// The legend's words after a series that draws no line: a run still at week 0, or a field
    /// with no value in any week.
    func emptySeriesMark(_ s: PlotSeries) -> String? {
        if s.values.count <= 1 { return zh ? "（尚无已运行的周）" : " (no weeks yet)" }
        if s.values.allSatisfy({ $0.flatMap(Self.number) == nil }) { return zh ? "（尚无数值）" : " (no values yet)" }
        return nil
    }

    /// The rows of a line chart: at most 16, fewer on a narrow terminal, and on a terminal of
    /// known height few enough that every chart of the plot, the notes before them, the command
    /// line and the next prompt fit (`others`: the chart's lines besides its rows).
    func plotRows(_ v: PlotView, others: Int) -> Int {
        let rows = min(16, max(8, width / 5))
        guard let height else { return rows }
        let notes = v.notes.flatMap(note).count
        let share = (height - 2 - notes) / max(1, v.charts)
        return max(Self.minimumPlotRows, min(rows, share - others))
    }

    func plot(_ v: PlotView) -> [String] {
        if case .category(let words) = v.metric.kind { return strip(v, words: words) }
        let data = v.series.map { $0.values.map { $0.flatMap(Self.number) } }
        let scale = Chart.scale(data.flatMap { $0.compactMap { $0 } }, range: v.metric.range)
        let title = Self.wrap(plotTitle(v), width: width)
        let legendItems = zip(seriesLabels(v), v.series.indices).map { label, k in
            let text = label + (emptySeriesMark(v.series[k]) ?? "")
            return (
                text: Chart.coloured(Chart.sample(k), k, enabled: colour) + " " + text, cells: 4 + Format.cells(text)
            )
        }
        let legend = flowed(zh ? "图例：" : "legend: ", legendItems)
        // Besides the rows: the title, the unit's line, the axis, its labels and the legend.
        let rows = plotRows(v, others: title.count + 3 + legend.count)
        let ticks = Chart.ticks(scale, intervals: rows >= 12 ? 4 : 2)
        let labels = Chart.tickLabels(ticks)
        let gutter = labels.map(Format.cells).max() ?? 1
        let columns = max(10, width - gutter - 3)
        let grid = Chart.lines(data, last: v.lastWeek, scale: scale, columns: columns, rows: rows)
        var tickRow: [Int: String] = [:]
        let span = scale.upperBound - scale.lowerBound
        for (t, label) in zip(ticks, labels) {
            let pixel = Int(((t - scale.lowerBound) / span * Double(rows * 4 - 1)).rounded())
            tickRow[(rows * 4 - 1 - pixel) / 4] = label
        }
        var out = title
        let unit = words.unit(v.metric.unit)
        let fields = Set(v.series.map(\.field))
        let heading =
            !unit.isEmpty
            ? unit
            : fields.count == 1
                ? metricName(v.metric, field: v.series[0].field)
                : "\(Format.literal(scale.lowerBound))–\(Format.literal(scale.upperBound))"
        out.append(padLeft("", gutter) + " ↑ " + heading)
        for r in 0..<rows {
            let label = tickRow[r]
            out.append(padLeft(label ?? "", gutter) + (label == nil ? " │" : " ┤") + colouredRow(grid[r]))
        }
        let axis = Chart.weekAxis(last: v.lastWeek, columns: columns)
        out.append(padLeft("", gutter) + " └" + axis.line + "→")
        let weekWord = zh ? "周" : "week"
        let under = padLeft("", gutter + 2) + axis.labels
        out.append(
            Format.cells(under) + 2 + Format.cells(weekWord) <= width
                ? under + "  " + weekWord : under)
        out += legend
        return out
    }

    /// One glyph per category word: the words' first letters when they differ (P D C M for the
    /// phases), otherwise 1, 2, 3, … (the four types).
    static func categoryGlyphs(_ words: [String]) -> [Character] {
        let firsts = words.map { Character($0.prefix(1).uppercased()) }
        if Set(firsts).count == words.count, firsts.allSatisfy(\.isLetter) { return firsts }
        return words.indices.map { Character(String(($0 + 1) % 10)) }
    }

    /// A category word as the key shows it: the phase in the session's language, a type with
    /// its title.
    func categoryWord(_ w: String) -> String {
        if let p = Phase(word: w) { return zh ? words.phase(p) : w }
        if let t = FacilityType(rawValue: w) { return "\(w) \(words.title(t))" }
        return words.category(w)
    }

    /// A categorical field over weeks: one row per series, one glyph per column for the word in
    /// force that week, with a key. The weeks are scaled across the plot's width as a line chart's
    /// are (the same columns after the same gutter, so a strip and a line chart of the same weeks
    /// line up): a few weeks spread out, many weeks share a column.
    func strip(_ v: PlotView, words categories: [String]) -> [String] {
        let glyphs = Self.categoryGlyphs(categories)
        let labels = seriesLabels(v)
        let gutter = labels.map(Format.cells).max() ?? 1
        let columns = max(10, width - gutter - 3)
        var out = Self.wrap(plotTitle(v), width: width)
        for (s, label) in zip(v.series, labels) {
            let cells: [(Character, Int?)] = (0..<columns).map { c in
                let w = Chart.week(atColumn: c, last: v.lastWeek, columns: columns)
                guard w < s.values.count, case .word(let word)? = s.values[w],
                    let k = categories.firstIndex(of: word)
                else { return (" ", nil) }
                return (glyphs[k], k)
            }
            out.append(padRight(label, gutter) + "  " + colouredRow(cells))
        }
        let axis = Chart.weekAxis(last: v.lastWeek, columns: columns)
        let under = padLeft("", gutter + 2) + axis.labels
        let weekWord = "  " + (zh ? "周" : "week")
        out.append(Format.cells(under + weekWord) <= width ? under + weekWord : under)
        let key = categories.indices.map { k in
            let text = "\(glyphs[k]) \(categoryWord(categories[k]))"
            return (
                text: Chart.coloured(String(glyphs[k]), k, enabled: colour) + " " + categoryWord(categories[k]),
                cells: Format.cells(text)
            )
        }
        out += flowed(zh ? "图例：" : "key: ", key, separator: " · ")
        return out
    }

    // MARK: watch

    func sparklines(_ list: [SparklineView]) -> [String] {
        let names = list.map { fieldName($0.field, key: $0.metric.key, code: false) }
        let gutter = names.map(Format.cells).max() ?? 1
        return list.enumerated().map { k, s in
            let now = s.values.last.flatMap { $0 }.map(comparisonCell) ?? "—"
            let cells = max(4, min(60, width - gutter - Format.cells(now) - 3))
            let line: String
            if case .category(let categories) = s.metric.kind {
                let glyphs = Self.categoryGlyphs(categories)
                let n = min(cells, s.values.count)
                line = String(
                    (0..<n).map { c -> Character in
                        let w = Chart.week(atColumn: c, last: s.values.count - 1, columns: n)
                        guard case .word(let word)? = s.values[w], let g = categories.firstIndex(of: word) else {
                            return " "
                        }
                        return glyphs[g]
                    })
            } else {
                let data = s.values.map { $0.flatMap(Self.number) }
                let scale = Chart.scale(data.compactMap { $0 }, range: s.metric.range)
                line = Chart.sparkline(data, scale: scale, cells: cells)
            }
            return padRight(names[k], gutter) + " " + Chart.coloured(line, k, enabled: colour) + " " + now
        }
    }

    // MARK: hist

    func histogram(_ h: HistogramView) -> [String] {
        let filter = h.filter.map { zh ? "（\($0)）" : " where \($0)" } ?? ""
        var out = [
            zh
                ? Self.before(fieldName(h.field, key: h.metric.key, code: true), "的分布\(filter)：\(h.total) 位居民")
                : "\(fieldName(h.field, key: h.metric.key, code: true))\(filter): \(h.total) residents"
        ]
        let decimals = h.bins.contains {
            guard case .range(_, let b, _) = $0.label else { return false }
            return b <= 1
        }
        let labels = h.bins.map { bin -> String in
            switch bin.label {
            case .word(let w): return categoryWord(w)
            case .none: return zh ? "尚无" : "none yet"
            case .range(let a, let b, let last):
                if decimals { return "\(Format.fixed(a))–\(Format.fixed(b))" }
                let hi = last ? b : b - 1
                return hi <= a ? Format.literal(a) : "\(Format.literal(a))–\(Format.literal(hi))"
            }
        }
        let gutter = labels.map(Format.cells).max() ?? 1
        let countWidth = h.bins.map { String($0.count).count }.max() ?? 1
        let cells = max(8, min(60, width - gutter - countWidth - 5))
        let most = max(1, h.bins.map(\.count).max() ?? 1)
        for (bin, label) in zip(h.bins, labels) {
            let bar = Chart.bar(Double(bin.count) / Double(most), cells: cells)
            var line =
                "  " + padRight(label, gutter) + " " + padLeft(String(bin.count), countWidth) + " "
                + Chart.coloured(bar, 0, enabled: colour)
            while line.hasSuffix(" ") { line.removeLast() }
            out.append(line)
        }
        if h.total == 0 { out.append(zh ? "  没有符合条件的居民" : "  no residents match") }
        return out
    }

    // MARK: typology map

    func typologyMap(_ v: TypologyMapView) -> [String] {
        let t = v.thresholds
        let rows = width >= 60 ? 13 : 9
        // The horizontal axis's word goes after the axis's last label ("1"), two cells on: the
        // grid is as wide as leaves room for both (66 columns at most).
        let axisWord = zh ? "自主性" : "autonomy"
        let columns = max(16, min(width - 8 - Format.cells(axisWord), 66))
        func column(_ a: Double) -> Int { Int((min(max(a, 0), 1) * Double(columns - 1)).rounded()) }
        func row(_ p: Double) -> Int { rows - 1 - Int((min(max(p, 0), 1) * Double(rows - 1)).rounded()) }
        let tc = column(t.autonomy)
        let tr = row(t.publicness)
        var grid = Array(repeating: Array(repeating: (Character(" "), Int?.none), count: columns), count: rows)
        for r in 0..<rows { grid[r][tc] = ("│", nil) }
        for c in 0..<columns { grid[tr][c] = (grid[tr][c].0 == "│" ? "┼" : "─", nil) }
        func put(_ text: String, _ r: Int, _ c: Int) {
            for (k, ch) in text.enumerated() where c + k < columns && c + k >= 0 { grid[r][c + k] = (ch, nil) }
        }
        // The cells' numerals in their corners.
        put("II", 0, 1)
        put("IV", 0, columns - 3)
        put("I", rows - 1, 1)
        put("III", rows - 1, columns - 4)
        let marks: [Character] = ["●", "○", "▲", "■", "◆", "◇"]
        for (k, p) in v.paths.enumerated() {
            for q in p.points.dropLast() { grid[row(q.publicness)][column(q.autonomy)] = ("·", k) }
        }
        for (k, p) in v.paths.enumerated() {
            guard let q = p.points.last else { continue }
            let r = row(q.publicness)
            let c = column(q.autonomy)
            grid[r][c] = (marks[k % marks.count], k)
            // The name beside the mark, when it fits in narrow characters on blank cells.
            let name = Array(p.facility)
            let start = c + 2 + name.count <= columns ? c + 2 : c - 1 - name.count
            if Format.cells(p.facility) == name.count, start >= 0,
                (start..<start + name.count).allSatisfy({ grid[r][$0].0 == " " || grid[r][$0].0 == "·" })
            {
                for (j, ch) in name.enumerated() { grid[r][start + j] = (ch, k) }
            }
        }
        // The title, then one line per axis, so that a narrow terminal breaks inside neither.
        var out =
            (zh
            ? [
                "第 \(v.week) 周的类型图",
                "  横轴：自主性（自主进入占比，≥ \(Format.fixed(t.autonomy)) 为自组织）",
                "  纵轴：公共性（≥ \(Format.fixed(t.publicness)) 为公共品）",
            ]
            : [
                "typology map at week \(v.week)",
                "  across: autonomy (self-organised at ≥ \(Format.fixed(t.autonomy)))",
                "  up: publicness (commons at ≥ \(Format.fixed(t.publicness)))",
            ]).flatMap { Self.hanging($0, width: width, indent: 2) }
        let gutter = 4
        out.append(padLeft("", gutter) + " ↑ " + (zh ? "公共性" : "publicness"))
        for r in 0..<rows {
            let label = r == 0 ? "1.00" : r == rows - 1 ? "0.00" : r == tr ? Format.fixed(t.publicness) : ""
            out.append(padLeft(label, gutter) + (label.isEmpty ? " │" : " ┤") + colouredRow(grid[r]))
        }
        var axis = Array(repeating: Character("─"), count: columns)
        axis[tc] = "┬"
        out.append(padLeft("", gutter) + " └" + String(axis) + "→")
        var under = Array(repeating: Character(" "), count: columns + 4)
        func label(_ text: String, at c: Int) {
            let start = max(0, min(c - text.count / 2, under.count - text.count))
            for (k, ch) in text.enumerated() { under[start + k] = ch }
        }
        label("0", at: 0)
        label(Format.fixed(t.autonomy), at: tc)
        label("1", at: columns - 1)
        var underText = String(under)
        while underText.hasSuffix(" ") { underText.removeLast() }
        out.append(padLeft("", gutter + 2) + underText + "  " + axisWord)
        // The key's lines wrap at words, continuing under their text.
        var key: [String] = []
        for type in FacilityType.allCases {
            key.append("  \(type.rawValue) " + words.title(type))
        }
        for (k, p) in v.paths.enumerated() {
            let mark = Chart.coloured(String(marks[k % marks.count]), k, enabled: colour)
            guard let first = p.points.first, let last = p.points.last else {
                key.append(
                    zh ? "  \(mark) \(p.facility)：尚无进入，未定位" : "  \(mark) \(p.facility): no entries yet, not placed")
                continue
            }
            let weeks = first.week == last.week ? "\(last.week)" : "\(first.week)–\(last.week)"
            let place =
                zh
                ? "  \(mark) \(p.facility)：\(p.type.rawValue) 型 \(words.title(p.type))，自主性 \(Format.fixed(last.autonomy))，公共性 \(Format.fixed(last.publicness))；"
                : "  \(mark) \(p.facility): type \(p.type.rawValue), autonomy \(Format.fixed(last.autonomy)), publicness \(Format.fixed(last.publicness));"
            let path = zh ? "路径（·）第 \(weeks) 周" : "path (·) weeks \(weeks)"
            // The path on a line of its own when the whole does not fit.
            let whole = place + (zh ? "" : " ") + path
            if Format.cells(whole) <= width {
                key.append(whole)
            } else {
                key.append(place)
                key.append("    " + path)
            }
        }
        out += key.flatMap { Self.hanging($0, width: width, indent: 2) }
        return out
    }
}
