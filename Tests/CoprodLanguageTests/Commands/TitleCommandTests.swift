import CoprodLanguage
import CoprodModel
import Testing

/// `title STRING` (lesson files only): the lesson's title.
@Suite struct TitleCommandTests {
    @Test func helpExampleIsRefusedOutsideALessonFile() {
        CommandTest.expectRefusedOutsideLessons("title")
    }

    @Test func inALessonTheTitleIsShownWhenItStartsInEitherLanguage() {
        let en = CommandTest.lessonTranscript(CommandTest.sampleLesson, .en).joined(separator: "\n")
        #expect(en.contains("Test lesson") && !en.contains("测试课程"))
        let zh = CommandTest.lessonTranscript(CommandTest.sampleLesson, .zh).joined(separator: "\n")
        #expect(zh.contains("测试课程"))
        // Without a title the lesson is called by its number.
        let untitled = CommandTest.sampleLesson.replacingOccurrences(
            of: "title \"Test lesson\"\nzh \"测试课程\"\n", with: "")
        #expect(CommandTest.lessonTranscript(untitled, .en).joined().contains("Lesson 1"))
        #expect(CommandTest.lessonTranscript(untitled, .zh).joined().contains("第 1 课"))
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("title", language, ["title \"First steps\"", "title First", "title"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "title First", column: 7, en: "title", zh: "title")
        let (d, _) = try! #require(CommandTest.lessonError("title Test\npart \"p\"\ntry \"step\"\n"))
        #expect(d.fileName == "01-test.coprod")
        #expect(d.diagnostic.range.start.line == 1 && d.diagnostic.range.start.column == 7)
        #expect(d.diagnostic.hint != nil)
    }
}
