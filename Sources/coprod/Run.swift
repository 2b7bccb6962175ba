import ArgumentParser
import LineEditing
import ProcessSupport

/// `coprod [run] [FILE]`: runs a script in batch mode, or starts the REPL without one.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a .coprod script and exit; without one, start the REPL.",
        usage:
            "coprod [run] [--seed <N>] [--set KEY=VALUE]… [--weeks N] [--csv FILE] [--json] [--replicates <N>] [--quiet] [<file>]"
    )

    @OptionGroup var options: ScriptOptions

    @Argument(help: "The .coprod script to run; without it, the REPL starts.")
    var file: String?

    func validate() throws {
        if file == nil, options.json, Terminal.isInteractive {
            throw ValidationError("--json needs a script: give a <file> or pipe one to standard input")
        }
        if file == nil, options.replicates != nil {
            throw ValidationError("--replicates needs a script <file>")
        }
        if file == nil, options.isExperiment {
            throw ValidationError("--set, --weeks, --csv and --jsonl need a script <file>")
        }
    }

    func run() throws {
        let closed = StandardStreams.prepare()
        if closed.contains(.output) {
            StandardError.writeLine("coprod: warning: standard output is closed; command output is discarded")
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
