import CoprodLanguage
import CoprodModel
import Testing

/// `community [STRING] {size N | profile WORD | seed N | name STRING}`.
@Suite struct CommunityCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("community") == "community \"Yangguang\" size 400 profile mixed seed 1")
        CommandTest.run(s, CommandTest.example("community"))
        #expect(s.scenario.name == "Yangguang")
        #expect(s.scenario.size == 400 && s.scenario.profile == .mixed && s.scenario.seed == 1)
        #expect(s.scenario.facilities.map(\.name) == ["shed", "lift", "garden"], "facilities stay")
    }

    @Test func changingTheCommunityStartsAgainAtWeekZero() {
        let s = CommandTest.session()
        CommandTest.run(s, "step 5")
        CommandTest.run(s, "community size 120 profile old-estate seed 7")
        #expect(s.week == 0)
        #expect(s.model.residentCount == 120)
        #expect(s.scenario.profile == .oldEstate && s.scenario.seed == 7)
        // A new name alone does not rebuild anything.
        CommandTest.run(s, "step 2")
        CommandTest.run(s, "community name \"Renamed\"")
        #expect(s.week == 2)
        #expect(s.model.scenario.name == "Renamed")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "community", language,
            [
                "community \"Yangguang\" size 200 seed 2", "community name \"Hutong\"", "community size 0",
                "community profile villa", "community size", "community colour red",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "community size 0", column: 16, en: "size 0 is out of range", zh: "size 0 超出范围")
        CommandTest.expectError(s, "community profile villa", column: 19, en: "villa", zh: "villa")
        CommandTest.expectError(
            s, "community size", column: 15, en: "expected a value after 'size'", zh: "'size' 之后应有一个值", hint: false)
        CommandTest.expectError(s, "community colour red", column: 11, en: "colour", zh: "colour")
        #expect(s.scenario == Scenario.calibration)
    }
}
