import CoprodLanguage
import CoprodModel
import Testing

/// `run N`, `run until EXPR [max N]`: advances and summarises the run with its events.
@Suite struct RunCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("run") == "run until shed.phase = maintenance max 200")
        CommandTest.run(s, CommandTest.example("run"))
        #expect(s.model.outcomes.facilities[0].phase == .maintenance)
        #expect((1...200).contains(s.week))
        // It stopped the first week the condition held.
        let earlier = CommandTest.session()
        CommandTest.run(earlier, "run \(s.week - 1)")
        #expect(earlier.model.outcomes.facilities[0].phase != .maintenance)
    }

    @Test func runNAndUntilWeek() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 5")
        #expect(s.week == 5)
        CommandTest.run(s, "run until week 12")
        #expect(s.week == 12)
        let out = CommandTest.run(s, "run until week 3")
        #expect(s.week == 12)
        #expect(out == ["already true at week 12; nothing to do"])
    }

    @Test func aCapStopsARunThatNeverGetsThere() {
        let s = CommandTest.session()
        let out = CommandTest.run(s, "run until lift.phase = maintenance max 3")
        #expect(s.week == 3)
        #expect(out.last == "condition not reached after 3 steps (week 3); raise the cap with max N")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "run", language,
            [
                "run 3", "run until week 2", "run until lift.phase = maintenance max 2", "run", "run until",
                "run until shed.phase = maintanance", "run 0",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "run until shed.phase = maintanance", column: 24, en: "did you mean 'maintenance'?",
            zh: "'maintenance'")
        CommandTest.expectError(s, "run 0", column: 5, en: "run 0 is out of range", zh: "run 0 超出范围")
        CommandTest.expectError(s, "run until week 5 max 0", column: 22, en: "max 0 is out of range", zh: "max 0 超出范围")
        #expect(s.week == 0)
    }
}
