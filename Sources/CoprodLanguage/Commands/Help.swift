import CoprodModel
import Foundation

extension CommandRegistry {
    /// The `help` command.
    static let help = CommandDefinition(
        help: HelpEntry(
            name: "help",
            syntax: "help [WORD | FIELD | all]",
            summary: Bilingual(
                en: "Lists the commands by group, or explains one command, topic or term of the field. `help all` "
                    + "lists every command with what it does in one line. A field after `help` (`help largestGap`, "
                    + "`help shed.everJoined`, or a name a result shows) says what the field means, its range and "
                    + "unit, and a query to try.",
                zh: "按用途分组列出命令，或解释某个命令、主题或本领域的术语。`help all` 列出全部命令，"
                    + "每条附一句说明。`help` 后写一个字段（`help largestGap`、`help shed.everJoined`，"
                    + "或结果中显示的名称）说明该字段的含义、取值范围与单位，并给出一条可以试的查询。"),
            example: "help intervene",
            seeAlso: ["lessons", "expressions", "fields"]),
        group: .helpAndLessons,
        keywords: HelpCatalogue.entries.map(\.name) + ["all"],
        parse: { p throws(Diagnostic) in
            // A term of the field as the glossary writes it, which may not lex as words
            // (`help residents' council`, `help type I, mobilised compliance`): the rest of the line.
            var ahead = p
            if let rest = ahead.rawRest(), rest.value.contains(where: { !($0.isLetter || $0.isNumber || $0 == " ") }),
                Glossary.entry(rest.value) != nil
            {
                p = ahead
                return .help(Identifier(name: rest.value, range: rest.range))
            }
            guard try p.peek() != nil else { return .help(nil) }
            // A field may be typed as a query writes it (`shed.everJoined`) or by the label a result
            // line shows (`shed 曾参与率`, `largest participation gap`): the words to the line's end.
            var topic = try p.word(.commandName)
            if try p.peekSymbol(.dot) {
                try p.advance()
                let member = try p.word(.fieldName)
                topic = Identifier(name: topic.name + "." + member.name, range: topic.range.union(member.range))
            }
            let one = (p, topic)
            while try p.peek() != nil {
                let next = try p.word(.commandName)
                topic = Identifier(name: topic.name + " " + next.name, range: topic.range.union(next.range))
            }
            // A command or topic followed by words that name no field keeps its one word, and the
            // words after it are an error there (`help step now`; `help mean self-efficacy` is a field).
            // (`help government upkeep` is a term of the field, `help government role` a setting.)
            if topic.name != one.1.name, HelpCatalogue.entry(named: one.1.name) != nil,
                Interpreter.fieldHelp(topic.name, facilities: []).isEmpty, Glossary.entry(topic.name) == nil,
                Interpreter.settingHelp(topic.name).isEmpty
            {
                (p, topic) = one
            }
            return .help(topic)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .help(let topic) = command else { return }
            try i.help(topic)
        })
}

extension Interpreter {
    /// `help` lists the commands by group; `help all` each with its first sentence; `help WORD`
    /// gives a command's or topic's syntax and an example.
    func help(_ topic: Identifier?) throws(Diagnostic) {
        guard let topic else {
            emit(.help(.overview))
            return
        }
        // A topic may be typed with the Chinese name the output prints (`help 术语表`), a command
        // with its Chinese word (`help 提示`).
        let name = Terms.keywordAliases[topic.name] ?? CommandRegistry.chineseAliases[topic.name] ?? topic.name
        switch name.lowercased() {
        case "glossary":
            emit(.help(.glossary))
            return
        case "all":
            emit(.help(.all))
            return
        default: break
        }
        guard let entry = HelpCatalogue.entry(named: name) else {
            // A term of the field, in either language (`help 自我效能感`), gets its glossary entry;
            // a field (`help largestGap`, `help 最大参与差距`) its metric's meaning and an example.
            let term = Glossary.entry(name)
            // A setting (`help typology.autonomy`, `help 自主性`, `help role`): its range and default.
            let fields = Self.fieldHelp(topic.name, facilities: state.model.scenario.facilities.map(\.name))
            let settings = Self.settingHelp(topic.name)
            if !fields.isEmpty {
                emit(.help(.field(fields, term: term)))
            }
            // A resident's or facility's setting that is also a field (`efficacy`) is the field's page.
            let shown =
                fields.isEmpty ? settings : settings.filter { ![.resident, .facility].contains($0.setting.group) }
            if !shown.isEmpty {
                emit(.help(.settings(shown, term: fields.isEmpty ? term : nil)))
            }
            if !fields.isEmpty || !shown.isEmpty { return }
            if let term {
                emit(.help(.term(term)))
                return
            }
            var d = Fields.unknown(
                topic, candidates: HelpCatalogue.entries.map(\.name) + ["all"] + Self.helpFields, what: .helpTopic)
            // A misspelt command, topic or field keeps its did-you-mean; else the terms and settings
            // near the word (`参与阶梯` → `公民参与阶梯`).
            let suggested =
                d.hint.map {
                    if case .didYouMean = $0 { true } else if case .didYouMeanEither = $0 { true } else { false }
                } ?? false
            let near = suggested ? [] : Self.nearTopics(topic.name)
            if near.count > 1 {
                d.hint = .didYouMeanEither(near[0], near[1])
            } else if let one = near.first {
                d.hint = .didYouMean(one)
            }
            throw d
        }
        let groups = CommandRegistry.definition(named: entry.name)?.settings ?? []
        emit(.help(.page(entry, settings: groups.flatMap(SettingsRegistry.descriptors(in:)))))
    }
}

extension Interpreter {
    /// The settings `written` names, as `help KEY` explains them: a key as a declaration types it
    /// (`typology.autonomy`, `role`, `size`; also `GROUP.KEY` or `GROUP KEY`, `government role`) or its name in
    /// either language (`autonomy threshold`, `自主阈值`, `自主性`, `角色`, ``Terms/chineseNames(of:)``).
    static func settingHelp(_ written: String) -> [SettingHelp] {
        let typed = written.trimmingCharacters(in: .whitespaces)
        let folded = typed.lowercased()
        guard !folded.isEmpty else { return [] }
        return SettingsRegistry.all.compactMap { d -> SettingHelp? in
            let key = d.group == .typology ? "typology.\(d.key)" : d.key
            let names = [
                key.lowercased(), d.id.lowercased(), "\(d.group.rawValue) \(d.key)".lowercased(),
                Terms.settings[d.id]?.name.en.lowercased(),
            ]
            // A bare key names the typology's thresholds by their dimension (`autonomy`).
            let bare = d.group == .typology && d.key.lowercased() == folded
            guard names.contains(folded) || bare || Terms.chineseNames(of: d.id).contains(typed) else { return nil }
            return SettingHelp(key: key, setting: d, example: settingExample(d, key: key))
        }
    }

    /// A line that sets `d` (typed `key`) to its default, or to a value it accepts when it has none.
    private static func settingExample(_ d: SettingDescriptor, key: String) -> String {
        let value: String =
            if let v = d.defaultValue {
                ScriptWriter.literal(v)
            } else {
                switch d.type {
                case .real(let r), .integer(let r): Format.literal(r.lowerBound)
                case .category(let words): words.first ?? ""
                case .text: "\"…\""
                case .beneficiaries: "all"
                }
            }
        switch d.group {
        case .community: return "community \(key) \(value)"
        case .resident: return "resident 1 \(key) \(value)"
        case .facility: return "facility shed \(key) \(value)"
        case .government: return "government \(key) \(value)"
        case .intervention: return "intervene outreach on shed \(key) \(value)"
        case .parameter, .typology: return "set \(key) \(value)"
        }
    }

    /// Pages near a topic `help` does not know, best first (at most two): for a Chinese word the
    /// glossary terms, settings and fields whose Chinese name holds it or is held in it
    /// (`参与阶梯` → `公民参与阶梯`), the shortest difference first; for a Latin word those at the
    /// smallest edit distance among the topics, the terms and the settings (``Suggestions``).
    static func nearTopics(_ written: String) -> [String] {
        let word = written.trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty else { return [] }
        if word.allSatisfy(\.isASCII) {
            let names =
                HelpCatalogue.entries.map(\.name) + helpFields + Glossary.entries.map(\.term.en)
                + SettingsRegistry.all.map { $0.group == .typology ? "typology.\($0.key)" : $0.key }
            return Array(Suggestions.ranked(to: word, in: names).prefix(2))
        }
        guard word.count >= 2 else { return [] }
        var names = Glossary.entries.map(\.term.zh)
        names += SettingsRegistry.all.compactMap { Terms.settings[$0.id]?.name.zh }
        names += MetricRegistry.all.compactMap { Terms.metrics[$0.key]?.name.zh }
        var seen = Set<String>()
        let near = names.filter { name in
            name != word && (name.contains(word) || (name.count >= 2 && word.contains(name)))
                && seen.insert(name).inserted
        }
        return Array(near.sorted { (abs($0.count - word.count), $0) < (abs($1.count - word.count), $1) }.prefix(2))
    }

    /// The field names `help` knows, for did-you-mean and Tab: every metric's name.
    static let helpFields: [String] = {
        var names: [String] = []
        for m in MetricRegistry.all where !names.contains(m.name) { names.append(m.name) }
        return names
    }()

    /// The metrics `written` names, as `help FIELD` explains them: a field as typed, bare
    /// (`largestGap`, `everJoined`: every level that has it) or after a facility (`shed.everJoined`,
    /// `F.stage`), or a name a result line shows in either language (`largest participation gap`,
    /// `最大参与差距`, `shed 曾参与率`). Each with a query to try on a facility of the model
    /// (`facilities`' first when none is written).
    static func fieldHelp(_ written: String, facilities: [String]) -> [FieldHelp] {
        var qualifier: String?
        var name = written
        if let dot = written.firstIndex(of: "."), !written.contains(" ") {
            qualifier = String(written[..<dot])
            name = String(written[written.index(after: dot)...])
        } else if let space = written.firstIndex(of: " "), facilities.contains(String(written[..<space])) {
            qualifier = String(written[..<space])
            name = String(written[written.index(after: space)...])
        }
        let perFacility: Set<MetricLevel> = [.facility, .residentFacility]
        let facility = qualifier ?? facilities.first ?? "shed"
        let folded = name.lowercased()
        let matches = MetricRegistry.all.filter { m in
            guard qualifier == nil || perFacility.contains(m.level) else { return false }
            if m.name.lowercased() == folded { return true }
            guard let t = Terms.metrics[m.key] else { return false }
            return t.name.en.lowercased() == folded || Terms.chineseNames(of: m.key).contains(name)
        }
        return matches.map { m in
            let field = perFacility.contains(m.level) ? "\(qualifier ?? "F").\(m.name)" : m.name
            let typed = perFacility.contains(m.level) ? "\(facility).\(m.name)" : m.name
            return FieldHelp(field: field, metric: m, example: example(typed, m))
        }
    }

    /// A query that shows `field` (metric `m`): a chart over the weeks for the community's and a
    /// facility's metrics, a count, a rate, a mean or a histogram over the residents for theirs.
    private static func example(_ field: String, _ m: Metric) -> String {
        switch (m.level, m.kind) {
        case (.community, _), (.facility, _): "plot \(field)"
        case (_, .category): "count by \(field)"
        case (_, .flag): "rate \(field) by age"
        case (_, .number), (_, .share): "mean \(field) by age"
        case (_, .count), (_, .week): "hist \(field)"
        }
    }
}
