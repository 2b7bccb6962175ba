import CoprodLanguage
import CoprodModel
import Testing

/// `set FIELD ATOM`: a model constant or a typology threshold. `SettingsInLanguageTests` covers
/// every key of the settings registry; this file covers the command itself.
@Suite struct SetCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("set") == "set typology.autonomy 0.6")
        CommandTest.run(s, CommandTest.example("set"))
        #expect(s.scenario.thresholds.autonomy == 0.6)
        #expect(s.scenario.thresholds.publicness == 0.5)
    }

    @Test func aConstantChangesTheRun() {
        let s = CommandTest.session()
        CommandTest.run(s, "set a0 0.2")
        #expect(s.scenario.parameters.a0 == 0.2)
        CommandTest.run(s, "step 5")
        let base = CommandTest.session()
        CommandTest.run(base, "step 5")
        #expect(s.jsonReport() != base.jsonReport())
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "set", language, ["set a0 0.02", "set typology.publicness 0.7", "set a0 7", "set zz 1", "set a0", "set"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "set a0 7", column: 8, en: "a0 7 is out of range", zh: "a0 7 超出范围")
        CommandTest.expectError(s, "set aO 0.1", column: 5, en: "did you mean 'a0'?", zh: "'a0'")
        CommandTest.expectError(s, "set a0", column: 7, en: "a0", zh: "a0", hint: false)
    }
}
