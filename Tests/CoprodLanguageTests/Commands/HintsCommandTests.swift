import CoprodLanguage
import CoprodModel
import Testing

/// `hints on|off`: the REPL's typing hint, the syntax of the command being typed.
@Suite struct HintsCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("hints") == "hints off")
        #expect(s.showsTypingHints, "on by default")
        let out = CommandTest.run(s, "hints off")
        #expect(!s.showsTypingHints)
        #expect(out == ["hints: off"])
        #expect(s.changes.isEmpty && s.scenario == Scenario.calibration, "hints are not part of a scenario")
        #expect(!s.scriptText().contains("hints"))
        #expect(CommandTest.run(s, "hints") == ["hints: off"])
        #expect(CommandTest.run(s, "hints on").first?.hasPrefix("hints: on") == true)
        #expect(s.showsTypingHints)
    }

    /// The hint is the help page's syntax line, for a whole command word only.
    @Test func theHintIsTheSyntaxOfTheCommandBeingTyped() throws {
        let s = CommandTest.session()
        #expect(s.typingHint(for: "step") == "step [N]")
        #expect(s.typingHint(for: "step 3") == "step [N]")
        #expect(s.typingHint(for: "  lang z") == "lang en|zh")
        #expect(s.typingHint(for: "hints ") == "hints on|off")
        for word in CommandRegistry.words {
            #expect(s.typingHint(for: word + " ") == HelpCatalogue.entry(named: word)?.syntax)
        }
        #expect(s.typingHint(for: "") == nil)
        #expect(s.typingHint(for: "stpe 3") == nil, "not a command")
        #expect(s.typingHint(for: "st") == nil, "not a whole word yet")
        #expect(s.typingHint(for: "run") == nil, "may still become runs")
        #expect(s.typingHint(for: "run ") == "run N | run until EXPR [max N]")
        #expect(s.typingHint(for: "hint") == nil, "may still become hints")
    }

    /// Under `lang zh` the placeholders are Chinese; what is typed (command words, keywords,
    /// options) stays as it is typed.
    @Test func inChineseThePlaceholdersAreChinese() throws {
        let s = CommandTest.session(.zh)
        #expect(s.typingHint(for: "step ") == "step [数]")
        #expect(s.typingHint(for: "run ") == "run 数 | run until 表达式 [max 数]")
        #expect(s.typingHint(for: "compare ") == "compare [运行甲 [运行乙]] [all | over weeks [字段 {字段}]]")
        #expect(s.typingHint(for: "partner ") == "partner on 名称 budget 预算 [fee 费用系数] | partner off 名称")
        #expect(s.typingHint(for: "lang z") == "lang en|zh")
        for word in CommandRegistry.words {
            let hint = try #require(s.typingHint(for: word + " "))
            #expect(
                hint.firstMatch(of: /\b[A-Z]{1,}\b/) == nil, "an English placeholder in the hint of \(word): \(hint)")
            #expect(hint.hasPrefix(word), "\(hint)")
        }
        // `lang en` switches back.
        _ = try s.execute(line: "lang en", emit: { _ in })
        #expect(s.typingHint(for: "step ") == "step [N]")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("hints", language, ["hints", "hints off", "hints maybe", "hints", "hints on"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "hints maybe", column: 7, en: "expected on or off, not 'maybe'", zh: "应为 on 或 off，而不是 'maybe'")
        #expect(s.showsTypingHints)
    }
}
