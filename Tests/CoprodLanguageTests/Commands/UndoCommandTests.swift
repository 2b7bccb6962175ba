import CoprodLanguage
import CoprodModel
import Testing

/// `undo`: takes back the last command that changed a run, newest first.
@Suite struct UndoCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        let fresh = s.jsonReport()
        CommandTest.run(s, "run 4")
        #expect(CommandTest.run(s, CommandTest.example("undo")) == ["undid 'run 4'; main is at week 0"])
        #expect(s.jsonReport() == fresh)
    }

    @Test func takesBackOnlyCommandsThatChangedARun() {
        let s = CommandTest.session()
        let start = s.jsonReport()
        for line in ["run 5", "show shed", "count residents", "facility shed salience 0.9", "run 3"] {
            CommandTest.run(s, line)
        }
        #expect(CommandTest.run(s, "undo") == ["undid 'run 3'; main is at week 5"])
        #expect(CommandTest.run(s, "undo") == ["undid 'facility shed salience 0.9'; main is at week 5"])
        #expect(CommandTest.run(s, "undo") == ["undid 'run 5'; main is at week 0"])
        #expect(s.jsonReport() == start)
    }

    @Test func rebuildsALargeCommunityFromItsSource() {
        let s = Session(options: Session.Options(maxPopulation: 100_000))
        CommandTest.run(s, "community size 70000")
        CommandTest.run(s, "run 3")
        let atThree = s.jsonReport()
        for line in ["intervene outreach on shed", "run 2", "undo", "undo"] { CommandTest.run(s, line) }
        #expect(s.jsonReport() == atThree)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("undo", language, ["run 2", "fork twin", "undo", "undo", "undo"])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "undo", column: 1, en: "nothing to undo", zh: "没有可以撤销的操作")
    }
}
