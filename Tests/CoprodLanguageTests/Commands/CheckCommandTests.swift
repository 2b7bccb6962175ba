import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// `check EXPR [hint STRING]` (lesson files only): the condition that ends a part.
@Suite struct CheckCommandTests {
    @Test func helpExampleIsRefusedOutsideALessonFile() {
        CommandTest.expectRefusedOutsideLessons("check")
    }

    @Test func inALessonThePartMovesOnWhenTheCheckHoldsAndTheHintShowsWhileItFails() {
        let lesson = """
            title "Checks"
            part "Ten weeks"
            try "step"
            check week >= 3 hint "type step until week 3"
            zh "一直输入 step，直到第 3 周"
            part "End"
            try "show shed"
            check week >= 3
            """
        let s = CommandTest.lessonSession(lesson)
        CommandTest.run(s, "lesson 1")
        // The failing check as written, what it reads now, then the hint.
        #expect(
            CommandTest.run(s, "step").joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
                .components(separatedBy: "\n").last
                == "not yet: this part checks week >= 3, which does not hold (now: week 1); type step until week 3")
        #expect(CommandTest.run(s, "step 2").contains("✓ done"))
        #expect(s.inLesson)
        let zh = CommandTest.lessonSession(lesson, .zh)
        CommandTest.run(zh, "lesson 1")
        #expect(
            CommandTest.run(zh, "step").joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
                .components(separatedBy: "\n").last
                == "还没有完成：这一部分检查 week >= 3，目前还不成立（现在：week 1）；一直输入 step，直到第 3 周")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        var lines = replTranscript(
            CommandTest.session(language),
            ["check week >= 10 hint \"type step 10\"", "check week >=", "check week > 1 hint step"])
        lines += CommandTest.lessonTranscript(CommandTest.sampleLesson, language, ["hint", "step"])
        lines += CommandTest.lessonTranscript("title \"T\"\ncheck week > 1\npart \"p\"\n", language)
        lines += CommandTest.lessonTranscript("title \"T\"\npart \"p\"\ncheck week >\n", language)
        assertSnapshot(lines.joined(separator: "\n"), named: "commands/check.\(language.rawValue)")
    }

    @Test func errors() {
        let (d, text) = try! #require(CommandTest.lessonError("title \"T\"\ncheck week > 1\npart \"p\"\n"))
        #expect(d.diagnostic.range.start.line == 2 && d.diagnostic.range.start.column == 1)
        #expect(text.contains("'check' must come after a 'part'"))
        let (bad, _) = try! #require(CommandTest.lessonError("title \"T\"\npart \"p\"\ncheck week >\n"))
        #expect(bad.diagnostic.range.start.line == 3 && bad.diagnostic.range.start.column == 13)
        CommandTest.expectError(CommandTest.session(), "check week > 1 hint step", column: 21, en: "hint", zh: "hint")
    }
}
