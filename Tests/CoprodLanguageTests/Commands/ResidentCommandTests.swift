import CoprodLanguage
import CoprodModel
import Testing

/// `resident REF {KEY ATOM}`: names a resident or sets her traits.
@Suite struct ResidentCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("resident") == "resident alice age older tenure owner building 3 efficacy 0.8")
        CommandTest.run(s, CommandTest.example("resident"))
        let i = try! #require(s.scenario.residentNames["alice"])
        #expect(i == 0, "a new name goes to the first unnamed resident")
        let p = s.model.population
        #expect(p.age[i] == .older && p.tenure[i] == .owner && p.building[i] == 3)
        #expect(p.efficacy[i] == 0.8)
    }

    @Test func numbersAreOneBasedAndNamesAreGivenInTurn() {
        let s = CommandTest.session()
        CommandTest.run(s, "resident alice")
        CommandTest.run(s, "resident bob trust 0.1")
        CommandTest.run(s, "resident 17 time 0.9")
        #expect(s.scenario.residentNames == ["alice": 0, "bob": 1])
        #expect(s.model.population.trust[1] == 0.1)
        #expect(s.model.population.time[16] == 0.9)
    }

    @Test func duringARunATraitChangeIsRecordedWithItsWeek() {
        let s = CommandTest.session()
        CommandTest.run(s, "step 4")
        CommandTest.run(s, "resident 2 efficacy 0.3")
        #expect(s.changes.count == 1)
        #expect(s.changes.first?.week == 4)
        #expect(s.model.population.efficacy[1] == 0.3)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "resident", language,
            [
                "resident alice age older", "resident 401 trust 0.5", "resident alice efficacy 1.2",
                "resident alice age ancient", "resident shed", "resident alice colour red",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "resident 401 trust 0.5", column: 10, en: "401", zh: "401")
        CommandTest.expectError(
            s, "resident 1 efficacy 1.2", column: 21, en: "efficacy 1.2 is out of range", zh: "efficacy 1.2 超出范围")
        CommandTest.expectError(s, "resident 1 age ancient", column: 16, en: "ancient", zh: "ancient")
        CommandTest.expectError(
            s, "resident shed", column: 10, en: "'shed' is already a facility's name", zh: "'shed' 已经是一个设施的名字")
        CommandTest.run(s, "step 1")
        CommandTest.expectError(
            s, "resident 1 building 2", column: 12, en: "a building can only be set at week 0", zh: "楼栋只能在第 0 周设定")
    }
}
