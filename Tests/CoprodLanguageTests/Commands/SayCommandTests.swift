import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// `say STRING` (lesson files only): a line of the part's text; consecutive lines form a paragraph.
@Suite struct SayCommandTests {
    @Test func helpExampleIsRefusedOutsideALessonFile() {
        CommandTest.expectRefusedOutsideLessons("say")
    }

    @Test func inALessonConsecutiveLinesFormOneParagraph() {
        let en = CommandTest.lessonTranscript(CommandTest.sampleLesson, .en).joined(separator: "\n")
        #expect(en.contains("Time moves in weeks."), "the two say lines joined with a space")
        let zh = CommandTest.lessonTranscript(CommandTest.sampleLesson, .zh).joined(separator: "\n")
        #expect(zh.contains("时间以周为单位推进。"), "the zh lines joined without a space")
        // A blank line ends a paragraph.
        let two = CommandTest.sampleLesson.replacingOccurrences(
            of: "say \"Time moves\"\nsay \"in weeks.\"\nzh \"时间以周\"\nzh \"为单位推进。\"",
            with: "say \"Time moves\"\n\nsay \"in weeks.\"")
        let text = CommandTest.lessonTranscript(two, .en).joined(separator: "\n")
        #expect(!text.contains("Time moves in weeks.") && text.contains("in weeks."))
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        var lines = replTranscript(CommandTest.session(language), ["say \"Welcome\"", "say Welcome"])
        lines += CommandTest.lessonTranscript(CommandTest.sampleLesson, language)
        lines += CommandTest.lessonTranscript("title \"T\"\nsay \"too early\"\npart \"p\"\n", language)
        assertSnapshot(lines.joined(separator: "\n"), named: "commands/say.\(language.rawValue)")
    }

    @Test func errors() {
        let (d, text) = try! #require(CommandTest.lessonError("title \"T\"\nsay \"too early\"\npart \"p\"\n"))
        #expect(d.diagnostic.range.start.line == 2 && d.diagnostic.range.start.column == 1)
        #expect(text.contains("'say' must come after a 'part'"))
        CommandTest.expectError(CommandTest.session(), "say Welcome", column: 5, en: "say", zh: "say")
    }
}
