import CoprodLanguage
import CoprodModel
import Testing

/// `explain REF [[on] NAME]`: the terms of a resident's decision. The golden test `explain`
/// snapshots the full page after 40 weeks.
@Suite struct ExplainCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("explain") == "explain 1 on shed")
        let out = CommandTest.run(s, CommandTest.example("explain"))
        #expect(!out.isEmpty)
        #expect(out == CommandTest.run(s, "explain 1 shed"), "'on' is optional")
        #expect(s.changes.isEmpty)
    }

    @Test func withoutAFacilityItExplainsEach() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 20")
        let all = CommandTest.run(s, "explain 1").joined(separator: "\n")
        for f in ["shed", "lift", "garden"] {
            #expect(all.contains(CommandTest.run(s, "explain 1 \(f)").joined(separator: "\n")))
        }
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "explain", language, setup: ["resident alice age older"],
            ["explain alice on garden", "explain bob", "explain 0", "explain 1 on shde", "explain"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "explain 1 on shde", column: 14, en: "did you mean 'shed'?", zh: "'shed'")
        CommandTest.expectError(s, "explain 0", column: 9, en: "0", zh: "0")
    }
}
