import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// What a trainer's tryout on a projector (80 × 40, and 60 columns) found: each as a user sees
/// it, in both languages, mostly as golden snapshots (`Tests/Snapshots/trainer-*.txt`).
@Suite struct TrainerTryoutTests {
    /// A session on the default scenario for a terminal `width` wide and `height` high (nil: a pipe).
    static func session(_ language: Language, width: Int = 80, height: Int? = nil) -> Session {
        var options = Session.Options(
            directory: temporaryFolder("coprod-trainer"), lessonDirectories: packageLessons, language: language,
            width: width)
        options.height = height
        return Session(options: options)
    }

    /// `care` run to week 52 with emotional care on the shed; `main` left at week 0.
    static let careAhead = ["fork care", "intervene emotional-care on shed", "run 52"]

    static func transcript(_ s: Session, setup: [String] = [], _ commands: [String]) -> [String] {
        for line in setup { _ = try? s.execute(line: line, emit: { _ in }) }
        return replTranscript(s, commands)
    }

    /// Lines joined as they read unwrapped: continuation lines (indented) join the line before.
    static func unwrapped(_ lines: [String]) -> String {
        lines.reduce("") { text, line in
            let trimmed = line.drop { $0 == " " }
            guard !text.isEmpty else { return String(trimmed) }
            let wide = trimmed.first.map { Format.cells(String($0)) == 2 } ?? false
            return text + (wide ? "" : " ") + trimmed
        }
    }

    // MARK: 1. plot with a run behind the others

    @Test(arguments: Language.allCases)
    func plotSaysWhenARunIsBehind(_ language: Language) {
        let s = Self.session(language)
        let out = Self.transcript(s, setup: Self.careAhead, ["plot shed.retention in main care"])
        let text = out.joined(separator: "\n")
        // The note, as compare gives one, and the legend marks main as having no weeks.
        #expect(text.contains(language == .en ? "main is at week 0 and care at week 52" : "main 在第 0 周，care 在第 52 周"))
        #expect(text.contains(language == .en ? "main (no weeks yet)" : "main（尚无已运行的周）"), "\(text)")
        #expect(!text.contains(language == .en ? "care (no weeks yet)" : "care（尚无"))
        assertSnapshot(text, named: "trainer-plot-behind.\(language.rawValue)")
    }

    @Test func plotOfRunsAtTheSameWeekHasNoNote() {
        let s = Self.session(.en)
        let out = Self.transcript(
            s, setup: Self.careAhead + ["switch main", "run 52"], ["plot shed.retention in main care"])
        #expect(!out.contains { $0.hasPrefix("note:") }, "\(out)")
        #expect(!out.joined().contains("no weeks yet"))
    }

    // MARK: 2. plot sized to the terminal's height

    @Test(arguments: Language.allCases, [24, 40])
    func plotFitsTheTerminalsHeight(_ language: Language, rows: Int) {
        for command in ["plot shed.retention shed.active in main care", "plot shed.retention in main care"] {
            let s = Self.session(language, height: rows)
            // The command line, the plot, and the next prompt.
            let out = Self.transcript(s, setup: Self.careAhead + ["switch main", "run 52"], [command])
            #expect(out.count + 1 <= rows, "\(command) at \(rows) rows: \(out.count + 1) lines")
            #expect(out.allSatisfy { Format.cells($0) <= 80 })
        }
        let s = Self.session(language, height: rows)
        let out = Self.transcript(s, setup: Self.careAhead, ["plot shed.retention shed.active in main care"])
        assertSnapshot(out.joined(separator: "\n"), named: "trainer-plot-\(rows)-rows.\(language.rawValue)")
    }

    @Test func aPipeKeepsTheDefaultHeight() {
        let s = Self.session(.en)
        let out = Self.transcript(s, setup: ["run 52"], ["plot shed.retention shed.active"])
        // Two charts of 16 rows each, with their titles, axes and legends.
        #expect(out.count == 1 + 2 * 21, "\(out.count)")
        let tall = Self.transcript(
            Self.session(.en, height: 200), setup: ["run 52"], ["plot shed.retention shed.active"])
        #expect(tall == out)
    }

    // MARK: 4. intervene's two slips

    @Test func aKindTypedAsTwoWordsGetsItsHyphen() {
        let s = Self.session(.en)
        CommandTest.expectError(
            s, "intervene emotional care on shed", column: 11, en: "unknown intervention kind 'emotional care'",
            zh: "emotional care")
        let d = CommandTest.failure(s, "intervene emotional care on shed")
        let en = d.map { DiagnosticRenderer.render($0, colour: false, language: .en) } ?? ""
        #expect(en.contains("hint: did you mean 'emotional-care'?"), "\(en)")
        // The caret covers both words.
        #expect(d?.diagnostic.range.end.column == 25, "\(en)")
        for (typed, meant) in [("tech platform", "tech-platform"), ("role shift on lift", "role-shift")] {
            let e = CommandTest.failure(s, "intervene \(typed)").map { DiagnosticRenderer.render($0, colour: false) }
            #expect(e?.contains("did you mean '\(meant)'?") == true, "\(e ?? "")")
        }
    }

    @Test func aFacilityWithoutOnGetsOn() {
        let s = Self.session(.en)
        CommandTest.expectError(
            s, "intervene emotional-care shed", column: 26, en: "expected 'on' after 'emotional-care', found 'shed'",
            zh: "shed")
        let d = CommandTest.failure(s, "intervene emotional-care shed strength 0.5")
        let en = d.map { DiagnosticRenderer.render($0, colour: false, language: .en) } ?? ""
        let zh = d.map { DiagnosticRenderer.render($0, colour: false, language: .zh) } ?? ""
        #expect(en.contains("hint: did you mean 'on shed'?"), "\(en)")
        #expect(zh.contains("'on shed'"), "\(zh)")
        // Settings right after the kind, and `on`, still parse.
        CommandTest.run(s, "intervene outreach strength 0.5")
        CommandTest.run(s, "intervene outreach on lift from 2")
        #expect(s.model.scenario.interventions.count == 2)
    }

    @Test(arguments: Language.allCases)
    func interveneSlipsGolden(_ language: Language) {
        let out = replTranscript(
            Self.session(language), ["intervene emotional care on shed", "intervene emotional-care shed"])
        assertSnapshot(out.joined(separator: "\n"), named: "trainer-intervene-slips.\(language.rawValue)")
    }

    // MARK: 5. remove intervention says what went and what moved

    @Test(arguments: Language.allCases)
    func removeInterventionSaysWhatAndWhatMoved(_ language: Language) {
        let s = Self.session(language)
        let out = Self.transcript(
            s,
            setup: [
                "intervene emotional-care on shed", "intervene outreach on lift strength 0.6 from 0 to 19",
                "intervene incentive",
            ],
            ["remove intervention 1", "show interventions", "remove intervention 2", "run 4", "remove intervention 1"])
        let text = out.joined(separator: "\n")
        // The notes as they read unwrapped.
        let flat = Self.unwrapped(out)
        if language == .en {
            #expect(
                flat.contains(
                    "removed intervention 1 (emotional-care on shed, from week 0); interventions 2–3 are now 1–2"))
            #expect(flat.contains("removed intervention 2 (incentive on all, from week 0) coprod"), "\(flat)")
        } else {
            #expect(flat.contains("已移除第 1 号干预（emotional-care 作用于 shed，自第 0 周起）；原第 2–3 号干预现为第 1–2 号"), "\(flat)")
        }
        #expect(s.model.scenario.interventions.isEmpty)
        assertSnapshot(text, named: "trainer-remove-intervention.\(language.rawValue)")
    }

    @Test func removingTheMiddleOfThreeMovesOneDown() {
        let s = Self.session(.en)
        let out = Self.transcript(
            s, setup: ["intervene outreach", "intervene incentive", "intervene training"], ["remove intervention 2"])
        #expect(
            Self.unwrapped(out).hasSuffix(
                "removed intervention 2 (incentive on all, from week 0); intervention 3 is now 2"),
            "\(out)")
        // After week 0 nothing is renumbered, and nothing is said to move.
        let later = Self.transcript(
            Self.session(.en), setup: ["intervene outreach", "intervene incentive", "run 2"], ["remove intervention 1"])
        #expect(later.last == "removed intervention 1 (outreach on all, from week 0)", "\(later)")
    }

    // MARK: 7. small hints

    @Test func runWithoutSpaceYearsAndBareHist() {
        let s = Self.session(.en)
        func rendered(_ line: String, _ language: Language = .en) -> String {
            CommandTest.failure(s, line).map { DiagnosticRenderer.render($0, colour: false, language: language) } ?? ""
        }
        #expect(rendered("run10").contains("hint: did you mean 'run 10'?"), "\(rendered("run10"))")
        #expect(rendered("step5").contains("hint: did you mean 'step 5'?"))
        #expect(
            rendered("run 1 year").contains("hint: run counts weeks: run 52 for a year"), "\(rendered("run 1 year"))")
        #expect(rendered("run 2 years").contains("hint: run counts weeks: run 104 for 2 years"))
        #expect(rendered("run 1 year", .zh).contains("run 按周计数：1 年写作 run 52"), "\(rendered("run 1 year", .zh))")
        let hist = rendered("hist")
        #expect(
            hist.contains("hint: usage: hist FIELD [where EXPR]; for example: hist trust where age = older"), "\(hist)")
        #expect(rendered("hist", .zh).contains("用法：hist 字段 [where 表达式]；例如：hist trust where age = older"))
    }

    @Test(arguments: Language.allCases)
    func smallHintsGolden(_ language: Language) {
        let out = replTranscript(Self.session(language), ["run10", "run 1 year", "hist"])
        assertSnapshot(out.joined(separator: "\n"), named: "trainer-hints.\(language.rawValue)")
    }
}
