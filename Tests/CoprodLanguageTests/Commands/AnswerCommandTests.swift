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

    /// The rest of the line is the answer, as typed: a percentage, Chinese with its punctuation,
    /// a quoted phrase; trailing sentence punctuation is dropped.
    @Test(arguments: [
        ("answer 20%", "20%"), ("answer 上升；", "上升"), ("answer \"about half\"", "about half"),
        ("answer more than main, about 0.4.", "more than main, about 0.4"), ("answer 会下降 # a guess", "会下降"),
        // A number with its unit, as the student says it (issue 7 tryout): not lexed as a number.
        ("answer 100人", "100人"), ("answer 约36周", "约36周"), ("answer 12 人（大约）", "12 人（大约）"),
        ("answer (about half)", "(about half)"),
    ])
    func theRestOfTheLineIsTheAnswer(_ line: String, _ recorded: String) throws {
        let statement = try #require(try Parser.parseLine(line, lineNumber: 1))
        #expect(statement.command == .lesson(.answer(recorded)))
        let s = CommandTest.lessonSession(Self.lesson)
        CommandTest.run(s, "lesson 1")
        CommandTest.run(s, line)
        let out = CommandTest.run(s, "step").joined(separator: "\n")
        // A direction in Chinese is shown with the English word `answer` lists (`up (上升)`).
        #expect(out.contains("you predicted: \(Terms.direction(recorded, in: .en))"), "\(out)")
    }

    @Test func errors() {
        CommandTest.expectError(CommandTest.session(), "answer up", column: 1, en: "answer", zh: "answer")
        CommandTest.expectError(
            CommandTest.lessonSession(Self.lesson), "answer ；", column: 8, en: "after 'answer'", zh: "'answer'")
    }

    /// A prediction with a unit is noted and shown with the result, in each language.
    @Test(arguments: Language.allCases)
    func anAnswerWithAUnit(_ language: Language) {
        CommandTest.snapshot(
            "answer-with-unit", language, setup: ["lesson 1"], ["answer 100人", "step"],
            session: CommandTest.lessonSession(Self.lesson, language))
    }
}
