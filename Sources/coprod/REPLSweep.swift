import ArgumentParser
import CoprodExperiments
import CoprodLanguage
import Foundation
import LineEditing

/// `sweep --vary KEY=VALUES … [--replicates R] [--weeks N] [--csv FILE] …` typed at the REPL: the
/// options of `coprod sweep`, on the session as it stands (its scenario and mid-run changes, as
/// `save` would write them). The summary is printed; rows go to `--csv`/`--jsonl` when given. Ctrl-C
/// cancels the builds of communities in flight, stops after the runs in flight that are stepping and
/// prints the summary of the finished runs on the line after the progress line (and its `^C`); the
/// session is never changed.
enum REPLSweep {
    /// True for a line whose first word is `sweep`.
    static func handles(_ line: String) -> Bool {
        line.split(whereSeparator: \.isWhitespace).first == "sweep"
    }

    static func run(_ line: String, in session: Session) {
        let words = line.split(whereSeparator: \.isWhitespace).dropFirst().map(String.init)
        let command: Sweep
        do {
            command = try Sweep.parse(words + ["--lang", session.language.rawValue, "<repl>"])
            try command.check()
        } catch let failure as CommandLineFailure {
            DiagnosticPrinter.printError(failure.message, hint: failure.hint, language: session.language)
            return
        } catch {
            if Sweep.exitCode(for: error) == .success {
                // `sweep --help`: the page of `coprod sweep` (`help sweep` is the REPL's own).
                StandardError.writeLine(
                    CommandLineRenderer.help(
                        Sweep.fullMessage(for: error, columns: 100_000), language: Coprod.language,
                        width: CommandLineMain.terminalWidth() ?? 80))
                return
            }
            // The parser's English, as a typed message in the session's language.
            let failure = CommandLineMain.failure(
                describedBy: Sweep.message(for: error), arguments: words, subcommand: .sweep)
            DiagnosticPrinter.printError(failure.message, hint: failure.hint, language: session.language)
            return
        }
        var options = Session.Options(language: session.language)
        options.allowsFiles = false
        options.maxPopulation = session.options.maxPopulation
        do {
            // Ctrl-C while the session's community is built again cancels that build.
            let experiment = try Experiment(
                text: session.scriptText(), fileName: "<repl>", options: options, cancelled: { Interrupts.isPending })
            var sweep = SweepSession(command: command, experiment: experiment)
            sweep.stopRequested = { Interrupts.isPending }
            sweep.rowsToStandardOutputByDefault = false
            sweep.summarizesWhenStopped = true
            try sweep.run()
        } catch let error as LocatedDiagnostic {
            DiagnosticPrinter.print(error, language: session.language)
        } catch let error as ExperimentError {
            DiagnosticPrinter.print(error, language: session.language)
        } catch {
            // Failed or stopped runs have been reported; the session goes on.
        }
    }
}
