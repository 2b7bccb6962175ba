import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// The demonstrations of `examples/demos/` (one per government strategy, docs/TEACHING.md): each
/// runs to its end as `coprod demo` shows it with Enter at every pause, builds a with/without
/// twin, ends with `compare` and `plot`, and what it shows is a golden snapshot in both languages.
@Suite struct DemoScriptTests {
    static let demos = [
        "role-transformation", "differentiated-management", "technological-innovation", "emotional-engagement",
    ]

    @Test func thereIsOneDemoPerStrategy() throws {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: packageRoot.appendingPathComponent("examples/demos").path
        )
        .filter { $0.hasSuffix(".coprod") }.map { String($0.dropLast(".coprod".count)) }
        #expect(Set(names) == Set(Self.demos))
    }

    @Test(arguments: demos, Language.allCases)
    func demo(_ name: String, _ language: Language) throws {
        let text = try packageFile("examples/demos/\(name).coprod")
        let commands = Parser.lines(of: text).compactMap { try? Parser.parseLine($0, lineNumber: 1) }.map(\.command)
        // A with/without twin, and the end a trainer shows: a compare, then a plot.
        #expect(commands.contains { if case .fork = $0 { true } else { false } })
        #expect(commands.contains { if case .goto = $0 { true } else { false } })
        let last = commands.suffix(3).map(\.word)
        #expect(last == ["compare", "pause", "plot"], "\(name) ends with \(last)")
        // Both languages at every pause.
        for case .pause(_, let zh) in commands { #expect(zh != nil, "a pause of \(name) has no zh text") }
        let session = Session.empty(options: .init(language: language))
        var out: [String] = []
        var pauses = 0
        let end: DemoEnd
        do throws(LocatedDiagnostic) {
            end = try session.runDemo(
                text, fileName: "\(name).coprod", emit: { out.append($0) }, interrupted: { false },
                atPause: {
                    pauses += 1
                    return .proceed
                })
        } catch {
            Issue.record("examples/demos/\(name).coprod failed: \(DiagnosticRenderer.render(error, colour: false))")
            return
        }
        #expect(end == .finished)
        // Under two minutes in front of a class: a handful of stops.
        #expect((3...6).contains(pauses), "\(name) has \(pauses) pauses")
        // The comparison fits a projector's screen of about 40 lines with its command (at 78
        // columns, so at 80 too), three facilities included.
        let start = try #require(out.firstIndex { $0.contains("> compare ") })
        let comparison = out[start...].prefix { !$0.isEmpty }
        #expect(comparison.count <= 38, "\(name): compare takes \(comparison.count) lines")
        assertSnapshot(out.joined(separator: "\n"), named: "demo-\(name).\(language.rawValue)")
    }
}
