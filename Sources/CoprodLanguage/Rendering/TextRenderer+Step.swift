import CoprodModel

extension TextRenderer {
    /// The step report: one block per level (cognitive, behavioural, production), then events.
    func step(_ r: StepReport) -> [String] {
        let c0 = r.from.community
        let c1 = r.to.community
        let names = r.facilityNames
        let aware = r.newlyAware.reduce(0, +)
        let auto = r.autonomousJoins.reduce(0, +)
        let mob = r.mobilisedJoins.reduce(0, +)
        let lapses = r.lapses.reduce(0, +)
        let zh = self.zh
        // Counts and weeks with thousands separators (`10,000,000 aware`), as other large numbers.
        let g = Format.grouped
        func perFacility(_ values: [Int]) -> String {
            guard values.reduce(0, +) > 0, names.count > 1 else { return "" }
            let parts = zip(names, values).map { "\($0) \(g($1))" }
            return zh ? "（" + parts.joined(separator: "，") + "）" : " (" + parts.joined(separator: ", ") + ")"
        }
        func change(_ label: String, _ a: Double, _ b: Double) -> String {
            "\(label) \(Format.fixed(a, 3))→\(Format.fixed(b, 3))"
        }
        var out: [String] = []
        let single = r.to.week - r.from.week == 1
        if zh {
            let pad = "            "
            out.append("第 \(g(r.from.week)) → \(g(r.to.week)) 周")
            out.append("  认知过程  新知晓 +\(g(aware))\(perFacility(r.newlyAware))")
            out.append(
                pad + change("认同", c0.identification, c1.identification) + " · "
                    + change("公共意识", c0.responsibility, c1.responsibility))
            out.append(pad + change("自我效能感", c0.efficacy, c1.efficacy) + " · " + change("信任", c0.trust, c1.trust))
            out.append(
                "  行为过程  进入 +\(g(auto + mob))（自主 \(g(auto))，动员 \(g(mob))），退出 \(g(lapses)) · 社区曾参与率 \(Format.percent(c1.participation))"
            )
            if !r.to.facilities.isEmpty {
                out.append(pad + "参与中：" + r.to.facilities.map { "\($0.name) \(g($0.active))" }.joined(separator: "，"))
            }
            if r.to.facilities.isEmpty {
                out.append("  生产过程  没有设施")
            } else {
                out.append(
                    "  生产过程  "
                        + r.to.facilities.map { o in
                            o.phase == .maintenance
                                ? "\(o.name) 维护中，完好度 \(Format.fixed(o.condition))"
                                : "\(o.name) \(words.phase(o.phase)) \(Format.percent(o.progress))"
                        }.joined(separator: " · "))
            }
            for e in r.events { out.append("  第 \(g(e.week)) 周：" + event(e)) }
            if r.eventsLeftOut > 0 { out.append("  …… 以及更早的 \(g(r.eventsLeftOut)) 个事件") }
        } else {
            let pad = "               "
            out.append(
                single ? "week \(g(r.from.week)) → \(g(r.to.week))" : "weeks \(g(r.from.week)) → \(g(r.to.week))")
            out.append("  cognitive    +\(g(aware)) aware\(perFacility(r.newlyAware))")
            out.append(
                pad + change("identification", c0.identification, c1.identification)
                    + " · " + change("responsibility", c0.responsibility, c1.responsibility))
            out.append(pad + change("efficacy", c0.efficacy, c1.efficacy) + " · " + change("trust", c0.trust, c1.trust))
            out.append(
                "  behavioural  +\(g(auto + mob)) entries (\(g(auto)) autonomous, \(g(mob)) mobilised), "
                    + "\(g(lapses)) lapsed · ever joined (any facility) \(Format.percent(c1.participation))")
            if !r.to.facilities.isEmpty {
                out.append(
                    pad + "active: " + r.to.facilities.map { "\($0.name) \(g($0.active))" }.joined(separator: ", "))
            }
            if r.to.facilities.isEmpty {
                out.append("  production   no facilities")
            } else {
                out.append(
                    "  production   "
                        + r.to.facilities.map { o in
                            o.phase == .maintenance
                                ? "\(o.name) maintenance, condition \(Format.fixed(o.condition))"
                                : "\(o.name) \(o.phase) \(Format.percent(o.progress))"
                        }.joined(separator: " · "))
            }
            for e in r.events { out.append("  week \(g(e.week)): " + event(e)) }
            if r.eventsLeftOut > 0 { out.append("  … and \(g(r.eventsLeftOut)) earlier events") }
        }
        return out
    }

    /// A phase change, a completion or a degradation, in a few words.
    func event(_ e: ModelEvent) -> String {
        switch (e.kind, language) {
        case (.phase(let p), .en): "\(e.facility) enters \(p) (\(words.stage(of: p)))"
        case (.completed(let q), .en): "\(e.facility) is complete and enters maintenance (quality \(Format.fixed(q)))"
        case (.degraded, .en): "\(e.facility) is degraded (condition below 0.30)"
        case (.phase(let p), .zh): "\(e.facility) 进入\(words.phase(p))阶段（\(words.stage(of: p))）"
        case (.completed(let q), .zh): "\(e.facility) 建成，进入维护阶段（质量 \(Format.fixed(q))）"
        case (.degraded, .zh): "\(e.facility) 已失修（完好度低于 0.30）"
        case (.vote(let c, let passed, let next), .en):
            "\(e.facility) consent vote: \(Format.grouped(c.owners)) owners, \(Format.grouped(c.voters)) voted, "
                + "\(Format.grouped(c.approvals)) approved — "
                + (passed
                    ? "passed, construction starts"
                    : "failed" + (next.map { ", next vote week \(Format.grouped($0))" } ?? ""))
        case (.vote(let c, let passed, let next), .zh):
            "\(e.facility) 业主表决：业主 \(Format.grouped(c.owners)) 人，投票 \(Format.grouped(c.voters)) 人，同意 \(Format.grouped(c.approvals)) 人——"
                + (passed ? "通过，开始施工" : "未通过" + (next.map { "，第 \(Format.grouped($0)) 周再次表决" } ?? ""))
        }
    }

    func query(_ q: QueryResult) -> [String] {
        let filter = q.filter.map { zh ? "（条件 \($0)）" : " where \($0)" } ?? ""
        let head: String
        switch q.kind {
        case .count: head = (zh ? "居民" : "residents") + filter
        case .rate(let c): head = (zh ? Self.before(queryField(c, q), "的比率") : "rate of \(queryField(c, q))") + filter
        case .mean(let f): head = (zh ? Self.before(queryField(f, q), "的平均值") : "mean \(queryField(f, q))") + filter
        }
        var out = [head + (zh ? "：" : ": ") + cell(q.total)]
        if q.grouped {
            out += Format.table(q.groups.map { [groupKey($0.key, fields: q.groupFields), cell($0.value)] })
        }
        for w in q.weekValues {
            switch (w.level, language) {
            case (.community, .en):
                out.append(
                    "  note: \(queryField(w.field, q, code: false)) is a community metric: one value for the week, the same for every resident"
                )
            case (.facility, .en):
                out.append(
                    "  note: \(queryField(w.field, q, code: false)) is a facility metric: one value for the week, the same for every resident"
                )
            case (.community, .zh):
                out.append("  注意：\(queryField(w.field, q, code: false))是社区指标，每周只有一个值，对每位居民都相同")
            case (.facility, .zh):
                out.append("  注意：\(queryField(w.field, q, code: false))是设施指标，每周只有一个值，对每位居民都相同")
            }
        }
        return out
    }

    /// A field of query `q` as its result names it (``fieldName(_:key:code:)``): a field with one
    /// value for the week by its community or facility metric, any other as a resident's field.
    private func queryField(_ field: String, _ q: QueryResult, code: Bool = true) -> String {
        let level = q.weekValues.first { $0.field == field }.map { $0.level == .community ? "community" : "facility" }
        let key = level.map { "\($0)." + (field.split(separator: ".").last.map(String.init) ?? field) }
        return fieldName(field, key: key, code: code)
    }

    /// A group's key (`older · owner`) with its category words in the session's language, and
    /// its numbers labelled with their field: `building 3` (`3 号楼`), `shed.joined = 1`.
    private func groupKey(_ key: String, fields: [String]) -> String {
        let parts = key.components(separatedBy: " · ")
        return parts.enumerated().map { k, part in
            let field = k < fields.count ? fields[k] : nil
            if let field, Double(part) != nil {
                if field == "building" { return zh ? "\(part) 号楼" : "building \(part)" }
                return "\(field) = \(part)"
            }
            return words.category(part)
        }.joined(separator: " · ")
    }

    private func cell(_ v: QueryResult.Value) -> String {
        switch v {
        case .count(let n): return String(n)
        case .rate(let hits, let n):
            if n == 0 { return zh ? "—（没有居民）" : "— (no residents)" }
            return zh
                ? "\(Format.fixed(Double(hits) / Double(n), 3))（\(n) 人中 \(hits) 人）"
                : "\(Format.fixed(Double(hits) / Double(n), 3)) (\(hits) of \(n))"
        case .mean(let mean, let sd, let n):
            if n == 0 { return zh ? "—（没有居民）" : "— (no residents)" }
            return zh
                ? "\(Format.fixed(mean, 3))（标准差 \(Format.fixed(sd, 3))，共 \(n) 人）"
                : "\(Format.fixed(mean, 3)) (sd \(Format.fixed(sd, 3)), n \(n))"
        }
    }

    func lessonList(_ list: [LessonListing]) -> [String] {
        [zh ? "课程（输入 lesson 和编号开始，如 lesson 1）：" : "lessons (type lesson N to start):"]
            + list.flatMap { l in
                // A long title continues under itself, after `  N. `.
                let head = "  \(l.number). "
                return Self.hanging(
                    head + l.title[language] + (l.status.map(status) ?? ""), width: min(width, 78),
                    indent: Format.cells(head) - 2)
            }
    }

    private func status(_ s: LessonStatus) -> String {
        switch s {
        case .notStarted: zh ? " — 未开始" : " — not started"
        case .inProgress(let part, let parts):
            zh ? " — 进行中（第 \(part)/\(parts) 节）" : " — in progress (part \(part) of \(parts))"
        case .done: zh ? " — 已完成" : " — done"
        }
    }

    func lessonPart(_ p: LessonPartView) -> [String] {
        var out = [""]
        out.append(
            zh
                ? "── 第 \(p.lesson) 课 · 第 \(p.part)/\(p.parts) 节：\(p.title.zh) ──"
                : "── Lesson \(p.lesson) · part \(p.part)/\(p.parts): \(p.title.en) ──")
        for para in p.paragraphs { out += wrapped(para[language]) }
        if let q = p.prediction {
            out += wrapped(
                zh
                    ? "预测：\(q.zh)（先输入 `answer` 和你的猜想——一个数字、一个选项，或上升、下降、不变，"
                        + "也可以直接写中文，如 `answer 上升`——再试命令）"
                    : "Predict: \(q.en) (first type `answer` and your guess — a number, a choice, or up, down, "
                        + "same — e.g. `answer up`; then try)")
        }
        for t in p.tries { out.append((zh ? "试试：" : "Try: ") + t) }
        return out
    }

    func help(_ h: HelpView) -> [String] {
        switch h {
        case .overview:
            // A group's names wrap under the first name.
            return HelpCatalogue.overview(language).split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { Self.hanging(String($0), width: min(width, 78)) }
        case .all:
            // Table rows wrap under their second column; the syntax and examples stay whole.
            return HelpCatalogue.list(language).split(separator: "\n", omittingEmptySubsequences: false)
                .flatMap { Self.hanging(String($0), width: min(width, 78)) }
        case .page(let entry, let settings):
            var out = paragraph("\(entry.name) — \(entry.summary[language])")
            out += labelled(zh ? "  语法：" : "  syntax:  ", entry.syntax(in: language))
            out += labelled(zh ? "  示例：" : "  example: ", entry.example)
            let aliases = CommandRegistry.chineseAliases(of: entry.name)
            if !aliases.isEmpty {
                out += paragraph(
                    zh
                        ? "  也可以输入中文：" + aliases.joined(separator: "、")
                        : "  also typed in Chinese: " + aliases.joined(separator: ", "))
            }
            if !entry.seeAlso.isEmpty {
                out += paragraph(
                    zh
                        ? "  另见：" + entry.seeAlso.joined(separator: "、")
                        : "  see also: " + entry.seeAlso.joined(separator: ", "))
            }
            return out + settingsTable(settings)
        case .field(let fields, let term):
            var out: [String] = []
            if let term {
                out += glossaryLines(term) + paragraph(zh ? "  来源：\(term.source)" : "  source: \(term.source)")
            }
            let level: [MetricLevel: Bilingual] = [
                .community: Bilingual(en: "community metric, one value a week", zh: "社区指标，每周一个值"),
                .facility: Bilingual(en: "facility metric, one value a week per facility", zh: "设施指标，每个设施每周一个值"),
                .resident: Bilingual(en: "resident field, one value per resident", zh: "居民字段，每位居民一个值"),
                .residentFacility: Bilingual(
                    en: "resident field per facility, one value per resident and facility",
                    zh: "居民在某设施上的字段，每位居民在每个设施上一个值"),
            ]
            for f in fields {
                guard let t = Terms.metrics[f.metric.key], let kind = level[f.metric.level] else { continue }
                out += paragraph(
                    zh
                        ? "\(f.field) —— \(t.name.zh)（\(kind.zh)）"
                        : "\(f.field) — \(t.name.en) (\(kind.en))")
                out += Self.wrap(t.doc[language], width: min(width, 78) - 4).map { "    " + $0 }
                out += labelled(zh ? "  示例：" : "  example: ", f.example)
            }
            return out + paragraph(zh ? "  全部字段见 help fields" : "  help fields lists every field")
        case .settings(let settings, let term):
            var out: [String] = []
            if let term {
                out += glossaryLines(term) + paragraph(zh ? "  来源：\(term.source)" : "  source: \(term.source)")
            }
            let words = Words(language: language)
            for s in settings {
                let d = s.setting
                let name = Terms.settings[d.id]?.name[language] ?? s.key
                let group = settingGroupNames[d.group]?[language] ?? d.group.rawValue
                out += paragraph(zh ? "\(s.key) —— \(name)（\(group)）" : "\(s.key) — \(name) (\(group))")
                if let doc = Terms.settings[d.id]?.doc[language] {
                    out += Self.wrap(doc, width: min(width, 78) - 4).map { "    " + $0 }
                }
                let value = d.defaultValue.map(ScriptWriter.literal)
                out += paragraph(
                    zh
                        ? "  取值：\(words.values(d.type, unit: d.unit))，"
                            + (value.map { "默认 \($0)" } ?? "默认值按社区类型抽取或由其他设置推得")
                        : "  values: \(words.values(d.type, unit: d.unit)), "
                            + (value.map { "default \($0)" } ?? "by default drawn from the profile or derived"))
                out += labelled(zh ? "  示例：" : "  example: ", s.example)
            }
            return out
                + paragraph(
                    zh ? "  全部可设置项见 help set、help facility 等命令的帮助页" : "  help set, help facility … list every key")
        case .glossary:
            return [zh ? "术语表（英文 · 中文 —— 释义）" : "glossary (English · 中文 — definition)"]
                + Glossary.entries.flatMap(glossaryLines)
        case .term(let e):
            return glossaryLines(e)
                + paragraph(
                    zh ? "  来源：\(e.source)；全部术语见 help glossary" : "  source: \(e.source); help glossary lists all terms"
                )
        }
    }
}

extension TextRenderer {
    /// What a `help KEY` page says a setting is, by its group.
    private var settingGroupNames: [SettingGroup: Bilingual] {
        [
            .community: Bilingual(en: "a community setting, `community`", zh: "社区设定，用 `community` 设置"),
            .resident: Bilingual(en: "a resident's setting, `resident`", zh: "居民设定，用 `resident` 设置"),
            .facility: Bilingual(en: "a facility's setting, `facility`", zh: "设施设定，用 `facility` 设置"),
            .government: Bilingual(
                en: "the community-wide government setting, `government`", zh: "全社区的政府设定，用 `government` 设置"),
            .intervention: Bilingual(en: "an intervention's setting, `intervene`", zh: "干预设定，用 `intervene` 设置"),
            .parameter: Bilingual(en: "a model constant, `set`", zh: "模型参数，用 `set` 设置"),
            .typology: Bilingual(en: "a typology threshold, `set`", zh: "类型学阈值，用 `set` 设置"),
        ]
    }

    /// `label` then `text` (a syntax line, an example: code) wrapped at its spaces only, so a
    /// quoted Chinese text stays whole, continuation lines under the text's first character.
    func labelled(_ label: String, _ text: String) -> [String] {
        let indent = Format.cells(label)
        return Self.wrap(text, width: max(20, min(width, 78) - indent), betweenWide: false).enumerated().map {
            k, piece in
            (k == 0 ? label : String(repeating: " ", count: indent)) + piece
        }
    }

    /// A glossary entry: its two terms, then its definition wrapped under them.
    func glossaryLines(_ e: GlossaryEntry) -> [String] {
        ["  \(e.term.en) · \(e.term.zh)"]
            + Self.wrap(e.definition[language], width: min(width, 78) - 4).map { "    " + $0 }
    }

    /// The keys a declaration takes, from the settings registry: key (and its Chinese name),
    /// the values it accepts with their unit, and its default.
    func settingsTable(_ settings: [SettingDescriptor]) -> [String] {
        guard !settings.isEmpty else { return [] }
        let words = Words(language: language)
        let rows = settings.map { d -> [String] in
            let key = d.group == .typology ? "typology.\(d.key)" : d.key
            let name = Terms.settings[d.id]?.name[language] ?? key
            let values = words.values(d.type, unit: d.unit)
            let value = d.defaultValue.map(ScriptWriter.literal) ?? "—"
            return zh ? [key, name, values, "默认 " + value] : [key, values, "default " + value]
        }
        return [zh ? "  可设置项（— 表示按社区类型抽取或由其他设置推得）：" : "  keys (— : drawn from the profile or derived):"]
            + Format.table(rows, indent: "    ", width: min(width, 78), joiner: zh ? "，" : ", ")
    }
}
