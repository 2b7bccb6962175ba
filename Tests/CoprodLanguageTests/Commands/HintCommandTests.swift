import CoprodLanguage
import CoprodModel
import Testing

/// `hint`: the current part's try command or its check's hint.
@Suite struct HintCommandTests {
    @Test func helpExampleRunsInALesson() {
        let s = CommandTest.session()
        #expect(CommandTest.example("hint") == "hint")
        CommandTest.expectError(s, "hint", column: 1, en: "no lesson is running", zh: "当前没有进行中的课程")
        CommandTest.run(s, "lesson 1")
        #expect(CommandTest.run(s, "hint") == ["hint: type show community, help step, then step"])
    }

    @Test func withoutAHintItShowsTheTryCommandInEitherLanguage() {
        let s = CommandTest.lessonSession(CommandTest.sampleLesson)
        CommandTest.run(s, "lesson 1")
        #expect(CommandTest.run(s, "hint") == ["hint: type step"])
        CommandTest.run(s, "lang zh")
        #expect(CommandTest.run(s, "hint") == ["提示：输入 step"])
        CommandTest.run(s, "next")
        #expect(CommandTest.run(s, "hint") == ["试试：show shed"])
        #expect(s.week == 0, "hint changes nothing")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "hint", language, ["hint", "lesson 1", "hint", "step", "hint", "hint me"],
            session: CommandTest.lessonSession(CommandTest.sampleLesson, language))
    }
}
