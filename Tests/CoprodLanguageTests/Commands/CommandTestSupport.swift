import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

// Shared by the command test files in this folder: one `<Word>CommandTests.swift` per command of
// `CommandRegistry.all` (`CommandRegistryTests` fails when one is missing). Each file runs its help
// page's example on the default scenario, snapshots what a user sees in every language
// (`Tests/Snapshots/commands/<word>.<language>.txt`, recorded with
// `COPROD_RECORD_SNAPSHOTS=1 swift test --filter CommandTests`) and asserts the state changes.

enum CommandTest {
    /// The example on `word`'s help page.
    static func example(_ word: String) -> String {
        HelpCatalogue.entry(named: word)?.example ?? "(no help page for \(word))"
    }

    /// A session on the default scenario (spec §13 calibration, seed 1) whose files go in a fresh
    /// temporary folder and whose lessons are the package's (or those of `lessons`).
    static func session(_ language: Language = .en, folder: URL? = nil, lessons: [URL]? = nil) -> Session {
        Session(
            options: .init(
                directory: folder ?? temporaryFolder("coprod-command"), lessonDirectories: lessons ?? packageLessons,
                language: language))
    }

    /// Runs `line`; records an issue (and returns what was printed so far) when it fails.
    @discardableResult
    static func run(
        _ session: Session, _ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> [String] {
        var out: [String] = []
        do { _ = try session.execute(line: line, emit: { out.append($0) }) } catch {
            Issue.record(
                "'\(line)' failed: \(DiagnosticRenderer.render(error, colour: false))", sourceLocation: sourceLocation)
        }
        return out
    }

    /// Runs `line`, which must fail and leave the session exactly as it was; returns the error
    /// (nil, with an issue recorded, when the line succeeded).
    static func failure(
        _ session: Session, _ line: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> LocatedDiagnostic? {
        let before = (session.jsonReport(), session.scriptText(), session.week, session.language)
        do {
            _ = try session.execute(line: line, emit: { _ in })
            Issue.record("'\(line)' succeeded; an error was expected", sourceLocation: sourceLocation)
            return nil
        } catch {
            let after = (session.jsonReport(), session.scriptText(), session.week, session.language)
            #expect(before == after, "'\(line)' failed but changed the session", sourceLocation: sourceLocation)
            return error
        }
    }

    /// Checks that `line` fails at `column` of line 1 with a message containing `en` in English and
    /// `zh` in Chinese, and (when `hint` is true) with a hint in both languages.
    static func expectError(
        _ session: Session, _ line: String, column: Int, en: String, zh: String, hint: Bool = true,
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        guard let d = failure(session, line, sourceLocation: sourceLocation) else { return }
        #expect(d.diagnostic.severity == .error, sourceLocation: sourceLocation)
        #expect(d.diagnostic.range.start.line == 1, sourceLocation: sourceLocation)
        #expect(
            d.diagnostic.range.start.column == column, "'\(line)': column \(d.diagnostic.range.start.column)",
            sourceLocation: sourceLocation)
        let english = DiagnosticRenderer.render(d, colour: false, language: .en)
        let chinese = DiagnosticRenderer.render(d, colour: false, language: .zh)
        #expect(english.hasPrefix("\(d.fileName):1:\(column): error: "), "\(english)", sourceLocation: sourceLocation)
        #expect(english.contains(en), "English error lacks '\(en)':\n\(english)", sourceLocation: sourceLocation)
        #expect(chinese.hasPrefix("\(d.fileName):1:\(column): 错误: "), "\(chinese)", sourceLocation: sourceLocation)
        #expect(chinese.contains(zh), "Chinese error lacks '\(zh)':\n\(chinese)", sourceLocation: sourceLocation)
        #expect((d.diagnostic.hint != nil) == hint, "'\(line)': hint \(String(describing: d.diagnostic.hint))")
        if hint {
            #expect(english.contains("\nhint: "), sourceLocation: sourceLocation)
            #expect(chinese.contains("\n提示: "), sourceLocation: sourceLocation)
        }
    }

    /// Compares the REPL-like transcript of `commands` (after `setup`, whose output is left out)
    /// with `Tests/Snapshots/commands/<name>.<language>.txt`.
    static func snapshot(
        _ name: String, _ language: Language, setup: [String] = [], _ commands: [String],
        session: Session? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let s = session ?? Self.session(language)
        for line in setup { run(s, line, sourceLocation: sourceLocation) }
        assertSnapshot(
            replTranscript(s, commands).joined(separator: "\n"), named: "commands/\(name).\(language.rawValue)",
            sourceLocation: sourceLocation)
    }

    /// A lessons folder holding one lesson, `01-test.coprod`, with `text`.
    static func lessonFolder(_ text: String) -> URL {
        let folder = temporaryFolder("coprod-lesson")
        try? text.write(to: folder.appendingPathComponent("01-test.coprod"), atomically: true, encoding: .utf8)
        return folder
    }

    /// A session whose only lesson is `text`.
    static func lessonSession(_ text: String, _ language: Language = .en) -> Session {
        session(language, lessons: [lessonFolder(text)])
    }

    /// The rendered error of starting a lesson whose file is `text` (nil, with an issue, if it starts).
    static func lessonError(
        _ text: String, _ language: Language = .en, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> (LocatedDiagnostic, String)? {
        let s = lessonSession(text)
        guard let d = failure(s, "lesson 1", sourceLocation: sourceLocation) else { return nil }
        #expect(!s.inLesson, sourceLocation: sourceLocation)
        return (d, DiagnosticRenderer.render(d, colour: false, language: language))
    }

    /// A small bilingual lesson that uses every lesson-file statement.
    static let sampleLesson = """
        title "Test lesson"
        zh "测试课程"
        community "Demo" size 80 seed 3
        facility shed publicness 0.6 serves all

        part "One week"
        zh "一周"
        say "Time moves"
        say "in weeks."
        zh "时间以周"
        zh "为单位推进。"
        predict "Will anyone join?"
        zh "会有人参与吗？"
        try "step"
        check week >= 1 hint "type step"
        zh "输入 step"

        part "Look"
        zh "查看"
        say "Look at the shed."
        try "show shed"
        check week >= 1
        """
}

extension CommandTest {
    /// A lesson-file statement typed at the prompt is refused at column 1 with a hint, in both
    /// languages, and the session is unchanged; in a script it stops the script at its line.
    static func expectRefusedOutsideLessons(_ word: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let line = example(word)
        #expect(line.hasPrefix(word + " "), sourceLocation: sourceLocation)
        expectError(
            session(), line, column: 1, en: "this statement belongs in a lesson file", zh: "这条语句只能写在课程文件中",
            sourceLocation: sourceLocation)
        let s = Session.empty()
        do {
            _ = try s.runScript("community size 40\n\(line)\nstep 3\n", fileName: "s.coprod", emit: { _ in })
            Issue.record("'\(line)' ran in a script", sourceLocation: sourceLocation)
        } catch {
            #expect(
                error.fileName == "s.coprod" && error.diagnostic.range.start.line == 2, sourceLocation: sourceLocation)
            #expect(s.week == 0, "nothing after it runs", sourceLocation: sourceLocation)
        }
    }

    /// The transcript of starting the lesson `text` and typing `commands`, in `language`.
    static func lessonTranscript(_ text: String, _ language: Language, _ commands: [String] = []) -> [String] {
        replTranscript(lessonSession(text, language), ["lesson 1"] + commands)
    }
}
