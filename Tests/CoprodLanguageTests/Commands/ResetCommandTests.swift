import CoprodLanguage
import CoprodModel
import Testing

/// `reset`: back to week 0 with the same scenario; changes made during the run now apply from 0.
@Suite struct ResetCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("reset") == "reset")
        let fresh = s.jsonReport()
        CommandTest.run(s, "step 6")
        let out = CommandTest.run(s, "reset")
        #expect(s.week == 0)
        #expect(s.jsonReport() == fresh)
        #expect(out == ["back at week 0 (was week 6), same scenario and seed"])
    }

    @Test func changesDuringTheRunNowApplyFromWeekZero() {
        let s = CommandTest.session()
        CommandTest.run(s, "step 3")
        CommandTest.run(s, "facility shed salience 0.3")
        CommandTest.run(s, "intervene council from 5 to 9")
        CommandTest.run(s, "reset")
        #expect(s.week == 0 && s.changes.isEmpty)
        #expect(s.scenario.facilities[0].salience == 0.3)
        #expect(s.scenario.interventions.map(\.start) == [5], "interventions keep their windows")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "reset", language, ["reset", "step 2", "government role 0.7", "reset", "reset now"])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "reset now", column: 7, en: "unexpected 'now' after the command",
            zh: "命令之后多出了 'now'",
            hint: false)
    }
}
