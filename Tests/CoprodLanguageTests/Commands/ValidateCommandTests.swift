import CoprodLanguage
import CoprodModel
import Testing

/// `validate`: the stylised facts of spec §11 on their own scenarios, the session unchanged.
@Suite struct ValidateCommandTests {
    @Test func helpExampleRunsAndLeavesTheSessionAlone() {
        let s = CommandTest.session()
        let before = (s.jsonReport(), s.scriptText(), s.week)
        let out = CommandTest.run(s, CommandTest.example("validate"))
        #expect(out.first == "Stylised facts (spec §11)")
        #expect(out.contains { $0.hasPrefix("4 seeds") })
        // 21 effects of §11's facts and 7 of §12's partner facts (SF11–SF13). At 78 columns (the
        // wide table needs 94) each effect's verdict is on the line under its numbers.
        let effects = out.indices.filter { out[$0].hasPrefix("SF") && out[$0].contains(" ± ") }
        #expect(effects.count == 21 + 8 + 7, "21 effects of §11's facts, 8 of SF9 and SF10, 7 of SF11–SF13")
        #expect(effects.allSatisfy { out[$0 + 1].hasSuffix(" pass") || out[$0 + 1].hasSuffix(" FAIL") })
        #expect(out.allSatisfy { TextRenderer.cells($0) <= 78 })
        #expect((s.jsonReport(), s.scriptText(), s.week) == before)
    }

    @Test func parses() {
        #expect(ast("validate") == "validate(quick false mutants false sensitivity false seeds -)")
        #expect(ast("validate quick mutants") == "validate(quick true mutants true sensitivity false seeds -)")
        #expect(ast("validate sensitivity seeds 12") == "validate(quick false mutants false sensitivity true seeds 12)")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("validate", language, [CommandTest.example("validate")])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "validate quik", column: 10, en: "expected 'quick'", zh: "quick")
        CommandTest.expectError(
            CommandTest.session(), "validate seeds 1", column: 16, en: "expected a value", zh: "值")
        CommandTest.expectError(CommandTest.session(), "validate seeds", column: 15, en: "expected a value", zh: "值")
    }
}

/// `validate` stopped by Ctrl-C: a note, and the session as it was.
@Suite struct ValidateInterruptTests {
    @Test(arguments: Language.allCases)
    func ctrlCStopsItAndKeepsTheSession(_ language: Language) throws {
        let s = CommandTest.session()
        _ = try s.execute(line: "lang \(language.rawValue)", fileName: "<repl>", emit: { _ in })
        let before = (s.jsonReport(), s.scriptText(), s.week)
        var lines: [String] = []
        _ = try s.execute(
            line: "validate quick mutants", fileName: "<repl>", emit: { lines.append($0) }, interrupted: { true })
        let expected = language == .en ? "validate stopped before it finished" : "validate 在完成前已停止"
        #expect(lines.contains { $0.contains(expected) }, "\(lines)")
        #expect(!lines.contains { $0.hasPrefix("Stylised facts") || $0.hasPrefix("典型事实") })
        #expect((s.jsonReport(), s.scriptText(), s.week) == before)
    }
}
