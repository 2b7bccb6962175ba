import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// `watch`: the watched list, a sparkline line per field after each step report, `watch off`.
@Suite("watch")
struct WatchCommandTests {
    @Test(
        "parses",
        arguments: [
            ("watch", "watch"), ("watch off", "watch(off)"),
            ("watch participation shed.active", "watch(participation,shed.active)"),
        ])
    func parses(_ line: String, _ expected: String) {
        #expect(ast(line) == expected)
    }

    @Test("a sparkline per watched field after each step and run, until watch off")
    func afterSteps() throws {
        let session = Session()
        #expect(transcript(session, ["watch"]) == ["nothing is watched; try: watch participation shed.active"])
        let first = transcript(session, ["watch participation shed.phase"])
        // Each field by its label, then as typed (the line wraps at the session's width).
        #expect(
            first.joined(separator: " ").replacing(/\s+/, with: " ")
                .hasPrefix("watching community ever-joined share (participation), shed phase (shed.phase):"))
        let step = transcript(session, ["step 3"])
        #expect(step.suffix(2).map { String($0.prefix(14)) } == ["community ever", "shed phase    "])
        #expect(step.last?.hasSuffix(" planning") == true)
        // Looking does not repeat them.
        #expect(!transcript(session, ["show community"]).contains { $0.hasPrefix("community ever-joined share ▁") })
        // Watching a field twice keeps one line.
        #expect(
            transcript(session, ["watch participation"]).joined(separator: " ").replacing(/\s+/, with: " ")
                .hasPrefix("watching community ever-joined share (participation), shed phase (shed.phase):")
        )
        #expect(transcript(session, ["watch off"]) == ["stopped watching 2 fields"])
        #expect(!transcript(session, ["step"]).contains { $0.hasPrefix("community ever-joined share ▁") })
    }

    @Test("an unknown field is refused and nothing is added")
    func unknownField() {
        let session = Session()
        #expect(transcript(session, ["watch partcipation"]).joined().contains("participation"))
        #expect(transcript(session, ["watch"]) == ["nothing is watched; try: watch participation shed.active"])
    }

    @Test("the sparkline reads every week so far; its last level is the value now")
    func sparklineValues() throws {
        let session = Session()
        _ = try session.execute(line: "watch shed.active", emit: { _ in })
        var out: [Output] = []
        _ = try session.execute(line: "run 20", output: { o, _ in out.append(o) })
        let views = out.compactMap { if case .sparklines(let v) = $0 { v } else { nil } }
        let view = try #require(views.first?.first)
        #expect(view.values.count == 21)
        #expect(view.values.last == .count(session.model.outcomes.facilities[0].active))
    }

    @Test("golden", arguments: Language.allCases)
    func golden(_ language: Language) throws {
        let session = Session(options: .init(language: language))
        let lines = replTranscript(
            session, ["watch participation shed.active garden.phase", "run 40", "watch", "watch off", "step"])
        assertSnapshot(lines.joined(separator: "\n"), named: "watch.\(language.rawValue)")
    }
}
