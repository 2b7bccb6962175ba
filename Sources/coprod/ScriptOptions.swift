import ArgumentParser
import CoprodLanguage
import Foundation

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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Run the script as replicates 1…N, each with its own derived seed, and print one JSON document with every replicate's report and a summary.",
            valueName: "N"))
    var replicates: Int?

    @Option(
        name: .customLong("set"),
        help: ArgumentHelp(
            "Put VALUE into the setting KEY of the script's scenario before its first step (repeatable; "
                + "shed.salience=0.5, government.budget=6, parameter.a0=0.02).",
            valueName: "KEY=VALUE"))
    var assignments: [String] = []

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Run the script's declarations, then N weeks (instead of its own step and run lines).", valueName: "N"))
    var weeks: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Write the weekly series as CSV to FILE (- for standard output); with --replicates, every replicate in one long file.",
            valueName: "FILE"))
    var csv: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The same as JSON Lines.", valueName: "FILE"))
    var jsonl: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "With --replicates: draw a metric over the weeks (mean and 95% CI band) as SVG, with its Vega-Lite spec.",
            valueName: "FILE.svg"))
    var plot: String?

    @Option(name: .long, help: ArgumentHelp("The metric --plot draws (default participation).", valueName: "NAME"))
    var plotMetric: String?

    @Flag(help: "Replace existing --csv and --jsonl files.")
    var force = false

    @Option(
        name: .long,
        help: ArgumentHelp("Refuse communities larger than N residents (at most 10,000,000).", valueName: "N"))
    var maxPopulation: Int?

    @Option(
        name: .long, help: ArgumentHelp("Refuse a step or run of more than N weeks (at most 10,000).", valueName: "N"))
    var maxSteps: Int?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Language of everything printed: en or zh (default: from LC_ALL, LC_MESSAGES or LANG; zh_* gives Chinese). 输出语言：en 或 zh。",
            valueName: "LANG"))
    var lang: String?

    /// The language asked for with `--lang`, or the locale's.
    var language: Language {
        lang.flatMap(Language.init(word:)) ?? Language.preferred(by: ProcessInfo.processInfo.environment)
    }

    func validate() throws {
        if let l = lang, Language(word: l) == nil {
            throw ValidationError("--lang must be en or zh")
        }
        if let r = replicates, !(1...Replicates.maxCount).contains(r) {
            throw ValidationError("--replicates must be between 1 and \(Replicates.maxCount)")
        }
        if let p = maxPopulation, !(1...10_000_000).contains(p) {
            throw ValidationError("--max-population must be between 1 and 10000000")
        }
        if plot != nil, replicates == nil {
            throw ValidationError("--plot needs --replicates N (a sweep plots with coprod sweep --plot)")
        }
        if let w = weeks, !(0...10_000).contains(w) {
            throw ValidationError("--weeks must be between 0 and 10000")
        }
        if let n = maxSteps, !(1...10_000).contains(n) {
            throw ValidationError("--max-steps must be between 1 and 10000")
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
        return o
    }
}
