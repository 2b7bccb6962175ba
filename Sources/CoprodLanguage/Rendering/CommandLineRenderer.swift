/// What the `coprod` executable writes about itself: its help pages and its errors on standard
/// error (argument errors, unreadable scripts, signals, broken output), in either language.
public enum CommandLineRenderer {
    /// A help page swift-argument-parser generated from ``CommandLineText`` for `language`,
    /// without wrapping (a very large `columns`), wrapped to `width` terminal cells: the parser
    /// counts characters, and a Chinese character takes two cells. Option rows keep their help
    /// in the column after the label. For Chinese, the parser's own words (`USAGE:`, `OPTIONS:`,
    /// `Show help information.`, …) are put into Chinese.
    /// - Parameters:
    ///   - text: The page as the parser rendered it.
    ///   - language: The language of the page's texts.
    ///   - width: The terminal width in cells.
    /// - Returns: The page to print.
    public static func help(_ text: String, language: Language, width: Int) -> String {
        var page = text
        if language == .zh {
            for (en, zh) in CommandLineText.parserWords { page = page.replacingOccurrences(of: en, with: zh) }
        }
        let width = max(40, width)
        return page.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrapHelpLine(String($0), width: width) }
            .joined(separator: "\n")
    }

    /// One line of a help page, wrapped to `width` cells: an option row (`  --seed <N>   text`)
    /// hangs its continuation lines under its text, any other line under its own indentation;
    /// the usage line stays whole, as the parser leaves it.
    static func wrapHelpLine(_ line: String, width: Int) -> [String] {
        guard !line.hasPrefix("用法："), !line.hasPrefix("USAGE: ") else { return [line] }
        return TextRenderer.hanging(line, width: width)
    }

    /// An error of the program itself, not at a place in a script:
    ///
    /// ```
    /// coprod: error: unknown option '--sed'
    /// hint: did you mean '--seed'?
    /// usage: coprod [run] [--lang en|zh] …
    ///   'coprod run --help' describes every option
    /// ```
    ///
    /// - Parameters:
    ///   - message: What went wrong.
    ///   - hint: What to do about it, if anything.
    ///   - severity: `.error`, or `.warning` for a run that goes on.
    ///   - withUsage: Whether to add the usage line and where the options are described (for
    ///     argument errors).
    ///   - usage: The usage line (`coprod sweep`'s and `coprod merge`'s are their own).
    ///   - helpCommand: The command whose `--help` describes the options.
    ///   - language: The language of every word.
    ///   - colour: Whether to colour the label (bold red, or magenta for a warning) and `hint:`.
    /// - Returns: The lines, separated by `\n`, without a final line break.
    public static func error(
        _ message: Message, hint: Message? = nil, severity: Diagnostic.Severity = .error, withUsage: Bool = false,
        usage: String = CommandLineText.usage, helpCommand: String = "coprod run", language: Language,
        colour: Bool = false
    ) -> String {
        let label = severity.label(language) + ":"
        let hintLabel = language == .en ? "hint:" : "提示:"
        let colouredLabel = colour ? "\u{1B}[1;\(severity == .error ? 31 : 35)m\(label)\u{1B}[0m" : label
        var lines = ["coprod: \(colouredLabel) \(message.text(language))"]
        if let hint {
            lines.append((colour ? "\u{1B}[1;36m\(hintLabel)\u{1B}[0m" : hintLabel) + " " + hint.text(language))
        }
        if withUsage {
            lines.append(Message.usage(usage).text(language))
            lines.append("  " + Message.seeHelpFor(command: helpCommand).text(language))
        }
        return lines.joined(separator: "\n")
    }
}
