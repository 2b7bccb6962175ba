import CoprodLanguage
import CoprodModel
import Testing

/// `rename facility OLD NEW`: at week 0 the scenario is renamed (save → load gives the new name);
/// during a run it is a change with its week, which `undo`, `runs`, `save` and `explain` follow.
@Suite struct RenameCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("rename") == "rename facility shed 车棚")
        let out = CommandTest.run(s, CommandTest.example("rename"))
        #expect(out.first?.hasPrefix("renamed facility shed to 车棚; its state, past weeks and interventions") == true)
        #expect(s.scenario.facilities.map(\.name) == ["车棚", "lift", "garden"])
        #expect(s.changes.isEmpty)
    }

    @Test func interventionsFollowTheNewNameAtWeekZeroAndDuringARun() {
        let s = CommandTest.session()
        CommandTest.run(s, "intervene outreach on shed")
        CommandTest.run(s, "rename facility shed bikes")
        #expect(s.scenario.interventions.map(\.target) == ["bikes"])
        CommandTest.run(s, "step 5")
        CommandTest.run(s, "rename facility bikes 车棚")
        #expect(s.model.scenario.interventions.map(\.target) == ["车棚"])
        #expect(s.model.history.allSatisfy { $0.facilities.map(\.name) == ["车棚", "lift", "garden"] })
        #expect(s.changes.last == TimedChange(week: 5, change: .renameFacility(from: "bikes", to: "车棚")))
        #expect(s.scriptText().contains("rename facility bikes 车棚"))
        // The rename changes no number: the run goes on as it would have.
        let plain = CommandTest.session()
        CommandTest.run(plain, "intervene outreach on shed")
        CommandTest.run(plain, "step 20")
        CommandTest.run(s, "step 15")
        #expect(s.model.outcomes.facilities[0].active == plain.model.outcomes.facilities[0].active)
        #expect(s.model.outcomes.community == plain.model.outcomes.community)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "rename", language,
            [
                "rename facility shed 车棚", "step 3", "rename facility 车棚 bikes", "runs", "show bikes",
                "rename facility shed x", "rename facility bikes bikes", "rename facility bikes all",
                "rename bikes x", "rename facility bikes",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "rename facility shd x", column: 17, en: "unknown facility 'shd'", zh: "shd")
        CommandTest.expectError(
            s, "rename facility shed garden", column: 22, en: "there is already a facility 'garden'", zh: "garden")
        CommandTest.expectError(s, "rename facility shed shed", column: 22, en: "already called 'shed'", zh: "shed")
        CommandTest.expectError(s, "rename facility shed all", column: 22, en: "cannot name a facility", zh: "all")
        CommandTest.expectError(s, "rename shed x", column: 8, en: "expected", zh: "facility")
        CommandTest.expectError(s, "rename facility shed", column: 21, en: "the new name", zh: "新名字")
    }
}
