import CoprodLanguage
import CoprodTestSupport
import Foundation
import Testing

/// Predict, then run; checks that check the task; a hint after a wrong attempt, the answer after
/// three (docs/LANGUAGE.md §5).
@Suite("Lesson flow: predictions, checks, hints")
struct LessonFlowTests {
    static func session(_ language: Language = .en) -> Session {
        Session(options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons, language: language))
    }

    @Test("each part's checks fail until its task is done (lessons 1–9)", arguments: Array(1...9))
    func checksFailFirst(_ number: Int) throws {
        let s = Self.session()
        let problems = try s.rehearseLesson(number, checksMustFailFirst: true)
        #expect(problems.isEmpty, "\(problems)")
    }

    /// Lessons 1–3 as a student who answers every question sees them, in each language: each
    /// prediction is taken before the command and shown with the result and the reason.
    @Test(
        "lessons 1–3 read each prediction back with its result and reason", arguments: Array(1...3), Language.allCases)
    func firstLessonsPredictThenReveal(_ number: Int, _ language: Language) throws {
        let s = Self.session(language)
        var out: [String] = []
        let problems = try s.rehearseLesson(number, checksMustFailFirst: true) { out.append($0) }
        #expect(problems.isEmpty, "\(problems)")
        let text = try String(contentsOf: Self.lessonFile(number), encoding: .utf8)
        let predictions = text.split(separator: "\n").filter { $0.hasPrefix("predict ") }
        #expect(!predictions.isEmpty)
        #expect(predictions.allSatisfy { $0.contains(" reveal ") }, "every prediction names the field it is about")
        let (said, why) =
            language == .en ? ("you predicted: rehearsal · result: ", "because: ") : ("你的预测：rehearsal · 结果：", "原因：")
        #expect(out.filter { $0.hasPrefix(said) }.count == predictions.count, "\(out)")
        #expect(out.filter { $0.hasPrefix(why) }.count == predictions.count, "\(out)")
        assertSnapshot(out.joined(separator: "\n") + "\n", named: "lesson-\(number).\(language)")
    }

    static func lessonFile(_ number: Int) throws -> URL {
        let folder = try #require(packageLessons.first)
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
                $0.hasPrefix(String(format: "%02d-", number))
            })
        return folder.appendingPathComponent(name)
    }

    @Test("an answer typed before the command is shown next to the result, with the reason")
    func predictThenRun() {
        let s = Self.session()
        let out = transcript(s, ["lesson 4", "answer about half", "run 52"])
        #expect(out.contains("prediction noted: about half. Now type the part's command."), "\(out)")
        let result = out.first { $0.hasPrefix("you predicted: about half · result: shed.retention = ") }
        #expect(result != nil, "\(out)")
        #expect(out.contains { $0.hasPrefix("because: Effort wears residents down") }, "\(out)")
        #expect(out.firstIndex(of: "✓ done")! < out.firstIndex { $0.hasPrefix("you predicted:") }!)
    }

    @Test("without an answer the result still comes, marked as not predicted; in Chinese too")
    func noAnswer() {
        let s = Self.session(.zh)
        let out = transcript(s, ["lesson 4", "run 52"])
        #expect(out.contains { $0.hasPrefix("你的预测：（没有作答） · 结果：shed 保持率（shed.retention）为 ") }, "\(out)")
        #expect(out.contains { $0.hasPrefix("原因：") }, "\(out)")
    }

    @Test("a twin's result is shown next to its parent's")
    func revealAcrossTwins() {
        let s = Self.session()
        let out = transcript(
            s,
            [
                "lesson 4", "run 52", "step 4", "mean shed.satisfaction where shed.joined = 1 by shed.stage",
                "fork care", "goto 0", "intervene emotional-care on shed strength 0.8 from 0", "answer up", "run 56",
                "compare main care",
            ])
        #expect(
            out.contains {
                $0.hasPrefix("you predicted: up · result: shed.retention = ")
                    && $0.contains(" in care at week 56 (main:")
            }, "\(out)")
    }

    @Test("answer changes an earlier answer, and is refused where nothing is asked")
    func answerRules() {
        let s = Self.session()
        let out = transcript(s, ["answer up"])
        #expect(out.last?.contains("no lesson is running") == true, "\(out)")
        let again = transcript(s, ["lesson 4", "answer up", "answer down", "run 52"])
        #expect(again.contains("prediction changed to: down. Now type the part's command."), "\(again)")
        #expect(again.contains { $0.hasPrefix("you predicted: down") })
        let noQuestion = transcript(s, ["answer 3"])  // part 2 asks for no prediction
        #expect(noQuestion.last == "this part asks for no prediction", "\(noQuestion)")
    }

    @Test("a part waits until every command it asks for has been typed")
    func everyCommand() {
        let s = Self.session()
        _ = transcript(s, ["lesson 4", "run 52"])
        let first = s.prompt
        _ = transcript(s, ["step 4"])
        #expect(s.prompt == first, "the part also asks for the mean")
        let out = transcript(s, ["mean shed.satisfaction where shed.joined = 1 by shed.stage"])
        #expect(out.contains("✓ done"))
        #expect(s.prompt != first)
    }

    @Test("a command typed with a Chinese input method's full-width space counts for the part")
    func fullWidthSpace() {
        let s = Self.session()
        _ = transcript(s, ["lang zh", "lesson 1", "show community", "help\u{3000}step"])
        let first = s.prompt
        let out = transcript(s, ["step"])
        #expect(out.contains("✓ 完成"), "\(out)")
        #expect(s.prompt != first)
    }

    /// A lesson whose last two parts only look: their checks already hold when they begin, as the
    /// course's lessons avoid (each of their parts changes the state) but a trainer's may not.
    static let lookingLesson = """
        title "Looking"
        community "Look" size 400 seed 1
        facility shed publicness 0.6 salience 0.8 complexity 0.4 cost 60 visibility 0.7 serves all

        part "Run"
        try "run 40"
        check week >= 40

        part "Ask by age"
        try "rate shed.joined by age"
        check week >= 40 hint "type rate shed.joined by age"

        part "Count by tenure"
        try "count residents where shed.active = 1 by tenure"
        check week >= 40 hint "type count residents where shed.active = 1 by tenure"
        """

    @Test("where the state cannot tell, a part waits for its own command, not another of the same kind")
    func lookOnlyPartsNeedTheirCommand() {
        let s = CommandTest.lessonSession(Self.lookingLesson)
        _ = transcript(s, ["lesson 1", "run 40"])
        let before = s.prompt
        #expect(before.hasPrefix("lesson 1 · 2/"), "\(before)")
        let wrong = transcript(s, ["rate shed.joined by tenure"])
        #expect(s.prompt == before, "another rate does not do the part: \(wrong)")
        #expect(wrong.last == "not yet: type rate shed.joined by age", "\(wrong)")
        let right = transcript(s, ["rate  shed.joined   by age  # spacing and comments do not matter"])
        #expect(right.contains("✓ done"), "\(right)")
        let count = transcript(s, ["count residents where trust > 0.8", "count where shed.active == 1 by tenure"])
        #expect(count.filter { $0 == "✓ done" }.count == 1, "\(count)")
        #expect(count.contains("not yet: type count residents where shed.active = 1 by tenure"), "\(count)")
    }

    @Test("a wrong attempt gets the hint; the third gets the answer")
    func hintThenAnswer() {
        let s = Self.session()
        // Wrapped lines joined again.
        let out = transcript(s, ["lesson 4", "run 1", "run 1", "run 1"]).joined(separator: "\n")
            .replacingOccurrences(of: "\n  ", with: " ").components(separatedBy: "\n")
        #expect(
            out.filter { $0.hasPrefix("not yet: this part checks week = 52, which does not hold") }.count == 2, "\(out)"
        )
        // The hint says what is left from where the run is, not the part's command from its start.
        #expect(
            out.contains(
                "not yet: this part checks week = 52, which does not hold (now: week 1); from here, type run 51"))
        #expect(
            out.contains(
                "not yet: this part checks week = 52, which does not hold (now: week 2); from here, type run 50"))
        // Three runs of one week have left the part's path (run 52 now ends at week 55).
        #expect(
            out.last == "the answer: type run 52 from the start of this part; type lesson 4 part 1 to start it again",
            "\(out)")
        #expect(s.inLesson)
        let looking = transcript(s, ["show community"])
        #expect(!looking.contains { $0.hasPrefix("not yet") || $0.hasPrefix("the answer") }, "a look is not an attempt")
    }
}

/// Progress kept between sessions (docs/LANGUAGE.md §5).
@Suite("Lesson progress and jumps")
struct LessonProgressTests {
    static func session(_ file: URL, _ language: Language = .en) -> Session {
        Session(
            options: {
                var o = Session.Options(
                    directory: temporaryFolder(), lessonDirectories: packageLessons, language: language)
                o.progressFile = file
                return o
            }())
    }

    @Test("lesson list shows done, in progress and not started, across sessions")
    func listing() throws {
        let file = temporaryFolder().appendingPathComponent("state/coprod/lessons.json")
        let first = Self.session(file)
        _ = try first.rehearseLesson(6)
        _ = transcript(first, ["lesson 4", "run 52"])
        let out = transcript(Self.session(file), ["lesson list"])
        #expect(out.contains("  6. Moving a project across the typology — done"), "\(out)")
        #expect(out.contains("  4. Sustained behaviour: who stays, and why — in progress (part 2 of 6)"), "\(out)")
        #expect(out.contains { $0.hasPrefix("  5. ") && $0.hasSuffix(" — not started") }, "\(out)")
        let zh = transcript(Self.session(file, .zh), ["lesson"])
        #expect(zh.contains { $0.hasPrefix("  4. ") && $0.hasSuffix(" — 进行中（第 2/6 节）") }, "\(zh)")
        let again = Self.unwrapped(transcript(Self.session(file), ["lesson 4"]))
        #expect(
            again.contains(
                "back at lesson 4 part 2, where you left it (replayed the command of part 1); type lesson 4 part 1 to "
                    + "start over"), "\(again)")
    }

    @Test("a prediction given before quitting is kept for the part she comes back to")
    func predictionKept() throws {
        let file = temporaryFolder().appendingPathComponent("state/coprod/lessons.json")
        _ = transcript(Self.session(file), ["lesson 3", "answer IV"])
        let back = transcript(Self.session(file), ["lesson 3", "typology", "run 104", "typology"])
        #expect(back.contains("your prediction from last time is kept: IV (answer again to change it)"), "\(back)")
        #expect(back.contains { $0.hasPrefix("you predicted: IV · result: ") }, "\(back)")
        // Once the part is done, the next session does not bring it back.
        let later = transcript(Self.session(file), ["lesson 3"])
        #expect(!later.contains { $0.contains("kept") }, "\(later)")
        let zh = transcript(Self.session(file, .zh), ["lesson 3 part 1", "answer II", "lesson end"])
        _ = zh
        let zhBack = transcript(Self.session(file, .zh), ["lesson 3"])
        #expect(zhBack.contains("保留了你上次的预测：II（再输入一次 answer 可以更改）"), "\(zhBack)")
    }

    /// What was printed, with wrapped lines joined again (a wrap replaces a space).
    static func unwrapped(_ out: [String]) -> String { out.joined(separator: "\n").replacing(/\n +/, with: " ") }

    @Test(
        "the commands typed in a part before quitting are typed again when she comes back", arguments: Language.allCases
    )
    func typedCommandsKept(_ language: Language) throws {
        let file = temporaryFolder().appendingPathComponent("state/coprod/lessons.json")
        _ = transcript(
            Self.session(file, language), ["lesson 2 part 3", "answer a little", "facility shed salience 1", "run 52"])
        let stored = try String(contentsOf: file, encoding: .utf8)
        #expect(stored.contains("\"typed\" : ["), "\(stored)")
        let back = Self.session(file, language)
        let out = Self.unwrapped(transcript(back, ["lesson 2 part 3"]))
        if language == .en {
            #expect(
                out.contains(
                    "typed again the 2 commands you had typed in this part: facility shed salience 1, run 52; "
                        + "lesson 2 part 3 starts the part afresh"), "\(out)")
        } else {
            #expect(
                out.filter { !$0.isWhitespace }.contains(
                    "已重新执行你上次在本节输入过的2条命令：facilityshedsalience1、run52；输入lesson2part3可从本节开头重新开始"),
                "\(out)")
        }
        // The run is where she left it, and the part counts what she typed: one more command does it.
        #expect(back.week == 52 && back.model.scenario.facilities[0].salience == 1)
        let done = transcript(back, ["rate shed.joined"])
        #expect(done.contains(language == .en ? "✓ done" : "✓ 完成"), "\(done)")
        #expect(
            done.contains { $0.hasPrefix(language == .en ? "you predicted: a little" : "你的预测：a little") }, "\(done)")
        // The same run as a student who typed the part in one session.
        let straight = Self.session(temporaryFolder().appendingPathComponent("p.json"), language)
        _ = transcript(straight, ["lesson 2 part 3", "facility shed salience 1", "run 52", "rate shed.joined"])
        #expect(back.model.outcomes == straight.model.outcomes)
    }

    @Test("lesson N part K from inside the lesson starts the part afresh, and forgets what was typed")
    func startingAgainForgets() throws {
        let file = temporaryFolder().appendingPathComponent("lessons.json")
        let s = Self.session(file)
        _ = transcript(s, ["lesson 2 part 3", "facility 车棚 salience 1", "run 52"])
        let again = Self.unwrapped(transcript(s, ["lesson 2 part 3"]))
        #expect(!again.contains("typed again the"), "\(again)")
        // Not silently: the note says what was dropped.
        #expect(
            again.contains("part 3 starts afresh: the 2 commands you had typed in it are not typed again"), "\(again)")
        #expect(s.week == 0 && s.model.scenario.facilities.map(\.name) == ["shed"], "\(again)")
        let later = Self.unwrapped(transcript(Self.session(file), ["lesson 2 part 3"]))
        #expect(!later.contains("typed again"), "\(later)")
    }

    @Test("a command that writes a file is not typed again, and the note says so")
    func fileCommandsNotTypedAgain() throws {
        let file = temporaryFolder().appendingPathComponent("lessons.json")
        let first = Self.session(file)
        _ = transcript(first, ["lesson 1 part 5", "save \"first-steps.coprod\" force"])
        let back = Self.session(file)
        let out = Self.unwrapped(transcript(back, ["lesson 1 part 5"]))
        #expect(
            out.contains(
                "not typed again, as files are not written on the way: save \"first-steps.coprod\" force (type it "
                    + "again if the part asks for it); lesson 1 part 5 starts the part afresh"), "\(out)")
        let intervene = transcript(back, ["intervene outreach on garden"])
        #expect(!intervene.contains("✓ done"), "the save is to be typed again: \(intervene)")
        let save = transcript(back, ["save \"first-steps.coprod\" force"])
        #expect(save.contains("✓ done"), "\(save)")
    }

    @Test("progress files without typed commands still work; commands that fail again are listed to type")
    func olderAndBrokenTypedCommands() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // As written before the typed commands were kept.
        let old = folder.appendingPathComponent("old.json")
        try Data(#"{"version": 1, "lessons": {"2": {"part": 3, "parts": 5, "done": false, "answer": "up"}}}"#.utf8)
            .write(to: old)
        let s = Self.session(old)
        let out = Self.unwrapped(transcript(s, ["lesson 2 part 3"]))
        #expect(out.contains("your prediction from last time is kept: up"), "\(out)")
        #expect(!out.contains("typed again"), "\(out)")
        #expect(s.week == 0)
        // A command that cannot be typed again (nothing to undo in a fresh lesson): the part starts
        // afresh and the note lists what to type.
        let broken = folder.appendingPathComponent("broken.json")
        try Data(
            #"{"version": 1, "lessons": {"2": {"part": 3, "parts": 5, "done": false, "typed": ["run 10", "undo", "undo"]}}}"#
                .utf8
        ).write(to: broken)
        let b = Self.session(broken)
        let note = Self.unwrapped(transcript(b, ["lesson 2 part 3"]))
        #expect(
            note.contains(
                "the commands you had typed in this part could not be typed again, so the part starts afresh: "
                    + "type run 10, then undo, then undo"), "\(note)")
        #expect(b.week == 0, "nothing half-typed: \(note)")
    }

    @Test("a broken or unwritable progress file never stops a lesson")
    func brokenFile() throws {
        let folder = temporaryFolder()
        let file = folder.appendingPathComponent("lessons.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"lessons\": {\"4\": {\"part\": \"x\"".utf8).write(to: file)
        let s = Self.session(file)
        let out = transcript(s, ["lesson list", "lesson 4", "run 52"])
        #expect(out.contains { $0.hasPrefix("  4. ") && $0.hasSuffix(" — not started") }, "\(out)")
        #expect(out.contains("✓ done"))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\"part\" : 2"), "rewritten whole: \(text)")
        let blocked = folder.appendingPathComponent("lessons.json/inside.json")  // a file where a folder should be
        let t = transcript(Self.session(blocked), ["lesson 4", "run 52"])
        #expect(t.contains("✓ done"))
    }

    @Test("lesson N part K replays the earlier parts and starts there")
    func jump() {
        let file = temporaryFolder().appendingPathComponent("p.json")
        let s = Self.session(file)
        let out = transcript(s, ["lesson 7 part 3"])
        #expect(out.contains("replayed the 6 commands of parts 1–2; now at part 3"), "\(out)")
        #expect(out.contains { $0.hasPrefix("── Lesson 7 · part 3/5: After the money stops") })
        #expect(s.prompt.hasPrefix("lesson 7 · 3/5"), "\(s.prompt)")
        let done = transcript(s, ["run 84", "compare main paid"])
        #expect(done.contains("✓ done"), "the replayed state is the one part 3 expects: \(done)")
        let bad = transcript(s, ["lesson 7 part 9"])
        #expect(bad.contains { $0.contains("lesson 7 has parts 1 to 5") }, "\(bad)")
    }
}
