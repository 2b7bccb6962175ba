import ArgumentParser
import CoprodExperiments
import CoprodLanguage
import Foundation
import ProcessSupport

/// `coprod merge OUT SHARDS…`: joins the outputs of `coprod sweep --shard I/N` into the dataset
/// one machine would have written.
struct Merge: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: CommandLineText.mergeAbstract[Coprod.language], usage: CommandLineText.mergeUsage,
            discussion: CommandLineText.mergeDiscussion[Coprod.language])
    }

    // Optional, so that a missing one is a typed message (``check()``), not the parser's English.
    @Argument(help: ArgumentHelp(CommandLineText.mergeOutput[Coprod.language], valueName: "out"))
    var output: String?

    @Argument(help: ArgumentHelp(CommandLineText.mergeShards[Coprod.language], valueName: "shard"))
    var shards: [String] = []

    @Option(name: .long, help: ArgumentHelp(CommandLineText.summary[Coprod.language], valueName: "FILE"))
    var summary: String?

    @Flag(name: .shortAndLong, help: ArgumentHelp(CommandLineText.sweepQuiet[Coprod.language]))
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(CommandLineText.lang[Coprod.language], valueName: "LANG"))
    var lang: String?

    /// The checks swift-argument-parser cannot make, as typed messages.
    func check() throws(CommandLineFailure) {
        if let l = lang, Language(word: l) == nil {
            throw CommandLineFailure(.optionUnknownLanguage(l), hint: .languagesAre)
        }
        if output == nil { throw CommandLineFailure(.mergeNeedsOutput) }
        if shards.isEmpty { throw CommandLineFailure(.mergeNeedsShards) }
    }

    func run() throws {
        try check()
        guard let output else { return }
        _ = StandardStreams.prepare()
        let language =
            lang.flatMap(Language.init(word:)) ?? Language.preferred(by: ProcessInfo.processInfo.environment)
        do throws(ExperimentError) {
            let (result, runs) = try CoprodExperiments.Merge.merge(output: output, shards: shards)
            if !quiet {
                StandardError.writeLine(
                    Message.merged(shards: shards.count, runs: runs, path: output).text(language))
                for line in result.text(language: language, shown: nil) { StandardError.writeLine(line) }
            }
            if let s = summary {
                let scan = try DataScan(path: output, format: DataFormat(path: output))
                let comments: [String]
                if DataFormat(path: output) == .csv {
                    comments = Array(scan.header.dropLast())
                } else {
                    comments = ["# merged from \(shards.count) shards of \(output)"]
                }
                try writeAtomically(result.csv(header: comments.joined(separator: "\n") + "\n"), to: s)
            }
        } catch {
            DiagnosticPrinter.print(error, language: language)
            throw ExitCode.failure
        }
    }
}
