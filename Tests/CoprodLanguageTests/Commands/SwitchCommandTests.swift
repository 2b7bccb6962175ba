import CoprodLanguage
import CoprodModel
import Testing

/// `switch NAME`: makes another run current.
@Suite struct SwitchCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        CommandTest.run(s, "fork care")
        CommandTest.run(s, "run 2")
        #expect(CommandTest.run(s, CommandTest.example("switch")) == ["now on 'main', week 0"])
        #expect(s.currentRun == "main" && s.week == 0)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("switch", language, setup: ["fork care", "run 3"], ["switch main", "switch care"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "switch mian", column: 8, en: "unknown run 'mian'", zh: "mian")
    }
}
