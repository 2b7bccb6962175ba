import CoprodLanguage
import CoprodModel
import Foundation

/// One axis of a sweep: a key and the values it takes, written `KEY=a,b,c` (a list) or
/// `KEY=LOW:HIGH:STEP` (LOW, LOW + STEP, … up to HIGH).
public struct Axis: Hashable, Sendable {
    public let key: ExperimentKey
    /// The values as they appear in data files.
    public let texts: [String]
    /// The values typed for the key.
    public let values: [SettingValue]
    /// For a range, its ends (Latin hypercube samples draw between them).
    public let range: ClosedRange<Double>?

    /// Most values one axis may have.
    public static let maxValues = 100_000

    /// Parses `KEY=a,b,c` or `KEY=LOW:HIGH:STEP`.
    /// - Parameters:
    ///   - written: The axis as written.
    ///   - scenario: The script's week-0 scenario (keys are resolved in it).
    ///   - option: How the axis was given, for a malformed one: `--vary`, or `vary` for a script's line.
    /// - Throws: ``ExperimentError``.
    public init(_ written: String, scenario: Scenario, option: String = "--vary") throws(ExperimentError) {
        guard let eq = written.firstIndex(of: "="), eq != written.startIndex else {
            throw ExperimentError(.expectedKeyValue(option: option, found: written), hint: .axisForm(option: option))
        }
        let key = try ExperimentKey(String(written[..<eq]), scenario: scenario)
        let spec = String(written[written.index(after: eq)...])
        let parts = spec.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 3, key.type.range != nil {
            let (texts, values, range) = try Self.range(key: key, rangeSpec: spec, parts: parts)
            self.init(key: key, texts: texts, values: values, range: range)
        } else {
            let items = spec.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard !items.contains(where: \.isEmpty) else {
                throw ExperimentError(
                    .expectedKeyValue(option: option, found: written), hint: .axisForm(option: option))
            }
            var values: [SettingValue] = []
            for item in items { values.append(try key.value(item)) }
            self.init(key: key, texts: items, values: values, range: nil)
        }
    }

    private static func range(
        key: ExperimentKey, rangeSpec: String, parts: [String]
    ) throws(ExperimentError) -> ([String], [SettingValue], ClosedRange<Double>) {
        let bad = ExperimentError(.badAxisRange(key: key.written, written: rangeSpec))
        guard let lo = Double(parts[0]), let hi = Double(parts[1]), let step = Double(parts[2]),
            lo.isFinite, hi.isFinite, step.isFinite, lo <= hi, step > 0
        else { throw bad }
        let count = Int(((hi - lo) / step + 1e-9).rounded(.down)) + 1
        guard count <= Self.maxValues else { throw bad }
        var texts: [String] = []
        var values: [SettingValue] = []
        for k in 0..<count {
            let text = literal(lo + Double(k) * step)
            texts.append(text)
            values.append(try key.value(text))
        }
        return (texts, values, lo...hi)
    }

    /// An axis with given values (a Latin hypercube's column).
    init(key: ExperimentKey, texts: [String], values: [SettingValue], range: ClosedRange<Double>?) {
        self.key = key
        self.texts = texts
        self.values = values
        self.range = range
    }
}

/// The text of `vary` lines in a script: `vary KEY=VALUES` (one axis a line, `#` comments allowed
/// after it). The interpreter does not run these lines (it does not know `vary`); a sweep reads
/// them and runs the script without them.
public enum VaryLines {
    /// The axis specs of the `vary` lines of `script`, and the script with those lines blanked
    /// (so line numbers in diagnostics stay the same).
    public static func split(_ script: String) -> (specs: [String], script: String) {
        let (found, stripped) = located(script)
        return (found.map(\.spec), stripped)
    }

    /// A `vary` line: its axis spec and where the spec stands, so that an error in it is reported
    /// at its line and column with the line and a caret, as every other script error is.
    public struct Line: Hashable, Sendable {
        public let spec: String
        /// The line's number, from 1.
        public let lineNumber: Int
        /// The column (from 1, in characters) of the spec's first character.
        public let column: Int
        /// The whole line as written.
        public let source: String

        /// The spec's place on its line.
        public var range: SourceRange {
            SourceRange(
                start: SourceLocation(line: lineNumber, column: column),
                end: SourceLocation(line: lineNumber, column: column + max(1, spec.count)))
        }
    }

    /// The `vary` lines of `script` with their places, and the script with those lines blanked.
    public static func located(_ script: String) -> (lines: [Line], script: String) {
        var found: [Line] = []
        var lines: [String] = []
        for (k, line) in Parser.lines(of: script).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("vary ") || trimmed.hasPrefix("vary\t") {
                var rest = trimmed.dropFirst(5)
                if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
                let leading = rest.prefix { $0 == " " || $0 == "\t" }.count
                let column = line.count - trimmed.count + 5 + leading + 1
                found.append(
                    Line(
                        spec: rest.trimmingCharacters(in: .whitespaces), lineNumber: k + 1, column: column,
                        source: line))
                lines.append("")
            } else {
                lines.append(line)
            }
        }
        return (found, lines.joined(separator: "\n"))
    }
}
