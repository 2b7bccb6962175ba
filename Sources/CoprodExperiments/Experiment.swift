import CoprodLanguage
import CoprodModel
import Foundation

/// A script prepared for experiments: its lines (with `vary` lines blanked), where its first
/// `step` or `run` is, the scenario it declares before it, and the facility names that give the
/// data files their columns.
///
/// One run of an experiment: a fresh session with the run's seed as `--seed`, the script's lines
/// before its first `step`/`run`, then the run's values put into the week-0 scenario (the model is
/// rebuilt from it), then either the rest of the script or, with `--weeks N`, `run N` alone.
/// `coprod run FILE --set KEY=VALUE --seed S [--weeks N]` does exactly this, so any run of a
/// sweep can be reproduced alone.
public struct Experiment: Sendable {
    public let fileName: String
    /// The script as given (its hash identifies the scenario in data files).
    public let text: String
    public let lines: [String]
    /// Index of the first line that advances time, or nil.
    public let firstStep: Int?
    /// The `vary` lines, with their places in the script.
    public let varyLines: [VaryLines.Line]
    /// The `vary` lines' axis specs.
    public var varySpecs: [String] { varyLines.map(\.spec) }
    /// The week-0 scenario as the script declares it (with its own seed).
    public let scenario: Scenario
    /// Options every run's session starts from.
    public let options: Session.Options

    /// Reads the script's declarations once, without running it.
    /// - Parameters:
    ///   - text: The script.
    ///   - fileName: Its name in diagnostics.
    ///   - options: Options every run's session starts from.
    ///   - cancelled: Asked as the declared community is built: true stops the build.
    /// - Throws: `LocatedDiagnostic` for an error in the lines before the first step, or the
    ///   note of a cancelled build (``CoprodLanguage/LocatedDiagnostic/isCancellation``).
    public init(
        text: String, fileName: String, options: Session.Options, cancelled: (@Sendable () -> Bool)? = nil
    ) throws(LocatedDiagnostic) {
        self.fileName = fileName
        self.text = text
        self.options = options
        let (found, stripped) = VaryLines.located(text)
        varyLines = found
        lines = Parser.lines(of: stripped)
        var first: Int?
        for (k, line) in lines.enumerated() {
            if let statement = try? Parser.parseLine(line, lineNumber: k + 1), statement.advancesTime {
                first = k
                break
            }
        }
        firstStep = first
        var o = options
        o.seedOverride = nil
        o.replicate = nil
        if let cancelled { o.buildCancelled = cancelled }
        let session = Session.empty(options: o)
        for k in 0..<(first ?? lines.count) {
            _ = try session.execute(line: lines[k], lineNumber: k + 1, fileName: fileName, output: { _, _ in })
        }
        scenario = session.scenario
    }

    /// An experiment whose declarations are already known (a batch run that has just run them).
    public init(text: String, fileName: String, options: Session.Options, declared scenario: Scenario) {
        self.fileName = fileName
        self.text = text
        self.options = options
        let (found, stripped) = VaryLines.located(text)
        varyLines = found
        lines = Parser.lines(of: stripped)
        firstStep = nil
        self.scenario = scenario
    }

    /// What one run ends with: the model, why it failed, or that its build was cancelled (a
    /// community of `residents`; it is not a result, so a sweep does not write it).
    public enum Outcome: Sendable {
        case finished(Model)
        case failed(String)
        case cancelled(residents: Int)
    }

    /// Runs the script once with `seed` and the `assignments` put into its week-0 scenario.
    /// - Parameters:
    ///   - seed: The run's seed (as `--seed`).
    ///   - assignments: Keys and values.
    ///   - weeks: With a number, `run N` replaces the script's lines after its first step.
    ///   - language: The language of an error's text.
    ///   - emit: Where the script's output goes (nowhere in a sweep).
    ///   - interrupted: Polled at step boundaries (a signal stops a single run there).
    ///   - cancelled: Asked as the run's community is built (by its declarations, and again with
    ///     the `assignments`): true stops the build and the run ends ``Outcome/cancelled(residents:)``.
    /// - Returns: The model at the end, the first error's text, or that the build was cancelled.
    public func run(
        seed: UInt64?, assignments: [(ExperimentKey, SettingValue)], weeks: Int?, language: Language,
        emit: ((String) -> Void)? = nil, interrupted: @escaping () -> Bool = { false },
        cancelled: (@Sendable () -> Bool)? = nil
    ) -> Outcome {
        var o = options
        if let seed { o.seedOverride = seed }
        if let cancelled { o.buildCancelled = cancelled }
        let session = Session.empty(options: o)
        func line(_ k: Int, _ text: String, _ name: String) throws(LocatedDiagnostic) -> CommandOutcome {
            if let emit {
                return try session.execute(
                    line: text, lineNumber: k + 1, fileName: name, emit: emit, interrupted: interrupted)
            }
            return try session.execute(
                line: text, lineNumber: k + 1, fileName: name, output: { _, _ in }, interrupted: interrupted)
        }
        do throws(LocatedDiagnostic) {
            let split = firstStep ?? lines.count
            for k in 0..<split where try line(k, lines[k], fileName) == .quit {
                return .finished(session.model)
            }
            if !assignments.isEmpty {
                var s = session.scenario
                do throws(ExperimentError) {
                    for (key, value) in assignments { try key.apply(value, to: &s) }
                } catch {
                    return .failed(error.message.text(language))
                }
                if let refusal = session.buildRefusal(for: s) { return .failed(refusal.text(language)) }
                do throws(ModelError) { try session.replaceScenario(s) } catch {
                    if case .cancelled(let n) = error { return .cancelled(residents: n) }
                    return .failed(Message.model(error).text(language))
                }
            }
            if let weeks {
                if weeks > 0 { _ = try line(0, "run \(weeks)", "--weeks") }
            } else {
                for k in split..<lines.count where try line(k, lines[k], fileName) == .quit { break }
            }
        } catch {
            if error.isCancellation, case .buildCancelled(let n, _, _) = error.diagnostic.message {
                return .cancelled(residents: n)
            }
            return .failed(error.oneLine(language))
        }
        return .finished(session.model)
    }

    /// A 64-bit FNV-1a hash of the script's bytes, as 16 hex digits: the scenario's identity in data files.
    public var hash: String {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
