import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// `predict STRING` (lesson files only): a question to answer before trying the command.
@Suite struct PredictCommandTests {
    @Test func helpExampleIsRefusedOutsideALessonFile() {
        CommandTest.expectRefusedOutsideLessons("predict")
    }

    @Test func inALessonTheQuestionIsShownWithThePart() {
        let en = CommandTest.lessonTranscript(CommandTest.sampleLesson, .en).joined(separator: "\n")
        #expect(en.contains("Will anyone join?"))
        let zh = CommandTest.lessonTranscript(CommandTest.sampleLesson, .zh).joined(separator: "\n")
        #expect(zh.contains("会有人参与吗？") && !zh.contains("Will anyone join?"))
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        var lines = replTranscript(CommandTest.session(language), ["predict \"What will happen?\"", "predict"])
        lines += CommandTest.lessonTranscript(CommandTest.sampleLesson, language)
        lines += CommandTest.lessonTranscript("title \"T\"\npredict \"Now?\"\npart \"p\"\n", language)
        assertSnapshot(lines.joined(separator: "\n"), named: "commands/predict.\(language.rawValue)")
    }

    @Test func errors() {
        let (d, text) = try! #require(CommandTest.lessonError("title \"T\"\npredict \"Now?\"\npart \"p\"\n"))
        #expect(d.diagnostic.range.start.line == 2 && d.diagnostic.range.start.column == 1)
        #expect(text.contains("'predict' must come after a 'part'"))
        CommandTest.expectError(CommandTest.session(), "predict", column: 8, en: "predict", zh: "predict")
    }
}
