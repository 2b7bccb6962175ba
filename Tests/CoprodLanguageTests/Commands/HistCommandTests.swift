import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// `hist`: bins of numbers, one bar per whole number or word, `where`, and what it refuses.
@Suite("hist")
struct HistCommandTests {
    static func histogram(_ session: Session, _ line: String) throws -> HistogramView? {
        var out: [Output] = []
        _ = try session.execute(line: line, output: { o, _ in out.append(o) })
        return out.compactMap { if case .histogram(let h) = $0 { h } else { nil } }.first
    }

    @Test(
        "parses",
        arguments: [
            ("hist trust", "hist(trust)"),
            ("hist shed.stage where age = older", "hist(shed.stage where (age = older))"),
        ])
    func parses(_ line: String, _ expected: String) {
        #expect(ast(line) == expected)
    }

    @Test(
        "the bins count every selected resident once",
        arguments: [
            "trust", "age", "building", "index", "shed.stage", "shed.joined", "shed.joinedAt", "shed.satisfaction",
        ])
    func binsAddUp(_ field: String) throws {
        let session = Session()
        _ = try session.execute(line: "run 40", emit: { _ in })
        let h = try #require(try Self.histogram(session, "hist \(field)"))
        #expect(h.total == 400)
        #expect(h.bins.reduce(0) { $0 + $1.count } == 400)
        let older = try #require(try Self.histogram(session, "hist \(field) where age = older"))
        #expect(older.bins.reduce(0) { $0 + $1.count } == older.total)
    }

    @Test("a 0–1 field has ten bins over its range; categories one bar per word in order")
    func shapes() throws {
        let session = Session()
        let trust = try #require(try Self.histogram(session, "hist trust"))
        #expect(trust.bins.count == 10)
        #expect(trust.bins.first?.label == .range(0, 0.1, last: false))
        #expect(trust.bins.last?.label == .range(0.9, 1, last: true))
        let age = try #require(try Self.histogram(session, "hist age"))
        #expect(age.bins.map(\.label) == [.word("young"), .word("middle"), .word("older")])
        let n = session.model.population.age.filter { $0 == .older }.count
        #expect(age.bins[2].count == n)
    }

    @Test("a field with one value for the week is refused, pointing at plot")
    func weekValue() {
        let lines = transcript(Session(), ["hist participation"])
        #expect(lines.joined().contains("one value for the week"))
        #expect(lines.joined().contains("plot participation"))
    }

    @Test("golden", arguments: Language.allCases)
    func golden(_ language: Language) throws {
        let session = Session(options: .init(language: language))
        _ = try session.execute(line: "run 40", emit: { _ in })
        let lines = replTranscript(session, ["hist trust", "hist building where age = older", "hist garden.stage"])
        assertSnapshot(lines.joined(separator: "\n"), named: "hist.\(language.rawValue)")
    }

    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 20")
        let out = CommandTest.run(s, CommandTest.example("hist"))
        #expect(!out.isEmpty)
        #expect(out.joined(separator: "\n").contains("trust"), "\(out)")
    }
}
