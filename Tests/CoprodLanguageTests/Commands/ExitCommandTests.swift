import CoprodLanguage
import CoprodModel
import Testing

/// `exit`: the same as `quit`.
@Suite struct ExitCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() throws {
        let s = CommandTest.session()
        #expect(CommandTest.example("exit") == "exit")
        #expect(try s.execute(line: "exit", emit: { _ in }) == .quit)
        #expect(
            try Parser.parseLine("exit", lineNumber: 1)?.command == Parser.parseLine("quit", lineNumber: 1)?.command)
    }

    @Test func aScriptStopsAtExit() throws {
        let s = Session.empty()
        #expect(
            try s.runScript("community size 40\nstep 1\nexit\nstep 5\n", fileName: "e.coprod", emit: { _ in }) == .quit)
        #expect(s.week == 1)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("exit", language, ["exit 0", "exit"])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "exit 0", column: 6, en: "unexpected '0' after the command", zh: "命令之后多出了 '0'",
            hint: false)
    }
}
