import CoprodLanguage
import CoprodModel
import Testing

/// `quit`: tells the caller to leave (the REPL and batch runs stop on `.quit`).
@Suite struct QuitCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() throws {
        let s = CommandTest.session()
        #expect(CommandTest.example("quit") == "quit")
        var out: [String] = []
        #expect(try s.execute(line: "quit", emit: { out.append($0) }) == .quit)
        #expect(out.isEmpty)
        #expect(try s.execute(line: "step", emit: { _ in }) == .continue)
    }

    @Test func aScriptStopsAtQuit() throws {
        let s = Session.empty()
        #expect(
            try s.runScript("community size 40\nstep 2\nquit\nstep 5\n", fileName: "q.coprod", emit: { _ in }) == .quit)
        #expect(s.week == 2)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("quit", language, ["quit now", "quit"])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "quit now", column: 6, en: "unexpected 'now' after the command", zh: "命令之后多出了 'now'",
            hint: false)
    }
}
