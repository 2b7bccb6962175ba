import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// Random and mutated input never crashes a session, and an input that fails leaves it unchanged.
@Suite("Session robustness (property test)")
struct SessionRobustnessTests {
    static func corpus() throws -> [String] {
        var lines: [String] = []
        for folder in ["examples", "lessons"] {
            let dir = packageRoot.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
            where name.hasSuffix(".coprod") {
                lines += try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                    .split(separator: "\n").map(String.init)
            }
        }
        lines += [
            "step", "step 3", "run until shed.phase = design max 20", "show community", "show shed", "typology",
            "explain 3 shed", "count residents where age = older by tenure", "rate shed.joined by age",
            "mean efficacy where building = 2 by shed.stage", "reset", "clear", "help intervene",
            "intervene council on garden strength 0.5 from 2 to 9", "remove intervention 1", "set a0 0.05",
            "resident bob age young trust 0.2", "government role 0.6", "save \"x.coprod\" force", "load \"x.coprod\"",
            "export \"x.csv\" force", "lesson 2", "next", "hint", "lesson end",
            "facility kiosk cost 10", "show kiosk", "typology kiosk", "run until kiosk.phase = design max 5",
            "count by kiosk.stage", "resident carol efficacy 0.9", "explain carol kiosk", "set typology.autonomy 0.3",
        ]
        return lines
    }

    static let oddPieces = [
        "\u{0}", "\"", "(", ")", "((((", "1e309", "-0", "NaN", "99999999999999999999", "-3", "1.5",
        "\u{FFFD}", "é", "张", "\t", "\r", "==", "!=", "<=", ".", ",", "#", "\\", " ", "and", "or", "not",
        "where", "by", "on", "all", "shed", "9e9", "0x10", ".5.", "--1",
    ]

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
                if let k = chars.firstIndex(where: \.isNumber) {
                    chars.replaceSubrange(k...k, with: Array(dice.pick(oddPieces)))
                }
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
        var dice = SplitMix64(seed: 20_261_129)
        let folder = temporaryFolder()
        let options = Session.Options(
            directory: folder, maxPopulation: 1_000, maxStepsPerCommand: 25,
            lessonDirectories: packageLessons)
        var session = Session(options: options)
        var errors = 0
        var successes = 0
        for k in 0..<3_000 {
            if k % 150 == 0 { session = Session(options: options) }
            let line: String
            switch dice.below(10) {
            case 0: line = String((0..<dice.below(40)).map { _ in Character(Unicode.Scalar(UInt8(dice.below(128)))) })
            case 1...4: line = dice.pick(corpus)
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

/// Random sequences of *valid-looking* commands built from the session's own names: changes at
/// week 0 and mid-run, looks, queries and resets in any order never crash, and every facility
/// always has a current outcome record.
@Suite("Session robustness (random command walks)")
struct CommandWalkTests {
    static func command(_ s: Session, _ dice: inout SplitMix64) -> String {
        let facilities = s.model.scenario.facilities.map(\.name)
        let names = s.model.scenario.residentNames.keys.sorted()
        let f = facilities.isEmpty ? "shed" : dice.pick(facilities)
        let x = String(format: "%.2f", Double(dice.below(101)) / 100)
        let i = String(1 + dice.below(max(1, s.model.residentCount)))
        let who = names.isEmpty || dice.below(2) == 0 ? i : dice.pick(names)
        let week = s.week + dice.below(10)
        let templates: [String] = [
            "step \(1 + dice.below(6))", "run \(1 + dice.below(6))",
            "run until \(f).phase = \(dice.pick(["design", "construction", "maintenance"])) max \(1 + dice.below(8))",
            "facility \(dice.pick(["kiosk", "ramp", "lights", f])) cost \(5 + dice.below(80)) publicness \(x) serves \(dice.pick(["all", "building 2", "age older", "tenure renter"]))",
            "facility \(f) salience \(x) initiator \(dice.pick(["government", "residents"]))",
            "intervene \(dice.pick(["role-shift", "tech-platform", "emotional-care", "differentiated", "incentive", "information", "training", "council", "outreach"])) on \(dice.pick([f, "all"])) strength \(x) from \(week) to \(week + dice.below(20))",
            "remove intervention \(1 + dice.below(4))",
            "remove facility \(f)", "rename facility \(f) \(dice.pick(["bikes", "车棚", "yard"]))",
            "resident \(dice.pick(["ana", "bo", "chen", who])) age \(dice.pick(["young", "middle", "older"])) efficacy \(x)",
            "resident \(who) trust \(x)", "government role \(x) budget \(dice.below(9))",
            "set \(dice.pick(["a0", "aSoc", "wS", "sustainWeeks"])) \(dice.pick(["0.02", "0.3", "1", "4"]))",
            "set typology.autonomy \(x)", "show \(f)", "show community", "show interventions", "show parameters",
            "show resident \(i)", "show \(who)", "typology", "typology \(f)", "explain \(who) \(f)", "explain \(who)",
            "count by \(f).stage, age", "rate \(f).joined where age = older by tenure", "mean efficacy by \(f).channel",
            "count residents where \(f).active = 1 and not (building = 2)", "reset",
            "community size \(40 + dice.below(200)) seed \(dice.below(5))",
            "community profile \(dice.pick(["mixed", "old-estate", "commodity-estate"]))",
        ]
        return dice.pick(templates)
    }

    @Test("changes made at week 0 give the same run as a model built from the resulting scenario")
    func weekZeroChangesEqualARebuild() {
        var dice = SplitMix64(seed: 2_611)
        for _ in 0..<12 {
            let s = Session()
            for _ in 0..<8 {
                let line = Self.command(s, &dice)
                if line.hasPrefix("step") || line.hasPrefix("run") { continue }
                _ = try? s.execute(line: line, emit: { _ in })
            }
            guard s.week == 0 else { continue }
            let rebuilt = Session(scenario: s.scenario)
            #expect(rebuilt.jsonReport() == s.jsonReport())
            _ = try? s.execute(line: "step 20", emit: { _ in })
            _ = try? rebuilt.execute(line: "step 20", emit: { _ in })
            #expect(rebuilt.jsonReport() == s.jsonReport(), "\(s.scriptText())")
        }
    }

    @Test("2,000 random command walks keep every facility's record current")
    func walks() {
        var dice = SplitMix64(seed: 7_2026)
        let options = Session.Options(maxPopulation: 1_000, maxStepsPerCommand: 25)
        var session = Session(options: options)
        for k in 0..<2_000 {
            if k % 200 == 0 { session = Session(options: options) }
            let line = Self.command(session, &dice)
            _ = try? session.execute(line: line, emit: { _ in })
            #expect(session.model.outcomes.facilities.count == session.model.facilities.count, "after \(line)")
            #expect(session.model.outcomes.week == session.week)
        }
    }

    @Test("random walks with facilities removed and renamed save and load to the same session")
    func walksWithRemovalsSaveAndLoad() throws {
        var dice = SplitMix64(seed: 1_207)
        let folder = temporaryFolder("coprod-walk")
        let options = Session.Options(directory: folder, maxPopulation: 1_000, maxStepsPerCommand: 25)
        var midRun = 0
        for walk in 0..<12 {
            let s = Session(options: options)
            for _ in 0..<14 {
                let line =
                    dice.below(4) == 0
                    ? "remove facility \(s.model.scenario.facilities.first?.name ?? "shed")" : Self.command(s, &dice)
                _ = try? s.execute(line: line, emit: { _ in })
            }
            midRun += s.changes.contains { if case .removeFacility = $0.change { true } else { false } } ? 1 : 0
            _ = try s.execute(line: "save \"walk\(walk).coprod\" force", emit: { _ in })
            let t = Session(options: options)
            _ = try t.execute(line: "load \"walk\(walk).coprod\"", emit: { _ in })
            #expect(t.jsonReport() == s.jsonReport(), "\(s.scriptText())")
            _ = try? s.execute(line: "step 5", emit: { _ in })
            _ = try? t.execute(line: "step 5", emit: { _ in })
            #expect(t.jsonReport() == s.jsonReport(), "\(s.scriptText())")
        }
        #expect(midRun >= 3, "the walks remove facilities during a run: \(midRun)")
    }
}
