import ArgumentParser
import CoprodLanguage
import CoprodValidation
import Foundation
import ProcessSupport

/// `coprod validate`: the stylised facts of spec §11 (and, when asked, the mutation check and the
/// sensitivity) as a table, JSON or docs/VALIDATION.md. Exit status 1 when a fact fails or fewer
/// than 90 % of the mutants are killed.
struct Validate: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            abstract: CommandLineText.validateAbstract[Coprod.language], usage: CommandLineText.validateUsage,
            discussion: CommandLineText.validateDiscussion[Coprod.language])
    }

    @Flag(help: ArgumentHelp(CommandLineText.validateQuick[Coprod.language]))
    var quick = false

    @Flag(help: ArgumentHelp(CommandLineText.validateMutants[Coprod.language]))
    var mutants = false

    @Flag(help: ArgumentHelp(CommandLineText.validateSensitivity[Coprod.language]))
    var sensitivity = false

    @Option(name: .long, help: ArgumentHelp(CommandLineText.validateSeeds[Coprod.language], valueName: "N"))
    var seeds: Int?

    @Flag(help: ArgumentHelp(CommandLineText.validateJSON[Coprod.language]))
    var json = false

    @Option(name: .long, help: ArgumentHelp(CommandLineText.validateWrite[Coprod.language], valueName: "FILE"))
    var write: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.lang[Coprod.language], valueName: "LANG"))
    var lang: String?

    /// The options that take a whole number, with their ranges.
    static let valueOptions: [String: ClosedRange<Int>?] = ["--seeds": 2...1000, "--lang": nil, "--write": nil]

    var language: Language {
        lang.flatMap(Language.init(word:)) ?? Language.preferred(by: ProcessInfo.processInfo.environment)
    }

    /// The seeds of the facts.
    var seedCount: Int { seeds ?? (quick ? Validation.quickSeeds : Validation.defaultSeeds) }

    func check() throws(CommandLineFailure) {
        if let l = lang, Language(word: l) == nil {
            throw CommandLineFailure(.optionUnknownLanguage(l), hint: .languagesAre)
        }
        if let n = seeds, !(2...1000).contains(n) {
            throw CommandLineFailure(.optionOutOfRange(option: "--seeds", low: 2, high: 1000))
        }
    }

    /// The command line as it would be typed again (for the document's header).
    var commandLine: String {
        var words = ["coprod", "validate"]
        if quick { words.append("--quick") }
        if mutants { words.append("--mutants") }
        if sensitivity { words.append("--sensitivity") }
        if let n = seeds { words += ["--seeds", String(n)] }
        if let w = write { words += ["--write", w] }
        return words.joined(separator: " ")
    }

    func run() throws {
        try check()
        _ = StandardStreams.prepare()
        let start = Date()
        var result: ValidationReport?
        do throws(CoprodValidation.ValidationError) {
            result = try ValidationReport.run(seeds: seedCount, mutants: mutants, sensitivity: sensitivity)
        } catch {
            // The library's own mutants and facts always apply; this is a bug, not bad input.
            StandardError.writeLine("coprod validate: \(error)")
            throw ExitCode.failure
        }
        // Nothing cancels a run from the command line (Ctrl-C ends the process).
        guard let report = result else { throw ExitCode.failure }
        let elapsed = Date().timeIntervalSince(start)
        if json {
            print(ValidationDocument.json(report))
        } else {
            for line in ValidationRendering.lines(report, language: language, width: CommandLineMain.outputWidth()) {
                print(line)
            }
        }
        if let path = write {
            let existing = try? String(contentsOfFile: path, encoding: .utf8)
            let text = ValidationDocument.markdown(
                report, command: commandLine, machine: Self.machine(), date: Self.date(),
                elapsed: String(format: "%.1f s", elapsed), version: Coprod.version,
                kept: ValidationDocument.keptBlock(of: existing))
            if let failure = ValidationDocument.write(text, to: path) {
                StandardError.writeLine(failure.text(language))
                throw ExitCode.failure
            }
        }
        if !report.passed { throw ExitCode.failure }
    }

    /// The machine: system, architecture and cores.
    static func machine() -> String {
        var u = utsname()
        uname(&u)
        func field<T>(_ value: T) -> String {
            withUnsafeBytes(of: value) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        }
        return "\(field(u.sysname)) \(field(u.machine)), \(ProcessInfo.processInfo.activeProcessorCount) cores"
    }

    /// Now, in UTC, ISO 8601.
    static func date() -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: Date())
    }
}
