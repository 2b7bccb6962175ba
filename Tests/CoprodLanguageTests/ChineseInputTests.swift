import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// What a Chinese-speaking student typed in a tryout of the REPL and the lessons (issue 7): the
/// Chinese words coprod prints are accepted back as input, or refused with a hint naming the word
/// to write.
@Suite struct ChineseInputTests {
    /// The script a session writes after `lines` (what it declared, in the language's words).
    private func script(_ lines: [String]) -> String {
        let s = CommandTest.session()
        for line in lines { CommandTest.run(s, line) }
        return s.scriptText()
    }

    /// A declaration's key typed with its Chinese name declares what the English key does.
    @Test(arguments: [
        ("resident 1 自我效能感 0.5", "resident 1 efficacy 0.5"),
        ("resident 1 地方依恋 0.4 时间 0.3", "resident 1 attachment 0.4 time 0.3"),
        ("resident 1 社区依恋 0.4 可用时间 0.3", "resident 1 attachment 0.4 time 0.3"),
        ("resident 1 公共意识 0.9", "resident 1 responsibility 0.9"),
        ("facility 车棚 复杂度 0.3 成本 50 公共性 0.8", "facility 车棚 complexity 0.3 cost 50 publicness 0.8"),
        ("government 角色 0.4 预算 6", "government role 0.4 budget 6"),
        ("intervene training 强度 0.4 起始周 3", "intervene training strength 0.4 from 3"),
        ("set typology.自主性 0.6", "set typology.autonomy 0.6"),
        ("set 类型学.公共性 0.4", "set typology.publicness 0.4"),
        ("set 楼外关系数 3", "set kOut 3"),
        ("resident 1 积极分子", "resident 1 activist"),
        ("resident 1 积极分子 off 楼层 2", "resident 1 activist off floor 2"),
    ])
    func chineseKeysAreTheirEnglishKeys(_ chinese: String, _ english: String) {
        #expect(script([chinese]) == script([english]))
        #expect(script([chinese]) != script([]))
    }

    /// A field typed with its Chinese name reads the English field.
    @Test func chineseFieldsInQueries() {
        let s = CommandTest.session()
        func last(_ line: String) -> String { CommandTest.run(s, line).joined(separator: "\n") }
        /// What a query prints after its header.
        func result(_ line: String) -> String { String(last(line).split(separator: ":", maxSplits: 1).last ?? "") }
        #expect(result("count residents where 自我效能感 > 0.5") == result("count residents where efficacy > 0.5"))
        #expect(result("mean 信任") == result("mean trust"))
        #expect(result("count residents by 年龄组") == result("count residents by age"))
        #expect(result("rate shed.joined by 年龄") == result("rate shed.joined by age"))
        CommandTest.run(s, "run 40")
        #expect(last("run until shed.保持率 >= 0 max 1") == last("run until shed.retention >= 0 max 1"))
    }

    /// `help` takes a topic's Chinese name and a term of the glossary in either language.
    @Test func helpInChinese() {
        let s = CommandTest.session(.zh)
        #expect(CommandTest.run(s, "help 术语表") == CommandTest.run(s, "help glossary"))
        #expect(CommandTest.run(s, "help 字段") == CommandTest.run(s, "help fields"))
        let term = CommandTest.run(s, "help 自我效能感").joined(separator: "\n")
        #expect(term.hasPrefix("  self-efficacy · 自我效能感\n"))
        #expect(term.contains("Bandura 1977"))
        #expect(CommandTest.run(s, "help self-efficacy") == CommandTest.run(s, "help 自我效能感"))
    }

    /// Where the parser reads a key by its word, its Chinese name is refused with the word to write.
    @Test func keysReadByTheirWordGetAHint() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "facility 车棚 服务 全体居民", column: 13, en: "write it as 'serves' ('服务' is its Chinese name)",
            zh: "写作 'serves'（'服务' 是它的中文名称）")
        CommandTest.expectError(s, "resident 1 不存在 0.3", column: 12, en: "unknown resident setting", zh: "未知的居民设置")
    }

    /// Within a group, no Chinese name names two keys (it would be refused as ambiguous), and
    /// every key of a declaration has a Chinese name that is read as one word.
    @Test func chineseNamesAreUnambiguousWithinAGroup() throws {
        for group in SettingGroup.allCases {
            let keys = SettingsRegistry.keys(in: group)
            var owner: [String: String] = [:]
            for key in keys {
                let names = Terms.chineseNames(of: "\(group.rawValue).\(key)")
                #expect(!names.isEmpty, "\(group.rawValue).\(key) has no Chinese name")
                for name in Set(names) {
                    #expect(owner[name] == nil, "\(name) names both \(owner[name] ?? "") and \(key) in \(group)")
                    owner[name] = key
                    let tokens = try Lexer.tokenize(name, lineNumber: 1)
                    if tokens.count == 1 {
                        #expect(Terms.key(named: name, in: group.rawValue, among: keys) == key)
                    }
                }
            }
        }
    }

    /// A decimal comma (`0,4`, or `0，4` from a Chinese input method) gets a hint with the point,
    /// in a declaration's value and at the end of a command; a thousands separator does not.
    @Test func decimalCommaGetsAHint() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "resident 1 trust 0,4", column: 19, en: "decimals take a point: write 0.4, not 0,4",
            zh: "小数要用小数点：写作 0.4，而不是 0,4")
        CommandTest.expectError(
            s, "set typology.autonomy 0，6", column: 24, en: "write 0.6, not 0，6", zh: "写作 0.6，而不是 0，6")
        CommandTest.expectError(s, "count where trust > 0,55", column: 22, en: "write 0.55", zh: "写作 0.55")
        CommandTest.expectError(s, "step 1,000", column: 7, en: "unexpected ','", zh: "多出了 ','", hint: false)
        CommandTest.expectError(s, "save run.coprod", column: 6, en: "put the file name in quotes", zh: "把文件名放在引号中")
        CommandTest.expectError(s, "load my.coprod", column: 6, en: "load \"my.coprod\"", zh: "load \"my.coprod\"")
        CommandTest.expectError(s, "export out.csv", column: 8, en: "export \"out.csv\"", zh: "export \"out.csv\"")
    }

    /// Tab after `by` offers the fields residents can be grouped by, never `and`, a value or a
    /// continuous field; `where` still offers the logical words.
    @Test func completionAfterByOffersGroupFields() {
        let s = CommandTest.session()
        let afterBy = s.completions(for: "count residents by a")
        #expect(afterBy.contains("age") && !afterBy.contains("and"), "\(afterBy)")
        #expect(!afterBy.contains("attachment"), "a continuous field cannot group: \(afterBy)")
        let list = s.completions(for: "count where age = older by ")
        #expect(list.contains("tenure") && list.contains("building") && list.contains("shed."), "\(list)")
        #expect(!list.contains("older") && !list.contains("or") && !list.contains("trust"), "\(list)")
        #expect(s.completions(for: "rate shed.active = 1 by shed.ch") == ["shed.channel"])
        #expect(s.completions(for: "count where a").contains("and"))
    }

    /// With a width, a diagnostic's message and its long `expected one of …` hint wrap to it by
    /// display cells (Chinese between characters, closing punctuation kept on its line); the
    /// source line and caret stay whole; without one each stays on one line.
    @Test(arguments: Language.allCases)
    func longDiagnosticsWrapToTheWidth(_ language: Language) throws {
        let s = CommandTest.session(language)
        let d = try #require(CommandTest.failure(s, "resident 1 不存在 0.3"))
        let wrapped = DiagnosticRenderer.render(d, colour: false, language: language, width: 40)
        let lines = wrapped.components(separatedBy: "\n")
        for line in lines where !line.hasPrefix("    resident") && !line.contains("^") {
            #expect(Format.cells(line) <= 40, "\(line)")
        }
        #expect(lines.count > 5)
        let unwrapped = DiagnosticRenderer.render(d, colour: false, language: language)
        #expect(unwrapped.components(separatedBy: "\n").count == 4)
        let coloured = DiagnosticRenderer.render(d, colour: true, language: language, width: 40)
        #expect(
            coloured.replacingOccurrences(
                of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) == wrapped)
        let warning = try #require(CommandTest.failure(s, "set typology.autonomy 0,4"))
        assertSnapshot(
            wrapped + "\n"
                + DiagnosticRenderer.render(warning, colour: false, language: language, width: 30),
            named: "diagnostic-wrapped.\(language.rawValue)")
    }

    /// A facility named in Chinese works everywhere a name does.
    @Test func facilitiesNamedInChinese() {
        let s = CommandTest.session(.zh)
        CommandTest.run(s, "facility 车棚2 salience 0.9")
        CommandTest.run(s, "run until 车棚2.aware > 0 max 30")
        #expect(s.scenario.facilities.contains { $0.name == "车棚2" })
        #expect(!CommandTest.run(s, "show 车棚2").isEmpty)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        let s = CommandTest.session(language)
        assertSnapshot(
            replTranscript(
                s,
                [
                    "resident 1 自我效能感 0.5 地方依恋 0.4", "set typology.自主性 0.6", "government 角色 0.4",
                    "count residents where 自我效能感 > 0.5", "help 自我效能感", "facility 车棚 服务 全体居民",
                    "facility 车棚 salience 0.8", "show 车棚", "resident 1 trust 0,4", "save my.coprod",
                ]
            ).joined(separator: "\n"), named: "chinese-input.\(language.rawValue)")
    }
}
