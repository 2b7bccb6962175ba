import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@Suite("Examples, lessons, save/load, determinism")
struct ScriptsTests {
    static let examples = ["default", "qinghe-triangle", "lift-retrofit", "community-garden", "lift-vote"]

    @Test("examples/default.coprod is the built-in default scenario")
    func defaultExample() throws {
        let script = Session.empty()
        _ = try script.runScript(try packageFile("examples/default.coprod"), fileName: "default.coprod", emit: { _ in })
        let builtIn = Session()
        #expect(script.scenario == builtIn.scenario)
        _ = transcript(script, ["step 30"])
        _ = transcript(builtIn, ["step 30"])
        #expect(script.jsonReport() == builtIn.jsonReport())
    }

    @Test("every example runs without error", arguments: examples)
    func example(_ name: String) throws {
        let s = Session.empty()
        var out: [String] = []
        _ = try s.runScript(
            try packageFile("examples/\(name).coprod"), fileName: "\(name).coprod", emit: { out.append($0) })
        #expect(!out.isEmpty)
        let text = try packageFile("examples/\(name).coprod")
        #expect(text.hasPrefix("#"), "starts with a comment citing its sources")
    }

    /// The lessons replayed below (1–9) are every lesson file in lessons/, so none can rot unreplayed.
    @Test func everyLessonIsReplayed() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: packageRoot.appendingPathComponent("lessons").path)
        let lessons = files.filter { $0.hasSuffix(".coprod") }
        #expect(lessons.count == 9)
        #expect(Set(lessons.compactMap { Int($0.prefix(2)) }) == Set(1...9))
    }

    @Test("every lesson can be followed to the end by typing its commands", arguments: Array(1...9))
    func lesson(_ number: Int) throws {
        let folder = temporaryFolder()
        let s = Session(options: .init(directory: folder, lessonDirectories: packageLessons))
        var out: [String] = []
        let problems = try s.rehearseLesson(number, emit: { out.append($0) })
        #expect(problems.isEmpty, "\(problems)")
        #expect(out.contains { $0.hasPrefix("Lesson \(number) complete") })
        #expect(!s.inLesson)
    }

    @Test(
        "every lesson can be followed to the end in Chinese, and every part shows Chinese text", arguments: Array(1...9)
    )
    func lessonInChinese(_ number: Int) throws {
        let s = Session(
            options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons, language: .zh))
        var out: [String] = []
        let problems = try s.rehearseLesson(number, emit: { out.append($0) })
        #expect(problems.isEmpty, "\(problems)")
        #expect(out.contains { $0.hasPrefix("第 \(number) 课完成") })
        let headers = out.filter { $0.hasPrefix("── 第 \(number) 课") }
        #expect(!headers.isEmpty)
        for header in headers {
            #expect(header.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(header)")
        }
        #expect(!out.contains { $0.hasPrefix("── Lesson") || $0.hasPrefix("Predict:") || $0.hasPrefix("Try:") })
    }

    @Test("a lesson check that fails shows its hint when the suggested command is typed")
    func lessonHint() throws {
        let s = Session(options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons))
        let out = transcript(s, ["lesson 1", "hint"])
        #expect(s.inLesson)
        #expect(out.contains { $0.hasPrefix("── Lesson 1 · part 1/") })
        #expect(out.last!.hasPrefix("hint:") || out.last!.hasPrefix("try:"))
        #expect(s.prompt.hasPrefix("lesson 1 · 1/"))
    }

    @Test("a part advances only once the student has typed the kind of command it asks for")
    func lessonWaitsForTheTask() throws {
        let s = Session(options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons))
        _ = transcript(s, ["lesson 1"])
        let first = s.prompt
        _ = transcript(s, ["step"])
        #expect(s.prompt == first, "the week has passed, but the part also asks for show and help")
        _ = transcript(s, ["help"])
        #expect(s.prompt == first, "help is typed, show is not")
        let out = transcript(s, ["show community"])
        #expect(out.contains("✓ done"))
        #expect(s.prompt != first)
    }

    @Test("lesson end returns to the session as it was before the lesson")
    func lessonEndRestores() {
        let s = Session(options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons))
        _ = transcript(s, ["run 30", "intervene council on shed"])
        let before = s.jsonReport()
        _ = transcript(s, ["lesson 2", "step 3"])
        #expect(s.inLesson)
        let out = transcript(s, ["lesson end"])
        #expect(out.last == "lesson ended; back to your own session at week 30")
        #expect(s.jsonReport() == before)
    }

    @Test("a saved script replays the same from any starting session")
    func savedScriptIsSelfContained() throws {
        let folder = temporaryFolder()
        let s = Session(options: .init(directory: folder))
        _ = transcript(s, ["clear", "facility pond publicness 0.7", "run 10", "save \"clr.coprod\""])
        let fromDefault = Session(options: .init(directory: folder))
        _ = transcript(fromDefault, ["load \"clr.coprod\""])
        let fromEmpty = Session.empty(options: .init(directory: folder))
        _ = try fromEmpty.runScript(
            try String(contentsOf: folder.appendingPathComponent("clr.coprod"), encoding: .utf8),
            fileName: "clr.coprod", emit: { _ in })
        #expect(fromDefault.jsonReport() == s.jsonReport())
        #expect(fromEmpty.jsonReport() == s.jsonReport())
    }

    @Test("save writes a script that reproduces the run; load restores it exactly")
    func saveLoad() throws {
        let folder = temporaryFolder()
        let s = Session(options: .init(directory: folder))
        _ = transcript(
            s,
            [
                "resident alice age older", "intervene outreach on shed strength 0.7 from 0 to 30", "step 20",
                "facility shed salience 0.9", "intervene tech-platform on all strength 0.5", "step 15",
                "save \"run.coprod\"",
            ])
        let expected = s.jsonReport()
        let replay = Session(options: .init(directory: folder))
        let out = transcript(replay, ["load \"run.coprod\""])
        #expect(out.last!.hasPrefix("loaded run.coprod"), "\(out)")
        #expect(replay.week == 35)
        #expect(replay.jsonReport() == expected)
        // Continuing both gives the same result.
        _ = transcript(s, ["step 30"])
        _ = transcript(replay, ["step 30"])
        #expect(replay.jsonReport() == s.jsonReport())
    }

    @Test("intervention numbers survive save and replay after removals")
    func interventionNumbers() throws {
        let folder = temporaryFolder()
        let s = Session(options: .init(directory: folder))
        let out = transcript(
            s,
            [
                "intervene outreach on shed", "intervene council on garden", "intervene training on all",
                "remove intervention 1", "step 5", "intervene incentive on lift to 20", "step 5",
                "remove intervention 2", "step 5", "reset", "step 3", "remove intervention 2", "step 2",
                "save \"ids.coprod\"",
            ])
        #expect(!out.contains { $0.contains("error") }, "\(out)")
        let replay = Session(options: .init(directory: folder))
        let loaded = transcript(replay, ["load \"ids.coprod\""])
        #expect(loaded.last!.hasPrefix("loaded"), "\(loaded)")
        #expect(replay.jsonReport() == s.jsonReport())
        #expect(replay.model.scenario.interventions == s.model.scenario.interventions)
    }

    @Test("saving over a file needs force; a failed load changes nothing")
    func saveGuards() throws {
        let folder = temporaryFolder()
        let s = Session(options: .init(directory: folder))
        _ = transcript(s, ["save \"a.coprod\""])
        let out = transcript(s, ["save \"a.coprod\"", "save \"a.coprod\" force"])
        #expect(out[0].contains("already exists"))
        #expect(out[1].hasPrefix("saved"))
        try "community size 50\nfacility x cost 10\nstep 2\nfacility x salience 3\n".write(
            to: folder.appendingPathComponent("bad.coprod"), atomically: true, encoding: .utf8)
        let before = s.jsonReport()
        let bad = transcript(s, ["load \"bad.coprod\"", "load \"missing.coprod\""])
        #expect(bad[0].hasPrefix("bad.coprod:4:21: error: salience 3 is out of range"))
        #expect(bad[1].contains("no such file"))
        #expect(s.jsonReport() == before)
    }

    @Test("in the REPL, replacing a file asks first")
    func overwriteAsks() {
        let folder = temporaryFolder()
        var yes = Session.Options(directory: folder)
        yes.confirmOverwrite = { _, _ in true }
        var no = Session.Options(directory: folder)
        no.confirmOverwrite = { _, _ in false }
        _ = transcript(Session(options: yes), ["save \"a.coprod\""])
        #expect(transcript(Session(options: yes), ["save \"a.coprod\""]).first!.hasPrefix("saved"))
        #expect(transcript(Session(options: no), ["save \"a.coprod\""]).first!.contains("already exists"))
    }

    @Test("export writes the weekly series as CSV")
    func export() throws {
        let folder = temporaryFolder()
        let s = Session(options: .init(directory: folder))
        _ = transcript(s, ["step 12", "export \"series.csv\""])
        let csv = try String(contentsOf: folder.appendingPathComponent("series.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n")
        #expect(rows.count == 14)
        #expect(rows[0].hasPrefix("week,participation,"))
        #expect(rows[13].hasPrefix("12,"))
    }

    @Test("same scenario and seed give byte-identical JSON; another seed does not")
    func determinism() {
        func json(_ seed: UInt64?) -> String {
            let s = Session(options: .init(seedOverride: seed))
            _ = transcript(s, ["step 50"])
            return s.jsonReport()
        }
        #expect(json(7) == json(7))
        #expect(json(7) != json(8))
        #expect(json(nil).contains("\"seed\" : 1"))
        #expect(json(7).contains("\"seed\" : 7"))
    }

    @Test("a broken script stops at its first error with file:line:col")
    func brokenScript() {
        let s = Session.empty()
        #expect(throws: LocatedDiagnostic.self) {
            _ = try s.runScript(
                "community size 100\nfacility shed cost 60\nstepp 3\n", fileName: "broken.coprod", emit: { _ in })
        }
        do {
            _ = try s.runScript("facility g cost 10\nstepp 3\n", fileName: "broken.coprod", emit: { _ in })
        } catch {
            #expect(
                DiagnosticRenderer.render(error, colour: false).hasPrefix(
                    "broken.coprod:2:1: error: unknown command 'stepp'"))
        }
    }
}
