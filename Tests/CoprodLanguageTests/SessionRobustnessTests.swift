import CoprodLanguage
import CoprodModel
import Foundation
import Testing

/// Random and mutated input never crashes a session, and an input that fails leaves it unchanged.
@Suite("Session robustness (property test)")
struct SessionRobustnessTests {
    static func corpus() throws -> [String] {
        var lines: [String] = []
        for folder in ["examples", "lessons"] {
            let dir = packageRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() where name.hasSuffix(".coprod") {
                lines += try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                    .split(separator: "\n").map(String.init)
            }
        }
        lines += ["step", "step 3", "run until shed.phase = design max 20", "show community", "show shed", "typology",
                  "explain 3 shed", "count residents where age = older by tenure", "rate shed.joined by age",
                  "mean efficacy where building = 2 by shed.stage", "reset", "clear", "help intervene",
                  "intervene council on garden strength 0.5 from 2 to 9", "remove intervention 1", "set a0 0.05",
                  "resident bob age young trust 0.2", "government role 0.6", "save \"x.coprod\" force", "load \"x.coprod\"",
                  "export \"x.csv\" force", "lesson 2", "next", "hint", "lesson end",
                  "facility kiosk cost 10", "show kiosk", "typology kiosk", "run until kiosk.phase = design max 5",
                  "count by kiosk.stage", "resident carol efficacy 0.9", "explain carol kiosk", "set typology.autonomy 0.3"]
        return lines
    }

    static let oddPieces = ["\u{0}", "\"", "(", ")", "((((", "1e309", "-0", "NaN", "99999999999999999999", "-3", "1.5",
                            "\u{FFFD}", "é", "张", "\t", "\r", "==", "!=", "<=", ".", ",", "#", "\\", " ", "and", "or", "not",
                            "where", "by", "on", "all", "shed", "9e9", "0x10", ".5.", "--1"]

    static func mutate(_ line: String, _ dice: inout SplitMix64) -> String {
        var chars = Array(line)
        for _ in 0...dice.below(3) {
            switch dice.below(6) {
            case 0 where !chars.isEmpty: chars.remove(at: dice.below(chars.count))
            case 1: chars.insert(contentsOf: dice.pick(oddPieces), at: chars.isEmpty ? 0 : dice.below(chars.count + 1))
            case 2 where chars.count > 1: chars = Array(chars.prefix(dice.below(chars.count)))
            case 3:
                let words = String(chars).split(separator: " ")
                if words.count > 1 { chars = Array((words.shuffledDeterministically(&dice)).joined(separator: " ")) }
            case 4: chars += Array(" " + dice.pick(oddPieces))
            default:
                if let k = chars.firstIndex(where: \.isNumber) { chars.replaceSubrange(k...k, with: Array(dice.pick(oddPieces))) }
            }
        }
        return String(chars)
    }

    /// File commands only with plain names inside the test folder.
    static func safe(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard ["save", "load", "export"].contains(where: { t.hasPrefix($0) }) else { return true }
        return !line.contains("/") && !line.contains("..") && !line.contains("\\") && !line.contains("~")
    }

    @Test("3,000 random and mutated lines: no crash, errors change nothing")
    func mutatedLines() throws {
        let corpus = try Self.corpus()
        var dice = SplitMix64(seed: 20261129)
        let folder = temporaryFolder()
        let options = Session.Options(directory: folder, maxPopulation: 1_000, maxStepsPerCommand: 25)
        var session = Session(options: options)
        var errors = 0, successes = 0
        for k in 0..<3_000 {
            if k % 150 == 0 { session = Session(options: options) }
            let line: String
            switch dice.below(10) {
            case 0: line = String((0..<dice.below(40)).map { _ in Character(Unicode.Scalar(UInt8(dice.below(128)))) })
            case 1: line = dice.pick(corpus)
            default: line = Self.mutate(dice.pick(corpus), &dice)
            }
            guard Self.safe(line) else { continue }
            let before = (session.scriptText(), session.jsonReport(), session.prompt)
            do {
                _ = try session.execute(line: line, emit: { _ in })
                successes += 1
            } catch {
                errors += 1
                let rendered = DiagnosticRenderer.render(error, colour: false)
                #expect(rendered.contains("error:"), "\(line.debugDescription)")
                #expect(error.diagnostic.range.start.column >= 1)
                let after = (session.scriptText(), session.jsonReport(), session.prompt)
                #expect(after == before, "state changed by failing line \(line.debugDescription)")
            }
        }
        #expect(errors > 500 && successes > 300, "errors \(errors), successes \(successes)")
    }
}

extension Array {
    func shuffledDeterministically(_ dice: inout SplitMix64) -> [Element] {
        var a = self
        for i in stride(from: a.count - 1, to: 0, by: -1) { a.swapAt(i, dice.below(i + 1)) }
        return a
    }
}
