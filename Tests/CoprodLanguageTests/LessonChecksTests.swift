import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// Lesson checks test the task (docs/TEACHING.md): the week a part asks for, not any later one,
/// and the file a part asks to save, not another; a command of the same effect (`step 104` for
/// `run 104`, two runs adding up) does the part. A wrong attempt says which check fails and what
/// it reads now, in both languages.
@Suite("Lesson checks test the task")
struct LessonChecksTests {
    static func session(_ language: Language = .en) -> Session {
        Session(options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons, language: language))
    }

    static func lesson(_ number: Int) throws -> Lesson {
        let folder = try #require(packageLessons.first)
        let name = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).first {
                $0.hasPrefix(String(format: "%02d-", number))
            })
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return try Lesson.parse(text, number: number, fileName: name)
    }

    /// The part a lesson prompt shows (`lesson 4 · 3/6 care> ` → 3), whatever run is current.
    static func part(_ prompt: String) -> Int? {
        prompt.firstMatch(of: /· (\d+)\//).flatMap { Int($0.1) }
    }

    /// What was printed, with wrapped lines joined again.
    static func unwrapped(_ out: [String]) -> String {
        out.joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
    }

    /// Every part that moves the run by a number of weeks (`run N`, `step N`, `goto N` but `goto 0`,
    /// which a rebuild may make right anyway), typed with ten weeks too many in its last such
    /// command, is not done, and says which check fails.
    @Test("ten weeks too many does not do a part that asks for a number of weeks", arguments: Array(1...9))
    func overshootingFails(_ number: Int) throws {
        let lesson = try Self.lesson(number)
        var checked = 0
        for (k, part) in lesson.parts.enumerated() {
            let stepping = part.tries.lastIndex { t in
                let words = t.split(separator: " ")
                guard words.count == 2, let n = Int(words[1]) else { return false }
                return ["run", "step"].contains(String(words[0])) || (words[0] == "goto" && n > 0)
            }
            guard let stepping else { continue }
            let words = part.tries[stepping].split(separator: " ")
            var tries = part.tries
            tries[stepping] = "\(words[0]) \(Int(words[1])! + 10)"
            let s = Self.session()
            _ = transcript(s, ["lesson \(number) part \(k + 1)"])
            let out = Self.unwrapped(transcript(s, tries))
            #expect(
                s.inLesson && Self.part(s.prompt) == k + 1,
                "lesson \(number) part \(k + 1) passed with \(tries[stepping]): \(out)")
            #expect(out.contains("not yet: this part checks week = "), "lesson \(number) part \(k + 1): \(out)")
            checked += 1
        }
        #expect(checked > 0, "lesson \(number) has no part that runs a number of weeks")
    }

    @Test(
        "a part that asks to save a file is not done by saving another",
        arguments: [(1, "first-steps.coprod"), (9, "study.coprod")])
    func savingAnotherFileFails(_ number: Int, _ file: String) throws {
        let lesson = try Self.lesson(number)
        let last = lesson.parts.count
        let tries = lesson.parts[last - 1].tries
        let s = Self.session()
        _ = transcript(s, ["lesson \(number) part \(last)"])
        let other = tries.map { $0.hasPrefix("save ") ? "save \"mine.coprod\" force" : $0 }
        let out = Self.unwrapped(transcript(s, other))
        #expect(s.inLesson && Self.part(s.prompt) == last, "\(out)")
        #expect(out.contains("not yet: this part asks for save \"\(file)\", not \"mine.coprod\""), "\(out)")
        // The asked file does it, written as given or with a leading ./.
        let done = Self.unwrapped(transcript(s, ["save \"./\(file)\" force"]))
        #expect(done.contains("✓ done"), "\(done)")
    }

    @Test("a command of the same effect does the part: step for run, two runs that add up")
    func equivalentCommandsPass() throws {
        let step = Self.session()
        let out = Self.unwrapped(transcript(step, ["lesson 3", "typology", "step 104", "typology"]))
        #expect(out.contains("✓ done"), "\(out)")
        let twice = Self.session()
        let again = Self.unwrapped(transcript(twice, ["lesson 3", "typology", "run 50", "run 54", "typology"]))
        #expect(again.contains("✓ done"), "\(again)")
        // Too far, then back to the week asked for, does it too.
        let back = Self.session()
        let fixed = Self.unwrapped(
            transcript(back, ["lesson 3", "typology", "run 2000", "typology", "goto 104", "typology"]))
        #expect(
            fixed.contains("not yet: this part checks week = 104, which does not hold (now: week 2000)"), "\(fixed)")
        #expect(fixed.contains("✓ done"), "\(fixed)")
    }

    @Test("what a student who does the wrong task sees", arguments: Language.allCases)
    func whatTheStudentSees(_ language: Language) {
        let s = Self.session(language)
        let out = replTranscript(
            s,
            [
                "lesson 3", "typology", "run 2000", "typology", "back 1896", "typology", "lesson 1 part 5",
                "intervene outreach on garden", "save \"mine.coprod\" force", "save \"first-steps.coprod\" force",
            ])
        assertSnapshot(out.joined(separator: "\n") + "\n", named: "lesson-wrong-work.\(language)")
    }
}
