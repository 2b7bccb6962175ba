import CoprodModel

extension CommandRegistry {
    /// The `plot` command.
    static let plot = CommandDefinition(
        help: HelpEntry(
            name: "plot",
            syntax: "plot FIELD {FIELD} [in RUN {RUN}]",
            summary: Bilingual(
                en: "Draws community or facility fields over the weeks, from week 0 to now, as a line chart sized to "
                    + "the terminal: axes with the field's unit, a legend, up to 4 series. With `in`, each field is "
                    + "drawn in each named run (twins from fork), so a with/without comparison is one picture. Series "
                    + "differ by mark as well as by colour (braille line, then ● ○ ▲). A category such as shed.phase "
                    + "or shed.type is drawn as a strip, one letter a week, with a key.",
                zh: "把社区或设施字段从第 0 周到现在的变化画成折线图，大小随终端宽度：坐标轴带字段的单位，"
                    + "有图例，最多 4 条序列。加上 `in` 时，每个字段在每个指定的运行（fork 出的孪生运行）中各画一条，"
                    + "一张图就能对比有无干预。各条序列既用颜色、也用标记区分（点阵线，然后是 ● ○ ▲）。"
                    + "shed.phase、shed.type 这类类别字段画成条带：每周一个字母，并附图例。"),
            example: "plot participation shed.retention",
            seeAlso: ["watch", "compare", "fork", "fields"]),
        group: .looking,
        keywords: ["in"] + Vocabulary.modelFields,
        parse: { p throws(Diagnostic) in
            var fields = [try p.fieldRef(.field)]
            while let t = try p.peek(), case .word(let w) = t.kind, w != "in" {
                fields.append(try p.fieldRef(.field))
            }
            var runs: [Identifier] = []
            if try p.peekWord("in") {
                _ = try p.advance()
                runs.append(try p.word(.runName))
                while try p.peek() != nil { runs.append(try p.word(.runName)) }
            }
            return .plot(fields, runs: runs)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .plot(let fields, let runs) = command else { return }
            try i.plot(fields, in: runs)
        })
}

extension Interpreter {
    /// Most series one plot draws.
    static let plotSeriesLimit = 4

    /// `plot FIELD… [in RUN…]`: each field in each run (default: the current run), week 0 to the
    /// run's week. Series that share a unit and scale share a chart; a categorical field gets a
    /// strip.
    func plot(_ refs: [FieldRef], in runNames: [Identifier]) throws(Diagnostic) {
        let w = state.workspace
        var runs: [Int] = []
        for name in runNames {
            let k = try runIndex(name, example: { "plot participation in \($0)" })
            if !runs.contains(k) { runs.append(k) }
        }
        let named = !runs.isEmpty
        if runs.isEmpty { runs = [w.current] }
        let count = refs.count * runs.count
        guard count <= Self.plotSeriesLimit else {
            throw Diagnostic(
                .tooManySeries(count: count, limit: Self.plotSeriesLimit),
                at: refs[0].range.union(runNames.last?.range ?? refs[refs.count - 1].range))
        }
        var series: [(metric: Metric, series: PlotSeries)] = []
        for ref in refs {
            for k in runs {
                let model = w.runs[k].model
                let field = try Fields.model(ref, in: model)
                series.append(
                    (
                        field.metric,
                        PlotSeries(
                            field: field.name, run: named ? w.runs[k].name : nil,
                            values: Views.weekly(field.name, field.metric, in: model))
                    ))
            }
        }
        let last = runs.map { w.runs[$0].model.week }.max() ?? 0
        // One chart per kind of axis: a category's words, or a unit with a bounded or open scale.
        var groups: [(key: String, metric: Metric, series: [PlotSeries])] = []
        for (metric, s) in series {
            let key = Self.axisKey(metric)
            if let g = groups.firstIndex(where: { $0.key == key }) {
                groups[g].series.append(s)
            } else {
                groups.append((key, metric, [s]))
            }
        }
        // A run behind the others is drawn only up to its week: say so, as `compare` does.
        var notes: [Message] = []
        if let latest = runs.first(where: { w.runs[$0].model.week == last }) {
            for k in runs where w.runs[k].model.week < last {
                notes.append(
                    .plottingDifferentWeeks(
                        run: w.runs[k].name, week: w.runs[k].model.week, latest: w.runs[latest].name, latestWeek: last))
            }
        }
        for note in notes { emit(.note(note)) }
        for (k, g) in groups.enumerated() {
            emit(
                .plot(
                    PlotView(
                        metric: g.metric, series: g.series, lastWeek: last, notes: notes, chart: k,
                        charts: groups.count)))
        }
    }

    /// What series must share to be drawn on one axis.
    static func axisKey(_ metric: Metric) -> String {
        if case .category(let words) = metric.kind { return "category " + words.joined(separator: " ") }
        let bounded = metric.range.map { $0.upperBound <= 1 } ?? false
        return "\(metric.unit.rawValue) \(bounded)"
    }
}
