import CoprodModel

/// Where a line may break, for ``TextRenderer/wrap(_:width:keepGaps:betweenWide:)``: the usual
/// rules of Chinese line breaking (Unicode UAX #14 and the W3C "Requirements for Chinese Text
/// Layout", clreq), tailored to coprod's texts, which mix Chinese with numbers and code.
///
/// The wrapper cuts a text into pieces that are never broken (a run of narrow characters such as
/// `shed.joined` or `0.246→0.246`, a code span between backticks, a single wide character) and
/// asks ``join(_:_:gap:)`` how strongly each piece holds to the one before it:
///
/// - a glossary term (``terms``: the Chinese of ``Glossary``, ``Terms`` and ``Words``) is not
///   broken inside (`社区曾参与率`, `可见度`, `自我效能感`);
/// - a number stays with the unit or classifier after it (`27 人`, `40 周`, `3 次`) and with the
///   label before it (`完好度 1.00`, `第 41 周`, `seed 1`) or the comparison before it (`≥ 0.50`);
/// - closing punctuation (`，。、；：！？）」』` …) never starts a line, opening punctuation
///   (`（「『“` …) never ends one, and a ` · ` separator ends the line it is on rather than
///   starting the next.
///
/// The first two only avoid a break: a term or a label with its number longer than a line still
/// breaks inside; punctuation holds the hardest.
enum LineBreaking {
    /// How strongly a piece holds to the one before it, weakest first.
    enum Join: Int, Comparable {
        /// A break is allowed (at a space, between two Chinese characters that form no term).
        case free
        /// Not inside a term, nor between a number and its unit or its label, unless the piece
        /// they make is wider than a line.
        case avoid
        /// Not after opening punctuation, unless that alone makes a piece wider than a line.
        case afterOpening
        /// Not before closing punctuation (nor before a ` · ` separator), unless nothing else can.
        case beforeClosing

        static func < (a: Join, b: Join) -> Bool { a.rawValue < b.rawValue }
    }

    /// How the piece `next` holds to the piece `previous`, with `gap` spaces between them. Term
    /// joins inside a run of Chinese characters are found by ``termJoins(_:)``, not here.
    static func join(_ previous: String, _ next: String, gap: Int) -> Join {
        guard let last = previous.last, let first = next.first else { return .free }
        // Closing punctuation, and a separator `·` written between spaces.
        if isClosing(first) && (gap == 0 || DiagnosticRenderer.width(first) == 2) { return .beforeClosing }
        if next == "·" && gap > 0 { return .beforeClosing }
        if isOpening(last) && gap == 0 { return .afterOpening }
        guard gap <= 1 else { return .free }
        // A number and the unit or classifier after it: `27 人`, `40 周`, `3次`.
        if isNumber(previous), next.count == 1, units.contains(first) { return .avoid }
        // A label and its number: `完好度 1.00`, `第 41 周`, `seed 1`, not `，33`; a comparison
        // and its number: `≥ 0.50`.
        if isNumber(next), last.isLetter || (previous.count == 1 && "≥≤<>=≠≈".contains(last)) { return .avoid }
        // A command word and its code argument: `set typology.autonomy`, `show shed`, `lesson 3`
        // (not `set the role` in English prose).
        if gap == 1, CommandRegistry.words.contains(previous), next.allSatisfy(\.isASCII),
            looksLikeCode(next, after: previous)
        {
            return .avoid
        }
        return .free
    }

    /// Whether `word` after the command `command` is code rather than prose: a field or key with
    /// a dot or a capital inside (`typology.autonomy`, `sustainWeeks`; not `alone.` ending a
    /// sentence), a hyphenated word (`role-shift`), or a keyword, facility
    /// or intervention kind the command takes (`on`, `shed`, `role-shift`).
    static func looksLikeCode(_ word: String, after command: String) -> Bool {
        let chars = Array(word)
        let dotted = chars.indices.dropFirst().dropLast().contains { chars[$0] == "." && chars[$0 + 1].isLetter }
        return dotted || word.dropFirst().contains(where: \.isUppercase) || word.dropLast().contains("-")
            || Vocabulary.keywords(after: command).contains(word) || Terms.facilityNames[word] != nil
    }

    /// For a run of wide characters written without spaces (`社区曾参与率为`), the joins that lie
    /// inside one of ``terms``: `result[k]` is true when character `k` (from 1) may not be split
    /// from character `k − 1`. Every occurrence counts, overlapping ones too, so no term is split.
    static func termJoins(_ run: [Character]) -> [Bool] {
        var inside = [Bool](repeating: false, count: run.count)
        guard run.count > 1 else { return inside }
        for start in 0..<(run.count - 1) where run[start].isLetter {
            var end = start + 1
            while end < run.count, end - start < longestTerm, run[end].isLetter {
                end += 1
                if terms.contains(String(run[start..<end])) {
                    for k in (start + 1)..<end { inside[k] = true }
                }
            }
        }
        return inside
    }

    /// Where the label of a number that follows `run` (wide characters written without spaces)
    /// starts, given the run's ``termJoins(_:)``: the term the run ends with; else the whole run
    /// when it is a short word of its own (at most four characters after a space or
    /// punctuation: `随机种子 1`, the author of `高飞 2022`); else a prefix of numbers (`第`, `约`,
    /// `每`) that ends it. Nil for running text, whose last word cannot be told without a
    /// dictionary (`政府投入减少 1.44`): the number may then start a line.
    static func labelStart(_ run: [Character], _ inside: [Bool]) -> Int? {
        var start = run.count - 1
        guard start >= 0, run[start].isLetter else { return nil }
        while start > 0, inside[start] { start -= 1 }
        guard start == run.count - 1 else { return start }
        var word = start
        while word > 0, run[word - 1].isLetter { word -= 1 }
        if run.count - word <= 4 { return word }
        return numberPrefixes.contains(run[start]) ? start : nil
    }

    /// Characters written before a number that belong to it: `第 3 课`, `约 20 人`, `每 4 周`.
    static let numberPrefixes: Set<Character> = Set("第约每共")

    /// The Chinese terms that are never broken inside: every Chinese name of the catalogue — the
    /// glossary's terms (docs/GLOSSARY.md), the names of metrics, settings and category words of
    /// ``Terms``, the Chinese aliases a script may type, the Chinese names of the default
    /// facilities (`车棚`) and of the help pages' placeholders (`运行乙`), and the category words of ``Words`` —
    /// cut at anything that is not a Chinese character (`公共意识（责任意识）` gives `公共意识`
    /// and `责任意识`, `I 动员配合型` gives `动员配合型`), two characters or more.
    static let terms: Set<String> = {
        var names = Glossary.entries.map(\.term.zh)
        for table in [Terms.metrics, Terms.settings, Terms.words] { names += table.values.map(\.name.zh) }
        names += Array(Terms.aliases.keys) + Array(Terms.keywordAliases.keys) + Terms.printedNames.values.joined()
        names += Terms.facilityNames.values.joined()
        names += Array(Terms.placeholders.values) + Terms.commandPlaceholders.values.flatMap(\.values)
        names += Words.chineseVocabulary + commonWords
        var terms = Set<String>()
        for name in names {
            for run in name.split(whereSeparator: { !($0.isLetter && DiagnosticRenderer.width($0) == 2) })
            where run.count >= 2 {
                terms.insert(String(run))
            }
        }
        return terms
    }()

    /// Common words of coprod's Chinese texts that are not in the catalogue, kept whole too
    /// (`上升、下降`, `停留在转变后的位置`): directions, verbs of the commands' texts, function words
    /// of two characters.
    static let commonWords: [String] = [
        "上升", "下降", "不变", "升高", "降低", "提高", "增加", "减少", "变多", "变少", "变化", "改变", "保持",
        "位置", "显示", "输入", "命令", "运行", "设施", "居民", "政府", "社区", "项目", "参与", "预测", "结果",
        "之后", "之前", "以后", "以前", "现在", "已经", "可以", "需要", "没有", "因为", "所以", "但是", "如果",
        "还是", "或者", "并且", "而且", "然后", "一个", "这个", "那个", "每个", "这些", "那些", "哪些", "什么",
        "为什么", "怎么", "比较", "对照", "继续", "开始", "结束", "保存", "丢弃", "复制", "切换", "进入", "退出",
        "转变", "自己", "其他", "其余", "全部", "所有", "部分", "课程", "问题", "回答", "答案", "提示", "帮助",
        "示例", "语法", "例如", "比如", "看看", "试试", "选项", "数字", "名字", "名称", "状态", "进度", "阶段",
        "时间", "影响", "原因", "作用", "效果", "最初", "一起", "一同", "邻居", "阈值", "类型", "猜想", "中文",
        "直接", "再试", "主运行", "而来", "编号", "默认", "设置", "取值", "范围", "单位", "查询", "字段", "指标",
    ]

    /// The length of the longest of ``terms``, in characters.
    static let longestTerm: Int = terms.map(\.count).max() ?? 0

    /// Units and classifiers that follow a number: `27 人`, `3 项设施`, `40 周`, `18 次`.
    static let units: Set<Character> = Set("人位个名户栋楼层号条项次周天年岁秒分倍元课节种级组件轮步届％%")

    /// A piece that is a number: a digit first, after an optional sign (`+79`, `-0.138`,
    /// `0.246→0.246`, `18%`, `1,000`).
    static func isNumber(_ piece: String) -> Bool {
        var rest = Substring(piece)
        if let c = rest.first, "+-−±~≈".contains(c) { rest = rest.dropFirst() }
        return rest.first.map { $0.isASCII && $0.isNumber } ?? false
    }

    /// Closing punctuation, which never starts a line (clreq §3.1.7; UAX #14 classes CL, CP, EX,
    /// IS and the closing quotes): Chinese and ASCII.
    static func isClosing(_ c: Character) -> Bool {
        "，。、；：？！）」』》】〉〕〗”’…‥％‰,.;:?!)]}%".contains(c)
    }

    /// Opening punctuation, which never ends a line: Chinese and ASCII.
    static func isOpening(_ c: Character) -> Bool {
        "（「『《【〈〔〖“‘([{".contains(c)
    }
}
