import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// What a Chinese-reading student and a trainer found trying the REPL: each as a user sees it, in
/// both languages, mostly as golden snapshots (`Tests/Snapshots/zhwords-*.txt`).
@Suite struct ChineseWordsTryoutTests {
    static func session(_ language: Language, width: Int = 80) -> Session {
        Session(
            options: Session.Options(
                directory: temporaryFolder("coprod-zhwords"), lessonDirectories: packageLessons, language: language,
                width: width))
    }

    static func transcript(_ language: Language, setup: [String] = [], _ commands: [String]) -> String {
        let s = session(language)
        for line in setup { _ = try? s.execute(line: line, emit: { _ in }) }
        return replTranscript(s, commands).joined(separator: "\n")
    }

    // MARK: 1. help finds terms, settings and near topics

    @Test(arguments: Language.allCases)
    func helpFindsSettingsTermsAndNearTopics(_ language: Language) {
        let text = Self.transcript(
            language,
            ["help 自主性", "help autonomy", "help 参与阶梯", "help 角色", "help role", "help 参与", "help autonomie"])
        #expect(!text.contains(language == .en ? "unknown help topic '自主性'" : "未知的帮助主题 '自主性'"))
        #expect(text.contains("typology.autonomy"))
        #expect(text.contains("公民参与阶梯"))
        #expect(text.contains(language == .en ? "example: government role 0.2" : "示例：government role 0.2"))
        #expect(text.contains("'参与中'"), "\(text)")
        #expect(text.contains("'autonomy'"), "\(text)")
        assertSnapshot(text, named: "zhwords-help-topics.\(language.rawValue)")
    }

    /// Every glossary term, in English and in Chinese, as the glossary writes it, gets a page.
    @Test func everyGlossaryTermIsAHelpTopicInBothLanguages() throws {
        for entry in Glossary.entries {
            for term in [entry.term.en, entry.term.zh] {
                for language in Language.allCases {
                    let s = Self.session(language)
                    var out: [String] = []
                    do { _ = try s.execute(line: "help \(term)", emit: { out.append($0) }) } catch {
                        Issue.record("help \(term): \(error)")
                        continue
                    }
                    let text = out.joined(separator: "\n")
                    // A term that is also a command or topic (`typology`, `类型学`) gets that page.
                    let name = Terms.keywordAliases[term] ?? term
                    if HelpCatalogue.entry(named: name) != nil { continue }
                    #expect(text.contains(entry.term.en) && text.contains(entry.term.zh), "help \(term): \(text)")
                }
            }
        }
    }

    // MARK: 2. Chinese command words

    @Test(arguments: Language.allCases)
    func chineseWordsForTheLessonCommands(_ language: Language) {
        let text = Self.transcript(
            language, setup: ["lesson 4"], ["提示", "答案 上升", "回答 下降", "预测 不变", "下一节", "课程", "help 提示"])
        #expect(!text.contains(language == .en ? "unknown command" : "未知命令"), "\(text)")
        #expect(text.contains(language == .en ? "also typed in Chinese: 提示" : "也可以输入中文：提示"))
        assertSnapshot(text, named: "zhwords-chinese-commands.\(language.rawValue)")
    }

    @Test func chineseCommandWordsParseAsTheirCommands() throws {
        for (word, command) in CommandRegistry.chineseAliases {
            #expect(CommandRegistry.definition(named: command) != nil, "\(word) → \(command)")
        }
        let s = Self.session(.zh)
        #expect(throws: Never.self) { _ = try s.execute(line: "课程", emit: { _ in }) }
        // Other Chinese words stay unknown commands.
        #expect(throws: LocatedDiagnostic.self) { _ = try s.execute(line: "运行 5", emit: { _ in }) }
    }

    // MARK: 3. answer's directions in both languages

    @Test(arguments: Language.allCases)
    func answerTakesDirectionsInBothLanguages(_ language: Language) {
        let text = Self.transcript(
            language, setup: ["lesson 4", "next", "next", "next"], ["answer up", "answer 上升", "answer 下降", "answer"])
        #expect(text.contains(language == .en ? "prediction changed to: up (上升)" : "已改为你的新预测：上升"), "\(text)")
        #expect(text.contains(language == .en ? "up, down, same; 上升, 下降, 不变" : "或上升、下降、不变，也可以写 up、down、same"))
        assertSnapshot(text, named: "zhwords-answer-directions.\(language.rawValue)")
        let completions = Self.session(language).completions(for: "answer 上")
        #expect(completions == ["上升"])
    }

    @Test func directionsAreGlossedInTheOtherLanguage() {
        #expect(Terms.direction("up", in: .zh) == "上升（up）")
        #expect(Terms.direction("上升", in: .zh) == "上升")
        #expect(Terms.direction("升高", in: .zh) == "升高（上升）")
        #expect(Terms.direction("UP", in: .en) == "UP")
        #expect(Terms.direction("不变", in: .en) == "same (不变)")
        #expect(Terms.direction("20%", in: .en) == "20%")
    }

    // MARK: 4. Chinese yes words

    @Test func theQuestionsShowTheChineseAnswers() {
        #expect(Message.overwriteQuestion(path: "a").text(.zh).hasSuffix("[y/N，是/否] "))
        #expect(Message.answerYesOrNo.text(.zh).contains("好"))
    }

    // MARK: 5. run names

    @Test(arguments: Language.allCases)
    func anUnknownRunListsTheRunsThereAre(_ language: Language) {
        let text = Self.transcript(
            language, setup: ["fork 关怀"], ["compare main care", "switch care", "plot participation in care", "runs"])
        #expect(
            text.contains(
                language == .en
                    ? "the runs are main, 关怀: for example compare main 关怀" : "现有的运行：main、关怀，例如 compare main 关怀"))
        #expect(text.contains(language == .en ? "for example switch main" : "例如 switch main"))
        #expect(language == .en || text.contains("main 是最初的那个运行"))
        assertSnapshot(text, named: "zhwords-run-names.\(language.rawValue)")
    }

    // MARK: 6. community-wide role and the role on a facility

    @Test(arguments: Language.allCases)
    func governmentRoleAndTheRoleOnAFacility(_ language: Language) {
        let text = Self.transcript(
            language, setup: ["intervene role-shift on shed strength 1", "run 30"], ["show government"])
        #expect(text.contains(language == .en ? "community-wide role 0.20" : "全社区角色 0.20"), "\(text)")
        #expect(text.contains(language == .en ? "the community-wide role stays 0.20" : "全社区角色仍为 0.20"), "\(text)")
        assertSnapshot(text, named: "zhwords-government-role.\(language.rawValue)")
    }

    // MARK: 8. 按年龄 and 1号居民

    @Test(arguments: Language.allCases)
    func chineseByAndAResidentInWords(_ language: Language) {
        let text = Self.transcript(
            language,
            [
                "rate shed.joined 按年龄", "rate shed.joined by 按年龄", "mean efficacy 按自我效能感", "count 按年龄",
                "explain 1号居民", "explain 1号居民 shed", "show 3号",
            ])
        #expect(text.contains("'by age'"), "\(text)")
        #expect(text.contains("<repl>:1:9:"))
        #expect(text.contains(language == .en ? "for example: explain 1 shed" : "例如：explain 1 shed"), "\(text)")
        #expect(text.contains("show resident 3"))
        assertSnapshot(text, named: "zhwords-by-and-residents.\(language.rawValue)")
    }

    // MARK: 7. Tab after Chinese

    @Test func completionOfChineseWords() {
        let s = Self.session(.zh)
        _ = try? s.execute(line: "facility 花园", emit: { _ in })
        #expect(s.completions(for: "show 花") == ["花园"])
        // The default facilities' Chinese names complete to their names.
        #expect(s.completions(for: "show 车") == ["shed"])
        #expect(s.completions(for: "intervene outreach on 电梯") == ["lift"])
        #expect(s.completions(for: "count by 年") == ["age"])
        #expect(s.completions(for: "提") == ["提示"])
        #expect(s.completions(for: "课程") == ["课程列表"])
        #expect(s.completions(for: "answer 不") == ["不变"])
        #expect(s.completions(for: "show 没有") == [])
    }
}
