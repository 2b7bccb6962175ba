import CoprodLanguage
import CoprodModel
import Testing

/// `count [residents] [where EXPR] [by FIELD {, FIELD}]`.
@Suite struct CountCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("count") == "count residents where age = older by tenure")
        let out = CommandTest.run(s, CommandTest.example("count"))
        let older = s.model.population.age.filter { $0 == .older }.count
        let ownersOlder = zip(s.model.population.age, s.model.population.tenure).filter {
            $0 == .older && $1 == .owner
        }.count
        #expect(out.joined(separator: "\n").contains("\(older)"))
        #expect(out.joined(separator: "\n").contains("\(ownersOlder)"))
        #expect(s.changes.isEmpty)
    }

    @Test func countWithoutClausesIsThePopulation() {
        let s = CommandTest.session()
        #expect(CommandTest.run(s, "count").joined().contains("400"))
        #expect(CommandTest.run(s, "count residents") == CommandTest.run(s, "count"))
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "count", language,
            [
                "count", "count residents where building = 1", "count by age, tenure", "count where agee = older",
                "count by efficacy", "count where age",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "count where agee = older", column: 13, en: "did you mean 'age'?", zh: "'age'")
        CommandTest.expectError(
            s, "count by efficacy", column: 10, en: "cannot group by 'efficacy': it is a continuous number",
            zh: "不能按 'efficacy' 分组")
        CommandTest.expectError(
            s, "count where age", column: 13, en: "'age' is a category, not a condition", zh: "'age' 是类别，不是条件")
    }
}
