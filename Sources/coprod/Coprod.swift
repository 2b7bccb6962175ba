import ArgumentParser
import CoprodLanguage
import Foundation

/// The `coprod` command. Everything happens in its one subcommand, `run`, which is also the
/// default: `coprod FILE` is `coprod run FILE`, and a bare `coprod` starts the REPL.
///
/// Its help texts come from `CommandLineText` in the language of ``language``, chosen before the
/// arguments are parsed; ``main()`` (in `CommandLineMain.swift`) parses, runs, and writes help and
/// argument errors in that language.
@main
struct Coprod: ParsableCommand {
    static let version = CoprodVersion.current

    /// The language of the command line's own texts: the `--lang` given anywhere in the
    /// arguments, or else the locale's.
    static let language = Language.requested(
        byArguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)

    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "coprod",
            abstract: CommandLineText.abstract[language],
            usage: CommandLineText.usage,
            discussion: CommandLineText.discussion[language],
            version: version,
            subcommands: [Run.self, Sweep.self, Merge.self, Demo.self, Validate.self],
            defaultSubcommand: Run.self
        )
    }

    static func main() {
        CommandLineMain.run(Array(CommandLine.arguments.dropFirst()), language: language)
    }
}
