import CoprodLanguage
import CoprodModel
import Testing

/// `fork NAME`: a twin of the current run, sharing its seed and random numbers.
@Suite struct ForkCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 3")
        let out = CommandTest.run(s, CommandTest.example("fork")).joined(separator: " ")
        #expect(
            out.replacingOccurrences(of: "   ", with: " ")
                == "forked 'care' from 'main' at week 3; commands now act on 'care' (switch main to go back)")
        #expect(s.runNames == ["main", "care"] && s.currentRun == "care")
        #expect(s.prompt == "coprod care w3> ")
    }

    @Test func aTwinWithoutChangesStaysIdenticalToItsParent() {
        let s = CommandTest.session()
        for line in ["run 10", "fork twin", "run 30"] { CommandTest.run(s, line) }
        let twin = s.jsonReport()
        CommandTest.run(s, "switch main")
        CommandTest.run(s, "run 30")
        #expect(s.jsonReport() == twin, "common random numbers")
    }

    @Test func saveKeepsEveryRunAndLoadRestoresThem() {
        let s = CommandTest.session()
        for line in [
            "run 10", "fork care", "intervene emotional-care on all strength 0.7", "run 10", "switch main",
            "fork incentive", "intervene incentive on shed", "run 4", "switch care",
        ] {
            CommandTest.run(s, line)
        }
        let saved = s.scriptText()
        let loaded = CommandTest.session()
        for line in Parser.lines(of: saved) { CommandTest.run(loaded, line) }
        #expect(loaded.runNames == ["main", "care", "incentive"])
        #expect(loaded.currentRun == "care")
        #expect(loaded.scriptText() == saved)
        for run in s.runNames {
            CommandTest.run(s, "switch \(run)")
            CommandTest.run(loaded, "switch \(run)")
            #expect(loaded.jsonReport() == s.jsonReport(), "\(run)")
            #expect(loaded.changes == s.changes, "\(run)")
        }
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("fork", language, setup: ["run 4"], ["fork care", "intervene council"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "fork main", column: 6, en: "there is already a run 'main'", zh: "已经有名为 'main' 的运行")
        CommandTest.expectError(s, "fork", column: 5, en: "expected the name of a run", zh: "运行的名字")
    }
}
