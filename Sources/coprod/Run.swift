import ArgumentParser
import CoprodLanguage
import LineEditing
import ProcessSupport

/// `coprod [run] [FILE]`: runs a script in batch mode, or starts the REPL without one.
struct Run: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(abstract: CommandLineText.runAbstract[Coprod.language], usage: CommandLineText.usage)
    }

    @OptionGroup var options: ScriptOptions

    @Argument(help: ArgumentHelp(CommandLineText.file[Coprod.language]))
    var file: String?

    /// The checks of the options that swift-argument-parser cannot make, as typed messages (they
    /// run before anything else in ``run()``, so they are written in the session's language).
    func check() throws(CommandLineFailure) {
        try options.check()
        if file == nil, options.json, Terminal.isInteractive {
            throw CommandLineFailure(.jsonNeedsScript)
        }
        if file == nil, options.replicates != nil {
            throw CommandLineFailure(.replicatesNeedScript)
        }
        if file == nil, options.isExperiment {
            throw CommandLineFailure(.experimentOptionsNeedScript)
        }
    }

    func run() throws {
        try check()
        let closed = StandardStreams.prepare()
        if closed.contains(.output) {
            DiagnosticPrinter.printError(.standardOutputClosed, severity: .warning, language: options.language)
        }
        if let file {
            try BatchRunner(options: options).runFile(atPath: file)
        } else if Terminal.isInteractive {
            try REPL(options: options).run()
        } else {
            try BatchRunner(options: options).runStandardInput()
        }
    }
}
