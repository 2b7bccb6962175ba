import CoprodLanguage
import CoprodModel
import Testing

/// `step [N]`: advances the model and prints the three-level summary.
@Suite struct StepCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("step") == "step 10")
        let out = CommandTest.run(s, "step 10")
        #expect(s.week == 10)
        #expect(s.model.history.count == 11)
        #expect(out.first == "weeks 0 → 10")
        // Stepping is not a change of the scenario: a saved script replays it as steps.
        #expect(s.changes.isEmpty)
        #expect(s.scriptText().contains("step 10"))
    }

    @Test func stepWithoutANumberIsOneWeekAndStepsAddUp() {
        let s = CommandTest.session()
        CommandTest.run(s, "step")
        CommandTest.run(s, "step 2")
        #expect(s.week == 3)
        #expect(s.prompt == "coprod w3> ")
        let again = CommandTest.session()
        CommandTest.run(again, "step 3")
        #expect(again.jsonReport() == s.jsonReport(), "step 1 + step 2 is step 3")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("step", language, ["step", "step 2", "step 0", "step 2.5", "step ten", "step 3 4"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "step 0", column: 6, en: "step 0 is out of range", zh: "step 0 超出范围")
        CommandTest.expectError(s, "step 10001", column: 6, en: "out of range", zh: "超出范围")
        CommandTest.expectError(
            s, "step 2.5", column: 6, en: "step must be a whole number", zh: "step 必须是整数", hint: false)
        CommandTest.expectError(
            s, "step 3 4", column: 8, en: "unexpected '4' after the command", zh: "命令之后多出了 '4'", hint: false)
        #expect(s.week == 0)
    }
}
