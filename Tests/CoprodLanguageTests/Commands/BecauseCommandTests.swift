import CoprodLanguage
import CoprodModel
import Testing

/// `because STRING` (lesson files only): why the result of a prediction came out as it did.
@Suite struct BecauseCommandTests {
    @Test func helpExampleIsRefusedOutsideALessonFile() {
        CommandTest.expectRefusedOutsideLessons("because")
    }

    @Test func inALessonTheReasonFollowsTheResult() {
        let text = """
            title "T"
            part "Guess"
            predict "Up or down?" reveal week
            because "Time moves on."
            zh "时间向前走。"
            try "step"
            check week >= 1
            """
        let en = CommandTest.lessonTranscript(text, .en, ["answer up", "step"]).joined(separator: "\n")
        #expect(en.contains("Time moves on."), "\(en)")
        let zh = CommandTest.lessonTranscript(text, .zh, ["answer up", "step"]).joined(separator: "\n")
        #expect(zh.contains("时间向前走。") && !zh.contains("Time moves on."), "\(zh)")
    }
}
