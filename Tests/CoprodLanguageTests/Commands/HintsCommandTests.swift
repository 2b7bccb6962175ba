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
