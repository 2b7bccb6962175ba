import CoprodLanguage
import CoprodModel
import Foundation
import Testing

/// `mean FIELD [where EXPR] [by FIELD {, FIELD}]`.
@Suite struct MeanCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("mean") == "mean efficacy where building = 3 by tenure")
        let out = CommandTest.run(s, CommandTest.example("mean"))
        #expect(out.count >= 2, "a line per tenure")
        #expect(s.changes.isEmpty)
    }

    @Test func theMeanIsTheAverageOfTheField() {
        let s = CommandTest.session()
        let p = s.model.population
        let mean = p.efficacy.reduce(0, +) / Double(p.count)
        let out = CommandTest.run(s, "mean efficacy").joined()
        #expect(out.contains(String(format: "mean self-efficacy (efficacy): %.3f (", mean)), "\(out) vs \(mean)")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "mean", language,
            ["mean efficacy", "mean trust by age", "mean age", "mean efficacy where trust > 2", "mean"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "mean age", column: 6, en: "'age' is a category; it has no mean", zh: "'age' 是类别，没有平均值")
        CommandTest.expectError(s, "mean efficasy", column: 6, en: "did you mean 'efficacy'?", zh: "'efficacy'")
    }
}
