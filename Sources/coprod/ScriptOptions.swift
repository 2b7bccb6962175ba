import ArgumentParser
import CoprodLanguage

/// The options shared by `coprod` and `coprod run`.
struct ScriptOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use seed N for every scenario run.", valueName: "N"))
    var seed: UInt64?

    @Flag(help: "Print only a JSON report of the final state to standard output (batch mode).")
    var json = false

    @Flag(
        name: .shortAndLong,
        help: "No banner; in batch mode, no command output (errors still go to standard error).")
    var quiet = false

    /// Session options for these command-line options.
    func sessionOptions(interactive: Bool) -> Session.Options {
        Session.Options(seedOverride: seed, interactive: interactive)
    }
}
