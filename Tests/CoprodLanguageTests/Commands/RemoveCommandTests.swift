import CoprodLanguage
import CoprodModel
import Testing

/// `remove intervention N`. Its help example needs an intervention, which the default scenario
/// does not have, so the test adds one first.
@Suite struct RemoveCommandTests {
    @Test func helpExampleRunsAfterAnIntervention() {
        let s = CommandTest.session()
        #expect(CommandTest.example("remove") == "remove intervention 1")
        CommandTest.run(s, "intervene outreach on shed")
        let out = CommandTest.run(s, CommandTest.example("remove"))
        #expect(out == ["removed intervention 1 (outreach on shed, from week 0)"])
        #expect(s.scenario.interventions.isEmpty)
        #expect(s.scenario == Scenario.calibration)
    }

    @Test func atWeekZeroTheRestAreRenumberedDuringARunTheyKeepTheirNumbers() {
        let s = CommandTest.session()
        for kind in ["outreach", "council", "training"] { CommandTest.run(s, "intervene \(kind)") }
        CommandTest.run(s, "remove intervention 1")
        #expect(s.scenario.interventions.map(\.id) == [1, 2])
        #expect(s.scenario.interventions.map(\.kind) == [.council, .training])
        CommandTest.run(s, "step 2")
        CommandTest.run(s, "remove intervention 1")
        #expect(s.model.scenario.interventions.map(\.id) == [2])
        #expect(s.changes.last == TimedChange(week: 2, change: .removeIntervention(id: 1)))
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "remove", language,
            [
                "remove intervention 1", "intervene council", "remove intervention 3", "remove facility 1",
                "remove intervention", "remove intervention 1", "intervene outreach on lift", "remove facility lift",
                "step 2", "remove facility garden", "runs", "remove facility gardn",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "remove intervention 1", column: 21, en: "there is no intervention 1", zh: "没有第 1 号干预")
        CommandTest.expectError(s, "remove facility 1", column: 17, en: "a facility name", zh: "设施名称")
        CommandTest.expectError(s, "remove shed", column: 8, en: "expected 'intervention'", zh: "intervention")
        CommandTest.expectError(s, "remove intervention", column: 20, en: "number", zh: "编号", hint: true)
    }
}
