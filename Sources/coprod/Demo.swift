import ArgumentParser
import CoprodLanguage
import Foundation
import LineEditing

/// `coprod demo FILE`: runs a script in front of a class. Each command is shown after the prompt,
/// as if typed, then run; at each `pause` its text is shown and the demo waits for Enter (`q`
/// ends it; Ctrl-C ends it too, never coprod). On a terminal the REPL then goes on with the
/// demo's session — its runs, twins and `undo` — until `quit` or Ctrl-D; with standard input
/// or output not a terminal the pauses do not wait and coprod exits at the end (status 1 at the
/// first error, as `coprod FILE`).
struct Demo: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: CommandLineText.demoAbstract[Coprod.language], usage: CommandLineText.demoUsage,
            discussion: CommandLineText.demoDiscussion[Coprod.language])
    }

    // Optional, so that a missing one is a typed message (``check()``), not the parser's English.
    @Argument(help: ArgumentHelp(CommandLineText.demoFile[Coprod.language], valueName: "file"))
    var file: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.seed[Coprod.language], valueName: "N"))
    var seed: UInt64?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.lang[Coprod.language], valueName: "LANG"))
    var lang: String?

    /// The options that take a value (``CommandLineMain`` names them in errors).
    static let valueOptions: [String: ClosedRange<Int>?] = ["--seed": nil, "--lang": nil]

    /// The checks swift-argument-parser cannot make, as typed messages.
    func check() throws(CommandLineFailure) {
        if let l = lang, Language(word: l) == nil {
            throw CommandLineFailure(.optionUnknownLanguage(l), hint: .languagesAre)
        }
        if file == nil { throw CommandLineFailure(.demoNeedsScript) }
    }

    func run() throws {
        try check()
        guard let file else { return }
        let text = try BatchRunner.readScript(atPath: file)
        let interactive = Terminal.isInteractive
        var options = Session.Options(seedOverride: seed, language: Coprod.language)
        options.lessonDirectories = LessonLibrary.standardDirectories(executable: LessonLibrary.runningExecutable())
        if let columns = CommandLineMain.outputWidth() { options.width = columns }
        options.height = CommandLineMain.outputHeight()
        if interactive { options = REPL.interactive(options) }
        // A demo starts from an empty scenario, as a script does: it declares what it shows.
        let session = Session.empty(options: options)
        Interrupts.installHandler()
        Interrupts.reset()
        let end: DemoEnd
        do {
            end = try session.runDemo(
                text, fileName: file, emit: { print($0) }, interrupted: { Interrupts.isPending },
                atPause: { interactive ? PauseKey.read(session.language) : .proceed },
                width: { CommandLineMain.terminalWidth() })
        } catch {
            fflush(nil)
            DiagnosticPrinter.print(error, language: session.language)
            guard interactive else { throw ExitCode.failure }
            try REPL.continuing(session, after: nil)
            return
        }
        fflush(nil)
        guard interactive else {
            if case .stopped(let line, true) = end {
                StandardError.writeLine(
                    "coprod: " + Message.demoStopped(file: file, line: line, interrupted: true).text(session.language))
                throw ExitCode(130)
            }
            return
        }
        switch end {
        case .quit: return
        case .finished: try REPL.continuing(session, after: .demoFinished(file: file))
        case .stopped(let line, let interrupted):
            try REPL.continuing(session, after: .demoStopped(file: file, line: line, interrupted: interrupted))
        }
    }
}

/// The key the trainer presses at a pause, read without waiting for a line: Enter or space goes
/// on, `q` (or Ctrl-D) stops, Ctrl-C interrupts; other keys are ignored.
enum PauseKey {
    static func read(_ language: Language) -> DemoChoice {
        let prompt = Message.demoPausePrompt.text(language)
        let colour = Terminal.usesColour(onFileDescriptor: STDOUT_FILENO)
        print(colour ? "\u{1B}[2m" + prompt + "\u{1B}[0m" : prompt, terminator: "")
        fflush(nil)
        defer {
            // The prompt goes once answered, so that the class sees only the demo.
            print("\r\u{1B}[K", terminator: "")
            fflush(nil)
        }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return .proceed }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        var byte: UInt8 = 0
        while true {
            if Interrupts.isPending { return .interrupt }
            let count = Foundation.read(STDIN_FILENO, &byte, 1)
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count > 0 else { return .stop }  // end of input or an error
            switch byte {
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " "): return .proceed
            case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x04: return .stop
            case 0x03: return .interrupt
            default: continue
            }
        }
    }
}
