import CoprodModel

extension CommandRegistry {
    /// The `compare` command.
    static let compare = CommandDefinition(
        help: HelpEntry(
            name: "compare",
            syntax: "compare [A [B]] [all | over weeks [FIELD {FIELD}]]",
            summary: Bilingual(
                en: "Shows two runs side by side: the key outcomes that differ at their current weeks, with the "
                    + "difference B − A, and the first residents whose stage or channel differ (explain them in either "
                    + "run). The key outcomes are each facility's everJoined, active, retention, autonomy, type and "
                    + "quality, and participation, identification, responsibility, socialCapital, largestGap and "
                    + "governmentWork; `all` lists every outcome that differs, and more residents. Without names it "
                    + "compares the current run with the run it was forked from. `over weeks` gives a week-by-week "
                    + "table of participation and each facility's active count, or of the fields you name.",
                zh: "把两个运行并排显示：各自在当前周不同的主要结果及其差值（运行乙 − 运行甲），以及最先几位阶段或渠道不同的居民"
                    + "（可在任一运行中用 explain 查看原因）。主要结果是每个设施的曾参与率、当前参与人数、保持率、"
                    + "自主进入占比、类型和质量，以及社区曾参与率、平均认同、平均公共意识、社会资本、最大参与差距和"
                    + "政府投入；加上 `all` 列出所有不同的结果和更多居民。不写名字时，比较当前运行与它的来源运行。"
                    + "`over weeks` 给出逐周表格，默认列出社区曾参与率和每个设施的当前参与人数，也可以自己指定字段。"),
            example: "compare main",
            seeAlso: ["fork", "runs", "explain"]),
        group: .twins,
        keywords: ["all", "over", "weeks"],
        parse: { p throws(Diagnostic) in
            var names: [Identifier] = []
            // `all` (a name `fork` refuses) and `over` end the names.
            while names.count < 2, let t = try p.peek(), case .word(let w) = t.kind, w != "over", w != "all" {
                names.append(try p.word(.runName))
            }
            var fields: [FieldRef]? = nil
            var all = false
            if try p.peekWord("all") {
                _ = try p.advance()
                all = true
            } else if try p.peekWord("over") {
                _ = try p.advance()
                guard try p.peekWord("weeks") else {
                    throw try p.expected(.keyword("weeks"), hint: .forExample(code: "compare over weeks participation"))
                }
                _ = try p.advance()
                fields = []
                while try p.peek() != nil { fields?.append(try p.fieldRef(.fieldName)) }
            }
            return .compare(names.first, names.count > 1 ? names[1] : nil, overWeeks: fields, all: all)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .compare(let a, let b, let fields, let all) = command else { return }
            try i.compare(a, b, overWeeks: fields, all: all)
        })
}

extension Interpreter {
    /// Residents × facilities listed by `compare … all` at most.
    static let comparedResidentsShown = 12
    /// Residents × facilities listed by a plain `compare` at most, so that it fits a projector's
    /// screen (about 40 lines) with three facilities.
    static let comparedResidentsShownBriefly = 5

    /// `compare [A [B]] [all | over weeks …]`: with no names, the current run and its parent; with
    /// one, that run and the current one; the key outcomes, or with `all` every one that differs.
    func compare(_ a: Identifier?, _ b: Identifier?, overWeeks fields: [FieldRef]?, all: Bool) throws(Diagnostic) {
        let w = state.workspace
        let first: Int
        let second: Int
        switch (a, b) {
        case (let a?, let b?):
            (first, second) = (
                try runIndex(a, others: [b.name], example: { "compare \($0) \(b.name)" }),
                try runIndex(b, others: [a.name], example: { "compare \(a.name) \($0)" })
            )
        case (let a?, nil): (first, second) = (try runIndex(a, example: { "compare \($0)" }), w.current)
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
            let view = Views.comparison(
                ma, na, mb, nb, limit: all ? Self.comparedResidentsShown : Self.comparedResidentsShownBriefly, all: all)
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
