import CoprodModel
import CoprodValidation
import Foundation

/// The lines of `coprod validate` and `validate`, and docs/VALIDATION.md: the facts' table with a
/// strip per effect, the mutation check and the sensitivity's tornado charts. The words are in
/// ``ValidationText``.
public enum ValidationRendering {
    /// Cells of an effect's strip.
    static let stripCells = 21

    static func number(_ x: Double) -> String {
        if abs(x) >= 100 { return String(format: "%+.0f", x) }
        if abs(x) >= 1 { return String(format: "%+.2f", x) }
        return String(format: "%+.3f", x)
    }

    static func plain(_ x: Double) -> String {
        if abs(x) >= 100 { return String(format: "%.0f", x) }
        if abs(x) >= 1 { return String(format: "%.2f", x) }
        return String(format: "%.3f", x)
    }

    /// The effect against its band on one line: `[`…`]` the band, `┆` zero, `●` the effect.
    static func strip(_ e: EffectResult) -> String {
        let n = stripCells
        var lo = min(0, e.mean - e.standardError)
        var hi = max(0, e.mean + e.standardError)
        if let b = e.band.interval {
            lo = min(lo, b.lowerBound)
            hi = max(hi, b.upperBound)
        } else {
            if e.band.sign > 0 { hi = max(hi, abs(e.mean) * 1.2) } else { lo = min(lo, -abs(e.mean) * 1.2) }
        }
        let pad = (hi - lo) * 0.05 + 1e-12
        lo -= pad
        hi += pad
        func cell(_ x: Double) -> Int { min(n - 1, max(0, Int(((x - lo) / (hi - lo) * Double(n)).rounded(.down)))) }
        var cells = [Character](repeating: "·", count: n)
        if let b = e.band.interval {
            let a = cell(b.lowerBound)
            let z = cell(b.upperBound)
            for k in a...z { cells[k] = "─" }
            cells[a] = "["
            cells[z] = "]"
        } else {
            let zero = cell(0)
            let range = e.band.sign > 0 ? Array(zero..<n) : Array(0...zero)
            for k in range { cells[k] = e.band.sign > 0 ? "›" : "‹" }
        }
        cells[cell(0)] = "┆"
        cells[cell(e.mean)] = "●"
        return String(cells)
    }

    static func band(_ e: EffectResult, _ language: Language) -> String {
        guard let b = e.band.interval else {
            return ValidationText.signOnly[language] + (e.band.sign > 0 ? " > 0" : " < 0")
        }
        return "[\(number(b.lowerBound)), \(number(b.upperBound))]"
    }

    static func pad(_ s: String, _ width: Int) -> String {
        let w = s.reduce(0) { $0 + (($1.unicodeScalars.first?.value ?? 0) >= 0x1100 ? 2 : 1) }
        return s + String(repeating: " ", count: max(0, width - w))
    }

    /// Cells of an effect's row in the wide table (`fact … plot pass`).
    static let wideRowCells = 6 + 1 + 18 + 1 + 20 + 1 + 20 + 1 + stripCells + 1 + 4

    /// The rows of `facts`: a line per fact, two per effect — three on a terminal narrower than
    /// the wide row (`narrow`), the band, strip and verdict on a line of their own under the
    /// numbers.
    static func factRows(_ facts: [FactResult], language: Language, narrow: Bool = false) -> [String] {
        var lines: [String] = []
        for f in facts {
            lines.append(
                "\(f.id)  \(ValidationText.facts[f.id]?[language] ?? "")  — "
                    + (ValidationText.mechanisms[f.mechanism]?[language] ?? f.mechanism))
            for e in f.effects {
                let numbers =
                    pad(e.id, 6) + " " + pad("\(plain(e.baseMean)) → \(plain(e.treatedMean))", 18) + " "
                    + "\(number(e.mean)) ± \(plain(e.standardError))"
                let verdict = (e.passed ? ValidationText.pass : ValidationText.fail)[language]
                if narrow {
                    lines.append(numbers)
                    lines.append("       " + pad(band(e, language), 20) + " " + strip(e) + " " + verdict)
                } else {
                    lines.append(
                        pad(numbers, 6 + 1 + 18 + 1 + 20) + " " + pad(band(e, language), 20) + " " + strip(e) + " "
                            + verdict)
                }
                lines.append("       " + (ValidationText.effects[e.id]?[language] ?? ""))
            }
        }
        return lines
    }

    /// The facts' table, then the mechanism checks and spec §13's calibration.
    public static func factLines(_ r: ValidationReport, language: Language, narrow: Bool = false) -> [String] {
        var lines = [ValidationText.title[language], ValidationText.seedsLine(r.seeds)[language], ""]
        lines.append((narrow ? ValidationText.narrowColumns : ValidationText.columns)[language])
        lines += factRows(r.facts, language: language, narrow: narrow)
        if !r.mechanisms.isEmpty {
            lines += ["", ValidationText.mechanismsTitle[language], ValidationText.mechanismsLine[language]]
            lines += factRows(r.mechanisms, language: language, narrow: narrow)
        }
        if let c = r.calibration {
            lines += ["", ValidationText.calibrationTitle[language], ValidationText.calibrationLine[language]]
            lines += factRows([c], language: language, narrow: narrow)
        }
        lines.append("")
        lines.append(ValidationText.legend[language])
        lines.append(ValidationText.bandRule[language])
        let checked = r.facts + r.mechanisms
        lines.append(ValidationText.summary(checked.filter(\.passed).count, checked.count)[language])
        if let c = r.calibration {
            lines.append(
                ValidationText.calibrationSummary(c.effects.filter(\.passed).count, c.effects.count)[language])
        }
        return lines
    }

    /// The mutation check: one line per mutant.
    public static func mutantLines(_ r: ValidationReport, language: Language) -> [String] {
        guard let ms = r.mutants else { return [] }
        var lines = ["", ValidationText.mutantsTitle[language]]
        lines.append(ValidationText.mutantsLine(ms.filter(\.killed).count, ms.count, r.mutantSeeds)[language])
        let width = min(44, ms.map(\.mutant.name.count).max() ?? 0)
        for m in ms {
            if m.killed {
                lines.append(
                    "  " + pad(m.mutant.name, width) + "  " + ValidationText.killedBy[language] + " "
                        + m.failedEffects.joined(separator: ", "))
            } else {
                let reason = ValidationText.survivors[m.mutant.name] ?? ValidationText.noReason
                lines.append(
                    "  " + pad(m.mutant.name, width) + "  " + ValidationText.survived[language] + ": "
                        + reason[language])
            }
        }
        return lines
    }

    /// An outcome's name in `language`.
    static func outcomeName(_ o: Int, _ language: Language) -> String {
        let (level, name) = Sensitivity.outcomes[o]
        return Terms.metrics["\(level.rawValue).\(name)"]?.name[language] ?? name
    }

    /// A tornado chart per outcome: the `top` constants whose swing is widest, each bar from its
    /// smallest to its largest change around the default run (│).
    public static func tornadoLines(_ r: ValidationReport, language: Language, top: Int = 8) -> [String] {
        guard let s = r.sensitivity else { return [] }
        var lines = ["", ValidationText.sensitivityTitle[language], ValidationText.sensitivityLine(s.seeds)[language]]
        let half = 16
        for o in Sensitivity.outcomes.indices {
            let rows = Array(s.tornado(o).prefix(top))
            let extent = rows.map { max(abs($0.swing(o).lowerBound), abs($0.swing(o).upperBound)) }.max() ?? 0
            lines.append("")
            lines.append(ValidationText.tornadoTitle(outcomeName(o, language), plain(s.baseline[o]))[language])
            let nameWidth = rows.map(\.parameter.count).max() ?? 0
            for row in rows {
                let sw = row.swing(o)
                let scale = extent > 0 ? Double(half) / extent : 0
                let left = Int((abs(sw.lowerBound) * scale).rounded())
                let right = Int((sw.upperBound * scale).rounded())
                let bar =
                    String(repeating: " ", count: half - left) + String(repeating: "█", count: left) + "│"
                    + String(repeating: "█", count: right) + String(repeating: " ", count: half - right)
                lines.append(
                    "  " + pad(row.parameter, nameWidth) + "  " + bar + "  " + number(sw.lowerBound) + " … "
                        + number(sw.upperBound))
            }
        }
        return lines
    }

    /// Everything `coprod validate` prints for `r`, for a terminal `width` cells wide (nil: not a
    /// terminal, the wide table unwrapped). On a terminal narrower than the wide table each
    /// effect takes three lines (``factRows(_:language:narrow:)``) and every line is broken at
    /// word boundaries to fit (``TextRenderer/fitted(_:width:indent:)``), descriptions under
    /// their text.
    public static func lines(_ r: ValidationReport, language: Language, width: Int? = nil) -> [String] {
        let narrow = width.map { $0 < wideRowCells } ?? false
        let all =
            factLines(r, language: language, narrow: narrow) + mutantLines(r, language: language)
            + tornadoLines(r, language: language)
        guard let width else { return all }
        return all.flatMap { TextRenderer.hanging($0, width: max(20, width), indent: 2) }
    }
}
