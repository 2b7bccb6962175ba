import CoprodModel

extension CommandRegistry {
    /// The `compare` command.
    static let compare = CommandDefinition(
        help: HelpEntry(
            name: "compare",
            syntax: "compare [A [B]] [over weeks [FIELD {FIELD}]]",
            summary: Bilingual(
                en: "Shows two runs side by side: every outcome of each at its current week with the difference B − A, "
                    + "and the residents whose stage or channel differ (explain them in either run). Without names it "
                    + "compares the current run with the run it was forked from. `over weeks` gives a week-by-week "
                    + "table of participation and each facility's active count, or of the fields you name.",
                zh: "把两个运行并排显示：各自在当前周的每一项结果及其差值（运行乙 − 运行甲），以及阶段或渠道不同的居民"
                    + "（可在任一运行中用 explain 查看原因）。不写名字时，比较当前运行与它的来源运行。"
                    + "`over weeks` 给出逐周表格，默认列出社区曾参与率和每个设施的当前参与人数，也可以自己指定字段。"),
            example: "compare main",
            seeAlso: ["fork", "runs", "explain"]),
        group: .twins,
        parse: { p throws(Diagnostic) in
            var names: [Identifier] = []
            while names.count < 2, let t = try p.peek(), case .word(let w) = t.kind, w != "over" {
                names.append(try p.word(.runName))
            }
            var fields: [FieldRef]? = nil
            if try p.peekWord("over") {
                _ = try p.advance()
                guard try p.peekWord("weeks") else {
                    throw try p.expected(.keyword("weeks"), hint: .forExample(code: "compare over weeks participation"))
                }
                _ = try p.advance()
                fields = []
                while try p.peek() != nil { fields?.append(try p.fieldRef(.fieldName)) }
            }
            return .compare(names.first, names.count > 1 ? names[1] : nil, overWeeks: fields)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .compare(let a, let b, let fields) = command else { return }
            try i.compare(a, b, overWeeks: fields)
        })
}

extension Interpreter {
    /// Residents × facilities listed by `compare` at most.
    static let comparedResidentsShown = 12

    /// `compare [A [B]] [over weeks …]`: with no names, the current run and its parent; with
    /// one, that run and the current one.
    func compare(_ a: Identifier?, _ b: Identifier?, overWeeks fields: [FieldRef]?) throws(Diagnostic) {
        let w = state.workspace
        let first: Int
        let second: Int
        switch (a, b) {
        case (let a?, let b?): (first, second) = (try runIndex(a), try runIndex(b))
        case (let a?, nil): (first, second) = (try runIndex(a), w.current)
        default:
            guard let parent = w.run.parent.flatMap(w.index(of:)) ?? (w.runs.count > 1 ? 0 : nil), parent != w.current
            else {
                throw Diagnostic(.compareNeedsTwoRuns, at: statementRange, hint: .forkFirst)
            }
            (first, second) = (parent, w.current)
        }
        let (ma, mb) = (w.runs[first].model, w.runs[second].model)
        let (na, nb) = (w.runs[first].name, w.runs[second].name)
        guard let fields else {
            let view = Views.comparison(ma, na, mb, nb, limit: Self.comparedResidentsShown)
            if ma.week != mb.week {
                emit(.note(.comparingDifferentWeeks(a: na, weekA: ma.week, b: nb, weekB: mb.week)))
            }
            emit(.comparison(view))
            emit(.note(.residentsDiffer(count: view.residentsDiffering, shown: view.residents.count)))
            if let d = view.residents.first {
                let other = w.current == first ? nb : na
                emit(
                    .note(
                        .explainInEitherRun(code: "explain \(d.name ?? String(d.resident)) \(d.facility)", other: other)
                    ))
            }
            return
        }
        var chosen: [(String, Metric)] = []
        if fields.isEmpty {
            if let participation = MetricRegistry.community.first(where: { $0.name == "participation" }) {
                chosen.append(("participation", participation))
            }
            if let active = MetricRegistry.facility.first(where: { $0.name == "active" }) {
                for f in ma.scenario.facilities where mb.scenario.facilityIndex(f.name) != nil {
                    chosen.append(("\(f.name).active", active))
                }
            }
        }
        for ref in fields {
            let field = try Fields.model(ref, in: ma)
            _ = try Fields.model(ref, in: mb)
            chosen.append((field.name, field.metric))
        }
        let weeks = min(ma.week, mb.week)
        emit(.comparisonOverWeeks(Views.series(ma, na, mb, nb, fields: chosen, every: max(1, (weeks + 25) / 26))))
    }
}
