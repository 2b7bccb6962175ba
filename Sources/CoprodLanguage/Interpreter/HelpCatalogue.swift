import CoprodModel

/// One page of `help`: a command of the coprod language or a topic (`expressions`, `fields`, …).
///
/// `help WORD` prints the syntax line, the summary, an example that can be typed as it stands,
/// and the related pages.
public struct HelpEntry: Sendable {
    /// The word typed after `help`: a command word (`step`) or a topic (`fields`).
    public let name: String
    /// The shape of the command, in the notation of `docs/LANGUAGE.md`
    /// (`[…]` optional, `{…}` repeated, `|` alternatives, capitals for things you fill in).
    /// It is code, so it is the same in every language.
    public let syntax: String
    /// What it does, in a sentence or three, in English and in Chinese. Command words, keys and
    /// field names stay in Latin letters in both, since they are typed as they are.
    public let summary: Bilingual
    /// A line that works when typed at the prompt on the default scenario (the same in every language).
    public let example: String
    /// Names of related entries.
    public let seeAlso: [String]

    public init(name: String, syntax: String, summary: Bilingual, example: String, seeAlso: [String]) {
        self.name = name
        self.syntax = syntax
        self.summary = summary
        self.example = example
        self.seeAlso = seeAlso
    }
}

extension HelpEntry {
    /// The syntax line as `help` and the typing hint show it in `language`: in Chinese each
    /// capitalised placeholder (`N`, `FIELD`, `FILE`, `KEY=VALUES`) becomes its Chinese word
    /// (``Terms/placeholders``, `run 数 | run until 表达式 [max 数]`); command words, keywords and
    /// options stay as they are typed.
    public func syntax(in language: Language) -> String {
        guard language == .zh else { return syntax }
        let own = Terms.commandPlaceholders[name] ?? [:]
        var out = ""
        var word = ""
        func flush() {
            if !word.isEmpty { out += own[word] ?? Terms.placeholders[word] ?? word }
            word = ""
        }
        for c in syntax {
            if c.isUppercase && c.isASCII || (!word.isEmpty && (c == "_" || c.isNumber)) {
                word.append(c)
            } else if c.isLetter && c.isASCII && !word.isEmpty {
                // A word that is not all capitals (none in syntax lines today) stays as it is.
                out += word
                word = ""
                out.append(c)
            } else {
                flush()
                out.append(c)
            }
        }
        flush()
        return out
    }
}

/// Every `help` page: the commands' pages come from `CommandRegistry` (each command's file holds
/// its page), the topics' pages are here.
///
/// There is one entry per command word of the language (including the synonym `exit` and the
/// lesson-file statements), and one per topic: `expressions`, `fields`, `glossary`,
/// `interventions`, `lessons` and `typology` (the last two share their page with the command of that
/// name).
public enum HelpCatalogue {
    /// All entries, in the order of `overview` and `list`.
    public static let entries: [HelpEntry] = groups.flatMap(\.entries)

    /// The entry for `name` (a command word or a topic), ignoring case and surrounding blanks;
    /// nil when there is none.
    public static func entry(named name: String) -> HelpEntry? {
        let key = String(
            name.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
                .reversed()
        ).lowercased()
        return entries.first { $0.name == key }
    }

    /// The groups of `overview` and `list`, each with its title in both languages: the commands
    /// of the registry by their group, then the topics.
    static let groups: [(title: Bilingual, entries: [HelpEntry])] =
        CommandGroup.allCases.map { group in
            (group.title, CommandRegistry.all.filter { $0.group == group }.map(\.help))
        } + [(Bilingual(en: "topics", zh: "主题"), topics)]

    /// The first line of `overview`.
    static let overviewHeading = Bilingual(
        en: "coprod commands, by what they are for:",
        zh: "coprod 命令，按用途分组：")

    /// What `overview` says after the groups: where the details are.
    static let overviewClosing = Bilingual(
        en: "`help WORD` shows one command or topic in full: its syntax, what it does and an example "
            + "(`help run`, `help fields`). `help all` lists every command with what it does in one line. "
            + "A term of the field after `help` gets its definition (`help retention`, `help 保持率`). New to "
            + "coprod? Type `lesson 1`.",
        zh: "`help` 后面写一个命令或主题，完整显示它的语法、作用和示例（如 `help run`、`help fields`）。"
            + "`help all` 列出全部命令，每条附一句说明。`help` 后面写本领域的术语，给出它的释义"
            + "（如 `help 保持率`、`help retention`）。初次使用请输入 `lesson 1`。")

    /// The first line of `list`.
    static let heading = Bilingual(
        en: "coprod commands (type `help WORD` for details and an example):",
        zh: "coprod 命令（输入 `help` 和一个命令名查看详细说明和示例，如 `help step`）：")

    /// The last line of `overview` and `list`.
    static let closing = Bilingual(
        en: "Comments start with #. One command per line. Paths go in double quotes.",
        zh: "以 # 开头的是注释。每行写一条命令。路径放在双引号里。")

    /// What a bare `help` prints in `language`, short enough for a projector's screen: each group
    /// of commands (then the topics) on a line of its own, its title and the names in it, then
    /// where the details are (`help WORD`, `help all`).
    ///
    /// The titles are padded to the widest title in terminal cells, so the names start in one
    /// column whatever the language.
    public static func overview(_ language: Language) -> String {
        var lines: [String] = [overviewHeading[language], ""]
        let width = groups.map { Format.cells($0.title[language]) }.max() ?? 0
        for (title, group) in groups {
            let pad = String(repeating: " ", count: width - Format.cells(title[language]))
            lines.append("  \(title[language])\(pad)  " + group.map(\.name).joined(separator: " "))
        }
        lines += ["", overviewClosing[language], closing[language]]
        return lines.joined(separator: "\n")
    }

    /// What `help all` prints in `language`: the commands grouped by what they are for, then the
    /// topics, each with the first sentence of its summary.
    ///
    /// The names are padded to the widest name in terminal cells, so the summaries start in one
    /// column whatever the language.
    public static func list(_ language: Language) -> String {
        var lines: [String] = [heading[language], ""]
        let width = entries.map { Format.cells($0.name) }.max() ?? 0
        for (title, group) in groups {
            lines.append(title[language] + (language == .zh ? "：" : ":"))
            for entry in group {
                let pad = String(repeating: " ", count: width - Format.cells(entry.name))
                lines.append("  \(entry.name)\(pad)  \(firstSentence(of: entry.summary[language], in: language))")
            }
            lines.append("")
        }
        lines.append(closing[language])
        return lines.joined(separator: "\n")
    }

    /// The summary up to and including its first full stop (the one-line form used in `overview`):
    /// in English a `.` followed by a blank, in Chinese the first `。`.
    static func firstSentence(of text: String, in language: Language) -> String {
        switch language {
        case .en:
            var previous: Character = " "
            for index in text.indices {
                let character = text[index]
                if previous == ".", character == " " {
                    return String(text[..<index])
                }
                previous = character
            }
            return text
        case .zh:
            guard let stop = text.firstIndex(of: "。") else { return text }
            return String(text[...stop])
        }
    }

    /// The intervention kinds as typed, each with its name (``Terms/kindName(_:)``) and, from
    /// `glosses`, what it does: `role-shift (role transformation: toward enabler, more responsive), …
    /// and outreach (door-to-door mobilisation)`, `role-shift（角色转变：…）、…和 outreach（入户动员）`.
    static func kinds(in language: Language, glosses: [InterventionKind: Bilingual] = [:]) -> String {
        let zh = language == .zh
        let items = InterventionKind.allCases.map { k in
            let name = Terms.kindName(k)[language] + (glosses[k].map { (zh ? "：" : ": ") + $0[language] } ?? "")
            return zh ? "\(k.rawValue)（\(name)）" : "\(k.rawValue) (\(name))"
        }
        guard let last = items.last else { return "" }
        return items.dropLast().joined(separator: zh ? "、" : ", ") + (zh ? "和 " : " and ") + last
    }

    /// What `help interventions` adds after some kinds' names.
    private static let kindGlosses: [InterventionKind: Bilingual] = [
        .roleShift: Bilingual(en: "toward enabler, more responsive", zh: "转向赋能者，回应更积极"),
        .techPlatform: Bilingual(en: "online awareness and joining, eases taking part", zh: "线上知晓与加入，让参与更方便"),
        .emotionalCare: Bilingual(en: "care through close ties", zh: "借助亲密的邻里关系投入情感"),
        .differentiated: Bilingual(
            en: "scales the others by their fit to the facility's type", zh: "按照各项策略与设施类型的契合程度调整其作用"),
        .council: Bilingual(en: "easier co-design, more responsive", zh: "让共同设计更容易，回应更积极"),
    ]

    /// Field names with their Chinese terms: `efficacy（自我效能感）、trust（信任）…`.
    private static func glossed(_ names: [String], _ level: String, prefix: String = "") -> String {
        names.map { name in
            prefix + name + (Terms.metrics["\(level).\(name)"].map { "（\($0.name.zh)）" } ?? "")
        }.joined(separator: "、")
    }

    // MARK: - Topics

    static let topics: [HelpEntry] = [
        HelpEntry(
            name: "expressions",
            syntax:
                "EXPR := COMPARISON {and|or COMPARISON} | not EXPR | ( EXPR );  COMPARISON := OPERAND [= | == | != | < | <= | > | >= OPERAND]",
            summary: Bilingual(
                en: "Conditions used by count, rate, mean, run until and check. Operands are numbers, strings, "
                    + "fields (`efficacy`, `shed.stage`) and words naming a value (`older`, `active`). `not` binds "
                    + "tightest, then `and`, then `or`. The words where, by, max, hint and on end an expression.",
                zh: "count、rate、mean、run until 和 check 所用的条件。操作数可以是数字、字符串、"
                    + "字段（`efficacy`、`shed.stage`）以及表示某个取值的词（`older`、`active`）。"
                    + "`not` 结合得最紧，其次是 `and`，然后是 `or`。遇到 where、by、max、"
                    + "hint 和 on 这几个词时表达式结束。"),
            example: "count where shed.active = 1 and (age = older or tenure = renter)",
            seeAlso: ["fields", "count", "run"]),
        HelpEntry(
            name: "fields",
            syntax: "FIELD := WORD | FACILITY.WORD",
            summary: Bilingual(
                en: "Names of things to count, compare and average. Resident fields: "
                    + Vocabulary.residentFields.joined(separator: ", ") + ", and per facility "
                    + Vocabulary.residentFacilityFields.map { "F.\($0)" }.joined(separator: ", ") + ". Model fields: "
                    + Vocabulary.modelFields.joined(separator: ", ") + ", and per facility "
                    + Vocabulary.modelFacilityFields.map { "F.\($0)" }.joined(separator: ", ") + ". "
                    + "Model fields can be used over residents too: each has one value for the week, the same for "
                    + "every resident. A field after `help` (e.g. `help largestGap`) says what it means, with its "
                    + "range and an example.",
                zh: "可以计数、比较和求平均的对象的名称。居民字段："
                    + glossed(Vocabulary.residentFields, "resident") + "，以及每个设施的 "
                    + glossed(Vocabulary.residentFacilityFields, "residentFacility", prefix: "F.") + "。模型字段："
                    + glossed(Vocabulary.modelFields, "community") + "，以及每个设施的 "
                    + glossed(Vocabulary.modelFacilityFields, "facility", prefix: "F.") + "。"
                    + "模型字段也可用于居民查询：它每周只有一个值，对每位居民都相同。`help` 后写一个字段（如 `help largestGap`）"
                    + "说明该字段的含义、取值范围并给出示例；各术语的中文解释见 `help glossary`。"),
            example: "mean shed.satisfaction where shed.active = 1",
            seeAlso: ["expressions", "count", "check"]),
        HelpEntry(
            name: "interventions",
            syntax: "intervene KIND [on NAME | on all] {strength N | from N | to N}",
            summary: Bilingual(
                en: "The nine government strategies. They are: " + kinds(in: .en, glosses: kindGlosses)
                    + ". An intervention is active from its `from` week to its `to` week inclusive.",
                zh: "九种政府策略。它们是：" + kinds(in: .zh, glosses: kindGlosses)
                    + "。一项干预从 `from` 周起到 `to` 周止（含这一周）有效。"),
            example: "intervene emotional-care on garden strength 0.6",
            seeAlso: ["intervene", "remove", "typology"]),
        HelpEntry(
            name: "glossary",
            syntax: "help glossary",
            summary: Bilingual(
                en: "Lists the field's terms in English and Chinese, each with a one-line definition. The Chinese "
                    + "reports, help pages and lessons use these terms throughout, from co-production (共同生产) and "
                    + "micro-infrastructure (微基建) to self-efficacy (自我效能感) and perceived behavioural control "
                    + "(知觉行为控制).",
                zh: "用中英两种语言列出本领域的术语，每条附一句定义。中文的报告、帮助页和课程统一使用这些译名，"
                    + "从共同生产（co-production）、微基建（micro-infrastructure）到自我效能感（self-efficacy）"
                    + "和知觉行为控制（perceived behavioural control）。"),
            example: "help glossary",
            seeAlso: ["lang", "fields", "typology"]),
    ]
}
