/// Draws a diagnostic for a terminal or a log, in the style of compilers:
///
/// ```
/// shed.coprod:3:1: error: unknown command 'stpe'
///     stpe 10
///     ^~~~
/// hint: did you mean 'step'?
/// ```
///
/// The caret sits under the diagnostic's range (`^`, then `~` for the rest of the range; a
/// zero-length range is a single `^`). Columns count `Character`s; East Asian wide characters
/// and emoji take two terminal cells, and tabs in the source are repeated in the padding, so the
/// caret lines up in a terminal. Control characters are shown as their Unicode control pictures
/// (NUL as `␀`) and other invisible characters as `�`, so an error at one of them has something
/// to point at. Lines longer than `windowWidth` characters are cut to a window around the fault,
/// with `…` marking what is left out.
public enum DiagnosticRenderer {
    /// How many source characters are shown at most around the fault.
    public static let windowWidth = 100
    private static let indent = "    "

    /// Renders a diagnostic.
    ///
    /// - Parameters:
    ///   - d: The diagnostic with its file name and source. `sourceLine` is normally the faulty
    ///     line; if it holds several lines, the line named by the diagnostic's range is used.
    ///   - colour: Whether to add ANSI colours (bold red `error:`, green caret, bold cyan `hint:`).
    ///   - language: The language of the message, the hint and the labels (`error:`, `错误:`).
    ///   - width: The terminal's width in cells, or nil not to wrap. The message and the hint are
    ///     wrapped to it (at most 78 cells, by display width, Chinese lines between characters
    ///     with closing punctuation kept on its line), as other output is: continuation lines
    ///     start four cells in, a hint's under its text. The source line and the caret stay whole.
    /// - Returns: The rendered text, lines separated by `\n`, without a final line break.
    public static func render(
        _ d: LocatedDiagnostic, colour: Bool, language: Language = .en, width: Int? = nil
    ) -> String {
        let diagnostic = d.diagnostic
        let style = Style(enabled: colour)
        let chars = Array(sourceLine(of: d))
        let count = chars.count

        // The fault as 0-based character offsets start..<end, clamped to the line.
        let start = min(max(0, diagnostic.range.start.column - 1), count)
        var end =
            diagnostic.range.end.line > diagnostic.range.start.line
            ? count : min(max(start, diagnostic.range.end.column - 1), count)

        // The window of source shown.
        var low = 0
        var high = count
        if count > windowWidth {
            low = max(0, start - windowWidth * 2 / 5)
            high = min(count, low + windowWidth)
            low = max(0, high - windowWidth)
            end = min(end, high)
        }
        let prefix = low > 0 ? "…" : ""
        let suffix = high < count ? "…" : ""

        var shown = prefix
        var padding = low > 0 ? " " : ""
        for (offset, c) in chars[low..<high].enumerated() {
            shown += display(c)
            if low + offset < start { padding += c == "\t" ? "\t" : String(repeating: " ", count: Self.width(c)) }
        }
        shown += suffix
        let cells = chars[start..<end].reduce(0) { $0 + ($1 == "\t" ? 1 : Self.width($1)) }
        let marker = "^" + String(repeating: "~", count: max(0, cells - 1))

        let location = "\(d.fileName):\(diagnostic.range.start.line):\(diagnostic.range.start.column):"
        let severity = diagnostic.severity.label(language) + ":"
        let head = location + " " + severity + " "
        let message = wrapped(head + diagnostic.message.text(language), width, indent: 4)
        var lines = [
            style.bold(location) + " " + style.severity(severity, diagnostic.severity) + " "
                + style.bold(String(message[0].dropFirst(head.count)))
        ]
        lines += message.dropFirst().map { indent + style.bold(String($0.dropFirst(indent.count))) }
        lines += [indent + shown, indent + padding + style.caret(marker)]
        if let hint = diagnostic.hint {
            let label = language == .en ? "hint:" : "提示:"
            let hintLines = wrapped(label + " " + hint.text(language), width, indent: Format.cells(label) + 1)
            lines.append(style.hint(label) + String(hintLines[0].dropFirst(label.count)))
            lines += hintLines.dropFirst()
        }
        return lines.joined(separator: "\n")
    }

    /// `line` wrapped to `width` (at most 78) cells, continuation lines indented by `indent`;
    /// the line itself when `width` is nil or it fits.
    private static func wrapped(_ line: String, _ width: Int?, indent: Int) -> [String] {
        guard let width else { return [line] }
        return TextRenderer.hanging(line, width: max(20, min(width, 78)), indent: indent)
    }

    /// The faulty line: `sourceLine` itself, or the right line of it when it holds a whole text,
    /// without a BOM or a trailing `\r`.
    private static func sourceLine(of d: LocatedDiagnostic) -> String {
        let lines = Parser.lines(of: d.sourceLine)
        if lines.count > 1 {
            let index = d.diagnostic.range.start.line - 1
            return lines.indices.contains(index) ? lines[index] : ""
        }
        return Parser.cleaned(d.sourceLine)
    }

    /// How a source character is drawn: controls as control pictures, other invisibles as `�`.
    static func display(_ c: Character) -> String {
        if c == "\t" || c == " " { return String(c) }
        let scalar = c.firstScalar
        if scalar.properties.generalCategory == .control {
            if scalar.value < 0x20 { return String(Character(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")) }
            if scalar.value == 0x7F { return "\u{2421}" }
            return "\u{FFFD}"
        }
        if Quoting.isInvisible(c) && !c.isWhitespace { return "\u{FFFD}" }
        return String(c)
    }

    /// Terminal cells taken by a character as `display` draws it: 2 for East Asian wide and
    /// fullwidth characters and emoji, 1 otherwise.
    static func width(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        let v = c.firstScalar.value
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        if c.firstScalar.properties.isEmojiPresentation { return 2 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF,
            0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    /// ANSI styling, or none.
    private struct Style {
        let enabled: Bool
        private static let reset = "\u{1B}[0m"

        private func wrap(_ code: String, _ text: String) -> String {
            enabled ? "\u{1B}[\(code)m" + text + Style.reset : text
        }

        func bold(_ text: String) -> String { wrap("1", text) }
        func caret(_ text: String) -> String { wrap("1;32", text) }
        func hint(_ text: String) -> String { wrap("1;36", text) }

        func severity(_ text: String, _ severity: Diagnostic.Severity) -> String {
            switch severity {
            case .error: wrap("1;31", text)
            case .warning: wrap("1;35", text)
            case .note: wrap("1;36", text)
            }
        }
    }
}
