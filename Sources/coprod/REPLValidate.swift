import CoprodLanguage
import CoprodValidation
import Foundation
import LineEditing
import ProcessSupport

/// `validate …` typed at the REPL: the same command as in a script, with a progress line on standard
/// error redrawn in place (the stage, the mutant reached, the time left) as `sweep` at the REPL has.
/// Ctrl-C stops it between stages and between mutants; the session is never changed.
enum REPLValidate {
    /// The options of `line` when it is a `validate` command that parses; nil otherwise (the session
    /// then runs the line and reports its errors).
    static func options(of line: String) -> ValidateOptions? {
        guard line.split(whereSeparator: \.isWhitespace).first == "validate",
            let statement = try? Parser.parseLine(line, lineNumber: 1),
            case .validate(let options) = statement.command
        else { return nil }
        return options
    }

    static func run(_ options: ValidateOptions, in session: Session) {
        let language = session.language
        let interactive = Terminal.isTerminal(STDERR_FILENO)
        var drawn = false
        var lastDraw = Date.distantPast
        var mutantsStarted: Date?
        func draw(_ stage: String, _ done: Int, _ total: Int) {
            guard interactive else { return }
            let now = Date()
            if stage == "mutants", mutantsStarted == nil { mutantsStarted = now }
            guard done == 0 || done == total || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
            lastDraw = now
            var left: Int?
            if stage == "mutants", done > 0, let t = mutantsStarted {
                left = Int((now.timeIntervalSince(t) / Double(done) * Double(total - done)).rounded(.up))
            }
            let text = Message.validateProgress(stage: stage, done: done, total: total, secondsLeft: left)
                .text(language)
            StandardStreams.writeError("\r\u{1B}[K" + text)
            drawn = true
        }
        func endLine() {
            if drawn { StandardStreams.writeError("\r\u{1B}[K") }
            drawn = false
        }
        let report: ValidationReport?
        do {
            report = try ValidationReport.run(
                seeds: options.seedCount, mutants: options.mutants, sensitivity: options.sensitivity,
                progress: draw, cancelled: { Interrupts.isPending })
        } catch {
            // The library's own facts and mutants always apply; this is a bug, not bad input.
            endLine()
            StandardError.writeLine("validate: \(error)")
            return
        }
        endLine()
        guard let report else {
            if Terminal.echoesControlCharacters { print() }
            DiagnosticPrinter.printError(.validateStopped, severity: .note, language: language)
            return
        }
        for line in ValidationRendering.lines(report, language: language, width: session.options.width) { print(line) }
    }
}
