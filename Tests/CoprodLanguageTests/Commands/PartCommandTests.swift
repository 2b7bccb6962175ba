import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// `part STRING` (lesson files only): starts a part; what comes before the first part sets up the
/// lesson's scenario.
@Suite struct PartCommandTests {
    @Test func helpExampleIsRefusedOutsideALessonFile() {
        CommandTest.expectRefusedOutsideLessons("part")
    }

    @Test func inALessonEachPartIsShownInTurn() {
        let s = CommandTest.lessonSession(CommandTest.sampleLesson)
        let first = CommandTest.run(s, "lesson 1").joined(separator: "\n")
        #expect(first.contains("One week") && !first.contains("Look"))
        #expect(first.contains("part 1/2: One week"))
        // The setup before the first part ran: the lesson's own community.
        #expect(s.model.residentCount == 80 && s.scenario.facilities.map(\.name) == ["shed"])
        let second = CommandTest.run(s, "step").joined(separator: "\n")
        #expect(second.contains("Look"))
        let zh = CommandTest.lessonTranscript(CommandTest.sampleLesson, .zh).joined()
        #expect(zh.contains("一周"))
    }

    @Test func aOnePartLessonSaysOnePart() {
        let s = CommandTest.lessonSession("title \"T\"\npart \"p\"\ntry \"step\"\ncheck week >= 1\n")
        let out = CommandTest.run(s, "lesson 1").joined(separator: " ")
        #expect(out.contains("(1 part;"), "\(out)")
        #expect(out.contains("part 1/1: p"))
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        var lines = replTranscript(CommandTest.session(language), ["part \"Look around\"", "part Look"])
        lines += CommandTest.lessonTranscript(CommandTest.sampleLesson, language, ["step"])
        lines += CommandTest.lessonTranscript("title \"No parts\"\nstep 1\n", language)
        lines += CommandTest.lessonTranscript("title \"T\"\npart \"p\"\ntry \"step\"\nstep 1\n", language)
        assertSnapshot(lines.joined(separator: "\n"), named: "commands/part.\(language.rawValue)")
    }

    @Test func errors() {
        let (none, _) = try! #require(CommandTest.lessonError("title \"No parts\"\nstep 1\n"))
        #expect(none.diagnostic.message == .lessonNeedsPart)
        let (after, text) = try! #require(CommandTest.lessonError("title \"T\"\npart \"p\"\ntry \"step\"\nstep 1\n"))
        #expect(after.diagnostic.range.start.line == 4 && after.diagnostic.range.start.column == 1)
        #expect(text.contains("only say, predict, because, try, check and zh may follow a 'part'"))
        CommandTest.expectError(CommandTest.session(), "part Look", column: 6, en: "part", zh: "part")
    }
}
