import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// `try STRING` (lesson files only): the command the student is asked to type. A part moves on
/// when its check holds and a command with the try's first word has been typed.
@Suite struct TryCommandTests {
    @Test func helpExampleIsRefusedOutsideALessonFile() {
        CommandTest.expectRefusedOutsideLessons("try")
    }

    @Test func inALessonThePartWaitsForTheCommandItAsksFor() {
        let s = CommandTest.lessonSession(CommandTest.sampleLesson)
        let start = CommandTest.run(s, "lesson 1").joined(separator: "\n")
        #expect(start.contains("step"))
        CommandTest.run(s, "step")
        // Part 2's check (week >= 1) already holds, but it asks for `show`: it waits for it.
        CommandTest.run(s, "count")
        #expect(s.inLesson)
        CommandTest.run(s, "show community")
        #expect(s.inLesson, "another show is a look, not the part's own command")
        let out = CommandTest.run(s, "show shed")
        #expect(!s.inLesson, "its own command moves on; the lesson is complete")
        #expect(out.joined(separator: " ").contains("✓ done Lesson 1 complete."))
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        var lines = replTranscript(CommandTest.session(language), ["try \"step 10\"", "try step"])
        lines += CommandTest.lessonTranscript(CommandTest.sampleLesson, language, ["step", "count", "show shed"])
        lines += CommandTest.lessonTranscript("title \"T\"\ntry \"step\"\npart \"p\"\n", language)
        assertSnapshot(lines.joined(separator: "\n"), named: "commands/try.\(language.rawValue)")
    }

    @Test func errors() {
        let (d, text) = try! #require(CommandTest.lessonError("title \"T\"\ntry \"step\"\npart \"p\"\n"))
        #expect(d.diagnostic.range.start.line == 2 && d.diagnostic.range.start.column == 1)
        #expect(text.contains("'try' must come after a 'part'"))
        CommandTest.expectError(CommandTest.session(), "try step", column: 5, en: "try", zh: "try")
    }
}
