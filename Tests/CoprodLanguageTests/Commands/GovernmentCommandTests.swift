import CoprodLanguage
import CoprodModel
import Testing

/// `government {role N | budget N | responsiveness N}`: the regular producer.
@Suite struct GovernmentCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        CommandTest.run(s, "government role 0.9 budget 1 responsiveness 0.1")
        CommandTest.run(s, CommandTest.example("government"))
        #expect(s.scenario.government.role == 0.2)
        #expect(s.scenario.government.budget == 4)
        #expect(s.scenario.government.responsiveness == 0.5)
    }

    @Test func keysNotGivenStayAndARunKeepsTheWeek() {
        let s = CommandTest.session()
        CommandTest.run(s, "government budget 9")
        #expect(s.scenario.government.budget == 9 && s.scenario.government.role == 0.2)
        CommandTest.run(s, "step 2")
        CommandTest.run(s, "government role 0.8")
        #expect(s.changes.last?.week == 2)
        #expect(s.model.scenario.government.role == 0.8)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "government", language,
            [
                "government role 0.6", "show government", "government role 2", "government budget -1",
                "government mood 1",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "government role 2", column: 17, en: "role 2 is out of range", zh: "role 2 超出范围")
        CommandTest.expectError(
            s, "government budget -1", column: 19, en: "budget -1 is out of range", zh: "budget -1 超出范围")
        CommandTest.expectError(s, "government mood 1", column: 12, en: "mood", zh: "mood")
    }
}
