import CoprodLanguage
import CoprodModel
import Testing

/// `lessons`: the list of lessons, the same as `lesson` (and `lesson list`); its help page is also
/// the `lessons` topic.
@Suite struct LessonsCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() throws {
        #expect(CommandTest.example("lessons") == "lessons")
        #expect(
            try Parser.parseLine("lessons", lineNumber: 1)?.command
                == Parser.parseLine("lesson list", lineNumber: 1)?.command)
        let s = CommandTest.session()
        let listed = CommandTest.run(s, "lessons")
        #expect(listed == CommandTest.run(s, "lesson"))
        #expect(listed.first?.hasPrefix("lessons (type lesson N to start):") == true)
        #expect(listed.joined(separator: "\n").contains("9. "))
        #expect(!s.inLesson && s.week == 0)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        let s = CommandTest.session(language, lessons: [CommandTest.lessonFolder(CommandTest.sampleLesson)])
        CommandTest.snapshot("lessons", language, ["lessons", "lessons 1", "help lessons"], session: s)
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "lessons 1", column: 9, en: "unexpected '1' after the command",
            zh: "命令之后多出了 '1'")
        CommandTest.expectError(
            CommandTest.session(), "lessons end", column: 9, en: "unexpected 'end' after the command",
            zh: "命令之后多出了 'end'")
        CommandTest.expectError(
            CommandTest.session(), "lessons all", column: 9, en: "unexpected 'all' after the command",
            zh: "命令之后多出了 'all'", hint: false)
    }
}
