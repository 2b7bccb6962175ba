import CoprodLanguage
import CoprodModel
import Foundation
import Testing

/// Ctrl-C while a run is rebuilt from week 0 (`back`, `goto` an earlier week, `undo` of a
/// workspace too large to keep; issue 9): the rebuild stops, the session is exactly as before the
/// command (runs, weeks, changes, what `undo` can take back), and a note says so in both languages.
/// Without Ctrl-C the session's progress display is told how far the rebuild has got.
@Suite struct RebuildCancellationTests {
    /// What the session's progress display was told (rebuilds run on the calling thread).
    final class Seen: @unchecked Sendable {
        var statuses: [RebuildStatus] = []
    }

    /// A session of 100,000 residents × 3 facilities (too large for `undo` to keep its models)
    /// at week 4.
    static func session(_ language: Language, seen: Seen) throws -> Session {
        var options = Session.Options(language: language)
        options.rebuildProgress = { seen.statuses.append($0) }
        let s = Session(options: options)
        _ = try s.execute(line: "community size 100000", emit: { _ in })
        _ = try s.execute(line: "step 3", emit: { _ in })
        _ = try s.execute(line: "facility shed salience 0.9", emit: { _ in })
        _ = try s.execute(line: "step", emit: { _ in })
        return s
    }

    /// Everything a user could tell apart.
    static func snapshot(_ s: Session) -> [String] {
        [s.scriptText(), s.jsonReport(), "\(s.week)", s.runNames.joined(separator: ","), s.currentRun, s.prompt]
    }

    @Test(arguments: Language.allCases)
    func controlCDuringBackKeepsTheSession(_ language: Language) throws {
        let seen = Seen()
        let s = try Self.session(language, seen: seen)
        let before = Self.snapshot(s)
        seen.statuses = []
        var out: [String] = []
        // Ctrl-C once the rebuild has reported twice (while week 0 is built).
        let error = #expect(throws: LocatedDiagnostic.self) {
            _ = try s.execute(line: "back 2", emit: { out.append($0) }, interrupted: { seen.statuses.count >= 2 })
        }
        #expect(seen.statuses.count == 2)
        #expect(
            seen.statuses.allSatisfy {
                $0 == RebuildStatus(run: "main", week: 2, residents: 100_000, fraction: $0.fraction)
            })
        #expect(out.isEmpty)
        #expect(Self.snapshot(s) == before)
        let d = try #require(error)
        #expect(d.diagnostic.severity == .note)
        #expect(d.diagnostic.message == .rebuildCancelled(run: "main", toWeek: 2, kept: "main", week: 4))
        #expect(d.diagnostic.range.start == SourceLocation(line: 1, column: 1))
        let text = DiagnosticRenderer.render(d, colour: false, language: language)
        switch language {
        case .en:
            #expect(
                text.contains(
                    "cancelled rebuilding 'main' to week 2 (Ctrl-C); the session is as it was: 'main', week 4"),
                "\(text)")
        case .zh:
            #expect(text.contains("已取消把 'main' 重建到第 2 周（Ctrl-C）；会话保持原样：'main'，第 4 周"), "\(text)")
        }
        // `undo` still takes back what it did before: the last step, then the declaration.
        _ = try s.execute(line: "undo", emit: { _ in })
        #expect(s.week == 3 && s.changes.count == 1)
        _ = try s.execute(line: "undo", emit: { _ in })
        #expect(s.week == 3 && s.changes.isEmpty)
    }

    /// `explain` finds her decisions by replaying the run (issue 10's on-demand explanations): on a
    /// large community that replay shows the rebuild's progress, and Ctrl-C stops it, leaving the
    /// session as it was; without Ctrl-C it explains as a session without a progress display does.
    @Test func explainShowsProgressAndControlCStopsIt() throws {
        let seen = Seen()
        let s = try Self.session(.en, seen: seen)
        let before = Self.snapshot(s)
        seen.statuses = []
        var out: [String] = []
        let error = #expect(throws: LocatedDiagnostic.self) {
            _ = try s.execute(line: "explain 7", emit: { out.append($0) }, interrupted: { seen.statuses.count >= 16 })
        }
        #expect(seen.statuses.count == 16)
        #expect(seen.statuses.allSatisfy { $0.run == "main" && $0.week == 4 && $0.residents == 100_000 })
        #expect(out.isEmpty)
        #expect(error?.diagnostic.message == .rebuildCancelled(run: "main", toWeek: 4, kept: "main", week: 4))
        #expect(Self.snapshot(s) == before)
        seen.statuses = []
        _ = try s.execute(line: "explain 7", emit: { out.append($0) })
        #expect(seen.statuses.count > 16)
        #expect(zip(seen.statuses, seen.statuses.dropFirst()).allSatisfy { $0.fraction <= $1.fraction })
        let plain = Session(options: Session.Options(language: .en))
        for line in ["community size 100000", "step 3", "facility shed salience 0.9", "step"] {
            _ = try plain.execute(line: line, emit: { _ in })
        }
        var expected: [String] = []
        _ = try plain.execute(line: "explain 7", emit: { expected.append($0) })
        #expect(out == expected)
        #expect(out.joined().contains("resident 7"))
    }

    /// Ctrl-C while the weeks are stepped again (after the build) is a cancel too; `goto` an
    /// earlier week is the same rebuild.
    @Test(arguments: ["back 3", "goto 1"])
    func controlCWhileSteppingAgainKeepsTheSession(_ line: String) throws {
        let seen = Seen()
        let s = try Self.session(.en, seen: seen)
        let before = Self.snapshot(s)
        seen.statuses = []
        let error = #expect(throws: LocatedDiagnostic.self) {
            // The build of 100,000 residents asks 14 times; the 15th question is before week 0's step.
            _ = try s.execute(line: line, emit: { _ in }, interrupted: { seen.statuses.count >= 15 })
        }
        #expect(seen.statuses.count == 15)
        #expect(error?.diagnostic.message == .rebuildCancelled(run: "main", toWeek: 1, kept: "main", week: 4))
        #expect(Self.snapshot(s) == before)
        #expect(s.changes.count == 1)
    }

    /// Without Ctrl-C, `back` is told of its progress from 0, in order, below 1, and gives the
    /// state the run had at that week.
    @Test func aRebuildReportsItsProgress() throws {
        let seen = Seen()
        var options = Session.Options()
        options.rebuildProgress = { seen.statuses.append($0) }
        let s = Session(options: options)
        _ = try s.execute(line: "community size 100000", emit: { _ in })
        _ = try s.execute(line: "step 3", emit: { _ in })
        let atThree = s.jsonReport()
        _ = try s.execute(line: "step 2", emit: { _ in })
        #expect(seen.statuses.isEmpty, "stepping forward rebuilds nothing")
        _ = try s.execute(line: "back 2", emit: { _ in })
        #expect(s.week == 3 && s.jsonReport() == atThree)
        let fractions = seen.statuses.map(\.fraction)
        #expect(fractions.first == 0)
        #expect(fractions == fractions.sorted() && fractions.allSatisfy { $0 < 1 })
        // 7 questions in each half of the build of 100,000, then one before each of 3 weeks.
        #expect(seen.statuses.count == 14 + 3)
        #expect(seen.statuses.allSatisfy { $0.run == "main" && $0.week == 3 && $0.residents == 100_000 })
    }

    /// `undo` of a workspace whose models were too large to keep rebuilds each run; Ctrl-C while
    /// the second is rebuilt keeps the session (and its undo list) as it was.
    @Test func controlCDuringUndoKeepsTheSession() throws {
        let seen = Seen()
        let s = try Self.session(.en, seen: seen)
        _ = try s.execute(line: "fork care", emit: { _ in })
        _ = try s.execute(line: "step", emit: { _ in })
        let before = Self.snapshot(s)
        seen.statuses = []
        let error = #expect(throws: LocatedDiagnostic.self) {
            _ = try s.execute(line: "undo", emit: { _ in }, interrupted: { seen.statuses.last?.run == "care" })
        }
        #expect(error?.diagnostic.message == .rebuildCancelled(run: "care", toWeek: 4, kept: "care", week: 5))
        #expect(Self.snapshot(s) == before)
        #expect(seen.statuses.first?.run == "main")
        // Main's rebuild is the first half of the command's work, care's the second.
        #expect(seen.statuses.filter { $0.run == "main" }.allSatisfy { $0.fraction < 0.5 })
        #expect(seen.statuses.last.map { $0.fraction >= 0.5 } == true)
        seen.statuses = []
        var out: [String] = []
        _ = try s.execute(line: "undo", emit: { out.append($0) })
        #expect(out.joined().contains("undid 'step'; care is at week 4"), "\(out)")
        #expect(s.week == 4 && s.currentRun == "care" && s.runNames == ["main", "care"])
        #expect(Set(seen.statuses.map(\.run)) == ["main", "care"])
        _ = try s.execute(line: "undo", emit: { _ in })
        #expect(s.runNames == ["main"] && s.week == 4)
    }
}
