import CoprodLanguage
import CoprodModel
import Testing

/// `show …`: prints the state of the community, a resident, a facility, the interventions, the
/// government or the parameters. The golden tests (`show-*` snapshots) cover each view after 40
/// weeks; this file covers what each target finds and the errors.
@Suite struct ShowCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("show") == "show facility shed")
        let out = CommandTest.run(s, CommandTest.example("show"))
        #expect(out.first?.contains("shed") == true)
        #expect(out == CommandTest.run(s, "show shed"), "show NAME finds the facility")
        #expect(s.changes.isEmpty && s.week == 0, "show changes nothing")
    }

    @Test func showNameFindsAFacilityFirstThenAResident() {
        let s = CommandTest.session()
        CommandTest.run(s, "resident alice age older")
        let asResident = CommandTest.run(s, "show resident alice")
        #expect(CommandTest.run(s, "show alice") == asResident)
        #expect(CommandTest.run(s, "show resident 1") == asResident, "alice is resident 1")
        #expect(CommandTest.run(s, "show parameters").contains { $0.contains("a0") })
        #expect(
            CommandTest.run(s, "show interventions") == [
                "no interventions (add one: intervene outreach on shed strength 0.8)"
            ])
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "show", language,
            ["show facility garden", "show interventions", "show shde", "show resident 401", "show facility", "show"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "show shde", column: 6, en: "did you mean 'shed'?", zh: "'shed'")
        CommandTest.expectError(s, "show facility gardn", column: 15, en: "unknown facility 'gardn'", zh: "'gardn'")
        CommandTest.expectError(s, "show resident 401", column: 15, en: "401", zh: "401")
    }
}
