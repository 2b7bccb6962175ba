import CoprodLanguage
import CoprodModel
import Testing

/// `goto WEEK`: back to an earlier week, or forward by running.
@Suite struct GotoCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 5")
        #expect(CommandTest.run(s, CommandTest.example("goto")) == ["back at week 2"])
        #expect(s.week == 2)
    }

    @Test func forwardIsRunning() {
        let a = CommandTest.session()
        let b = CommandTest.session()
        let out = CommandTest.run(a, "goto 12")
        CommandTest.run(b, "run 12")
        #expect(a.jsonReport() == b.jsonReport())
        #expect(out.first == "weeks 0 → 12")
        #expect(CommandTest.run(a, "goto 12").isEmpty, "already there: nothing to do")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("goto", language, setup: ["run 8"], ["goto 3", "goto 4"])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "goto -1", column: 6, en: "goto -1 is out of range", zh: "-1")
    }
}
