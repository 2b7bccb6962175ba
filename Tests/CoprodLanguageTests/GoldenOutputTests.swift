import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// A REPL-like transcript: each command after the session's prompt, then what it printed (errors
/// rendered without colour, in the session's language, as the REPL prints them on standard error).
func replTranscript(_ session: Session, _ commands: [String]) -> [String] {
    var out: [String] = []
    for command in commands {
        out.append(session.prompt + command)
        do { _ = try session.execute(line: command, emit: { out.append($0) }) } catch {
            var text = DiagnosticRenderer.render(error, colour: false, language: session.language)
            while text.hasSuffix("\n") { text.removeLast() }
            out.append(contentsOf: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
    }
    return out
}

/// Golden snapshots of what a user sees on the default scenario (spec §13 calibration, seed 1)
/// and in the examples, in every language. Files: Tests/Snapshots/<name>.<language>.txt.
@Suite("Golden output snapshots")
struct GoldenOutputTests {
    struct Case: Sendable, CustomTestStringConvertible {
        /// The snapshot's name (before the language).
        var name: String
        /// Commands run first whose output is not part of the snapshot.
        var setup: [String] = []
        /// The commands whose transcript is the snapshot.
        var commands: [String]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "step-report", commands: ["step", "step 10", "run until shed.phase = maintenance"]),
        Case(name: "show-community", setup: ["run 40"], commands: ["show community"]),
        Case(name: "show-shed", setup: ["run 40"], commands: ["show shed"]),
        Case(name: "show-resident", setup: ["run 40"], commands: ["show resident 1"]),
        Case(name: "show-government", setup: ["run 40"], commands: ["show government"]),
        Case(
            name: "show-interventions", setup: ["run 40"],
            commands: ["intervene emotional-care on shed strength 0.8", "show interventions"]),
        Case(name: "typology", setup: ["run 40"], commands: ["typology"]),
        Case(name: "explain", setup: ["run 40"], commands: ["explain 1 shed"]),
        // Issue 8: a resident who joined for an incentive and lapsed while it still acted; every term
        // of her staying probability (the incentive's included) is listed with the baseline.
        Case(
            name: "explain-incentive-lapse", setup: ["intervene incentive strength 0.8", "run 104"],
            commands: ["explain 22 lift"]),
        Case(name: "count-by-age", setup: ["run 40"], commands: ["count residents by age"]),
        Case(name: "rate-by-tenure", setup: ["run 40"], commands: ["rate shed.joined by tenure"]),
        Case(name: "mean-by-age", setup: ["run 40"], commands: ["mean efficacy by age"]),
        Case(name: "help", commands: ["help"]),
        Case(name: "help-all", commands: ["help all"]),
        Case(name: "help-step", commands: ["help step"]),
        Case(name: "help-facility", commands: ["help facility"]),
        Case(
            name: "twins",
            commands: [
                "run 10", "fork care", "intervene emotional-care on garden strength 0.9", "run 20", "switch main",
                "run 20", "runs", "compare main care", "compare main care over weeks participation garden.active",
                "back 5", "undo",
            ]),
        Case(
            name: "range-warning",
            commands: [
                "count residents where trust > 80", "count residents where trust > 80%", "run until week > 20000 max 1",
            ]),
        Case(name: "help-set", commands: ["help set"]),
        Case(name: "help-glossary", commands: ["help glossary"]),
        Case(name: "errors", commands: ["stpe 5", "count residents where trust > 80 and", "facility shed salience 2"]),
    ]

    static let examples = [
        "default", "qinghe-triangle", "lift-retrofit", "community-garden", "ppp-micro-renewal", "activist-garden",
        "lift-vote",
    ]

    @Test("default scenario", arguments: cases, Language.allCases)
    func defaultScenario(_ c: Case, _ language: Language) throws {
        let session = Session(options: .init(language: language))
        for line in c.setup {
            _ = try session.execute(line: line, emit: { _ in })
        }
        assertSnapshot(
            replTranscript(session, c.commands).joined(separator: "\n"), named: "\(c.name).\(language.rawValue)")
    }

    /// Every script in examples/ is in ``examples``, so none can rot unreplayed.
    @Test func everyExampleIsReplayed() throws {
        let names = try FileManager.default.contentsOfDirectory(
            atPath: packageRoot.appendingPathComponent("examples").path
        )
        .filter { $0.hasSuffix(".coprod") }.map { String($0.dropLast(".coprod".count)) }
        #expect(Set(names) == Set(Self.examples))
    }

    @Test("example scripts run at their own seed", arguments: examples, Language.allCases)
    func example(_ name: String, _ language: Language) throws {
        let session = Session.empty(options: .init(language: language))
        let text = try packageFile("examples/\(name).coprod")
        var out: [String] = []
        do throws(LocatedDiagnostic) {
            _ = try session.runScript(text, fileName: "\(name).coprod", emit: { out.append($0) })
        } catch {
            Issue.record("examples/\(name).coprod failed: \(DiagnosticRenderer.render(error, colour: false))")
            out.append(DiagnosticRenderer.render(error, colour: false, language: language))
        }
        assertSnapshot(out.joined(separator: "\n"), named: "example-\(name).\(language.rawValue)")
    }

    /// `lang zh` at the top of a script gives the same output as a session started in Chinese.
    @Test("a script starting with lang zh prints what a Chinese session prints")
    func langLineMatchesOption() throws {
        let text = try packageFile("examples/community-garden.coprod")
        var viaOption: [String] = []
        _ = try Session.empty(options: .init(language: .zh)).runScript(
            text, fileName: "g.coprod", emit: { viaOption.append($0) })
        var viaLine: [String] = []
        _ = try Session.empty().runScript("lang zh\n" + text, fileName: "g.coprod", emit: { viaLine.append($0) })
        // `lang zh` may announce itself; everything after that must be the same.
        #expect(Array(viaLine.suffix(viaOption.count)) == viaOption)
    }
}
