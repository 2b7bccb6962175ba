import ArgumentParser
import CoprodLanguage
import Foundation

/// The options shared by `coprod` and `coprod run`. Their help is `CommandLineText`'s, in the
/// command line's language (`Coprod.language`).
struct ScriptOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(CommandLineText.seed[Coprod.language], valueName: "N"))
    var seed: UInt64?

    @Flag(help: ArgumentHelp(CommandLineText.json[Coprod.language]))
    var json = false

    @Flag(name: .shortAndLong, help: ArgumentHelp(CommandLineText.quiet[Coprod.language]))
    var quiet = false

    @Option(name: .long, help: ArgumentHelp(CommandLineText.replicates[Coprod.language], valueName: "N"))
    var replicates: Int?

    @Option(
        name: .customLong("set"), help: ArgumentHelp(CommandLineText.set[Coprod.language], valueName: "KEY=VALUE"))
    var assignments: [String] = []

    @Option(name: .long, help: ArgumentHelp(CommandLineText.weeks[Coprod.language], valueName: "N"))
    var weeks: Int?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.csv[Coprod.language], valueName: "FILE"))
    var csv: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.jsonl[Coprod.language], valueName: "FILE"))
    var jsonl: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.plot[Coprod.language], valueName: "FILE.svg"))
    var plot: String?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.plotMetric[Coprod.language], valueName: "NAME"))
    var plotMetric: String?

    @Flag(help: ArgumentHelp(CommandLineText.force[Coprod.language]))
    var force = false

    @Option(name: .long, help: ArgumentHelp(CommandLineText.maxPopulation[Coprod.language], valueName: "N"))
    var maxPopulation: Int?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.maxSteps[Coprod.language], valueName: "N"))
    var maxSteps: Int?

    @Option(name: .long, help: ArgumentHelp(CommandLineText.lang[Coprod.language], valueName: "LANG"))
    var lang: String?

    /// The options that take a value, with the values they take: `CommandLineMain` moves a `run`
    /// written after them to the front, and names the range in an error.
    static let valueOptions: [String: ClosedRange<Int>?] = [
        "--seed": nil, "--replicates": 1...Replicates.maxCount, "--max-population": 1...10_000_000,
        "--max-steps": 1...10_000, "--lang": nil, "--set": nil, "--weeks": 0...10_000, "--csv": nil,
        "--jsonl": nil, "--plot": nil, "--plot-metric": nil,
    ]

    /// The language asked for with `--lang` (anywhere on the command line), or the locale's.
    var language: Language { Coprod.language }

    /// Checks what swift-argument-parser cannot: the language's word and the options' ranges.
    func check() throws(CommandLineFailure) {
        if let l = lang, Language(word: l) == nil {
            throw CommandLineFailure(.optionUnknownLanguage(l), hint: .languagesAre)
        }
        let values: [(String, Int?)] = [
            ("--replicates", replicates), ("--max-population", maxPopulation), ("--max-steps", maxSteps),
            ("--weeks", weeks),
        ]
        for case (let option, let value?) in values {
            if let range = Self.valueOptions[option] ?? nil, !range.contains(value) {
                throw CommandLineFailure(
                    .optionOutOfRange(option: option, low: range.lowerBound, high: range.upperBound))
            }
        }
        if plot != nil, replicates == nil {
            throw CommandLineFailure(.plotNeedsReplicates)
        }
    }

    /// True when the run is an experiment run: `--set`, `--weeks`, `--csv` or `--jsonl`.
    var isExperiment: Bool { !assignments.isEmpty || weeks != nil || csv != nil || jsonl != nil || plot != nil }

    /// Session options for these command-line options.
    func sessionOptions() -> Session.Options {
        var o = Session.Options(seedOverride: seed, language: language)
        // Lessons: $COPROD_LESSONS, ./lessons, then those installed or built beside this program.
        o.lessonDirectories = LessonLibrary.standardDirectories(executable: LessonLibrary.runningExecutable())
        if let p = maxPopulation { o.maxPopulation = p }
        if let n = maxSteps { o.maxStepsPerCommand = n }
        // On a terminal, text wraps to its width (at most 78); files and pipes get 78, or `COLUMNS`.
        if let columns = CommandLineMain.outputWidth() { o.width = columns }
        o.height = CommandLineMain.outputHeight()
        return o
    }
}
