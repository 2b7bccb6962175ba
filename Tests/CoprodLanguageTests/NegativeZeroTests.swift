import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// A negative zero typed anywhere is read as zero, so `--json`, `typology` and `save` agree and a
/// saved script replays to the same bytes.
@Suite("Negative zero")
struct NegativeZeroTests {
    @Test("-0, -0.0 and -0e5 are read as +0", arguments: ["-0", "-0.0", "-0e5", "-0E+3", "-.0", "+0", "0"])
    func lexedAsPositiveZero(_ text: String) throws {
        let tokens = try Lexer.tokenize("x \(text)", lineNumber: 1)
        guard case .number(let value) = tokens[1].kind else {
            Issue.record("not a number: \(tokens[1])")
            return
        }
        #expect(value == 0)
        #expect(value.sign == .plus, "\(text) gave \(value)")
        #expect(tokens[1].text == text, "the spelling is kept")
    }

    @Test("a scenario set with negative zeros saves and loads to identical --json")
    func saveLoadRoundTrip() throws {
        let folder = temporaryFolder()
        let s = Session(options: .init(directory: folder))
        let out = transcript(
            s,
            [
                "facility f cost 10 publicness -0 salience -0.0",
                "facility shed publicness -0e5",
                "set typology.publicness -0",
                "intervene outreach on f strength -0",
                "step 3",
                "save \"zero.coprod\"",
            ])
        #expect(!out.contains { $0.contains("error") }, "\(out)")
        #expect(!s.jsonReport().contains("-0,") && !s.jsonReport().contains("-0\n"), "no negative zero in --json")
        let replay = Session(options: .init(directory: folder))
        let loaded = transcript(replay, ["load \"zero.coprod\""])
        #expect(loaded.last?.hasPrefix("loaded zero.coprod") == true, "\(loaded)")
        #expect(replay.jsonReport() == s.jsonReport())
        #expect(transcript(replay, ["typology"]) == transcript(s, ["typology"]))
    }
}
