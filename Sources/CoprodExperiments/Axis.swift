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
    /// - Throws: ``ExperimentError``.
    public init(_ written: String, scenario: Scenario) throws(ExperimentError) {
        guard let eq = written.firstIndex(of: "="), eq != written.startIndex else {
            throw ExperimentError(.expectedKeyValue(option: "--vary", found: written))
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
                throw ExperimentError(.expectedKeyValue(option: "--vary", found: written))
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
        var specs: [String] = []
        var lines: [String] = []
        for line in Parser.lines(of: script) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if trimmed.hasPrefix("vary ") || trimmed.hasPrefix("vary\t") {
                var spec = trimmed.dropFirst(5)
                if let hash = spec.firstIndex(of: "#") { spec = spec[..<hash] }
                specs.append(spec.trimmingCharacters(in: .whitespaces))
                lines.append("")
            } else {
                lines.append(line)
            }
        }
        return (specs, lines.joined(separator: "\n"))
    }
}
