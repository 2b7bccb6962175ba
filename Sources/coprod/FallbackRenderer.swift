import CoprodLanguage

// TEMPORARY: stands in for the frontend's `DiagnosticRenderer` in CoprodLanguage until it lands
// on this branch. It shadows that type inside this module; delete this file at merge.
enum DiagnosticRenderer {
    static func render(_ d: LocatedDiagnostic, colour: Bool) -> String {
        let range = d.diagnostic.range
        let width = range.end.line == range.start.line ? max(1, range.end.column - range.start.column) : 1
        let label = colour ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        var lines = [
            "\(d.fileName):\(range.start.line):\(range.start.column): \(label) \(d.diagnostic.message)",
            d.sourceLine,
            String(repeating: " ", count: max(0, range.start.column - 1)) + String(repeating: "^", count: width),
        ]
        if let hint = d.diagnostic.hint { lines.append("hint: \(hint)") }
        return lines.joined(separator: "\n")
    }
}
