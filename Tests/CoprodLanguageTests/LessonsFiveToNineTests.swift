import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// What a Chinese-reading student met in lessons 5–9 (docs/TEACHING.md): parts done before the
/// command they ask for, a prediction given away by the part before it, and reasons that did not
/// match the screen. Each part tightened here is typed the way the student typed it, and must stay
/// undone until its task is done; each lesson is kept as a transcript in both languages.
@Suite("A student's tryout of lessons 5–9")
struct LessonsFiveToNineTests {
    static func session(_ language: Language = .en) -> Session { StudentTryoutTests.session(language) }
    static func part(_ prompt: String) -> Int? { StudentTryoutTests.part(prompt) }
    static func unwrapped(_ lines: [String]) -> String { StudentTryoutTests.unwrapped(lines) }

    /// Lesson 5 part 6 asks for the budget and the door-to-door mobilisation back before the run:
    /// the budget alone and a run, then the mobilisation, is not it (the condition stays low); nor
    /// is the mobilisation alone (the government's work does not grow); both, then the run, is.
    @Test("lesson 5 part 6 needs the budget and the mobilisation before the run")
    func governmentReturns() {
        let late = Self.session()
        let out = Self.unwrapped(
            transcript(late, ["lesson 5 part 6", "government budget 4", "run 52", "facility garden outreach 0.3"]))
        #expect(late.inLesson && Self.part(late.prompt) == 6, "\(out)")
        #expect(out.contains("garden.condition >= 0.9"), "\(out)")
        let half = Self.session()
        let only = Self.unwrapped(transcript(half, ["lesson 5 part 6", "facility garden outreach 0.3", "run 52"]))
        #expect(half.inLesson && Self.part(half.prompt) == 6, "\(only)")
        let both = Self.session()
        let done = Self.unwrapped(
            transcript(both, ["lesson 5 part 6", "government budget 4", "facility garden outreach 0.3", "run 52"]))
        #expect(!both.inLesson && done.contains("Lesson 5 complete"), "\(done)")
        #expect(done.contains("result: garden.condition = 1 in nobudget"), "\(done)")
        // The echo of `facility garden outreach 0.3` shows the outreach just set.
        #expect(done.contains("initiator government, outreach 0.3"), "\(done)")
    }

    /// Lesson 5 asks whether the garden's quality will pass 0.6 before anything prints it: the
    /// question comes with the run that ends design, and `show facility garden` after it.
    @Test("lesson 5 does not show the garden's quality before asking about it", arguments: Language.allCases)
    func qualityNotGivenAway(_ language: Language) throws {
        var out: [String] = []
        let problems = try Self.session(language).rehearseLesson(5) { out.append($0) }
        #expect(problems.isEmpty, "\(problems)")
        let text = Self.unwrapped(out)
        let (quality, question) =
            language == .en
            ? ("quality 0.", "Will the garden's quality be above or below 0.6?") : ("质量 0.", "花园的质量会高于还是低于 0.6？")
        let asked = try #require(text.range(of: question))
        let shown = try #require(text.range(of: quality))
        #expect(asked.lowerBound < shown.lowerBound, "\(text)")
    }

    /// Lesson 8 part 5 asks to explain the resident in both twins: the two explains in fit are not
    /// it, nor is the switch to paid without explaining there; the explain in paid is.
    @Test("lesson 8 part 5 needs switch paid and the explain there")
    func explainInBothTwins() {
        let s = Self.session()
        let fitOnly = Self.unwrapped(transcript(s, ["lesson 8 part 5", "explain 9 garden", "explain 9 garden"]))
        #expect(s.inLesson && Self.part(s.prompt) == 5, "\(fitOnly)")
        let switched = Self.unwrapped(transcript(s, ["switch paid"]))
        #expect(s.inLesson && Self.part(s.prompt) == 5, "\(switched)")
        #expect(switched.contains("now type explain 9 garden"), "\(switched)")
        let done = Self.unwrapped(transcript(s, ["explain 9 garden"]))
        #expect(!s.inLesson && done.contains("Lesson 8 complete"), "\(done)")
    }

    /// Lesson 7 part 4 asks for main's shares by age before the platform twin's: the twin's alone
    /// are not enough, and the result shows the shares by age, not the largest gap.
    @Test("lesson 7 part 4 needs main's rates by age too, and shows the shares by age")
    func platformAgainstMain() {
        let s = Self.session()
        let out = Self.unwrapped(
            transcript(
                s,
                [
                    "lesson 7 part 4", "switch main", "fork platform", "goto 0",
                    "intervene tech-platform on shed strength 0.8 from 0", "run 104", "rate shed.joined by age",
                ]))
        #expect(s.inLesson && Self.part(s.prompt) == 4, "\(out)")
        let done = Self.unwrapped(transcript(s, ["rate shed.joined by age"]))
        #expect(done.contains("result: shed.joined by age: young 0."), "\(done)")
        #expect(!done.contains("largestGap"), "\(done)")
    }

    /// Lesson 6 part 4 asks for the count in both runs: the count in main alone is not it.
    @Test("lesson 6 part 4 needs the count in both runs")
    func countInBothRuns() {
        let s = Self.session()
        let out = Self.unwrapped(
            transcript(
                s,
                [
                    "lesson 6 part 4", "switch main", "count residents where garden.joined = 1 by garden.channel",
                    "mean identification where garden.joined = 1 by garden.channel",
                ]))
        #expect(s.inLesson && Self.part(s.prompt) == 4, "\(out)")
    }

    /// Lesson 7 part 3 asks to run the twin on to week 104 (`run 84`); `run 104` overshoots, and
    /// `hint`, the first thing a stuck student types, says so with the way back, in both languages.
    @Test("hint says when the run is past the week the part asks for", arguments: Language.allCases)
    func hintAfterOvershooting(_ language: Language) {
        let s = Self.session(language)
        _ = transcript(s, ["lesson 7 part 3", "run 104"])
        let out = Self.unwrapped(transcript(s, ["hint"]))
        let past = language == .en ? "the run is past week 104: type goto 104" : "运行已经过了第 104 周：输入 goto 104"
        #expect(out.contains(past), "\(out)")
        // Before the run has moved, the hint is the hint alone.
        let fresh = Self.session(language)
        _ = transcript(fresh, ["lesson 7 part 3"])
        let first = Self.unwrapped(transcript(fresh, ["hint"]))
        #expect(!first.contains("goto 104") && !first.contains("from here"), "\(first)")
    }

    /// Lesson 9 part 5 asks to save "study.coprod"; a student who may not write in the folder
    /// coprod was started in saves it elsewhere, under that name: it does the part. Another name
    /// does not.
    @Test("lesson 9's save may name another folder, not another file")
    func saveInAnotherFolder() throws {
        let folder = temporaryFolder()
        let s = Self.session()
        _ = transcript(s, ["lesson 9 part 5", "switch main"])
        let other = Self.unwrapped(transcript(s, ["save \"\(folder.path)/mine.coprod\" force"]))
        #expect(s.inLesson, "\(other)")
        #expect(other.contains("not yet: this part asks for save \"study.coprod\""), "\(other)")
        let done = Self.unwrapped(transcript(s, ["save \"\(folder.path)/study.coprod\" force"]))
        #expect(!s.inLesson && done.contains("Lesson 9 complete"), "\(done)")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("study.coprod").path))
    }

    /// Lesson 9 part 2: a new seed takes the twin back to week 0 by itself; no `goto 0` is asked for.
    @Test("lesson 9 part 2 is done by fork and the new seed")
    func newSeedAlone() {
        let s = Self.session()
        let out = Self.unwrapped(transcript(s, ["lesson 9 part 2", "fork seed2", "community seed 2"]))
        #expect(Self.part(s.prompt) == 3, "\(out)")
    }

    /// Lessons 5–9 as a student who answers every question sees them, in each language, as lessons
    /// 1–3 are kept: a changed number, result or reason shows in review.
    @Test(
        "lessons 5–9 read each prediction back with its result and reason", arguments: Array(5...9), Language.allCases)
    func transcripts(_ number: Int, _ language: Language) throws {
        var out: [String] = []
        let problems = try Self.session(language).rehearseLesson(number, checksMustFailFirst: true) { out.append($0) }
        #expect(problems.isEmpty, "\(problems)")
        assertSnapshot(out.joined(separator: "\n") + "\n", named: "lesson-\(number).\(language)")
    }
}
