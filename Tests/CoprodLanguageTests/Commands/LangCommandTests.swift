import CoprodLanguage
import CoprodModel
import Testing

/// `lang en|zh`: the language of everything printed after it.
@Suite struct LangCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("lang") == "lang zh")
        let out = CommandTest.run(s, "lang zh")
        #expect(s.language == .zh)
        #expect(out == ["语言：中文"])
        #expect(s.changes.isEmpty && s.scenario == Scenario.calibration, "the language is not part of a scenario")
        #expect(!s.scriptText().contains("lang"))
    }

    @Test func onlyWhatIsPrintedAfterChanges() {
        let s = CommandTest.session()
        let english = CommandTest.run(s, "step")
        CommandTest.run(s, "lang zh")
        CommandTest.run(s, "reset")
        let chinese = CommandTest.run(s, "step")
        #expect(english != chinese)
        #expect(chinese == CommandTest.run(CommandTest.session(.zh), "step"))
        #expect(CommandTest.run(s, "lang") == ["语言：中文"])
        #expect(CommandTest.run(s, "lang en") == ["language: English"])
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("lang", language, ["lang", "lang fr", "lang 1", "lang zh", "lang en"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "lang fr", column: 6, en: "unknown language 'fr'", zh: "未知的语言 'fr'")
        CommandTest.expectError(
            CommandTest.session(.zh), "lang de", column: 6, en: "unknown language 'de'", zh: "未知的语言 'de'")
        #expect(s.language == .en)
    }
}
