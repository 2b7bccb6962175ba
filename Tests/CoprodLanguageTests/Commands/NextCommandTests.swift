import CoprodLanguage
import CoprodModel
import Testing

/// `next`: skips to the next part of the lesson.
@Suite struct NextCommandTests {
    @Test func helpExampleRunsInALesson() {
        let s = CommandTest.session()
        #expect(CommandTest.example("next") == "next")
        // On the default scenario no lesson runs: the example is refused with a hint.
        CommandTest.expectError(s, "next", column: 1, en: "no lesson is running", zh: "当前没有进行中的课程")
        CommandTest.run(s, "lesson 1")
        let out = CommandTest.run(s, "next").joined(separator: "\n")
        #expect(out.contains("Ten weeks"), "part 2 of lesson 1")
        #expect(s.week == 0, "next does not do the part's task")
    }

    @Test func nextAfterTheLastPartFinishesTheLesson() {
        let s = CommandTest.lessonSession(CommandTest.sampleLesson)
        CommandTest.run(s, "lesson 1")
        CommandTest.run(s, "next")
        #expect(s.inLesson)
        let out = CommandTest.run(s, "next")
        #expect(!s.inLesson)
        #expect(out.first?.hasPrefix("Lesson 1 complete.") == true)
        CommandTest.expectError(s, "next", column: 1, en: "no lesson is running", zh: "当前没有进行中的课程")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "next", language, ["next", "lesson 1", "next", "next", "next 2"],
            session: CommandTest.lessonSession(CommandTest.sampleLesson, language))
    }
}
