import CoprodLanguage
import CoprodModel
import Testing

/// `facility NAME {KEY ATOM | serves …}`: adds a project or changes one.
@Suite struct FacilityCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        CommandTest.run(s, CommandTest.example("facility"))
        // The example declares the calibration shed as it already is.
        #expect(s.scenario == Scenario.calibration)
        #expect(s.scenario.facilities.count == 3)
    }

    @Test func addsAFacilityOrChangesOne() {
        let s = CommandTest.session()
        CommandTest.run(s, "facility kiosk publicness 0.3 cost 10 serves age older initiator residents")
        #expect(s.scenario.facilities.map(\.name) == ["shed", "lift", "garden", "kiosk"])
        let kiosk = s.scenario.facilities[3]
        #expect(kiosk.publicness == 0.3 && kiosk.cost == 10)
        #expect(kiosk.serves == .age(.older))
        CommandTest.run(s, "facility shed salience 0.5")
        #expect(s.scenario.facilities[0].salience == 0.5)
        #expect(s.scenario.facilities[0].cost == 60, "other keys stay")
    }

    @Test func duringARunTheChangeIsKeptWithItsWeek() {
        let s = CommandTest.session()
        CommandTest.run(s, "step 3")
        CommandTest.run(s, "facility kiosk cost 10")
        #expect(s.changes.map(\.week) == [3])
        #expect(s.model.facilities.count == 4)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "facility", language,
            [
                "facility kiosk cost 10 serves building 2", "facility shed salience 2", "facility shed cost -1",
                "facility shed serves", "facility shed colour red", "facility step cost 10", "facility",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "facility shed salience 2", column: 24, en: "salience 2 is out of range", zh: "salience 2 超出范围")
        CommandTest.expectError(
            s, "facility shed cost -1", column: 20, en: "cost -1 is out of range", zh: "cost -1 超出范围")
        CommandTest.expectError(
            s, "facility shed serves", column: 21, en: "expected a value after 'serves'", zh: "'serves' 之后应有一个值",
            hint: false)
        CommandTest.expectError(s, "facility shed colour red", column: 15, en: "colour", zh: "colour")
        CommandTest.expectError(s, "facility", column: 9, en: "facility name", zh: "设施")
    }
}
