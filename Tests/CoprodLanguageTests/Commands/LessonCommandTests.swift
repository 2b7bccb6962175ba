import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// `lesson [N | end]`. `LessonLibraryTests` covers where lessons are found and
/// `ScriptsTests`/`LessonTranslationTests` rehearse the shipped ones; this file covers the command.
@Suite struct LessonCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("lesson") == "lesson 1")
        let out = CommandTest.run(s, "lesson 1")
        #expect(s.inLesson)
        #expect(out.first?.hasPrefix("Lesson 1: First steps: a neighbourhood, three projects") == true)
        #expect(s.scenario.name == "Calibration" && s.week == 0)
    }

    @Test func lessonEndBringsBackTheSessionBeforeIt() {
        let s = CommandTest.session()
        CommandTest.run(s, "step 4")
        CommandTest.run(s, "facility kiosk cost 10")
        let before = s.jsonReport()
        CommandTest.run(s, "lesson 1")
        CommandTest.run(s, "step 2")
        #expect(s.week == 2)
        let out = CommandTest.run(s, "lesson end")
        #expect(!s.inLesson)
        #expect(s.week == 4 && s.jsonReport() == before)
        #expect(
            out.joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
                == "dropped lesson 1's run at week 2; kept your progress: part 1 of 5 (lesson 1 goes on from there)\n"
                + "lesson ended; back to your own session at week 4")
    }

    /// The y/N questions a session asked, and the answer it gets.
    final class Asked: @unchecked Sendable {
        var questions: [String] = []
        var answer = false
    }

    /// A session on the sample lesson whose y/N questions are recorded and answered by `Asked`.
    static func askingSession(_ language: Language) -> (Session, Asked) {
        let asked = Asked()
        var options = Session.Options(
            directory: temporaryFolder("coprod-command"),
            lessonDirectories: [CommandTest.lessonFolder(CommandTest.sampleLesson)],
            language: language)
        options.confirmDiscard = { question, language in
            asked.questions.append(question.text(language))
            return asked.answer
        }
        return (Session(options: options), asked)
    }

    /// `lesson end` asks (y/N, as `clear` does) before dropping a lesson's run that got
    /// somewhere; no leaves the lesson as it was, yes drops it and says what was kept.
    @Test(arguments: Language.allCases)
    func lessonEndAsksBeforeDroppingTheRun(_ language: Language) {
        let (s, asked) = Self.askingSession(language)
        CommandTest.run(s, "lesson 1")
        CommandTest.run(s, "lesson end")
        #expect(asked.questions.isEmpty, "a lesson at week 0 ends without asking")
        CommandTest.run(s, "lesson 1")
        var transcript = replTranscript(s, ["step 3", "lesson end"])
        #expect(asked.questions.count == 1)
        #expect(s.inLesson && s.week == 3)
        asked.answer = true
        transcript += replTranscript(s, ["lesson end"])
        #expect(!s.inLesson && s.week == 0)
        transcript += ["(asked: " + asked.questions.joined(separator: " | ") + ")"]
        assertSnapshot(transcript.joined(separator: "\n"), named: "commands/lesson-end.\(language.rawValue)")
    }

    /// Starting another lesson drops the current lesson's run like `lesson end` does, so it asks
    /// first when that run has got somewhere (a tryout lost a lesson's run to `lesson 3`).
    @Test(arguments: Language.allCases)
    func anotherLessonAsksBeforeDroppingTheRun(_ language: Language) {
        let (s, asked) = Self.askingSession(language)
        CommandTest.run(s, "lesson 1")
        CommandTest.run(s, "lesson 1")
        #expect(asked.questions.isEmpty, "a lesson at week 0 gives way without asking")
        CommandTest.run(s, "step 3")
        // `lesson 1` inside lesson 1 stays where she is: nothing is dropped, nothing asked.
        CommandTest.run(s, "lesson 1")
        #expect(asked.questions.isEmpty && s.inLesson && s.week == 3)
        // Starting it again from part 1 drops the run: asked first.
        let kept = CommandTest.run(s, "lesson 1 part 1").joined(separator: "\n")
        #expect(asked.questions.count == 1)
        #expect(s.inLesson && s.week == 3)
        #expect(kept.contains(language == .en ? "lesson 1 goes on" : "第 1 课继续"), "\(kept)")
        #expect(asked.questions[0].contains(language == .en ? "Start lesson 1? [y/N]" : "确定开始第 1 课吗？[y/N，是/否]"))
        asked.answer = true
        CommandTest.run(s, "lesson 1 part 1")
        #expect(asked.questions.count == 2)
        #expect(s.inLesson && s.week == 0)
        // Ending it still brings back the session from before the first lesson.
        CommandTest.run(s, "lesson end")
        #expect(!s.inLesson && s.week == 0)
    }

    /// `undo` does not take back `lesson N`: that swaps the whole session, and taking back only its
    /// run left a tryout's lesson checking another lesson's scenario. After `lesson N` there is
    /// nothing to undo; the lesson's own commands are undone as usual.
    @Test func undoDoesNotTakeBackStartingALesson() {
        let s = CommandTest.lessonSession(CommandTest.sampleLesson)
        CommandTest.run(s, "step 2")
        CommandTest.run(s, "lesson 1")
        let before = s.jsonReport()
        CommandTest.expectError(s, "undo", column: 1, en: "nothing to undo", zh: "没有可以撤销的操作")
        #expect(s.inLesson && s.jsonReport() == before)
        CommandTest.run(s, "step 3")
        CommandTest.run(s, "undo")
        #expect(s.inLesson && s.week == 0)
        // `lesson end` brings back the session from before, with its own undo list.
        CommandTest.run(s, "lesson end")
        #expect(!s.inLesson && s.week == 2)
        CommandTest.run(s, "undo")
        #expect(!s.inLesson && s.week == 0)
    }

    @Test func theListNamesEachLessonByItsTitle() {
        let s = CommandTest.lessonSession(CommandTest.sampleLesson)
        let out = CommandTest.run(s, "lesson").joined(separator: "\n")
        #expect(out.contains("1") && out.contains("Test lesson"))
        let zh = CommandTest.run(CommandTest.lessonSession(CommandTest.sampleLesson, .zh), "lesson").joined()
        #expect(zh.contains("测试课程"))
        let none = CommandTest.session(lessons: [temporaryFolder()])
        #expect(CommandTest.run(none, "lesson").joined().contains("no lessons found"))
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "lesson", language,
            ["lesson", "lesson 1", "step", "lesson end", "lesson 9", "lesson 0", "lesson end", "lesson two"],
            session: CommandTest.lessonSession(CommandTest.sampleLesson, language))
    }

    @Test func errors() {
        let s = CommandTest.lessonSession(CommandTest.sampleLesson)
        CommandTest.expectError(s, "lesson 9", column: 8, en: "there is no lesson 9", zh: "没有第 9 课")
        CommandTest.expectError(s, "lesson end", column: 1, en: "no lesson is running", zh: "当前没有进行中的课程")
        CommandTest.expectError(s, "lesson 0", column: 8, en: "lesson 0 is out of range", zh: "lesson 0 超出范围")
        var noFiles = Session.Options()
        noFiles.allowsFiles = false
        CommandTest.expectError(
            Session(options: noFiles), "lesson 1", column: 1, en: "files are switched off", zh: "本会话已关闭文件读写",
            hint: false)
    }
}
