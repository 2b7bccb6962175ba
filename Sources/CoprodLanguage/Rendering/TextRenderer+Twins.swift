import CoprodModel

/// `runs` and `compare`.
extension TextRenderer {
    func runs(_ listings: [RunListing]) -> [String] {
        var out: [String] = []
        for r in listings {
            let mark = r.current ? "*" : " "
            let origin =
                r.parent.map { zh ? "，复制自 \($0)" : ", forked from \($0)" } ?? ""
            out.append(zh ? "\(mark) \(r.name)：第 \(r.week) 周\(origin)" : "\(mark) \(r.name): week \(r.week)\(origin)")
            if r.scenarioDiffers {
                let parent = r.parent ?? ""
                // What the twin declares differently from week 0 (it was rewound there and changed).
                for line in r.weekZero.added { out.append(zh ? "    第 0 周起：\(line)" : "    from week 0: \(line)") }
                for line in r.weekZero.removed {
                    out.append(
                        zh ? "    第 0 周起不再有 \(parent) 的：\(line)" : "    from week 0, without \(parent)'s: \(line)")
                }
                if r.weekZero.added.isEmpty && r.weekZero.removed.isEmpty {
                    out.append(zh ? "    第 0 周的情景与 \(parent) 不同" : "    its week-0 scenario differs from \(parent)'s")
                }
            }
            for c in r.ownChanges.prefix(8) {
                out.append(zh ? "    第 \(c.week) 周：\(c.line)" : "    week \(c.week): \(c.line)")
            }
            if r.ownChanges.count > 8 {
                out.append(
                    zh ? "    ……另有 \(r.ownChanges.count - 8) 项改动" : "    … and \(r.ownChanges.count - 8) more changes")
            }
        }
        return out
    }

    /// A metric value as the comparison shows it: numbers with 3 decimals, counts whole, flags
    /// yes/no, weeks as `w12`, words in the session's language.
    func comparisonCell(_ v: MetricValue) -> String {
        let words = Words(language: language)
        switch v {
        case .number(let x): return Format.fixed(x, 3)
        case .count(let n): return String(n)
        case .flag(let b): return b ? (zh ? "是" : "yes") : (zh ? "否" : "no")
        case .week(let w): return w.map { zh ? "第 \($0) 周" : "w\($0)" } ?? "—"
        case .word(let w):
            if let p = Phase(word: w) { return words.phase(p) }
            if let t = FacilityType(rawValue: w) { return zh ? words.title(t) : w }
            return w
        }
    }

    /// B − A: signed for numbers, counts and weeks; `=` or `≠` for flags and words.
    func comparisonDifference(_ a: MetricValue, _ b: MetricValue) -> String {
        switch (a, b) {
        case (.number(let x), .number(let y)): return Format.signed(y - x)
        case (.count(let x), .count(let y)): return y - x == 0 ? "0" : (y > x ? "+\(y - x)" : "\(y - x)")
        case (.week(let x?), .week(let y?)): return y - x == 0 ? "0" : (y > x ? "+\(y - x)" : "\(y - x)")
        default: return a == b ? "=" : "≠"
        }
    }

    /// A row's outcome: the metric's name in the session's language, after the facility's name
    /// for a facility outcome (`shed retention`, `shed 保持率`).
    func rowLabel(_ r: ComparisonView.Row) -> String {
        fieldName(r.field, key: r.metric.key, code: false)
    }

    func comparison(_ c: ComparisonView) -> [String] {
        var out = [
            zh
                ? "对照：\(c.a)（第 \(c.weekA) 周） ↔ \(c.b)（第 \(c.weekB) 周）"
                : "compare \(c.a) (week \(c.weekA)) with \(c.b) (week \(c.weekB))"
        ]
        // No header over no rows.
        if !c.rows.isEmpty {
            var rows = [[zh ? "结果" : "outcome", c.a, c.b, "\(c.b) − \(c.a)"]]
            for r in c.rows {
                rows.append([rowLabel(r), comparisonCell(r.a), comparisonCell(r.b), comparisonDifference(r.a, r.b)])
            }
            out += Format.table(rows)
            // English names a type by its numeral in the table (its name would not fit the line)
            // and once below it: `types: II guided co-construction, IV autonomous co-creation`.
            var types: [FacilityType] = []
            for r in c.rows {
                for case .word(let w) in [r.a, r.b] {
                    if let t = FacilityType(rawValue: w), !types.contains(t) { types.append(t) }
                }
            }
            if !zh && !types.isEmpty {
                out.append("  types: " + types.map { "\($0.rawValue) \(words.typeName($0))" }.joined(separator: ", "))
            }
        }
        if c.otherDiffering > 0 {
            // The command that lists the rest, as the user would type it (a code span: never broken).
            let all = "`compare \(c.a) \(c.b) all`"
            let text: String
            switch (zh, c.rows.isEmpty) {
            case (true, false):
                text =
                    "  （这里只列出主要结果；另有 \(c.otherDiffering) 项不同、\(c.equalLeftOut) 项相同，"
                    + "输入 \(all) 列出所有不同的结果）"
            case (true, true):
                text =
                    "  （主要结果两边相同；另有 \(c.otherDiffering) 项不同、\(c.equalLeftOut) 项相同，"
                    + "输入 \(all) 列出所有不同的结果）"
            case (false, let none):
                let (n, e) = (c.otherDiffering, c.equalLeftOut)
                let differ = n == 1 ? "differs" : "differ"
                text =
                    (none
                        ? "  (the key outcomes are equal: \(n) other\(n == 1 ? "" : "s") \(differ)"
                        : "  (key outcomes only: \(n) more \(differ)")
                    + " and \(e) \(e == 1 ? "is" : "are") equal; \(all) lists every outcome that differs)"
            }
            out += Self.hanging(text, width: min(width, 78), indent: 1)
        } else if c.equalLeftOut > 0 {
            out.append(
                zh
                    ? "  （另有 \(c.equalLeftOut) 项结果两边相同，未列出）"
                    : "  (\(c.equalLeftOut) outcomes equal in both runs are left out)")
        }
        if !c.residents.isEmpty {
            var table = [[zh ? "居民" : "resident", zh ? "设施" : "facility", c.a, c.b]]
            let words = Words(language: language)
            for d in c.residents {
                table.append([
                    d.name.map { "\($0) (\(d.resident))" } ?? String(d.resident), d.facility,
                    "\(words.stage(d.stageA))/\(words.channel(d.channelA))",
                    "\(words.stage(d.stageB))/\(words.channel(d.channelB))",
                ])
            }
            out += Format.table(table)
        }
        return out
    }

    /// A week-by-week table of two runs: a title naming the runs, each field's meaning and unit,
    /// then a two-row header — the field's label over its pair of columns, the run over each column.
    func comparisonOverWeeks(_ s: ComparisonSeries) -> [String] {
        var out = [
            zh
                ? "逐周对照：\(s.a) ↔ \(s.b)（每个字段两列：左为 \(s.a)，右为 \(s.b)）"
                : "\(s.a) and \(s.b) week by week (each field in two columns: \(s.a), then \(s.b))"
        ]
        for f in s.fields {
            if let t = Terms.metrics[Terms.modelMetricKey(ofField: f)] {
                out += paragraph("  \(f)" + (zh ? "：" : ": ") + t.name[language] + (zh ? "，" : ", ") + t.doc[language])
            }
        }
        // Columns: the week, then a pair per field (run a, run b); each pair at least as wide as
        // its field's name, which heads it on the line above the runs' names.
        var rows = [[zh ? "周" : "week"] + s.fields.flatMap { _ in [s.a, s.b] }]
        for (k, w) in s.weeks.enumerated() {
            var row = [String(w)]
            for f in s.fields.indices { row += [comparisonCell(s.valuesA[k][f]), comparisonCell(s.valuesB[k][f])] }
            rows.append(row)
        }
        // A field heads its columns by its label (`社区曾参与率`, `shed retention`); the lines
        // above give the field as typed with it.
        let labels = s.fields.map { f in
            Terms.name(ofField: f, key: Terms.modelMetricKey(ofField: f), code: false, in: language) ?? f
        }
        var widths = (0..<rows[0].count).map { c in rows.map { Format.cells($0[c]) }.max() ?? 0 }
        for (f, name) in labels.enumerated() {
            let (a, b) = (1 + 2 * f, 2 + 2 * f)
            widths[b] = max(widths[b], Format.cells(name) - widths[a] - 2)
        }
        func pad(_ text: String, _ width: Int) -> String {
            text + String(repeating: " ", count: max(0, width - Format.cells(text)))
        }
        var fieldsLine = "  " + pad("", widths[0]) + "  "
        for (f, name) in labels.enumerated() {
            fieldsLine += pad(name, widths[1 + 2 * f] + 2 + widths[2 + 2 * f] + 2)
        }
        out.append(String(fieldsLine.reversed().drop { $0 == " " }.reversed()))
        for row in rows {
            let line = "  " + row.enumerated().map { pad($0.element, widths[$0.offset]) }.joined(separator: "  ")
            out.append(String(line.reversed().drop { $0 == " " }.reversed()))
        }
        return out
    }
}
