import CoprodModel

/// Turns command outputs into the lines a person reads, in one language, for a terminal `width`
/// cells wide, with or without colour. The only place where output text is put together: commands
/// return `Output` values, and the words come from `Message`'s catalogues and `Words`.
public struct TextRenderer: Sendable {
    /// The language of every word.
    public var language: Language
    /// The width step reports are laid out for, and the width of output that is not a terminal.
    static let stepReportWidth = 78
    /// The width of output that is not a terminal, and the most paragraphs wrap to.
    public static let defaultWidth = 78
    /// Terminal width in cells (paragraphs wrap to it; at least 20).
    public var width: Int
    /// Whether ANSI colour may be used.
    public var colour: Bool
    /// Terminal height in rows, which a plot's charts are sized to fit; nil (files and pipes)
    /// keeps their default height.
    public var height: Int?

    public init(language: Language = .en, width: Int = 78, height: Int? = nil, colour: Bool = false) {
        self.language = language
        self.width = max(20, width)
        self.height = height.map { max(1, $0) }
        self.colour = colour
    }

    var words: Words { Words(language: language) }
    var zh: Bool { language == .zh }

    /// The lines of one output, without line breaks, none wider than the terminal: a line that
    /// its view did not wrap (a table row, a syntax line, a command echoed by `coprod demo`) is
    /// broken at word boundaries by ``hanging(_:width:indent:)``, as the terminal would otherwise
    /// cut it mid-word. A step report at the width of output that is not a terminal (78) keeps one
    /// line per level, and a chart keeps the width it was drawn for.
    public func lines(_ output: Output) -> [String] {
        let raw = unwrappedLines(output)
        switch output {
        case .step where width == Self.stepReportWidth: return raw
        case .plot, .sparklines, .histogram, .typologyMap: return raw
        case .echo(let prompt, let command):
            // The command's continuation lines start under the command, after the prompt; the
            // command is wrapped on its own, so that the prompt counts once on its first line.
            let indent = min(Format.cells(prompt), width / 3)
            let pieces = Self.wrap(Self.heldPairs(command), width: max(10, width - max(indent, Format.cells(prompt))))
            return pieces.enumerated().map { k, piece in
                (k == 0 ? prompt : String(repeating: " ", count: indent))
                    + piece.replacingOccurrences(of: "\u{A0}", with: " ")
            }
        default: return raw.flatMap { Self.hanging($0, width: width, indent: 2) }
        }
    }

    /// The keys of declarations' settings, which an echoed command keeps with their values.
    static let settingKeys: Set<String> = Set(
        SettingsRegistry.community.map(\.key) + SettingsRegistry.resident.map(\.key)
            + SettingsRegistry.facility.map(\.key) + SettingsRegistry.government.map(\.key)
            + SettingsRegistry.intervention.map(\.key) + ["on", "serves"])

    /// `command` with each setting's key held to its value by a no-break space (`salience 0.6`,
    /// `serves building 1`, `on shed`), so that wrapping an echoed command never parts them.
    static func heldPairs(_ command: String) -> String {
        let words = command.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        var out: [String] = []
        var k = 0
        while k < words.count {
            var piece = words[k]
            // (`serves building 1`: `building` is a resident's key too, but here the scope.)
            if settingKeys.contains(words[k]), k + 1 < words.count, !words[k + 1].isEmpty,
                !settingKeys.contains(words[k + 1]) || words[k] == "serves"
            {
                piece += "\u{A0}" + words[k + 1]
                k += 1
                // `serves building 1`, `serves age older`: the scope and its value.
                if words[k - 1] == "serves", ["building", "age", "tenure"].contains(words[k]), k + 1 < words.count {
                    piece += "\u{A0}" + words[k + 1]
                    k += 1
                }
            }
            out.append(piece)
            k += 1
        }
        return out.joined(separator: " ")
    }

    /// `text` (a paragraph, or lines separated by `\n`) wrapped to `width` cells (at most 78)
    /// at word boundaries, each line's continuation indented by `indent`: for what the executable
    /// prints itself (the start banner, y/N questions), with the renderer's wrapping.
    public static func fitted(_ text: String, width: Int, indent: Int = 0) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { hanging(String($0), width: max(20, min(width, 78)), indent: indent) }
    }

    /// The cells `text` takes on a terminal (a Chinese character two).
    public static func cells(_ text: String) -> Int { Format.cells(text) }

    private func unwrappedLines(_ output: Output) -> [String] {
        switch output {
        case .note(let m): note(m)
        case .blank: [""]
        case .echo(let prompt, let command): [prompt + command]
        case .pause(let text): paragraph("» " + text).map { colour ? "\u{1B}[1m" + $0 + "\u{1B}[0m" : $0 }
        case .community(let v): community(v).flatMap(paragraph)
        case .resident(let v): resident(v)
        case .residentDeclared(let v): paragraph(residentLabel(v) + (zh ? "：" : ": ") + residentSummary(v))
        case .facility(let v): facility(v).flatMap(paragraph)
        case .facilityDeclared(let spec, let changed):
            paragraph(
                (zh ? (changed ? "已修改设施 " : "设施 ") : (changed ? "changed facility " : "facility "))
                    + spec.name + (zh ? "：" : ": ") + facilitySummary(spec))
        case .government(let v): government(v).flatMap(paragraph)
        case .governmentDeclared(let g): paragraph(governmentLine(g))
        case .parameters(let v): parameters(v)
        case .interventions(let list): interventions(list)
        case .interventionDeclared(let v):
            paragraph(
                (zh ? "第 \(v.intervention.id) 号干预：" : "intervention \(v.intervention.id): ")
                    + interventionSummary(v.intervention))
        case .step(let r):
            // Laid out for 78 columns, one line per level, which output that is not a terminal
            // (scripts, pipes, files; width 78) keeps. On a terminal of another width (the REPL
            // sets it), a line longer than the terminal (a projector's window made smaller, or
            // three facilities in maintenance in Chinese) wraps under its text (``lines(_:)``)
            // instead of being cut by the terminal mid-number.
            step(r)
        case .typology(let v): typology(v).flatMap(paragraph)
        case .explanation(let v): explanation(v)
        case .query(let q): query(q)
        case .help(let h): help(h)
        case .runs(let r): runs(r)
        case .comparison(let c): comparison(c)
        case .comparisonOverWeeks(let s): comparisonOverWeeks(s)
        case .plot(let v): plot(v)
        case .sparklines(let list): sparklines(list)
        case .histogram(let h): histogram(h)
        case .typologyMap(let v): typologyMap(v)
        case .validation(let r): ValidationRendering.lines(r, language: language, width: width)
        case .warning(let d):
            DiagnosticRenderer.render(d, colour: colour, language: language, width: width).split(
                separator: "\n", omittingEmptySubsequences: false
            ).map(String.init)
        case .lessonList(let list): lessonList(list)
        case .lessonPart(let p): lessonPart(p)
        }
    }

    /// All outputs' lines joined with `\n` (for tests and files).
    public func text(_ outputs: [Output]) -> String {
        outputs.flatMap(lines).joined(separator: "\n")
    }

    // MARK: Paragraphs

    /// A note, wrapped to the width (continuation lines indented by two).
    func note(_ m: Message) -> [String] {
        paragraph(m.text(language))
    }

    /// One line of prose wrapped to the width (at most 78), continuation lines indented by two
    /// more than the line.
    func paragraph(_ line: String) -> [String] {
        Self.hanging(line, width: min(width, 78), indent: 2)
    }

    /// Word-wraps to `width` (at most 78) cells; Chinese text breaks between characters, where
    /// ``LineBreaking`` allows it.
    func wrapped(_ text: String) -> [String] {
        Self.wrap(text, width: min(width, 78))
    }

    /// One line wrapped to `width` cells, its continuation lines starting under its text: under
    /// the second column of a table row (`  step       text…`: a label, two or more spaces),
    /// else at the line's own indentation plus `indent`. A line that fits is left as it is, so
    /// tables and code examples that fit keep their layout.
    static func hanging(_ line: String, width: Int, indent extra: Int = 0) -> [String] {
        guard Format.cells(line) > width else { return [line] }
        let chars = Array(line)
        let lead = chars.prefix { $0 == " " }.count
        var column = lead
        var continuation = lead + extra
        var table = false
        if lead > 0, let gap = tableGap(chars, from: lead) {
            table = true
            column = gap
            // In cells: a Chinese label (`  行为过程  `) is twice as wide as its characters.
            continuation = Format.cells(String(chars[..<gap]))
        }
        let head = String(chars[..<column])
        let pieces = wrap(
            String(chars[column...]), width: max(10, min(width - Format.cells(head), width - continuation)),
            keepGaps: table)
        return pieces.enumerated().map { k, piece in
            (k == 0 ? head : String(repeating: " ", count: continuation)) + piece
        }
    }

    /// Where the text of a table row starts: after its label (`step`, `--seed <N>`) and the first
    /// run of two or more spaces.
    private static func tableGap(_ chars: [Character], from start: Int) -> Int? {
        var k = start
        while k + 1 < chars.count, !(chars[k] == " " && chars[k + 1] == " ") { k += 1 }
        guard k + 1 < chars.count else { return nil }
        while k < chars.count, chars[k] == " " { k += 1 }
        return k < chars.count ? k : nil
    }

    /// Breaks `text` into lines of at most `width` cells (a Chinese character takes two) where
    /// ``LineBreaking`` allows it: at spaces and between Chinese characters, never inside a
    /// glossary term, between a number and its unit or label, before closing or after opening
    /// punctuation, unless the piece that makes is wider than a line. A run of narrow characters
    /// (a code word like `shed.joined`, a number) and a code span between backticks (`` `answer
    /// 上升` ``) are never split, even when wider than the line. Runs of spaces become one space;
    /// with `keepGaps` (the rest of a table row) a run of two or more (the gap between columns)
    /// stays two. Without `betweenWide` (code: a syntax line, an example with a quoted Chinese
    /// text) lines break only at spaces.
    static func wrap(_ text: String, width: Int, keepGaps: Bool = false, betweenWide: Bool = true) -> [String] {
        let widest = keepGaps ? 2 : 1
        // Pieces: a run of narrow characters (a word), a code span or a single wide character,
        // with the spaces (0, 1 or 2) that came before it.
        typealias Piece = (text: String, gap: Int)
        var pieces: [Piece] = []
        var current = ""
        var gap = 0
        var pendingSpaces = 0
        func flush() {
            if !current.isEmpty {
                pieces.append((current, gap))
                current = ""
            }
        }
        // A code span between backticks (`answer 上升`) is one piece: never broken inside. A
        // backtick without its closing one is an ordinary character.
        var inCode = false
        var backticksLeft = text.filter { $0 == "`" }.count
        for c in text {
            if c == "`" {
                backticksLeft -= 1
                if inCode || backticksLeft > 0 { inCode.toggle() }
            } else if inCode {
                if current.isEmpty {
                    gap = min(widest, pendingSpaces)
                    pendingSpaces = 0
                }
                current.append(c)
                continue
            }
            if c == " " {
                flush()
                pendingSpaces += 1
                continue
            }
            if betweenWide && DiagnosticRenderer.width(c) == 2 {
                flush()
                pieces.append((String(c), min(widest, pendingSpaces)))
                pendingSpaces = 0
                continue
            }
            if current.isEmpty {
                gap = min(widest, pendingSpaces)
                pendingSpaces = 0
            }
            current.append(c)
        }
        flush()
        guard !pieces.isEmpty else { return [""] }
        // joins[k]: how piece k holds to piece k − 1 (joins[0] is unused).
        var joins = [LineBreaking.Join](repeating: .free, count: pieces.count)
        for k in pieces.indices.dropFirst() {
            joins[k] = LineBreaking.join(pieces[k - 1].text, pieces[k].text, gap: pieces[k].gap)
        }
        // Terms inside each run of single wide characters written without spaces.
        var k = 0
        while k < pieces.count {
            var end = k + 1
            func single(_ p: Piece) -> Bool { p.text.count == 1 && p.text.first.map(DiagnosticRenderer.width) == 2 }
            guard single(pieces[k]) else {
                k = end
                continue
            }
            while end < pieces.count, pieces[end].gap == 0, single(pieces[end]) { end += 1 }
            let run = pieces[k..<end].compactMap(\.text.first)
            var inside = LineBreaking.termJoins(run)
            // A number after the run holds to the run's last word, its label
            // (``LineBreaking/labelStart(_:_:)``), when that can be told.
            if end < pieces.count, joins[end] == .avoid, LineBreaking.isNumber(pieces[end].text) {
                if let label = LineBreaking.labelStart(run, inside) {
                    for j in (label + 1)..<run.count { inside[j] = true }
                } else {
                    joins[end] = .free
                }
            }
            for (offset, held) in inside.enumerated() where held { joins[k + offset] = max(joins[k + offset], .avoid) }
            k = end
        }
        func cells(_ range: Range<Int>) -> Int {
            range.reduce(0) { $0 + Format.cells(pieces[$1].text) + ($1 > range.lowerBound ? pieces[$1].gap : 0) }
        }
        // Units, the pieces a line is filled with: the pieces held together by joins stronger
        // than `.free`; a unit wider than the line is cut at its weakest joins, again and again
        // until each fits (or is a single piece).
        var units: [Range<Int>] = []
        func cut(_ range: Range<Int>, above strength: LineBreaking.Join) {
            var start = range.lowerBound
            for k in range.dropFirst() where joins[k] <= strength {
                place(start..<k, above: strength)
                start = k
            }
            place(start..<range.upperBound, above: strength)
        }
        func place(_ range: Range<Int>, above strength: LineBreaking.Join) {
            let inner = range.dropFirst().map { joins[$0] }.min()
            guard cells(range) > width, let weakest = inner else {
                units.append(range)
                return
            }
            cut(range, above: max(weakest, strength))
        }
        cut(0..<pieces.count, above: .free)
        var lines: [String] = []
        var line: Range<Int>? = nil
        func render(_ range: Range<Int>) -> String {
            range.map { String(repeating: " ", count: $0 > range.lowerBound ? pieces[$0].gap : 0) + pieces[$0].text }
                .joined()
        }
        for unit in units {
            if let open = line, cells(open.lowerBound..<unit.upperBound) > width {
                lines.append(render(open))
                line = unit
            } else {
                line = (line?.lowerBound ?? unit.lowerBound)..<unit.upperBound
            }
        }
        if let open = line { lines.append(render(open)) }
        return lines
    }

    // MARK: Declarations and views

    func residentLabel(_ v: ResidentView) -> String {
        let number = zh ? "居民 \(v.number)" : "resident \(v.number)"
        return v.name.map { "\($0) (\(number))" } ?? number
    }

    func residentSummary(_ v: ResidentView) -> String {
        let head =
            zh
            ? "\(words.age(v.age))\(words.tenure(v.tenure))，\(v.building) 号楼，"
            : "\(v.age) \(v.tenure), building \(v.building), "
        return head + factors(v)
    }

    func factors(_ v: ResidentView) -> String {
        v.factors.map { "\(words.trait($0.0)) \(Format.fixed($0.1))" }.joined(separator: zh ? "，" : ", ")
    }

    /// A facility's declared attributes; its outreach too when it was set (`facility garden outreach 0`
    /// says so, rather than echoing every attribute but the one just changed).
    func facilitySummary(_ s: FacilitySpec) -> String {
        if zh {
            return "公共性 \(Format.literal(s.publicness))，显著性 \(Format.literal(s.salience))，"
                + "复杂度 \(Format.literal(s.complexity))，成本 \(Format.literal(s.cost))，"
                + "可见度 \(Format.literal(s.visibility))，服务 \(words.beneficiaries(s.serves))，发起方 \(words.initiator(s.initiator))"
                + (s.outreach.map { "，入户动员 \(Format.literal($0))" } ?? "")
        }
        return "publicness \(Format.literal(s.publicness)), salience \(Format.literal(s.salience)), "
            + "complexity \(Format.literal(s.complexity)), cost \(Format.literal(s.cost)), "
            + "visibility \(Format.literal(s.visibility)), serves \(s.serves), initiator \(s.initiator.rawValue)"
            + (s.outreach.map { ", outreach \(Format.literal($0))" } ?? "")
    }

    func interventionSummary(_ iv: Intervention) -> String {
        if zh {
            let window = iv.end.map { "第 \(iv.start)–\($0) 周" } ?? "自第 \(iv.start) 周起"
            return "\(iv.kind.rawValue) 作用于 \(iv.target ?? "全部设施")，强度 \(Format.fixed(iv.strength))，\(window)"
                + " —— \(words.strategy(iv.kind))"
        }
        let window = iv.end.map { "weeks \(iv.start)–\($0)" } ?? "from week \(iv.start)"
        return "\(iv.kind.rawValue) on \(iv.target ?? "all"), strength \(Format.fixed(iv.strength)), \(window)"
            + " — \(words.strategy(iv.kind))"
    }

    func governmentLine(_ g: Government) -> String {
        zh
            ? "政府：角色 \(Format.fixed(g.role))，预算 \(Format.literal(g.budget))，回应性 \(Format.fixed(g.responsiveness))"
            : "government: role \(Format.fixed(g.role)), budget \(Format.literal(g.budget)), responsiveness \(Format.fixed(g.responsiveness))"
    }

    func government(_ v: GovernmentView) -> [String] {
        let g = v.government
        var out: [String]
        if zh {
            out = [
                "政府（常规生产者）",
                "  全社区角色 \(Format.fixed(g.role))（0 主导者 … 1 使能者，government role 的设定），预算每项设施每周 \(Format.literal(g.budget)) 个工作单位，回应性 \(Format.fixed(g.responsiveness))",
            ]
            out += v.shiftedRoles.map {
                "  在 \($0.facility) 上的角色现为 \(Format.fixed($0.role))（角色转变只作用于该设施；全社区角色仍为 \(Format.fixed(g.role))）"
            }
        } else {
            out = [
                "government (the regular producer)",
                "  community-wide role \(Format.fixed(g.role)) (0 director … 1 enabler, the setting government role), budget \(Format.literal(g.budget)) work units a week per facility, responsiveness \(Format.fixed(g.responsiveness))",
            ]
            out += v.shiftedRoles.map {
                "  role on \($0.facility) is now \(Format.fixed($0.role)) (role transformation acts on this facility "
                    + "only; the community-wide role stays \(Format.fixed(g.role)))"
            }
        }
        return out
    }

    func parameters(_ v: ParametersView) -> [String] {
        var out = [zh ? "模型参数（set 名称 值）" : "parameters (set NAME VALUE)"]
        let rows = v.rows.map { r in
            [
                r.name, Format.literal(r.value),
                "\(Format.literal(r.range.lowerBound))…\(Format.literal(r.range.upperBound))", words.source(r.source),
            ]
        }
        out += Format.table(rows, width: min(width, 78), joiner: zh ? "，" : ", ")
        out.append(
            "  typology.autonomy \(Format.literal(v.thresholds.autonomy)), typology.publicness \(Format.literal(v.thresholds.publicness))"
        )
        return out
    }

    func interventions(_ list: [InterventionView]) -> [String] {
        if list.isEmpty { return wrapped(Message.noInterventionsYet.text(language)) }
        return list.map { v in
            "\(v.intervention.id). " + interventionSummary(v.intervention)
                + (v.active ? (zh ? "［生效中］" : " [active]") : "")
        }
    }
}
