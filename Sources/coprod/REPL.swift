import ArgumentParser
import CoprodLanguage
import Foundation
import LineEditing

/// The interactive loop: a line editor on the terminal, errors shown without leaving, Ctrl-C
/// that stops a long `run` and returns to the prompt, Ctrl-D or `quit` to leave. `save` or
/// `export` over an existing file asks `overwrite 'FILE'? [y/N]` (batch runs need `force`).
struct REPL {
    let options: ScriptOptions

    /// `base` with what a session on the terminal adds: saved lesson progress, the questions
    /// before overwriting a file or discarding a scenario, colour.
    static func interactive(_ base: Session.Options) -> Session.Options {
        var sessionOptions = base
        let environment = ProcessInfo.processInfo.environment
        sessionOptions.progressFile = LessonProgressStore.defaultURL(environment: environment)
        // `lang` at the prompt is kept; the next session starts in it unless `--lang` says otherwise.
        sessionOptions.languageFile = LanguageChoiceStore.defaultURL(environment: environment)
        sessionOptions.language = LanguageChoiceStore.startingLanguage(
            explicit: Language.explicitlyRequested(byArguments: Array(CommandLine.arguments.dropFirst())),
            store: sessionOptions.languageFile.map(LanguageChoiceStore.init(url:)), environment: environment)
        sessionOptions.confirmOverwrite = { path, language in
            YesNoQuestion.ask(lines: question(Message.overwriteQuestion(path: path).text(language)))
        }
        sessionOptions.confirmDiscard = { q, language in
            YesNoQuestion.askUntilAnswered(
                lines: question(q.text(language)), again: question(Message.answerYesOrNo.text(language)))
        }
        sessionOptions.colour = Terminal.usesColour(onFileDescriptor: STDOUT_FILENO)
        return sessionOptions
    }

    /// A y/N question wrapped at word boundaries to the terminal's width at the moment it is
    /// asked, continuation lines indented by two; the answer is typed after its last line (the
    /// question's final space kept).
    static func question(_ text: String) -> [String] {
        let width = CommandLineMain.terminalWidth() ?? TextRenderer.defaultWidth
        // A line break in a file's name is shown as `?`, as other control characters are.
        var lines = TextRenderer.fitted(String(text.map { $0.isNewline ? "?" : $0 }), width: width, indent: 2)
        if text.hasSuffix(" "), let last = lines.popLast() { lines.append(last + " ") }
        return lines
    }

    /// The REPL going on with `session` (after `coprod demo`), `note` printed first, no banner.
    static func continuing(_ session: Session, after note: Message?) throws {
        let width = CommandLineMain.terminalWidth() ?? TextRenderer.defaultWidth
        for m in [note, .demoSessionContinues].compactMap({ $0 }) {
            for line in TextRenderer.fitted(m.text(session.language), width: width, indent: 2) { print(line) }
        }
        try loop(session)
    }

    func run() throws {
        let session = Session(options: Self.interactive(options.sessionOptions()))
        if !options.quiet {
            let width = CommandLineMain.terminalWidth() ?? TextRenderer.defaultWidth
            for line in Banner.lines(version: Coprod.version, language: session.language, width: width) { print(line) }
        }
        try Self.loop(session)
    }

    /// Reads and runs lines until `quit` or Ctrl-D.
    private static func loop(_ session: Session) throws {
        // Output wraps to the terminal's width; a resize is picked up before the next command.
        let followsTerminalWidth = CommandLineMain.terminalWidth() != nil
        let editor = LineEditor(
            programName: "coprod", historyURL: HistoryLocation.defaultURL,
            completer: { session.completions(for: $0) })
        // The syntax of the command being typed, dimmed after the line (`hints off` stops it);
        // only where escape sequences may be written, so never under NO_COLOR or TERM=dumb.
        if Terminal.usesColour(onFileDescriptor: STDOUT_FILENO) {
            editor.hint = { line in session.showsTypingHints ? session.typingHint(for: line) : nil }
        }
        // How far the build of a large community (or the rebuild of a run) has got, on standard
        // error when it is a terminal.
        let progress = BuildProgressLine()
        if Terminal.isTerminal(STDERR_FILENO) {
            session.options.buildProgress = { progress.update($0) }
            session.options.rebuildProgress = { progress.update($0) }
        }
        Interrupts.installHandler()
        while true {
            fflush(nil)
            switch editor.readLine(prompt: session.prompt) {
            case .endOfInput:
                print()
                if confirmsQuit(session) { return }
            case .interrupted:
                continue
            case .line(let line):
                if line.allSatisfy(\.isWhitespace) { continue }
                if followsTerminalWidth, let columns = CommandLineMain.terminalWidth() {
                    session.options.width = columns
                    session.options.height = CommandLineMain.terminalHeight()
                }
                progress.language = session.language
                if execute(line, in: session, progress: progress) == .quit, confirmsQuit(session) { return }
            }
        }
    }

    /// Whether to leave: yes at once, unless the session has unsaved twins (``Session/unsavedRuns``);
    /// then the answer to `… Quit anyway? [y/N]`, as `clear` asks (the input ending is a yes, so a
    /// closed terminal never asks again and again).
    private static func confirmsQuit(_ session: Session) -> Bool {
        guard let runs = session.unsavedRuns else { return true }
        let language = session.language
        let yes = YesNoQuestion.askUntilAnswered(
            lines: question(Message.quitDiscardsRunsQuestion(runs: runs).text(language)),
            again: question(Message.answerYesOrNo.text(language)))
        if yes || YesNoQuestion.inputEnded { return true }
        let width = CommandLineMain.terminalWidth() ?? TextRenderer.defaultWidth
        for line in TextRenderer.fitted(Message.notQuitting.text(language), width: width, indent: 2) { print(line) }
        return false
    }

    /// Runs one line; an error is printed and the session goes on.
    private static func execute(_ line: String, in session: Session, progress: BuildProgressLine) -> CommandOutcome {
        Interrupts.reset()
        defer { fflush(nil) }
        if REPLSweep.handles(line) {
            REPLSweep.run(line, in: session)
            return .continue
        }
        if let options = REPLValidate.options(of: line) {
            REPLValidate.run(options, in: session)
            return .continue
        }
        // After Ctrl-C the terminal has echoed `^C` where the cursor was: what follows (the
        // "interrupted at week N" summary, the prompt) starts on a fresh line.
        var freshLine = false
        func startFreshLineAfterInterrupt() {
            // The progress line of a build goes first (erasing it erases the `^C` after it too).
            if progress.clear() { freshLine = true }
            guard !freshLine, Interrupts.isPending else { return }
            freshLine = true
            if Terminal.echoesControlCharacters { print() }
        }
        defer { startFreshLineAfterInterrupt() }
        do {
            return try session.execute(
                line: line, fileName: "<repl>",
                emit: {
                    startFreshLineAfterInterrupt()
                    print($0)
                },
                interrupted: { Interrupts.isPending })
        } catch {
            startFreshLineAfterInterrupt()
            DiagnosticPrinter.print(error, language: session.language)
            return .continue
        }
    }
}
