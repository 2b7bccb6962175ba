import ArgumentParser
import CoprodExperiments
import CoprodLanguage
import Foundation
import ProcessSupport

/// `coprod merge OUT SHARDS…`: joins the outputs of `coprod sweep --shard I/N` into the dataset
/// one machine would have written.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Join the shard outputs of one sweep (--shard I/N) into the single-machine dataset.",
        usage: "coprod merge <out> <shard>… [--summary FILE]",
        discussion: """
            The shards may be given in any order; every shard 0…N-1 must be there and complete. \
            The format (CSV or JSON Lines, by the .jsonl extension) is the output's. The merged \
            file has the first shard's date and no shard line; its rows are in run order.
            """)

    @Argument(help: "The merged file to write (replaced atomically).")
    var output: String

    @Argument(help: "The shard files.")
    var shards: [String]

    @Option(name: .long, help: ArgumentHelp("Write the per-cell summary as CSV to FILE.", valueName: "FILE"))
    var summary: String?

    @Flag(name: .shortAndLong, help: "No summary on standard error.")
    var quiet = false

    @Option(name: .long, help: ArgumentHelp("Language of messages: en or zh. 输出语言：en 或 zh。", valueName: "LANG"))
    var lang: String?

    func validate() throws {
        if let l = lang, Language(word: l) == nil { throw ValidationError("--lang must be en or zh") }
        if shards.isEmpty { throw ValidationError("merge needs at least one shard file") }
    }

    func run() throws {
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
