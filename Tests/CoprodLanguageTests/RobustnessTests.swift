import CoprodModel
import Testing

@testable import CoprodLanguage

@Suite struct RobustnessTests {
    static let seeds: [String] = [
        "community \"Yangguang\" size 400 profile mixed seed 1",
        "resident alice age older tenure owner building 3 efficacy 0.8",
        "facility shed publicness 0.6 salience 0.8 serves building 3 initiator government",
        "government role 0.2 budget 4 responsiveness 0.5",
        "intervene outreach on shed strength 0.8 from 0 to 19",
        "remove intervention 2", "set typology.autonomy 0.6", "step 10", "run until week 52 max 60",
        "run until (shed.phase = maintenance or not lift.degraded = 1) max 500",
        "show resident 3", "count residents where age = older and (tenure != renter) by tenure, shed.stage",
        "rate shed.joined where building >= 2 by age", "mean efficacy where building = 3 by tenure",
        "explain alice on shed", "save \"mine.coprod\" force", "load \"examples/lift-retrofit.coprod\"",
        "lesson end", "check week >= 10 hint \"type \\\"step 10\\\"\"", "say \"张三 says hi\" # comment",
    ]

    static let alphabet: [Character] = [
        "a", "z", "e", "E", "_", "-", "+", ".", "0", "9", " ", " ", "\t", "\"", "\\", "(", ")", "(", ",",
        "=", "!", "<", ">", "#", "'", "\u{0}", "\u{7}", "\u{FFFD}", "\u{FEFF}", "\r", "张", "😀", "e\u{301}",
        "\u{3000}", "\u{200B}", "ｱ",
    ]

    static func mutate(_ line: String, _ rng: inout SplitMix64) -> String {
        var chars = Array(line)
        for _ in 0..<(1 + rng.below(4)) {
            let at = chars.isEmpty ? 0 : rng.below(chars.count + 1)
            switch rng.below(4) {
            case 0: chars.insert(rng.pick(alphabet), at: at)
            case 1: if at < chars.count { chars.remove(at: at) }
            case 2: if at < chars.count { chars[at] = rng.pick(alphabet) }
            default:
                // splice in a chunk of another seed line
                let other = Array(rng.pick(seeds))
                let from = rng.below(other.count)
                let to = min(other.count, from + rng.below(12))
                chars.insert(contentsOf: other[from..<to], at: at)
            }
        }
        return String(chars)
    }

    static func random(_ rng: inout SplitMix64) -> String {
        let words = [
            "step", "run", "until", "where", "by", "and", "or", "not", "(", ")", "=", "1e309", "10x",
            "\"", "shed.stage", "max", "hint", "on", ",", "-", "0.5", "张三", "\u{0}", "#", "save", "facility",
        ]
        return (0..<rng.below(12)).map { _ in rng.pick(words) }.joined(separator: rng.below(5) == 0 ? "" : " ")
    }

    func withinLine(_ range: SourceRange, _ line: String, _ number: Int) -> Bool {
        let count = Parser.cleaned(line).count
        return range.start.line == number && range.end.line == number
            && range.start.column >= 1 && range.start <= range.end && range.end.column <= count + 1
    }

    @Test func randomAndMutatedLinesAlwaysYieldAStatementOrALocatedDiagnostic() {
        var rng = SplitMix64(seed: 0xC0_9B0D)
        var statements = 0
        var errors = 0
        for i in 0..<4_000 {
            let line = i % 4 == 3 ? Self.random(&rng) : Self.mutate(rng.pick(Self.seeds), &rng)
            let number = 1 + rng.below(500)
            do {
                if let s = try Parser.parseLine(line, lineNumber: number) {
                    statements += 1
                    #expect(withinLine(s.range, line, number), "statement range of: \(line.debugDescription)")
                }
            } catch {
                errors += 1
                #expect(withinLine(error.range, line, number), "diagnostic range of: \(line.debugDescription)")
                #expect(!error.message.text(.en).isEmpty && error.message.text(.en).last != ".")
                let rendered = DiagnosticRenderer.render(
                    LocatedDiagnostic(error, fileName: "f", sourceLine: line), colour: false)
                #expect(rendered.contains("^"))
            }
        }
        // The corpus exercises both outcomes.
        #expect(statements > 200)
        #expect(errors > 200)
    }

    @Test func parsingIsDeterministic() {
        var rng = SplitMix64(seed: 42)
        for _ in 0..<300 {
            let line = Self.mutate(rng.pick(Self.seeds), &rng)
            let a = Result { () throws(Diagnostic) in try Parser.parseLine(line, lineNumber: 1) }
            let b = Result { () throws(Diagnostic) in try Parser.parseLine(line, lineNumber: 1) }
            #expect(a == b)
        }
    }

    static let megabyteLines: [String] = [
        String(repeating: "(", count: 1_000_000),
        "check " + String(repeating: "(", count: 1_000_000),
        "check " + String(repeating: "not ", count: 250_000) + "x",
        "check " + String(repeating: "a and ", count: 170_000) + "b",
        String(repeating: "x", count: 1_000_000),
        "facility shed " + String(repeating: "k 1 ", count: 250_000),
        "say \"" + String(repeating: "é", count: 1_000_000),
        "save " + String(repeating: "p", count: 1_000_000),
        String(repeating: "# ", count: 500_000),
        "step " + String(repeating: "9", count: 1_000_000),
        String(repeating: "张", count: 1_000_000) + " @",
    ]

    @Test(arguments: 0..<megabyteLines.count)
    func aMegabyteLineFinishesQuickly(_ index: Int) {
        let line = Self.megabyteLines[index]
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            do throws(Diagnostic) {
                _ = try Parser.parseLine(line, lineNumber: 1)
            } catch {
                #expect(withinLine(error.range, line, 1))
                let rendered = DiagnosticRenderer.render(
                    LocatedDiagnostic(error, fileName: "f", sourceLine: line), colour: false)
                #expect(rendered.count < 2_000)
            }
        }
        // Generous for debug builds on a shared machine; quadratic behaviour would take minutes.
        #expect(elapsed < .seconds(30))
    }
}
