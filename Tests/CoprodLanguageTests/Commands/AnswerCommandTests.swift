import CoprodLanguage
import CoprodModel
import Testing

/// `answer …`: the student's prediction for the current lesson part, shown with the result.
@Suite struct AnswerCommandTests {
    static let lesson = """
        title "T"
        part "Guess"
        predict "Will the week go up?" reveal week
        because "Each step is a week."
        try "step"
        check week >= 1
        """

    @Test func helpExampleRecordsAPredictionInALesson() {
        let s = CommandTest.lessonSession(Self.lesson)
        CommandTest.run(s, "lesson 1")
        #expect(CommandTest.run(s, CommandTest.example("answer")).joined().contains("up"))
        let out = CommandTest.run(s, "step").joined(separator: "\n")
        #expect(out.contains("you predicted: up"), "\(out)")
        #expect(out.contains("Each step is a week."), "\(out)")
    }

    @Test func withoutAnAnswerTheResultIsMarked() {
        let s = CommandTest.lessonSession(Self.lesson)
        CommandTest.run(s, "lesson 1")
        #expect(CommandTest.run(s, "step").joined(separator: "\n").contains("(no answer)"))
    }

    @Test func errors() {
        CommandTest.expectError(CommandTest.session(), "answer up", column: 1, en: "answer", zh: "answer")
    }
}
