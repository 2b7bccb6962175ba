import CoprodLanguage
import CoprodModel
import Foundation
import Testing

/// Ctrl-C while a large community is built (issue 9): the build stops, the session keeps its
/// previous scenario and run, and a note says what was cancelled, in both languages.
@Suite struct BuildCancellationTests {
    /// What the session's progress display was told (the build runs on the calling thread).
    final class Seen: @unchecked Sendable {
        var statuses: [BuildStatus] = []
    }

    static func session(_ language: Language, seen: Seen) -> Session {
        var options = Session.Options(language: language)
        options.buildProgress = { seen.statuses.append($0) }
        return Session(options: options)
    }

    @Test(arguments: Language.allCases)
    func controlCDuringTheBuildKeepsTheSession(_ language: Language) throws {
        let seen = Seen()
        let s = Self.session(language, seen: seen)
        _ = try s.execute(line: "run 3", emit: { _ in })
        let before = (s.scriptText(), s.jsonReport(), s.week, s.model.residentCount)
        var out: [String] = []
        // Ctrl-C once the build has reported twice.
        let error = #expect(throws: LocatedDiagnostic.self) {
            _ = try s.execute(
                line: "community size 200000", emit: { out.append($0) }, interrupted: { seen.statuses.count >= 2 })
        }
        #expect(seen.statuses.count == 2)
        #expect(seen.statuses.allSatisfy { $0.residents == 200_000 })
        #expect(out.isEmpty)
        #expect((s.scriptText(), s.jsonReport(), s.week, s.model.residentCount) == before)
        let d = try #require(error)
        #expect(d.diagnostic.severity == .note)
        #expect(d.diagnostic.message == .buildCancelled(residents: 200_000, kept: 400, week: 3))
        let text = DiagnosticRenderer.render(d, colour: false, language: language)
        switch language {
        case .en:
            #expect(
                text.contains(
                    "cancelled building the community of 200,000 residents (Ctrl-C); the session is as it was: "
                        + "400 residents, week 3"), "\(text)")
        case .zh:
            #expect(
                text.contains("已取消建立 200,000 位居民的社区（Ctrl-C）；会话保持原样：400 位居民，第 3 周"), "\(text)")
        }
        // Without Ctrl-C the same command builds it, told of its progress from 0.
        seen.statuses = []
        _ = try s.execute(line: "community size 200000", emit: { _ in })
        #expect(s.model.residentCount == 200_000)
        #expect(seen.statuses.first?.fraction == 0)
        #expect(seen.statuses.count > 4)
    }

    /// `reset` rebuilds the community too, and is cancelled the same way.
    @Test func resetIsCancelledToo() throws {
        let seen = Seen()
        let s = Self.session(.en, seen: seen)
        _ = try s.execute(line: "community size 100000", emit: { _ in })
        _ = try s.execute(line: "step", emit: { _ in })
        seen.statuses = []
        #expect(throws: LocatedDiagnostic.self) {
            _ = try s.execute(line: "reset", emit: { _ in }, interrupted: { !seen.statuses.isEmpty })
        }
        #expect(s.week == 1)
    }
}
