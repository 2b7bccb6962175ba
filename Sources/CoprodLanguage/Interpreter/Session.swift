// TEMPORARY API SKELETON — the real implementation replaces the bodies. Signatures are the contract.

/// What the caller should do after a command.
public enum CommandOutcome: Sendable, Equatable {
    case `continue`
    case quit
}

/// A coprod session: the current scenario, the model stepped from it, the log that reproduces it,
/// and an optional lesson in progress. Each `execute` either completes or leaves the session
/// exactly as it was (commands run on a copy that replaces the state only on success).
public final class Session {
    public struct Options: Sendable {
        /// Replaces the seed of every scenario run in this session (`--seed N`).
        public var seedOverride: UInt64?
        /// True in the REPL: `save` asks before overwriting, lessons are available.
        public var interactive: Bool
        public init(seedOverride: UInt64? = nil, interactive: Bool = false) {
            self.seedOverride = seedOverride
            self.interactive = interactive
        }
    }

    public let options: Options

    /// A session on the built-in default scenario (spec §13's calibration scenario).
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The current week (steps taken since week 0).
    public var week: Int { 0 }

    /// The REPL prompt, e.g. `coprod w12> `, or `lesson 1 · 2/5> ` during a lesson.
    public var prompt: String { "coprod> " }

    /// Runs one line typed in the REPL (or line `lineNumber` of `fileName`).
    /// Output is passed to `emit` one line at a time (no trailing newline).
    /// `interrupted` is polled at every step boundary of `step`/`run`; when it returns true the run
    /// stops there, the state stays consistent, and a note says at which week.
    /// - Throws: `LocatedDiagnostic` for any error; the session is then unchanged.
    public func execute(
        line: String, lineNumber: Int = 1, fileName: String = "<repl>",
        emit: (String) -> Void, interrupted: () -> Bool = { false }
    ) throws(LocatedDiagnostic) -> CommandOutcome {
        emit(line)
        return .continue
    }

    /// Runs a whole script (a `.coprod` file) line by line, stopping at the first error.
    /// - Throws: `LocatedDiagnostic` naming the file, line and column of the first error.
    public func runScript(
        _ text: String, fileName: String,
        emit: (String) -> Void, interrupted: () -> Bool = { false }
    ) throws(LocatedDiagnostic) -> CommandOutcome {
        .continue
    }

    /// Completion candidates for the word that ends `lineUpToCursor`: commands, keywords,
    /// intervention kinds, residents' and facilities' names. Sorted, without duplicates.
    public func completions(for lineUpToCursor: String) -> [String] { [] }

    /// The `--json` document: seed, step, facilities and community outcomes (sorted keys,
    /// byte-identical for the same scenario and seed).
    public func jsonReport() -> String { "{}" }
}
