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

    /// Phases only move forward: a `run until` that asks for a phase the facility has left, or for
    /// a value outside a field's range, is refused before any week runs, with why and what to do.
    @Test func aConditionThatCanNeverHoldIsRefusedUpFront() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 40")
        #expect(s.model.outcomes.facilities[0].phase == .maintenance)
        CommandTest.expectError(
            s, "run until shed.phase = planning", column: 24,
            en: "shed.phase = planning can never hold again: shed has been in maintenance since week 36",
            zh: "shed.phase = planning 不会再成立：shed 自第 36 周起已处于 maintenance（维护）阶段")
        CommandTest.expectError(
            s, "run until shed.phase = 规划中", column: 24, en: "phases only move forward", zh: "阶段只会向前推进")
        CommandTest.expectError(
            s, "run until week > 50 and shed.phase = design", column: 38, en: "shed was last in design at week 21",
            zh: "shed 最后一次处于 design 阶段是第 21 周")
        CommandTest.expectError(
            s, "run until shed.progress > 2", column: 27,
            en: "shed.progress runs from 0 to 1, so this condition can never hold",
            zh: "shed.progress 的取值范围是 0 到 1")
        CommandTest.expectError(
            s, "run until 1 < garden.condition", column: 11, en: "garden.condition runs from 0 to 1",
            zh: "garden.condition 的取值范围是 0 到 1", hint: false)
        #expect(s.week == 40)
        // A phase still ahead, an `or` with a side that can hold, and a condition that holds already run.
        #expect(CommandTest.run(s, "run until shed.phase = maintenance") == ["already true at week 40; nothing to do"])
        CommandTest.run(s, "run until shed.phase = planning or week >= 42")
        #expect(s.week == 42)
        CommandTest.run(s, "run until lift.phase = construction max 2")
        #expect(s.week == 44)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSeesOfAConditionThatCanNeverHold(_ language: Language) {
        CommandTest.snapshot(
            "run-until-never", language, setup: ["run 40"],
            [
                "run until shed.phase = planning", "run until garden.phase = 建设阶段",
                "run until shed.progress > 2", "run until trust > 80 and week > 50",
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
