import Testing

@testable import CoprodLanguage

/// The help catalogue covers the whole language of `grammar-contract.md`, in English and in Chinese.
@Suite struct HelpCatalogueTests {
    /// Every command word of the contract (REPL commands and lesson-file statements).
    static let commandWords = [
        "community", "resident", "facility", "government", "intervene", "remove", "set",
        "step", "run", "show", "count", "rate", "mean", "typology", "explain",
        "save", "load", "export", "reset", "clear", "help", "lang", "lesson", "next", "hint", "quit", "exit",
        "title", "part", "say", "zh", "predict", "try", "check",
    ]
    static let topics = ["expressions", "fields", "glossary", "interventions", "typology", "lessons"]

    /// The group titles of the English overview, in order.
    static let englishGroups = [
        "set up:", "step:", "look:", "twins & rewind:", "keep work:", "help & lessons:", "lesson files only:",
        "topics:",
    ]

    /// English terms of the field and the Chinese each summary must use for them (the glossary's).
    static let terms: [(en: String, zh: String)] = [
        ("co-production", "共同生产"), ("micro-infrastructure", "微基建"), ("co-design", "共同设计"),
        ("self-efficacy", "自我效能感"), ("subjective norm", "主观规范"),
        ("perceived behavioural control", "知觉行为控制"), ("identification", "认同"),
        ("responsibility", "公共意识"), ("socialCapital", "社会资本"), ("mobilisation", "动员"),
        ("self-organised", "自组织"), ("emotional engagement", "情感关怀"), ("role-shift", "角色转变"),
        ("differentiated", "差异化管理"), ("tech-platform", "技术赋能"), ("salience", "显著性"),
        ("publicness", "公共性"), ("commons", "公共品"), ("retention", "保持率"),
        ("regular producer", "常规生产者"), ("scenario", "情景"), ("intervention", "干预"),
    ]

    @Test(arguments: commandWords + topics)
    func everyWordHasAnEntry(word: String) throws {
        let entry = try #require(HelpCatalogue.entry(named: word))
        #expect(entry.name == word)
    }

    @Test func lookupIgnoresCaseAndBlanks() {
        #expect(HelpCatalogue.entry(named: "  Step ")?.name == "step")
        #expect(HelpCatalogue.entry(named: " ZH")?.name == "zh")
        #expect(HelpCatalogue.entry(named: "stpe") == nil)
    }

    @Test func everyEntryIsComplete() {
        for entry in HelpCatalogue.entries {
            #expect(!entry.example.isEmpty, "\(entry.name) has no example")
            #expect(!entry.syntax.isEmpty, "\(entry.name) has no syntax")
            for language in Language.allCases {
                #expect(!entry.summary[language].isEmpty, "\(entry.name) has no \(language) summary")
            }
        }
    }

    @Test func chineseSummariesAreChinese() {
        for entry in HelpCatalogue.entries {
            #expect(Self.hasCJK(entry.summary.zh), "\(entry.name): zh summary has no Chinese")
            #expect(entry.summary.zh != entry.summary.en, "\(entry.name): zh summary is the English one")
            #expect(entry.summary.zh.hasSuffix("。"), "\(entry.name): zh summary does not end with 。")
        }
    }

    /// The Chinese says as much as the English: the whole summary, and the first sentence the
    /// overview shows (a Chinese character takes two cells and says about three letters' worth,
    /// so a faithful translation has at least half the English length in cells; 0.45 leaves room).
    @Test func chineseSummariesSayTheSame() {
        func cells(_ text: String) -> Int {
            text.unicodeScalars.reduce(0) {
                $0 + ((0x2E80...0x9FFF).contains($1.value) || (0xFF00...0xFF60).contains($1.value) ? 2 : 1)
            }
        }
        for entry in HelpCatalogue.entries {
            let en = HelpCatalogue.firstSentence(of: entry.summary.en, in: .en)
            let zh = HelpCatalogue.firstSentence(of: entry.summary.zh, in: .zh)
            #expect(
                Double(cells(zh)) >= 0.45 * Double(en.count),
                "\(entry.name): overview line '\(zh)' is much shorter than '\(en)'")
            #expect(
                Double(cells(entry.summary.zh)) >= 0.45 * Double(entry.summary.en.count),
                "\(entry.name): the Chinese summary is much shorter than the English")
        }
    }

    /// Chinese punctuation outside code: no ASCII comma, semicolon, colon, parenthesis, question or
    /// exclamation mark in running Chinese text (inside backticks code is left as typed).
    @Test func chineseSummariesUseChinesePunctuation() {
        for entry in HelpCatalogue.entries {
            let prose = Self.outsideCode(entry.summary.zh)
            for mark in [",", ";", ":", "(", ")", "?", "!"] {
                #expect(!prose.contains(mark), "\(entry.name): zh summary has ASCII '\(mark)'")
            }
        }
    }

    /// What the user types stays in Latin letters: every `code` span of the English summary is in
    /// the Chinese one, no backtick span and no syntax line holds Chinese.
    @Test func codeIsTheSameInBothLanguages() {
        for entry in HelpCatalogue.entries {
            let english = Self.codeSpans(entry.summary.en)
            let chinese = Self.codeSpans(entry.summary.zh)
            for span in english {
                #expect(chinese.contains(span), "\(entry.name): zh summary lacks `\(span)`")
            }
            for span in chinese {
                #expect(!Self.hasCJK(span), "\(entry.name): `\(span)` is code but holds Chinese")
            }
            #expect(!Self.hasCJK(entry.syntax), "\(entry.name): syntax holds Chinese")
        }
    }

    @Test func termsAreTranslatedConsistently() {
        for entry in HelpCatalogue.entries {
            let english = entry.summary.en.lowercased()
            for term in Self.terms where english.contains(term.en.lowercased()) {
                #expect(entry.summary.zh.contains(term.zh), "\(entry.name): '\(term.en)' is not rendered as \(term.zh)")
            }
        }
    }

    @Test func namesAreUniqueAndSeeAlsoResolves() {
        let names = HelpCatalogue.entries.map(\.name)
        #expect(Set(names).count == names.count)
        for entry in HelpCatalogue.entries {
            for other in entry.seeAlso {
                #expect(HelpCatalogue.entry(named: other) != nil, "\(entry.name) refers to unknown \(other)")
            }
        }
    }

    @Test func examplesStartWithTheirCommand() {
        for word in Self.commandWords {
            let entry = HelpCatalogue.entry(named: word)!
            #expect(entry.example.hasPrefix(word), "example of \(word): \(entry.example)")
        }
    }

    @Test func newEntriesSayWhatTheyAreFor() throws {
        let lang = try #require(HelpCatalogue.entry(named: "lang"))
        #expect(lang.syntax == "lang en|zh")
        #expect(lang.example == "lang zh")
        let zh = try #require(HelpCatalogue.entry(named: "zh"))
        #expect(zh.syntax == "zh STRING")
        #expect(zh.example == "zh \"输入 step 10\"")
        #expect(zh.summary.en.contains("lesson files only"))
        let glossary = try #require(HelpCatalogue.entry(named: "glossary"))
        #expect(glossary.example == "help glossary")
    }

    @Test func listAndOverviewNameEveryEntryInGroups() {
        for language in Language.allCases {
            let list = HelpCatalogue.list(language)
            let overview = HelpCatalogue.overview(language)
            for entry in HelpCatalogue.entries {
                #expect(list.contains("  \(entry.name) "), "\(language) list lacks \(entry.name)")
                #expect(
                    overview.split(separator: "\n").contains {
                        $0.split(separator: " ").contains(Substring(entry.name))
                    },
                    "\(language) overview lacks \(entry.name)")
            }
        }
        let english = HelpCatalogue.list(.en)
        for group in Self.englishGroups {
            #expect(english.contains(group))
        }
    }

    /// A bare `help` fits a projector's screen (about 40 lines) in both languages: the heading, one
    /// line per group with its title and its names (its title in the language, the names in one
    /// column), then where the details are.
    @Test(arguments: Language.allCases)
    func overviewIsOneLinePerGroup(_ language: Language) throws {
        let lines = HelpCatalogue.overview(language).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        let groupLines = lines.filter { $0.hasPrefix("  ") }
        #expect(groupLines.count == HelpCatalogue.groups.count)
        var columns: Set<Int> = []
        for (line, group) in zip(groupLines, HelpCatalogue.groups) {
            let names = group.entries.map(\.name).joined(separator: " ")
            #expect(line.hasPrefix("  " + group.title[language] + "  "))
            #expect(line.hasSuffix("  " + names), "\(line)")
            columns.insert(Format.cells(line) - Format.cells(names))
        }
        #expect(columns.count == 1, "the names start in one column: \(columns)")
        let text = lines.joined(separator: "\n")
        // (Chinese names no English placeholder: `help` and a command, as `help run`.)
        for code in [language == .en ? "help WORD" : "help run", "help all", "lesson 1"] {
            #expect(text.contains("`\(code)`"), "\(code)")
        }
        #expect(language == .en ? !Self.hasCJK(lines[0]) : Self.hasCJK(lines[0]))
        let rendered = TextRenderer(language: language, width: 80).lines(.help(.overview))
        #expect(rendered.count <= 38, "\(rendered.count) lines")
        #expect(rendered.allSatisfy { Format.cells($0) <= 78 })
    }

    /// The English list (`help all`) keeps the 0.1 shape of `help`: heading, blank line, groups of `  name  sentence`
    /// lines each followed by a blank line, then the closing line.
    @Test func englishOverviewKeepsItsShape() throws {
        let lines = HelpCatalogue.list(.en).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        #expect(lines.first == "coprod commands (type `help WORD` for details and an example):")
        #expect(lines.dropFirst().first == "")
        #expect(lines.last == "Comments start with #. One command per line. Paths go in double quotes.")
        #expect(Array(lines.filter { !$0.hasPrefix(" ") && $0.hasSuffix(":") }.dropFirst()) == Self.englishGroups)
        #expect(lines.count == 2 + 2 * Self.englishGroups.count + HelpCatalogue.entries.count + 1)
        #expect(
            lines.contains(
                "  step           Advances the model by one week, or by N weeks, and prints a short summary."))
        #expect(lines.contains("  remove         Deletes an intervention or a facility."))
        #expect(lines.contains("  rename         Gives a facility a new name, at week 0 or during a run."))
        #expect(
            lines.contains(
                "  lang           Switches the language of everything printed after it: en for English, zh for Chinese."
            ))
        let listed = try Self.entryLines(lines)
        #expect(listed.map(\.name) == HelpCatalogue.entries.map(\.name), "entries appear once each, in catalogue order")
        for (name, column, sentence) in listed {
            let summary = HelpCatalogue.entry(named: name)!.summary.en
            #expect(column == 17, "\(name): summary starts at cell \(column)")
            #expect(summary.hasPrefix(sentence) && sentence.hasSuffix("."), "\(name): \(sentence)")
        }
    }

    /// The Chinese list has the same lines, with Chinese titles and each summary cut at its first 。.
    @Test func chineseOverviewIsTheSameListInChinese() throws {
        let lines = HelpCatalogue.list(.zh).split(separator: "\n", omittingEmptySubsequences: false).map(
            String.init)
        let english = HelpCatalogue.list(.en).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == english.count)
        #expect(Self.hasCJK(lines.first ?? "") && lines.first?.contains("help step") == true)
        #expect(Self.hasCJK(lines.last ?? ""))
        let titles = lines.filter { !$0.hasPrefix(" ") && $0.hasSuffix("：") }
        #expect(titles.count == Self.englishGroups.count + 1)
        #expect(titles.allSatisfy(Self.hasCJK))
        for group in Self.englishGroups { #expect(!lines.contains(group)) }
        let listed = try Self.entryLines(lines)
        #expect(listed.map(\.name) == HelpCatalogue.entries.map(\.name))
        for (name, column, sentence) in listed {
            let summary = HelpCatalogue.entry(named: name)!.summary.zh
            #expect(column == 17, "\(name): summary starts at cell \(column)")
            #expect(summary.hasPrefix(sentence), "\(name): \(sentence)")
            #expect(sentence.hasSuffix("。") && sentence.filter { $0 == "。" }.count == 1, "\(name): \(sentence)")
        }
        #expect(lines.contains("  step           让模型前进一周，或前进“数”周，并打印一份简短的小结。"))
    }

    // MARK: - Helpers

    /// The entry lines of an overview: name, the 0-based cell where the summary starts, the sentence.
    static func entryLines(_ lines: [String]) throws -> [(name: String, column: Int, sentence: String)] {
        try lines.filter { $0.hasPrefix("  ") }.map { line in
            let body = line.dropFirst(2)
            let name = String(body.prefix { $0 != " " })
            let rest = body.dropFirst(name.count)
            let sentence = String(rest.drop { $0 == " " })
            try #require(rest.hasPrefix("  "), "at least two blanks after \(name)")
            // Names are ASCII, so the characters before the summary are its cells.
            return (name, line.count - sentence.count, sentence)
        }
    }

    static func hasCJK(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
    }

    /// The spans between backticks.
    static func codeSpans(_ text: String) -> [String] {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    /// The text with its backtick spans removed.
    static func outsideCode(_ text: String) -> String {
        text.split(separator: "`", omittingEmptySubsequences: false).enumerated()
            .filter { $0.offset % 2 == 0 }.map { String($0.element) }.joined(separator: " ")
    }
}
