import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// What a Chinese-reading student met in lessons 1–4 at a terminal (docs/TEACHING.md, "How a
/// lesson works"): a part done by an intervention on the wrong facility, a resume that started
/// over, looks typed before the run they were to look at, and results that answered another
/// question. Each is a transcript of what the student sees, in both languages.
@Suite("A student's tryout of lessons 1–4")
struct StudentTryoutTests {
    static func session(_ language: Language = .en, progress: URL? = nil) -> Session {
        Session(
            options: {
                var o = Session.Options(
                    directory: temporaryFolder(), lessonDirectories: packageLessons, language: language)
                o.progressFile = progress
                return o
            }())
    }

    /// The part a lesson prompt shows (`lesson 3 · 3/4> ` → 3).
    static func part(_ prompt: String) -> Int? { prompt.firstMatch(of: /· (\d+)\//).flatMap { Int($0.1) } }

    /// Lines joined as they read unwrapped (a wrapped Chinese line joins without a space).
    static func unwrapped(_ lines: [String]) -> String { TrainerTryoutTests.unwrapped(lines) }

    /// `text` without its spaces and line breaks.
    static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// Lesson 3 part 3 asks for role transformation on every facility; the student aimed it at the
    /// shed (in Chinese: `intervene 角色转变 on shed`). The part says at once what is wrong and how
    /// to put it right; once it is, part 3 is done, and part 4 passes with its own commands.
    @Test("lesson 3: role transformation on the shed does not do part 3, and says why", arguments: Language.allCases)
    func roleShiftOnTheShed(_ language: Language) {
        let s = Self.session(language)
        let kind = language == .zh ? "角色转变" : "role-shift"
        let out = replTranscript(
            s,
            [
                "lesson 3 part 3", "answer up, fewer", "intervene \(kind) on shed strength 0.8 from 0", "run 104",
                "typology shed",
            ])
        #expect(Self.part(s.prompt) == 3, "\(out)")
        let text = Self.unwrapped(out)
        if language == .en {
            #expect(
                text.contains(
                    "not yet: this part asks for role transformation (role-shift) on all facilities; the run has it on "
                        + "shed (intervention 1); type remove intervention 1, then intervene role-shift strength 0.8 "
                        + "from 0"), "\(text)")
            #expect(
                text.contains(
                    "not yet: this part asks for role transformation (role-shift) on all facilities; the run has it on "
                        + "shed (intervention 1); type lesson 3 part 3 to start the part again, then intervene "
                        + "role-shift strength 0.8 from 0"), "\(text)")
        } else {
            #expect(
                Self.squeezed(text).contains(
                    Self.squeezed(
                        "还没有完成：本节要求作用于所有设施的角色转变（role-shift）；运行中的第 1 项干预却作用于 shed："
                            + "输入 remove intervention 1，然后输入 intervene role-shift strength 0.8 from 0")),
                "\(text)")
        }
        let again = replTranscript(
            s,
            [
                "lesson 3 part 3", "intervene \(kind) strength 0.8 from 0", "run 104", "typology shed",
                "set typology.autonomy 0.4", "typology",
            ])
        #expect(!s.inLesson, "\(again)")
        assertSnapshot((out + again).joined(separator: "\n") + "\n", named: "lesson-3-role-shift-target.\(language)")
    }

    /// Part 4 after a part 3 that went astray (skipped with `next`): the student types part 4's
    /// commands and the check still fails. The note does not repeat the commands she typed; it
    /// says the run went another way earlier and how to get the lesson's own run back.
    @Test("lesson 3 part 4 after a wrong part 3: the note does not repeat what was typed", arguments: Language.allCases)
    func partFourAfterAWrongPartThree(_ language: Language) {
        let s = Self.session(language)
        _ = transcript(
            s,
            [
                "lesson 3 part 3", "intervene role-shift on shed strength 0.8 from 0", "run 104", "typology shed",
                "next",
            ])
        #expect(Self.part(s.prompt) == 4)
        let out = replTranscript(s, ["set typology.autonomy 0.4", "typology"])
        let text = Self.unwrapped(out)
        #expect(Self.part(s.prompt) == 4, "\(text)")
        if language == .en {
            #expect(!text.contains("type set typology.autonomy 0.4, then typology"), "\(text)")
            #expect(
                text.contains(
                    "not yet: this part checks garden.type = IV, which does not hold (now: garden.type II); you have "
                        + "typed this part's commands, so the run went another way in an earlier part: type lesson 3 "
                        + "part 4 to start this part again from the lesson's own run"), "\(text)")
        } else {
            #expect(!Self.squeezed(text).contains("先输入settypology.autonomy0.4"), "\(text)")
            #expect(Self.squeezed(text).contains("本节的命令你都已输入过"), "\(text)")
        }
        let fixed = transcript(s, ["lesson 3 part 4", "set typology.autonomy 0.4", "typology"])
        #expect(!s.inLesson, "\(fixed)")
    }

    /// The student left lesson 2 at part 2 with two of its commands typed; the next session's
    /// `lesson 2` goes back to part 2 (not part 1), types them again and says so in one line, with
    /// how to start over; the part's last command then does it.
    @Test("lesson N goes back to the part in progress, with its typed commands", arguments: Language.allCases)
    func resumeThePartInProgress(_ language: Language) throws {
        let file = temporaryFolder().appendingPathComponent("state/coprod/lessons.json")
        _ = transcript(
            Self.session(language, progress: file), ["lesson 2 part 2", "reset", "resident 1 efficacy 0.95"])
        let back = Self.session(language, progress: file)
        let out = replTranscript(back, ["lesson 2"])
        #expect(Self.part(back.prompt) == 2, "\(out)")
        #expect(back.week == 0 && back.model.population.efficacy[0] == 0.95, "\(out)")
        let text = Self.unwrapped(out)
        if language == .en {
            #expect(
                text.contains(
                    "back at lesson 2 part 2, where you left it (replayed the 3 commands of part 1); type lesson 2 part "
                        + "1 to start over"), "\(text)")
            #expect(
                text.contains("typed again the 2 commands you had typed in this part: reset, resident 1"), "\(text)")
        } else {
            #expect(
                Self.squeezed(text).contains(
                    Self.squeezed("已回到你上次停下的第 2 课第 2 节（重放了第 1 节的 3 条命令）；输入 lesson 2 part 1 可从头开始")),
                "\(text)")
        }
        let done = replTranscript(back, ["explain 1 on shed"])
        #expect(Self.part(back.prompt) == 3, "\(done)")
        assertSnapshot((out + done).joined(separator: "\n") + "\n", named: "lesson-resume.\(language)")
        // The part in progress, asked for by number in a new session, keeps its commands too.
        let file2 = temporaryFolder().appendingPathComponent("state/coprod/lessons.json")
        _ = transcript(Self.session(language, progress: file2), ["lesson 2 part 2", "reset"])
        let s2 = Self.session(language, progress: file2)
        let asked = Self.unwrapped(transcript(s2, ["lesson 2 part 2"]))
        #expect(s2.week == 0 && Self.part(s2.prompt) == 2, "\(asked)")
        #expect(asked.contains(language == .en ? "typed again the command you had typed" : "已重新执行"), "\(asked)")
        // `lesson 2` again inside the lesson keeps where she is and what she typed.
        let inside = Self.unwrapped(transcript(s2, ["resident 1 efficacy 0.95", "lesson 2"]))
        #expect(Self.part(s2.prompt) == 2 && s2.model.population.efficacy[0] == 0.95, "\(inside)")
        #expect(
            inside.contains(
                language == .en
                    ? "you are at lesson 2 part 2 already, as you left it; type lesson 2 part 1 to start over"
                    : "你已经在第 2 课第 2 节，一切保持原样"), "\(inside)")
        #expect(Self.unwrapped(transcript(s2, ["explain 1 on shed"])).contains(language == .en ? "✓ done" : "✓ 完成"))
        // Starting over from part 1 is what the note says.
        let over = transcript(back, ["lesson 2 part 1"])
        #expect(Self.part(back.prompt) == 1 && back.week == 0, "\(over)")
    }

    /// A look the part asks for, typed before the run it is to look at, does not do the part.
    @Test("lesson 2: the look comes after the run, and every command asked for is required")
    func looksAfterTheRun() {
        // Part 2: `explain` before the change to resident 1 shows her old numbers.
        let two = Self.session()
        let early = Self.unwrapped(
            transcript(two, ["lesson 2 part 2", "explain 1 on shed", "reset", "resident 1 efficacy 0.95"]))
        #expect(Self.part(two.prompt) == 2, "\(early)")
        #expect(early.contains("not yet: the run is where this part asks for; now type explain 1 on shed"), "\(early)")
        #expect(Self.unwrapped(transcript(two, ["explain 1 on shed"])).contains("✓ done"))
        // Part 3: `rate` at week 0, then `goto 52`.
        let three = Self.session()
        let before = Self.unwrapped(
            transcript(three, ["lesson 2 part 3", "facility shed salience 1", "rate shed.joined", "run 60", "goto 52"]))
        #expect(Self.part(three.prompt) == 3, "\(before)")
        #expect(before.contains("now type rate shed.joined to see the result from there"), "\(before)")
        #expect(Self.unwrapped(transcript(three, ["rate shed.joined"])).contains("✓ done"))
        // Part 5: the count of mobilised residents is asked for, so it is required.
        let five = Self.session()
        let without = Self.unwrapped(transcript(five, ["lesson 2 part 5", "run 52", "rate shed.joined by age"]))
        #expect(Self.part(five.prompt) == 5, "\(without)")
        let with = Self.unwrapped(transcript(five, ["count residents where shed.channel = mobilised"]))
        #expect(with.contains("✓ done"), "\(with)")
        // ... and its text does not give the numbers away.
        let shown = Self.unwrapped(transcript(Self.session(), ["lesson 2 part 5"]))
        #expect(!shown.contains("66") && !shown.contains("62"), "\(shown)")
    }

    /// Each part whose commands end in looks (`rate`, `typology`, `compare` after a `run`), typed
    /// with the looks first: the part is not done (lessons 1–9).
    @Test("looks typed before the run do not do the part (lessons 1–9)", arguments: Array(1...9))
    func looksFirstFail(_ number: Int) throws {
        let lesson = try LessonChecksTests.lesson(number)
        var checked = 0
        for (k, part) in lesson.parts.enumerated() where !part.trailingLooks.isEmpty {
            let looks = part.tries.filter { t in
                part.trailingLooks[t.split(separator: " ").first.map(String.init) ?? ""] != nil
            }
            let rest = part.tries.filter { !looks.contains($0) }
            guard !rest.isEmpty else { continue }
            let s = Self.session()
            _ = transcript(s, ["lesson \(number) part \(k + 1)"])
            let out = Self.unwrapped(transcript(s, looks + rest))
            #expect(
                s.inLesson && Self.part(s.prompt) == k + 1,
                "lesson \(number) part \(k + 1) passed with \(looks + rest): \(out)")
            checked += 1
        }
        #expect(checked > 0 || [].contains(number), "lesson \(number) has no part that ends with a look")
    }

    /// A prediction's result shows what the question is about, next to the answer: the shed's
    /// shares by age for a question about ages, both numbers of a question in two parts.
    @Test("each prediction's result shows the metrics its question is about", arguments: Language.allCases)
    func resultsAnswerTheQuestion(_ language: Language) throws {
        let s = Self.session(language)
        var out: [String] = []
        _ = try s.rehearseLesson(2) { out.append($0) }
        let text = Self.unwrapped(out)
        let byAge = language == .en ? "shed.joined by age: young 0." : "（shed.joined）按年龄组：青年 0."
        #expect(text.contains(byAge), "\(text)")
        #expect(!text.contains("largestGap"), "lesson 2 asks about ages, not tenures: \(text)")
        var one: [String] = []
        _ = try Self.session(language).rehearseLesson(1) { one.append($0) }
        let first = Self.unwrapped(one)
        #expect(first.contains(byAge) && first.contains("largestGap"), "\(first)")
        var three: [String] = []
        _ = try Self.session(language).rehearseLesson(3) { three.append($0) }
        let third = Self.unwrapped(three)
        #expect(third.contains("shed.autonomy") && third.contains("shed.entries"), "\(third)")
    }

    /// A `because` sentence quotes the student's own run (`{shed.autonomy}`) or no number: every
    /// decimal number left in one is a setting the lesson itself gives (its setup or its text).
    @Test("a result sentence quotes no numbers of the reference run (lessons 1–9)", arguments: Array(1...9))
    func becauseQuotesNoFixedResults(_ number: Int) throws {
        let lesson = try LessonChecksTests.lesson(number)
        let given =
            lesson.setupSource
            + lesson.parts.flatMap { $0.paragraphs.map(\.en) + [$0.prediction?.en ?? ""] }
            .joined(separator: " ")
        for (k, part) in lesson.parts.enumerated() {
            guard let why = part.because else { continue }
            for text in [why.en, why.zh] {
                let plain = text.replacing(/\{[^}]*\}/, with: "")
                // A decimal, or a count of residents (`39 of 400`, `39 人`): its number must be one the
                // lesson gives (400, its size), not one its reference run gave.
                for m in plain.matches(of: /([0-9]+\.[0-9]+)|([0-9]+) of [0-9]+|([0-9]+) ?人/) {
                    let quoted = String(m.1 ?? m.2 ?? m.3 ?? m.0)
                    #expect(
                        given.contains(quoted),
                        "lesson \(number) part \(k + 1) quotes \(m.0), which is not the student's run: \(text)")
                }
            }
        }
    }
}
