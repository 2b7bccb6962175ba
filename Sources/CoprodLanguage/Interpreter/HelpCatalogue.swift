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

/// Every `help` text of coprod in one place, so the REPL, the docs and the tests agree.
///
/// There is one entry per command word of the language (including the synonym `exit` and the
/// lesson-file statements), and one per topic: `expressions`, `fields`, `glossary`,
/// `interventions`, `lessons` and `typology` (which shares its page with the command of that name).
public enum HelpCatalogue {
    /// All entries, in the order of `overview`.
    public static let entries: [HelpEntry] = groups.flatMap(\.entries)

    /// The entry for `name` (a command word or a topic), ignoring case and surrounding blanks;
    /// nil when there is none.
    public static func entry(named name: String) -> HelpEntry? {
        let key = String(name.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }
            .reversed()).lowercased()
        return entries.first { $0.name == key }
    }

    /// The groups of `overview`, each with its title in both languages.
    static let groups: [(title: Bilingual, entries: [HelpEntry])] = [
        (Bilingual(en: "set up", zh: "设置"), setUp),
        (Bilingual(en: "step", zh: "推进"), stepping),
        (Bilingual(en: "look", zh: "查看"), looking),
        (Bilingual(en: "keep work", zh: "保存工作"), keepingWork),
        (Bilingual(en: "help & lessons", zh: "帮助与课程"), helpAndLessons),
        (Bilingual(en: "lesson files only", zh: "仅用于课程文件"), lessonFiles),
        (Bilingual(en: "topics", zh: "主题"), topics),
    ]

    /// The first line of `overview`.
    static let heading = Bilingual(
        en: "coprod commands (type `help WORD` for details and an example):",
        zh: "coprod 命令（输入 `help WORD` 查看详细说明和示例）：")

    /// The last line of `overview`.
    static let closing = Bilingual(
        en: "Comments start with #. One command per line. Paths go in double quotes.",
        zh: "以 # 开头的是注释。每行写一条命令。路径放在双引号里。")

    /// What a bare `help` prints in `language`: the commands grouped by what they are for, then the
    /// topics, each with the first sentence of its summary.
    ///
    /// The names are padded to the widest name in terminal cells, so the summaries start in one
    /// column whatever the language.
    public static func overview(_ language: Language) -> String {
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

    // MARK: - Set up

    static let setUp: [HelpEntry] = [
        HelpEntry(
            name: "community",
            syntax: "community [STRING] {size N | profile WORD | seed N | name STRING}",
            summary: Bilingual(
                en: "Creates the population of residents, or changes it. `size` is the number of residents "
                    + "(blocks of 40 per building), `profile` is mixed, old-estate or commodity-estate, and `seed` "
                    + "fixes the random draws so a run can be repeated exactly. Changing the community starts again "
                    + "at week 0.",
                zh: "创建居民群体，或修改已有的群体。`size` 是居民人数（每 40 人为一栋楼），"
                    + "`profile` 取 mixed（混合型）、old-estate（老旧小区）或 commodity-estate（商品房小区），"
                    + "`seed` 固定随机抽取的结果，使一次运行可以完全重复。修改社区会让模型从第 0 周重新开始。"),
            example: "community \"Yangguang\" size 400 profile mixed seed 1",
            seeAlso: ["resident", "facility", "show", "fields"]),
        HelpEntry(
            name: "resident",
            syntax: "resident REF {KEY ATOM}",
            summary: Bilingual(
                en: "Names a resident or sets her traits. REF is a name or a 1-based number; a new name is "
                    + "given to the next unnamed resident. Keys: age (young|middle|older), tenure (owner|renter), "
                    + "building, need, efficacy, trust, attachment, time, skill, digital, identification, "
                    + "responsibility (traits between 0 and 1).",
                zh: "为一位居民命名，或设置她的特征。REF 是名字或从 1 开始的编号；"
                    + "新名字会分给下一位尚未命名的居民。可设置的键：age（young|middle|older，青年、中年、老年）、"
                    + "tenure（owner|renter，业主、租户）、building（楼栋）、need（需求）、efficacy（自我效能感）、"
                    + "trust（信任）、attachment（地方依恋）、time（可支配时间）、skill（技能）、"
                    + "digital（数字能力）、identification（认同）和 responsibility（公共意识）；"
                    + "各项特征的取值在 0 到 1 之间。"),
            example: "resident alice age older tenure owner building 3 efficacy 0.8",
            seeAlso: ["explain", "show", "fields"]),
        HelpEntry(
            name: "facility",
            syntax: "facility NAME {KEY ATOM | serves all | serves building N | serves age WORD | serves tenure WORD}",
            summary: Bilingual(
                en: "Adds a micro-infrastructure project, or changes one. Keys: publicness, salience, complexity, "
                    + "visibility, outreach (0 to 1), cost (work units, one unit is about one resident-week of full "
                    + "effort), serves (who benefits) and initiator (government|residents).",
                zh: "新增一个微基建项目，或修改已有项目。可设置的键：publicness（公共性）、salience（显著性）、"
                    + "complexity（复杂度）、visibility（可见度）和 outreach（触达度），取值 0 到 1；"
                    + "cost（工作量单位，一个单位约等于一位居民全力投入一周的工作量）；serves（受益对象）；"
                    + "initiator（发起方：government|residents，即政府或居民）。"),
            example: "facility shed publicness 0.6 salience 0.8 complexity 0.4 cost 60 visibility 0.7 serves all initiator government",
            seeAlso: ["show", "typology", "fields"]),
        HelpEntry(
            name: "government",
            syntax: "government {role N | budget N | responsiveness N}",
            summary: Bilingual(
                en: "Sets the regular producer. `role` runs from 0 (director: decides and supplies most inputs) "
                    + "to 1 (enabler: helps residents act); `budget` is work units per week per facility; "
                    + "`responsiveness` is the share of residents' input that the government acts upon.",
                zh: "设置常规生产者，即政府。`role` 从 0（主导者：由政府决策并提供大部分投入）到 1（赋能者："
                    + "帮助居民自己行动）；`budget` 是政府每周为每个设施投入的工作量单位；"
                    + "`responsiveness` 是居民的意见中被政府采纳并付诸行动的比例。"),
            example: "government role 0.2 budget 4 responsiveness 0.5",
            seeAlso: ["intervene", "show"]),
        HelpEntry(
            name: "intervene",
            syntax: "intervene KIND [on NAME | on all] {strength N | from N | to N}",
            summary: Bilingual(
                en: "Adds a government strategy. KIND is role-shift, tech-platform, emotional-care, differentiated, "
                    + "incentive, information, training, council or outreach. Strength defaults to 0.8, `from` to the "
                    + "current week; `to` is inclusive and open-ended when left out. Without `on` it targets all "
                    + "facilities.",
                zh: "添加一项政府策略。KIND 可取 role-shift（角色转变）、tech-platform（技术赋能）、"
                    + "emotional-care（情感关怀）、differentiated（差异化管理）、incentive（激励）、"
                    + "information（信息宣传）、training（培训）、council（居民议事会）或 outreach（入户动员）。"
                    + "strength 默认为 0.8，`from` 默认为当前周；`to` 所指的那一周也包括在内，省略时不设结束周。"
                    + "不写 `on` 时作用于所有设施。"),
            example: "intervene outreach on shed strength 0.8 from 0 to 19",
            seeAlso: ["interventions", "remove", "show"]),
        HelpEntry(
            name: "remove",
            syntax: "remove intervention N",
            summary: Bilingual(
                en: "Deletes an intervention. N is its number in `show interventions`.",
                zh: "删除一项干预。N 是它在 `show interventions` 中的编号。"),
            example: "remove intervention 1",
            seeAlso: ["intervene", "show"]),
        HelpEntry(
            name: "set",
            syntax: "set FIELD ATOM",
            summary: Bilingual(
                en: "Changes a model constant. Examples: the awareness rates a0, aInfo, aDig, aSoc, the weights wA, "
                    + "wS, wC, wI, wR, sustainWeeks, or the typology thresholds typology.autonomy and "
                    + "typology.publicness. `show parameters` lists them with their values.",
                zh: "修改一个模型常数。例如：知晓率 a0、aInfo、aDig、aSoc，权重 wA、wS、wC、wI、wR，"
                    + "sustainWeeks，以及类型划分的阈值 typology.autonomy（自主比例）"
                    + "和 typology.publicness（公共性）。`show parameters` 会列出它们和当前取值。"),
            example: "set typology.autonomy 0.6",
            seeAlso: ["show", "typology"]),
    ]

    // MARK: - Step

    static let stepping: [HelpEntry] = [
        HelpEntry(
            name: "step",
            syntax: "step [N]",
            summary: Bilingual(
                en: "Advances the model by one week, or by N weeks, and prints a short summary. One step runs "
                    + "the interventions, the cognitive, behavioural and production processes, and the feedback.",
                zh: "让模型前进一周或 N 周，并打印一份简短的小结。每一步依次运行干预、认知过程、"
                    + "行为过程和生产过程，最后是反馈。"),
            example: "step 10",
            seeAlso: ["run", "show", "reset"]),
        HelpEntry(
            name: "run",
            syntax: "run N | run until EXPR [max N]",
            summary: Bilingual(
                en: "Advances N weeks, or until the condition holds (checked after each week), then prints the same "
                    + "three-level summary as step, with the events of the run. "
                    + "`until week N` is short for `until week >= N`. `max` caps the number of weeks a `run until` "
                    + "may take. Ctrl-C stops a run at the end of the current week.",
                zh: "前进 N 周，或一直运行到条件成立为止（每周结束后检查一次）。"
                    + "运行结束后打印与 step 相同的三个层级的小结，并列出运行期间发生的事件。"
                    + "`until week N` 是 `until week >= N` 的简写。`max` 限定一次 `run until` 最多运行多少周。"
                    + "按 Ctrl-C 会在当前这一周结束时停止运行。"),
            example: "run until shed.phase = maintenance max 200",
            seeAlso: ["step", "expressions", "fields"]),
    ]

    // MARK: - Look

    static let looking: [HelpEntry] = [
        HelpEntry(
            name: "show",
            syntax: "show community | show resident REF | show facility NAME | show interventions | show government | show parameters | show NAME",
            summary: Bilingual(
                en: "Prints the current state of something. `show NAME` looks for a facility of that name first, "
                    + "then a resident.",
                zh: "打印某个对象的当前状态。`show NAME` 先查找同名的设施，再查找同名的居民。"),
            example: "show facility shed",
            seeAlso: ["count", "explain", "typology"]),
        HelpEntry(
            name: "count",
            syntax: "count [residents] [where EXPR] [by FIELD {, FIELD}]",
            summary: Bilingual(
                en: "Counts residents. `where` keeps those for whom the condition holds; `by` splits them into groups.",
                zh: "统计居民人数。`where` 只保留满足条件的居民；`by` 把他们分成若干组。"),
            example: "count residents where age = older by tenure",
            seeAlso: ["rate", "mean", "expressions", "fields"]),
        HelpEntry(
            name: "rate",
            syntax: "rate EXPR [where EXPR] [by FIELD {, FIELD}]",
            summary: Bilingual(
                en: "The share of residents for whom EXPR holds (or equals 1), among those `where` selects. "
                    + "`rate shed.joined` is the share who have ever taken part in the shed.",
                zh: "在 `where` 选出的居民中，使 EXPR 成立（或等于 1）的居民所占的比例。"
                    + "`rate shed.joined` 是曾经参与过 shed 的居民所占的比例。"),
            example: "rate shed.joined by age",
            seeAlso: ["count", "mean", "fields"]),
        HelpEntry(
            name: "mean",
            syntax: "mean FIELD [where EXPR] [by FIELD {, FIELD}]",
            summary: Bilingual(
                en: "The average of a resident field. `where` and `by` work as in count.",
                zh: "一个居民字段的平均值。`where` 和 `by` 的用法与 count 相同。"),
            example: "mean efficacy where building = 3 by tenure",
            seeAlso: ["count", "rate", "fields"]),
        HelpEntry(
            name: "typology",
            syntax: "typology [NAME]",
            summary: Bilingual(
                en: "Places each facility (or one) in coprod's typology, with the numbers behind it. The two "
                    + "dimensions are the paper's: participation method (autonomy share of entries, self-organised "
                    + "at or above typology.autonomy, default 0.5) and micro-infrastructure attribute (publicness, "
                    + "commons at or above typology.publicness, default 0.5). Types: I mobilised compliance "
                    + "(动员配合型), II guided co-construction (引导共建型), III interest-driven self-help (利益自助型), "
                    + "IV autonomous co-creation (自主共创型). The cell names are coprod's operationalisation; the "
                    + "paper's own are not public.",
                zh: "把每个设施（或指定的一个设施）放入 coprod 的类型划分，并给出背后的数值。"
                    + "两个维度沿用论文的设定：参与方式（自主进入在全部进入中所占的比例，"
                    + "达到或超过 typology.autonomy 即为自组织，默认 0.5）和微基建属性（公共性，"
                    + "达到或超过 typology.publicness 即为公共品，默认 0.5）。四种类型："
                    + "I 动员配合型（mobilised compliance）、II 引导共建型（guided co-construction）、"
                    + "III 利益自助型（interest-driven self-help）、IV 自主共创型（autonomous co-creation）。"
                    + "这些类型名称是 coprod 的操作化命名；论文本身的命名尚未公开。"),
            example: "typology garden",
            seeAlso: ["set", "intervene", "fields"]),
        HelpEntry(
            name: "explain",
            syntax: "explain REF [[on] NAME]",
            summary: Bilingual(
                en: "Shows why a resident does or does not take part in a facility (or in each facility, without a "
                    + "name). At the week she first joined, re-joined or lapsed it lists the terms of the decision — "
                    + "attitude, subjective norm, perceived behavioural control, identification, responsibility, "
                    + "pAuto, pMob, the channel — and which one tipped it; before she joins, this week's terms.",
                zh: "说明一位居民为什么参与或不参与某个设施（不写设施名称时逐一说明每个设施）。在她首次加入、"
                    + "重新加入或退出的那一周，列出决策中的各项——态度、主观规范、知觉行为控制、认同、公共意识、"
                    + "pAuto、pMob、参与渠道——并指出是哪一项起了决定作用；在她加入之前，列出本周的各项。"),
            example: "explain 1 on shed",
            seeAlso: ["resident", "show", "fields"]),
    ]

    // MARK: - Keep work

    static let keepingWork: [HelpEntry] = [
        HelpEntry(
            name: "save",
            syntax: "save STRING [force]",
            summary: Bilingual(
                en: "Writes the session as a .coprod script. It holds the scenario, the steps taken and the changes "
                    + "made during the run, so that loading or running it gives the same state. An existing file is "
                    + "replaced after the REPL asks, or with `force`.",
                zh: "把当前会话写成 .coprod 脚本。脚本包含情景、已经推进的步数以及运行期间所做的修改，"
                    + "因此加载或运行它会得到相同的状态。已有的同名文件会在 REPL 询问后被替换，"
                    + "加上 `force` 则直接替换。"),
            example: "save \"mine.coprod\"",
            seeAlso: ["load", "export"]),
        HelpEntry(
            name: "load",
            syntax: "load STRING",
            summary: Bilingual(
                en: "Runs a .coprod script, replacing the current session when it succeeds. An error names the "
                    + "file, line and column and leaves the session as it was.",
                zh: "运行一个 .coprod 脚本，成功后替换当前会话。出错时会指出文件名、行号和列号，"
                    + "并保持会话原样不变。"),
            example: "load \"examples/default.coprod\"",
            seeAlso: ["save", "reset", "clear"]),
        HelpEntry(
            name: "export",
            syntax: "export STRING [force]",
            summary: Bilingual(
                en: "Writes the outcome series as CSV: one row per week, the community's columns, then each "
                    + "facility's columns (`shed.phase`, `shed.everJoined`, …). An existing file is replaced after the "
                    + "REPL asks, or with `force`.",
                zh: "把结果序列写成 CSV 文件。每周一行，先是社区的各列，再是每个设施的各列（`shed.phase`、"
                    + "`shed.everJoined`……）。已有的同名文件会在 REPL 询问后被替换，加上 `force` 则直接替换。"),
            example: "export \"series.csv\"",
            seeAlso: ["save"]),
        HelpEntry(
            name: "reset",
            syntax: "reset",
            summary: Bilingual(
                en: "Goes back to week 0 with the same scenario, interventions and seed. Changes made during the "
                    + "run are kept and now apply from week 0 (interventions keep their windows).",
                zh: "回到第 0 周，情景、干预和随机种子都保持不变。运行期间所做的修改会保留下来，"
                    + "并改为从第 0 周起生效（干预保留各自的起止周）。"),
            example: "reset",
            seeAlso: ["clear", "load"]),
        HelpEntry(
            name: "clear",
            syntax: "clear",
            summary: Bilingual(
                en: "Starts an empty scenario. The community stays; facilities and interventions go.",
                zh: "开始一个空白情景。社区保留，设施和干预全部清除。"),
            example: "clear",
            seeAlso: ["reset", "facility"]),
    ]

    // MARK: - Help & lessons

    static let helpAndLessons: [HelpEntry] = [
        HelpEntry(
            name: "help",
            syntax: "help [WORD]",
            summary: Bilingual(
                en: "Lists the commands, or explains one command or topic.",
                zh: "列出所有命令，或解释某个命令或主题。"),
            example: "help intervene",
            seeAlso: ["lessons", "expressions", "fields"]),
        HelpEntry(
            name: "lang",
            syntax: "lang en|zh",
            summary: Bilingual(
                en: "Switches the language of everything printed after it: en for English, zh for Chinese. "
                    + "Nothing already printed changes, and scripts stay the same, since command words, keys and "
                    + "field names are identical in both languages. `--lang` does the same on the command line; by "
                    + "default the language follows LC_ALL, LC_MESSAGES or LANG.",
                zh: "切换此后打印的所有内容所用的语言：en 为英文，zh 为中文。已经打印出来的内容不会改变；"
                    + "脚本也不受影响，因为命令词、键和字段名在两种语言中完全相同。在命令行上用 `--lang` 效果相同；"
                    + "默认语言由 LC_ALL、LC_MESSAGES 或 LANG 决定。"),
            example: "lang zh",
            seeAlso: ["help", "glossary"]),
        HelpEntry(
            name: "lesson",
            syntax: "lesson [N | end]",
            summary: Bilingual(
                en: "Lists the lessons, starts lesson N, or ends it. A lesson sets up its own scenario and walks "
                    + "you through it part by part; `lesson end` brings back the session you had before it.",
                zh: "列出所有课程、开始第 N 课，或结束当前课程。每一课都会设置自己的情景，"
                    + "并一部分接一部分地带你完成；`lesson end` 会恢复你开始课程之前的会话。"),
            example: "lesson 1",
            seeAlso: ["next", "hint", "lessons"]),
        HelpEntry(
            name: "next",
            syntax: "next",
            summary: Bilingual(
                en: "Skips to the next part of the lesson (a part also moves on by itself once you have done "
                    + "what it asks and its check passes).",
                zh: "跳到课程的下一部分（当你完成了这一部分要求的操作、并且检查通过时，课程也会自动进入下一部分）"
                    + "。"),
            example: "next",
            seeAlso: ["lesson", "hint"]),
        HelpEntry(
            name: "hint",
            syntax: "hint",
            summary: Bilingual(
                en: "Shows the command the current part of the lesson asks you to try, and the check's hint.",
                zh: "显示课程当前这一部分要你尝试的命令，以及检查条件的提示。"),
            example: "hint",
            seeAlso: ["lesson", "next"]),
        HelpEntry(
            name: "quit",
            syntax: "quit",
            summary: Bilingual(
                en: "Leaves coprod. Ctrl-D does the same.",
                zh: "退出 coprod。按 Ctrl-D 效果相同。"),
            example: "quit",
            seeAlso: ["exit", "save"]),
        HelpEntry(
            name: "exit",
            syntax: "exit",
            summary: Bilingual(
                en: "Leaves coprod; the same as quit.",
                zh: "退出 coprod；与 quit 相同。"),
            example: "exit",
            seeAlso: ["quit"]),
    ]

    // MARK: - Lesson-file statements

    static let lessonFiles: [HelpEntry] = [
        HelpEntry(
            name: "title",
            syntax: "title STRING",
            summary: Bilingual(
                en: "The lesson's title (lesson files only). It is the first statement of the file.",
                zh: "课程的标题（仅用于课程文件）。它是文件中的第一条语句。"),
            example: "title \"First steps\"",
            seeAlso: ["lessons", "part"]),
        HelpEntry(
            name: "part",
            syntax: "part STRING",
            summary: Bilingual(
                en: "Starts a part of the lesson (lesson files only). The commands before the first part set up "
                    + "the lesson's scenario.",
                zh: "开始课程的一个部分（仅用于课程文件）。第一个 part 之前的命令用来设置本课的情景。"),
            example: "part \"Look around\"",
            seeAlso: ["lessons", "say", "check"]),
        HelpEntry(
            name: "say",
            syntax: "say STRING",
            summary: Bilingual(
                en: "A line of the part's text (lesson files only). Consecutive say lines form one paragraph.",
                zh: "这一部分正文中的一行（仅用于课程文件）。连续的几行 say 组成一个段落。"),
            example: "say \"A week is one step of the model.\"",
            seeAlso: ["lessons", "part"]),
        HelpEntry(
            name: "predict",
            syntax: "predict STRING",
            summary: Bilingual(
                en: "A question to answer before trying the command (lesson files only).",
                zh: "在尝试命令之前要回答的一个问题（仅用于课程文件）。"),
            example: "predict \"Will more residents join the garden or the lift?\"",
            seeAlso: ["lessons", "try"]),
        HelpEntry(
            name: "try",
            syntax: "try STRING",
            summary: Bilingual(
                en: "The command the student is asked to type (lesson files only).",
                zh: "要求学生输入的命令（仅用于课程文件）。"),
            example: "try \"step 10\"",
            seeAlso: ["lessons", "check"]),
        HelpEntry(
            name: "check",
            syntax: "check EXPR [hint STRING]",
            summary: Bilingual(
                en: "A condition that passes once the student has done the part (lesson files only). The hint is "
                    + "shown while it fails.",
                zh: "学生完成这一部分后就会成立的条件（仅用于课程文件）。条件不成立时显示提示。"),
            example: "check week >= 10 hint \"type step 10\"",
            seeAlso: ["lessons", "expressions", "fields"]),
        HelpEntry(
            name: "zh",
            syntax: "zh STRING",
            summary: Bilingual(
                en: "The Chinese of the statement just before it (lesson files only): the title, a part, a say "
                    + "paragraph, a predict or a check's hint. Under `lang zh` the lesson shows this text instead of "
                    + "the English. A try needs none: a command is typed the same in both languages.",
                zh: "给紧挨在它前面的语句配上中文（仅用于课程文件）。可以配中文的有 title、part、一段 say、"
                    + "predict 和 check 的提示。在 `lang zh` 下，课程显示这段中文而不是英文。try 不需要 zh："
                    + "命令在两种语言中的输入方式相同。"),
            example: "zh \"输入 step 10\"",
            seeAlso: ["lessons", "say", "lang"]),
    ]

    // MARK: - Topics

    static let topics: [HelpEntry] = [
        HelpEntry(
            name: "expressions",
            syntax: "EXPR := comparison {and|or comparison} | not EXPR | ( EXPR );  comparison := OPERAND [= | == | != | < | <= | > | >= OPERAND]",
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
                en: "Names of things to count, compare and average. Resident fields: age, tenure, building, need, efficacy, trust, attachment, time, skill, "
                    + "digital, identification, responsibility, and per facility F.stage, F.channel, F.joined, "
                    + "F.sustained, F.active, F.served, F.satisfaction, F.fatigue. Model fields: week, "
                    + "participation, efficacy, trust, identification, responsibility, socialCapital, interventions, "
                    + "and per facility F.phase, F.progress, F.quality, F.condition, F.everJoined, F.active, "
                    + "F.sustained, F.retention, F.autonomy, F.type, F.degraded, F.completedAt.",
                zh: "可以计数、比较和求平均的对象的名称。居民字段：age、tenure、building、need、"
                    + "efficacy（自我效能感）、trust、attachment、time、skill、digital、identification（认同）、"
                    + "responsibility（公共意识），以及每个设施的 F.stage（所处阶段）、F.channel（参与渠道）、"
                    + "F.joined、F.sustained（持续行为）、F.active、F.served、F.satisfaction、F.fatigue。模型字段："
                    + "week、participation（参与率）、efficacy、trust、identification、responsibility、"
                    + "socialCapital（社会资本）、interventions（生效中的干预数），以及每个设施的 F.phase、"
                    + "F.progress、F.quality、F.condition、F.everJoined、F.active、F.sustained、"
                    + "F.retention（保持率）、F.autonomy、F.type、F.degraded、F.completedAt。"
                    + "各术语的中文解释见 `help glossary`。"),
            example: "mean shed.satisfaction where shed.active = 1",
            seeAlso: ["expressions", "count", "check"]),
        HelpEntry(
            name: "interventions",
            syntax: "intervene KIND [on NAME | on all] {strength N | from N | to N}",
            summary: Bilingual(
                en: "The nine government strategies. They are: role-shift (toward enabler, more responsive), tech-platform "
                    + "(online awareness and joining, eases taking part), emotional-care (emotional engagement "
                    + "through close ties), differentiated (scales the others by their fit to the facility's type), "
                    + "incentive (material rewards), information (publicity), training (capacity building), "
                    + "council (residents' council: easier co-design, more responsive) and outreach (door-to-door "
                    + "mobilisation). An intervention is active from its `from` week to its `to` week inclusive.",
                zh: "九种政府策略。它们是：role-shift（角色转变：转向赋能者，回应更积极）、"
                    + "tech-platform（技术赋能：线上知晓与加入，让参与更方便）、emotional-care（情感关怀："
                    + "借助亲密的邻里关系投入情感）、differentiated（差异化管理："
                    + "按照各项策略与设施类型的契合程度调整其作用）、incentive（物质激励）、information（信息宣传）"
                    + "、training（能力建设）、council（居民议事会：让共同设计更容易，回应更积极）"
                    + "和 outreach（入户动员）。一项干预从 `from` 周起到 `to` 周止（含这一周）有效。"),
            example: "intervene emotional-care on garden strength 0.6",
            seeAlso: ["intervene", "remove", "typology"]),
        HelpEntry(
            name: "lessons",
            syntax: "lesson [N | end];  in a lesson file: title, setup commands, then {part, say, predict, try, check}",
            summary: Bilingual(
                en: "Lessons walk through the model with their own scenario. Type `lesson` for the list, "
                    + "`lesson 1` to start, `next` to move on once a part's check passes, `hint` when stuck, "
                    + "`lesson end` to leave. Lesson files are .coprod files with the extra statements title, part, "
                    + "say, predict, try and check.",
                zh: "课程用各自的情景带你一步步了解模型。输入 `lesson` 查看课程列表，`lesson 1` 开始学习，"
                    + "某一部分的检查通过后用 `next` 继续，卡住时用 `hint`，用 `lesson end` 离开。"
                    + "课程文件就是 .coprod 文件，只是多了 title、part、say、predict、try 和 check 这几种语句。"),
            example: "lesson 1",
            seeAlso: ["lesson", "next", "hint", "check"]),
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
