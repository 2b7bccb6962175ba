import CoprodLanguage
import CoprodModel
import Testing

/// `runs`: each run, its week, its parent and the changes it has beyond its parent's.
@Suite struct RunsCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.run(s, CommandTest.example("runs")) == ["* main: week 0"])
    }

    @Test func listsOwnChangesOnly() {
        let s = CommandTest.session()
        for line in ["run 5", "set aInfo 0.2", "fork care", "run 1", "intervene emotional-care on garden", "run 2"] {
            CommandTest.run(s, line)
        }
        #expect(
            CommandTest.run(s, "runs") == [
                "  main: week 5", "    week 5: set aInfo 0.2", "* care: week 8, forked from main",
                "    week 6: intervene emotional-care on garden strength 0.8 from 6",
            ])
    }

    @Test func aTwinRewoundToWeekZeroNamesWhatItDeclaresDifferently() {
        let s = CommandTest.session()
        for line in ["run 4", "fork b", "goto 0", "facility shed salience 0.9"] { CommandTest.run(s, line) }
        let out = CommandTest.run(s, "runs")
        #expect(
            out.contains { $0.hasPrefix("    from week 0: facility shed") && $0.contains("salience 0.9") }, "\(out)")
        #expect(
            out.contains {
                $0.hasPrefix("    from week 0, without main's: facility shed") && $0.contains("salience 0.8")
            })
        let zh = CommandTest.session(.zh)
        for line in ["run 4", "fork b", "goto 0", "facility shed salience 0.9"] { CommandTest.run(zh, line) }
        #expect(CommandTest.run(zh, "runs").contains { $0.hasPrefix("    第 0 周起：facility shed") }, "\(out)")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("runs", language, setup: ["run 2", "fork a", "set aSoc 0.2"], ["runs"])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "runs all", column: 6, en: "unexpected 'all' after the command",
            zh: "命令之后多出了 'all'", hint: false)
    }
}
