import CoprodLanguage
import CoprodModel
import Testing

/// `typology [NAME]`: each facility's type with the numbers behind it.
@Suite struct TypologyCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("typology") == "typology garden")
        let out = CommandTest.run(s, CommandTest.example("typology")).joined(separator: "\n")
        #expect(out.contains("garden"))
        #expect(!out.contains("shed") && !out.contains("lift"), "only the facility named")
        #expect(s.changes.isEmpty)
    }

    @Test func theThresholdMovesAFacilityAcrossTheLine() {
        let s = CommandTest.session()
        // garden's publicness is 0.9: commons at the default threshold 0.5, not at 0.95.
        let before = CommandTest.run(s, "typology garden")
        CommandTest.run(s, "set typology.publicness 0.95")
        #expect(CommandTest.run(s, "typology garden") != before)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "typology", language, setup: ["run 30"], ["typology lift", "typology gardn", "typology 3"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "typology gardn", column: 10, en: "did you mean 'garden'?", zh: "'garden'")
        CommandTest.expectError(
            s, "typology 3", column: 10, en: "expected a facility name after 'typology', found '3'", zh: "应为设施名称",
            hint: false)
    }
}
