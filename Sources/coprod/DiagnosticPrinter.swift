import CoprodLanguage
import LineEditing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints diagnostics and other errors on standard error, in colour when that is allowed.
enum DiagnosticPrinter {
    /// Prints a rendered `FILE:line:col: error: …` diagnostic with its source line and caret.
    static func print(_ diagnostic: LocatedDiagnostic, language: Language) {
        let colour = Terminal.usesColour(onFileDescriptor: STDERR_FILENO)
        // On a terminal the message and hint wrap to its width, as other output does; in a log
        // or a pipe each stays on one line.
        let width = Terminal.isTerminal(STDERR_FILENO) ? CommandLineMain.terminalWidth() : nil
        var text = DiagnosticRenderer.render(diagnostic, colour: colour, language: language, width: width)
        while text.hasSuffix("\n") { text.removeLast() }
        StandardError.writeLine(text)
    }

    /// Prints `coprod: error: message` (or `coprod: 错误: …`) for errors that are not about a
    /// source position.
    static func printError(
        _ message: Message, hint: Message? = nil, severity: Diagnostic.Severity = .error, language: Language
    ) {
        let colour = Terminal.usesColour(onFileDescriptor: STDERR_FILENO)
        StandardError.writeLine(
            CommandLineRenderer.error(message, hint: hint, severity: severity, language: language, colour: colour))
    }
}
