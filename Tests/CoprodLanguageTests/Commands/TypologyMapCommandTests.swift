import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// `typology map`: each facility's path through the 2 × 2 grid, from history.
@Suite("typology map")
struct TypologyMapCommandTests {
    @Test("parses; typology NAME still names a facility")
    func parses() {
        #expect(ast("typology map") == "typologyMap")
        #expect(ast("typology shed") == "typology(shed)")
    }

    @Test("a path point per week with an entry, ending at the facility's numbers now")
    func paths() throws {
        let session = Session()
        _ = try session.execute(line: "run 40", emit: { _ in })
        var out: [Output] = []
        _ = try session.execute(line: "typology map", output: { o, _ in out.append(o) })
        let view = try #require(out.compactMap { if case .typologyMap(let v) = $0 { v } else { nil } }.first)
        #expect(view.paths.map(\.facility) == session.model.scenario.facilities.map(\.name))
        for (p, now) in zip(view.paths, session.model.outcomes.facilities) {
            #expect(p.type == now.type)
            if now.entries > 0 {
                #expect(p.points.last == .init(week: 40, autonomy: now.autonomy, publicness: now.publicness))
            }
            let weeks = session.model.history.filter { r in r.facilities.first { $0.name == p.facility }!.entries > 0 }
            #expect(p.points.map(\.week) == weeks.map(\.week))
        }
    }

    @Test("thresholds come from the scenario and move the grid's lines")
    func thresholds() throws {
        let session = Session()
        let lines = transcript(session, ["set typology.autonomy 0.25", "typology map"])
        #expect(lines.contains { $0.contains("self-organised at ≥ 0.25") })
        #expect(lines.contains { $0.contains("0.25") && $0.contains("autonomy") })
    }

    @Test("at week 0 no facility has entries: each is listed, not placed")
    func weekZero() {
        let lines = transcript(Session(), ["typology map"])
        #expect(lines.contains("  ● shed: no entries yet, not placed"))
    }

    @Test("golden", arguments: [40, 60, 78, 80], Language.allCases)
    func golden(_ width: Int, _ language: Language) throws {
        let session = Session(options: .init(language: language, width: width))
        _ = try session.execute(line: "run 60", emit: { _ in })
        let lines = replTranscript(session, ["typology map"])
        // Every line fits (a projector's 60 and 80 columns once cut the axis's word and the key
        // mid-word); a wrapped line continues indented under its text.
        for line in lines.dropFirst() {
            #expect(Format.cells(line) <= width, "wider than \(width): |\(line)|")
        }
        #expect(lines.contains { $0.hasSuffix(language == .en ? "  autonomy" : "  自主性") }, "\(lines)")
        for (k, line) in lines.enumerated().dropFirst(2) where !line.hasPrefix(" ") && !line.contains("┤") {
            Issue.record("line \(k) starts at the margin: |\(line)|")
        }
        assertSnapshot(lines.joined(separator: "\n"), named: "typology-map-\(width).\(language.rawValue)")
    }
}
