import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// A lesson part is about its own facilities and its own run (docs/TEACHING.md): a command that
/// hits another facility does not do it, a facility the lesson does not have keeps every part
/// undone until it is gone, and a wrong attempt says what is left from where the run is.
@Suite("Lesson parts check their facility, and hint from where the run is")
struct LessonStateTests {
    static func session(_ language: Language = .en) -> Session {
        Session(options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons, language: language))
    }

    /// The part a lesson prompt shows (`lesson 4 · 3/6 care> ` → 3; `第 2 课 · 3/6> ` → 3).
    static func part(_ prompt: String) -> Int? {
        prompt.firstMatch(of: /· (\d+)\//).flatMap { Int($0.1) }
    }

    /// What was printed, with wrapped lines joined again.
    static func unwrapped(_ out: [String]) -> String {
        out.joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
    }

    /// `text` without its spaces and line breaks.
    static func squeezed(_ text: String) -> String { text.filter { !$0.isWhitespace } }

    /// A new facility typed for a lesson's, the way a student writes the shed in Chinese.
    static let newFacility = "车棚"

    /// Every part of lessons 1–9 whose `try` lines aim a command at one facility (`intervene … on
    /// garden`, `facility shed …`), typed with another: a facility of the lesson's when it has
    /// another, else a new one (`facility 车棚 …` first). The part is not done.
    @Test("a command aimed at another facility does not do the part", arguments: Array(1...9))
    func otherFacilityFails(_ number: Int) throws {
        let lesson = try LessonChecksTests.lesson(number)
        var checked = 0
        for (k, part) in lesson.parts.enumerated() {
            var tries = part.tries
            guard
                let aimed = tries.firstIndex(where: { t in
                    t.hasPrefix("facility ")
                        || (t.hasPrefix("intervene ") && t.contains(" on ") && !t.contains(" on all"))
                })
            else { continue }
            let words = tries[aimed].split(separator: " ").map(String.init)
            if words[0] == "facility" {
                tries[aimed] = (["facility", Self.newFacility] + words.dropFirst(2)).joined(separator: " ")
            } else {
                let on = try #require(words.firstIndex(of: "on"))
                let other = lesson.facilities.first { $0 != words[on + 1] } ?? Self.newFacility
                var changed = words
                changed[on + 1] = other
                tries[aimed] = changed.joined(separator: " ")
                if other == Self.newFacility { tries.insert("facility \(Self.newFacility) salience 0.8", at: aimed) }
            }
            let s = Self.session()
            _ = transcript(s, ["lesson \(number) part \(k + 1)"])
            let out = Self.unwrapped(transcript(s, tries))
            #expect(
                s.inLesson && Self.part(s.prompt) == k + 1,
                "lesson \(number) part \(k + 1) passed with \(tries): \(out)")
            #expect(out.contains("not yet"), "lesson \(number) part \(k + 1) does not say why: \(out)")
            checked += 1
        }
        // Lesson 3's role-shift is aimed at every facility (its own test is below).
        #expect(checked > 0 || number == 3, "lesson \(number) has no part aimed at a facility")
    }

    @Test("role-shift on the lift does not do lesson 3's part about the shed")
    func roleShiftOnAnotherFacility() {
        let s = Self.session()
        _ = transcript(s, ["lesson 3 part 3"])
        let out = Self.unwrapped(
            transcript(s, ["intervene role-shift on lift strength 0.8 from 0", "run 104", "typology shed"]))
        #expect(Self.part(s.prompt) == 3, "\(out)")
        #expect(
            out.contains(
                "not yet: this part asks for role transformation (role-shift) on all facilities; the run has it on "
                    + "lift (intervention 1); type remove intervention 1, then intervene role-shift strength 0.8 from 0"
            ),
            "\(out)")
        #expect(
            out.contains(
                "not yet: this part asks for role transformation (role-shift) on all facilities; the run has it on "
                    + "lift (intervention 1); type lesson 3 part 3 to start the part again, then intervene role-shift "
                    + "strength 0.8 from 0"), "\(out)")
    }

    /// Lesson 2 part 3 as the student of the tryout typed it: `facility 车棚 salience 1` adds a
    /// second facility instead of changing the shed. The part is not done while the shed's salience
    /// is not 1 or 车棚 is there; `reset` keeps 车棚 (it keeps everything declared, as lesson 2's
    /// later parts need), so the part says to remove it; once it is gone, the part is done with the
    /// lesson's own numbers.
    @Test("lesson 2: 车棚 for the shed, then reset: steered back to the lesson's run", arguments: Language.allCases)
    func chineseNameForTheShed(_ language: Language) throws {
        let s = Self.session(language)
        let out = replTranscript(
            s,
            [
                "lesson 2 part 3", "facility 车棚 salience 1", "run 52", "rate shed.joined", "reset",
                "facility shed salience 1", "remove facility 车棚", "run 52", "rate shed.joined",
            ])
        assertSnapshot(out.joined(separator: "\n") + "\n", named: "lesson-other-facility.\(language)")
        #expect(Self.part(s.prompt) == 4, "\(out)")
        let text = Self.unwrapped(out)
        if language == .en {
            #expect(
                text.contains(
                    "not yet: this part checks shed.salience = 1, which does not hold (now: shed.salience 0.80); "
                        + "车棚 is not a facility of this lesson (it has shed), and the lesson's numbers assume only "
                        + "those: type lesson 2 part 3 to start the part again without it"), "\(text)")
            #expect(
                text.contains(
                    "车棚 is not a facility of this lesson (it has shed), and the lesson's numbers assume only those: "
                        + "type remove facility 车棚 to take it out"), "\(text)")
        } else {
            let squeezed = Self.squeezed(text)
            #expect(squeezed.contains(Self.squeezed("车棚 不是本课的设施（本课的设施：shed）")), "\(text)")
            #expect(squeezed.contains(Self.squeezed("输入 lesson 2 part 3 从本节开头重新开始（不含它）")), "\(text)")
            #expect(squeezed.contains(Self.squeezed("输入 remove facility 车棚 把它去掉")), "\(text)")
        }
        // The run the part ends with is the lesson's: the same numbers as its reference solution.
        let reference = Self.session(language)
        _ = transcript(reference, ["lesson 2 part 3", "facility shed salience 1", "run 52", "rate shed.joined"])
        #expect(reference.week == 52 && s.week == 52)
        #expect(s.model.scenario.facilities.map(\.name) == ["shed"])
        #expect(s.model.outcomes == reference.model.outcomes)
    }

    @Test("reset keeps a facility the student added; the lesson does not pass with it")
    func resetKeepsAddedFacility() {
        let s = Self.session()
        _ = transcript(s, ["lesson 2 part 4", "facility 车棚 salience 0.8", "run 10"])
        let out = Self.unwrapped(transcript(s, ["reset", "intervene information on shed strength 0.8 from 0"]))
        #expect(s.model.scenario.facilities.map(\.name) == ["shed", "车棚"], "reset keeps what was declared")
        #expect(Self.part(s.prompt) == 4, "\(out)")
        #expect(out.contains("type remove facility 车棚 to take it out"), "\(out)")
        let done = Self.unwrapped(transcript(s, ["remove facility 车棚"]))
        #expect(done.contains("✓ done"), "\(done)")
        #expect(Self.part(s.prompt) == 5, "\(done)")
    }

    /// A part that needs week 11, at week 6: the hint says `step 5` (not the part's `step 10`); past
    /// week 11, `goto 11` or starting the part again. In both languages.
    @Test("a wrong attempt says what is left from here, or how to go back", arguments: Language.allCases)
    func weeksLeft(_ language: Language) {
        let s = Self.session(language)
        let out = replTranscript(s, ["lesson 1 part 2", "step 5", "step 10", "goto 11"])
        assertSnapshot(out.joined(separator: "\n") + "\n", named: "lesson-weeks-left.\(language)")
        let text = Self.unwrapped(out)
        if language == .en {
            #expect(
                text.contains(
                    "not yet: this part checks week = 11, which does not hold (now: week 6); from here, type step 5"),
                "\(text)")
            #expect(
                text.contains(
                    "not yet: this part checks week = 11, which does not hold (now: week 16); the run is past week 11: "
                        + "type goto 11 to go back to it, or lesson 1 part 2 to start the part again"), "\(text)")
            #expect(text.contains("✓ done"), "\(text)")
        } else {
            // A Chinese line wraps between any two characters: compare without spaces.
            let squeezed = Self.squeezed(text)
            #expect(
                squeezed.contains(Self.squeezed("还没有完成：这一部分检查 week = 11，目前还不成立（现在：week 6）；从这里输入 step 5")),
                "\(text)")
            #expect(
                squeezed.contains(
                    Self.squeezed(
                        "还没有完成：这一部分检查 week = 11，目前还不成立（现在：week 16）；运行已经过了第 11 周："
                            + "输入 goto 11 回到那一周，或输入 lesson 1 part 2 从本节开头重新开始")), "\(text)")
            #expect(text.contains("✓ 完成"), "\(text)")
        }
    }

    @Test("a part that runs a number of weeks from another week says what is left in its own words")
    func weeksLeftInThePartsWords() {
        // Lesson 4 part 2 steps 4 weeks from week 52; lesson 3 part 1 runs 104 weeks from 0.
        let step = Self.session()
        let four = Self.unwrapped(
            transcript(
                step,
                ["lesson 4 part 2", "step 1", "mean shed.satisfaction where shed.joined = 1 by shed.stage", "step 1"]))
        #expect(four.contains("(now: week 54); from here, type step 2"), "\(four)")
        let run = Self.session()
        let more = Self.unwrapped(transcript(run, ["lesson 3", "typology", "run 50", "typology"]))
        #expect(more.contains("(now: week 50); from here, type run 54"), "\(more)")
        // The run is there; the part's last look, typed at week 50, is to be typed again from here.
        let there = Self.unwrapped(transcript(run, ["run 54"]))
        #expect(there.contains("not yet: the run is where this part asks for; now type typology"), "\(there)")
        let done = Self.unwrapped(transcript(run, ["typology"]))
        #expect(done.contains("✓ done"), "\(done)")
    }
}
