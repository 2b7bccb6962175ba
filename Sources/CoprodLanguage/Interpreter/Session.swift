import CoprodModel
import Foundation

/// What the caller should do after a command.
public enum CommandOutcome: Sendable, Equatable {
    case `continue`
    case quit
    /// A `pause` line ran: `coprod demo` waits for the trainer here; anything else goes on.
    case pause
}

/// A coprod session: the current scenario, the model stepped from it, the log that reproduces it,
/// and an optional lesson in progress. Each `execute` either completes or leaves the session
/// exactly as it was (commands run on a copy that replaces the state only on success).
public final class Session {
    public struct Options: Sendable {
        /// Replaces the seed of every scenario run in this session (`--seed N`).
        public var seedOverride: UInt64?
        /// Makes this session replicate r (1, 2, …) of its scenario: the run's seed becomes
        /// `Scenario.replicateSeed(seed, replicate: r)` (spec §10).
        public var replicate: Int?
        /// The folder that relative paths in `save`, `load` and `export` refer to (default: the
        /// current directory).
        public var directory: URL?
        /// Largest community `community size` accepts, `1...10_000_000` (refused before any memory
        /// is used).
        public var maxPopulation: Int
        /// Most weeks one `step` or `run` may take, `1...10_000`.
        public var maxStepsPerCommand: Int
        /// False turns `save`, `load`, `export` and lessons off (for fuzzing and sandboxes).
        public var allowsFiles = true
        /// Asked before `save` or `export` replaces an existing file without `force` (the REPL asks
        /// the user, in the session's language at that moment); nil refuses, so batch runs need an
        /// explicit `force`.
        public var confirmOverwrite: (@Sendable (_ path: String, _ language: Language) -> Bool)?
        /// Asked before `clear` discards a scenario that has facilities or has been run (the REPL
        /// asks the user, since `clear` also means "clear the screen" in a shell); nil clears
        /// without asking, as scripts (which start with `clear`) need.
        public var confirmDiscard: (@Sendable (_ question: Message, _ language: Language) -> Bool)?
        /// The folders `lesson` searches, in order (the first holding lesson files is used); nil
        /// searches `$COPROD_LESSONS`, then `lessons` in `directory`. A program passes
        /// `LessonLibrary.standardDirectories(executable: LessonLibrary.runningExecutable())` to
        /// add the folders beside it.
        public var lessonDirectories: [URL]?
        /// The language the session starts in (`lang` changes it).
        public var language: Language
        /// Where lesson progress is kept between sessions (`LessonProgressStore.defaultURL`, set by
        /// the REPL); nil keeps none, and `lesson list` then shows no status.
        public var progressFile: URL?
        /// Where `lang` keeps the language chosen for the next session (``LanguageChoiceStore``); nil
        /// (the default, and in batch runs) keeps nothing.
        public var languageFile: URL?
        /// Terminal width in cells that text output wraps to.
        public var width: Int
        /// Terminal height in rows (the terminal's, or `LINES` on a pipe); `plot` sizes its
        /// charts so that the whole plot, with the command line above it and the prompt after it,
        /// fits. Nil (files and pipes without `LINES`) keeps the charts' default height.
        public var height: Int?
        /// The date written in the header of `export … to` files (ISO 8601, tests); nil uses
        /// `SOURCE_DATE_EPOCH` when it is set, else now.
        public var exportDate: (@Sendable () -> String)?
        /// Bytes the session may still use (tests); nil reads the process's limits (`MemoryBudget`).
        public var memoryAvailable: (@Sendable () -> Int?)?
        /// Whether text output may use ANSI colour (the REPL on a terminal without `NO_COLOR`); the
        /// drawings of `plot`, `watch`, `hist` and `typology map` then colour their series.
        public var colour = false
        /// Told how far the build of a community has got, every
        /// ``CoprodModel/buildProgressInterval`` residents (the REPL shows it on standard error
        /// when that is a terminal); the `interrupted` closure of ``Session/execute(line:lineNumber:fileName:emit:interrupted:)``
        /// is asked at the same points and stops the build, leaving the session as it was.
        public var buildProgress: (@Sendable (BuildStatus) -> Void)?
        /// Told how far a rebuild of a run from its source of truth has got (`back`, `goto` an
        /// earlier week, `undo` of a workspace too large to keep), as week 0 is built and before
        /// each week is stepped again (the REPL shows it on standard error when that is a
        /// terminal); the `interrupted` closure is asked at the same points and stops the
        /// rebuild, leaving the session as it was.
        public var rebuildProgress: (@Sendable (RebuildStatus) -> Void)?
        /// Asked with the `interrupted` closure wherever a build or rebuild asks it, but not between
        /// the weeks of `step` or `run`: true stops the build (a sweep stopped by a signal cancels
        /// the builds of its runs in flight and lets the runs that are stepping finish).
        public var buildCancelled: (@Sendable () -> Bool)?
        public init(
            seedOverride: UInt64? = nil, replicate: Int? = nil, directory: URL? = nil,
            maxPopulation: Int = Limits.maxPopulation, maxStepsPerCommand: Int = Limits.maxWeek,
            lessonDirectories: [URL]? = nil, language: Language = .en, width: Int = 78
        ) {
            self.language = language
            self.width = width
            self.seedOverride = seedOverride
            self.replicate = replicate
            self.directory = directory
            self.lessonDirectories = lessonDirectories
            self.maxPopulation = min(max(1, maxPopulation), Limits.maxPopulation)
            self.maxStepsPerCommand = min(max(1, maxStepsPerCommand), Limits.maxWeek)
        }
    }

    /// The options; the REPL updates `width` when the terminal is resized.
    public var options: Options
    var state: SessionState
    let files: FileAccess

    /// A session on the built-in default scenario (spec §13's calibration scenario).
    public convenience init(options: Options = Options()) {
        self.init(scenario: .calibration, options: options)
    }

    /// A session on `scenario` (use `Scenario()` for an empty one, as scripts start).
    public init(scenario: Scenario, options: Options = Options()) {
        self.options = options
        files = options.directory.map { FileAccess(directory: $0) } ?? FileAccess()
        var s = scenario
        if s.size > options.maxPopulation { s.size = min(400, options.maxPopulation) }
        // A scenario built in code is valid by construction; fall back to an empty one otherwise.
        let seeds = SeedPolicy(override: options.seedOverride, replicate: options.replicate)
        if let declared = try? SessionState(scenario: s, seeds: seeds) {
            state = declared
        } else {
            do {
                state = try SessionState(scenario: Scenario(), seeds: seeds)
            } catch {
                // `Scenario()` (400 residents, no facilities) is within every limit.
                preconditionFailure("the empty scenario cannot be built: \(error)")
            }
        }
        state.language = options.language
    }

    /// An empty session: community of 400 (profile mixed, seed 1), no facilities — where scripts start.
    public static func empty(options: Options = Options()) -> Session {
        Session(scenario: Scenario(), options: options)
    }

    /// The current week (steps taken since week 0).
    public var week: Int { state.week }

    /// The model as it stands (read-only).
    public var model: Model { state.model }

    /// The week-0 scenario.
    public var scenario: Scenario { state.scenario }

    /// The current run's changes made after week 0, each with its week, in order (`save` writes
    /// them after the declarations; a change made at week 0 is folded into ``scenario``).
    public var changes: [TimedChange] { state.changes }

    /// The current run rebuilt from its source of truth, ``scenario`` and ``changes``, up to the
    /// current week: the same model as ``model`` (a test checks it), which rewinding and forking
    /// build on.
    /// - Throws: ``ModelError`` if the scenario cannot be built (it could when it was declared).
    public func replayedModel() throws(ModelError) -> Model { try state.replayed() }

    /// The REPL prompt, e.g. `coprod w12> `, `coprod care w12> ` once there are twins (the
    /// current run's name), or `lesson 1 · 2/5> ` during a lesson.
    public var prompt: String {
        if let p = state.lesson {
            // With twins, the lesson prompt names the run commands act on, as the session prompt does.
            let run = state.workspace.runs.count > 1 ? " \(state.workspace.run.name)" : ""
            let progress = "\(p.part + 1)/\(p.lesson.parts.count)\(run)> "
            // In the session's language, as the part's heading (── 第 7 课 · 第 2/5 节 ──).
            return language == .zh ? "第 \(p.lesson.number) 课 · " + progress : "lesson \(p.lesson.number) · " + progress
        }
        if state.workspace.runs.count > 1 { return "coprod \(state.workspace.run.name) w\(state.week)> " }
        return "coprod w\(state.week)> "
    }

    /// The names of the workspace's runs, in the order they were made (`main` first).
    public var runNames: [String] { state.workspace.runs.map(\.name) }

    /// The name of the run commands act on.
    public var currentRun: String { state.workspace.run.name }

    /// How many runs leaving would discard unsaved: the session's runs when it has twins (more
    /// than one run) and they have changed since the last `save` (which writes every run); nil
    /// when there is nothing to lose that way. The REPL asks before `quit` or Ctrl-D then.
    public var unsavedRuns: Int? {
        let w = state.workspace
        return w.runs.count > 1 && state.savedSources != w.sources ? w.runs.count : nil
    }

    /// The language output is rendered in now (`lang` changes it).
    public var language: Language { state.language }

    /// The renderer for the session's current language and width.
    public var renderer: TextRenderer {
        TextRenderer(language: state.language, width: options.width, height: options.height, colour: options.colour)
    }

    /// True while a lesson runs.
    public var inLesson: Bool { state.lesson != nil }

    /// Runs one line typed in the REPL (or line `lineNumber` of `fileName`).
    /// Output is passed to `emit` one line at a time (no trailing newline).
    /// `interrupted` is polled at every step boundary of `step`/`run`; when it returns true the run
    /// stops there, the state stays consistent, and a note says at which week.
    /// - Throws: `LocatedDiagnostic` for any error; the session is then unchanged.
    public func execute(
        line: String, lineNumber: Int = 1, fileName: String = "<repl>",
        emit: (String) -> Void, interrupted: () -> Bool = { false }
    ) throws(LocatedDiagnostic) -> CommandOutcome {
        let (width, height, colour) = (options.width, options.height, options.colour)
        return try execute(
            line: line, lineNumber: lineNumber, fileName: fileName,
            output: { output, language in
                TextRenderer(language: language, width: width, height: height, colour: colour).lines(output).forEach(
                    emit)
            }, interrupted: interrupted)
    }

    /// Runs one line and passes each output value, with the language in force when it was made,
    /// to `output` (for renderers other than text, and for tests).
    /// - Throws: `LocatedDiagnostic` for any error; the session is then unchanged.
    public func execute(
        line: String, lineNumber: Int = 1, fileName: String = "<repl>",
        output emit: (Output, Language) -> Void, interrupted: () -> Bool = { false }
    ) throws(LocatedDiagnostic) -> CommandOutcome {
        var next = state
        let outcome = try Self.execute(
            line: line, lineNumber: lineNumber, fileName: fileName, state: &next,
            options: options, files: files, followLesson: true,
            emit: emit, interrupted: interrupted)
        state = next
        return outcome
    }

    /// Runs a whole script (a `.coprod` file) line by line, stopping at the first error.
    /// The lines before the error keep their effect (as a batch run would).
    /// - Throws: `LocatedDiagnostic` naming the file, line and column of the first error.
    public func runScript(
        _ text: String, fileName: String,
        emit: (String) -> Void, interrupted: () -> Bool = { false }
    ) throws(LocatedDiagnostic) -> CommandOutcome {
        let (width, height, colour) = (options.width, options.height, options.colour)
        let output: (Output, Language) -> Void = { output, language in
            TextRenderer(language: language, width: width, height: height, colour: colour).lines(output).forEach(emit)
        }
        var next = state
        defer { state = next }
        return try Self.run(
            script: text, fileName: fileName, state: &next, options: options, files: files,
            emit: output, interrupted: interrupted)
    }

    /// Runs every line of `text` against `state`.
    static func run(
        script text: String, fileName: String, state: inout SessionState, options: Options,
        files: FileAccess, emit: (Output, Language) -> Void,
        interrupted: () -> Bool
    ) throws(LocatedDiagnostic) -> CommandOutcome {
        for (k, line) in Parser.lines(of: text).enumerated()
        where try execute(
            line: line, lineNumber: k + 1, fileName: fileName, state: &state, options: options,
            files: files, followLesson: false, emit: emit, interrupted: interrupted) == .quit
        {
            return .quit
        }
        return .continue
    }

    static func execute(
        line: String, lineNumber: Int, fileName: String, state: inout SessionState, options: Options,
        files: FileAccess, followLesson: Bool, emit: (Output, Language) -> Void,
        interrupted: () -> Bool
    ) throws(LocatedDiagnostic) -> CommandOutcome {
        if line.utf8.count > SourceLines.maxLineBytes {
            throw LocatedDiagnostic(
                Diagnostic(
                    .lineTooLong(kilobytes: SourceLines.maxLineBytes >> 10),
                    at: SourceRange(start: .init(line: lineNumber, column: 1), end: .init(line: lineNumber, column: 2))),
                fileName: fileName, sourceLine: String(line.prefix(200)))
        }
        let statement: Statement?
        do { statement = try Parser.parseLine(line, lineNumber: lineNumber) } catch {
            throw LocatedDiagnostic(error, fileName: fileName, sourceLine: line)
        }
        guard let statement else { return .continue }
        return try withoutActuallyEscaping(emit) { emit throws(LocatedDiagnostic) in
            try withoutActuallyEscaping(interrupted) { interrupted throws(LocatedDiagnostic) in
                var interpreter = Interpreter(
                    state: state, options: options, sink: emit, interrupted: interrupted,
                    sourceLine: line, fileName: fileName, statementRange: statement.range, files: files)
                do throws(Diagnostic) {
                    try interpreter.run(statement.command)
                    if followLesson { interpreter.followLesson(after: statement.command) }
                    // Typed commands that changed a run, or which run is current, can be undone;
                    // not `lesson …`, which swaps the whole session (with its own undo list, the
                    // lesson and the session before it), so half of it cannot be taken back.
                    if followLesson && statement.command != .undo && !statement.command.swapsSession
                        && (interpreter.state.workspace.current != state.workspace.current
                            || interpreter.state.workspace.sources != state.workspace.sources)
                    {
                        interpreter.state.recordUndo(of: state.workspace, line: line.trimmingWhitespace)
                    }
                } catch {
                    var d = error
                    let origin = d.origin
                    d.origin = nil
                    throw LocatedDiagnostic(
                        d, fileName: origin?.fileName ?? fileName, sourceLine: origin?.sourceLine ?? line)
                }
                state = interpreter.state
                return interpreter.outcome
            }
        }
    }

    /// Completion candidates for the word that ends `lineUpToCursor`: commands, keywords,
    /// intervention kinds, residents' and facilities' names. Sorted, without duplicates.
    public func completions(for lineUpToCursor: String) -> [String] {
        Completion.candidates(for: lineUpToCursor, model: state.model)
    }

    /// The `--json` document: seed, step, facilities and community outcomes (sorted keys,
    /// byte-identical for the same scenario and seed).
    public func jsonReport() -> String { JSONReport(model: state.model).text() }

    /// The session as a script that reproduces it (what `save` writes).
    public func scriptText() -> String { ScriptWriter.script(state) }

    /// The weekly outcome series as CSV (what `export` writes).
    public func csvSeries() -> String { CSVExport.series(state.model) }

    /// Runs lesson `number` as a student who types every suggested command (and answers each
    /// prediction), for tests. Returns a problem per part whose checks still fail after its
    /// commands (empty when the lesson works); with `checksMustFailFirst`, also a problem per part
    /// whose checks already hold before its commands are typed.
    /// - Throws: `LocatedDiagnostic` when the lesson or one of its commands is broken.
    public func rehearseLesson(
        _ number: Int, checksMustFailFirst: Bool = false, emit: (String) -> Void = { _ in }
    ) throws(LocatedDiagnostic) -> [String] {
        _ = try execute(line: "lesson \(number)", emit: emit)
        var problems: [String] = []
        while let p = state.lesson {
            let part = p.lesson.parts[p.part]
            if checksMustFailFirst && part.checksPass(in: state.model) {
                problems.append(
                    "lesson \(number) part \(p.part + 1) (\(part.title)): checks pass before its task is done")
            }
            if part.prediction != nil {
                emit(prompt + "answer rehearsal")
                _ = try execute(line: "answer rehearsal", emit: emit)
            }
            for t in part.tries {
                emit(prompt + t)
                _ = try execute(line: t, fileName: "\(p.lesson.fileName) (try)", emit: emit)
                if state.lesson?.part != p.part || state.lesson == nil { break }
            }
            if let q = state.lesson, q.part == p.part {
                problems.append(
                    "lesson \(number) part \(p.part + 1) (\(part.title)): checks still fail after its commands")
                _ = try execute(line: "next", emit: emit)
            }
        }
        return problems
    }
}

/// The line-length limit of scripts and the REPL.
enum SourceLines {
    /// Longest line accepted (1 MB).
    static let maxLineBytes = 1 << 20
}
