import CoprodLanguage
import CoprodModel
import Testing

/// `back N`: rewinds the current run, rebuilt from its scenario and changes.
@Suite struct BackCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 10")
        #expect(CommandTest.run(s, CommandTest.example("back")) == ["back at week 6"])
        #expect(s.week == 6)
    }

    @Test func rewindingThenRunningForwardGivesTheSameBytes() {
        let straight = CommandTest.session()
        for line in ["run 20", "intervene emotional-care on garden strength 0.8", "run 15"] {
            CommandTest.run(straight, line)
        }
        for weeks in [1, 10, 15, 35] {
            let s = CommandTest.session()
            for line in ["run 20", "intervene emotional-care on garden strength 0.8", "run 15", "back \(weeks)"] {
                CommandTest.run(s, line)
            }
            CommandTest.run(s, "goto 35")
            if weeks <= 15 {
                #expect(s.jsonReport() == straight.jsonReport(), "back \(weeks)")
                #expect(s.model.history == straight.model.history, "back \(weeks)")
            }
        }
    }

    @Test func goingBackPastAChangeDropsItAndSaysSo() throws {
        let s = CommandTest.session()
        for line in ["run 10", "intervene incentive on shed", "run 5"] { CommandTest.run(s, line) }
        #expect(
            CommandTest.run(s, "back 8") == ["back at week 7; 1 change made after it was dropped (undo brings it back)"]
        )
        #expect(s.changes.isEmpty)
        #expect(try s.replayedModel().history == s.model.history)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("back", language, setup: ["run 6", "set aInfo 0.3", "run 2"], ["back 4"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 10")
        CommandTest.expectError(
            s, "back 50", column: 6, en: "cannot go back 50 weeks from week 10", zh: "无法从第 10 周后退 50 周")
        CommandTest.expectError(s, "back", column: 5, en: "expected a number of weeks", zh: "周数")
    }
}
