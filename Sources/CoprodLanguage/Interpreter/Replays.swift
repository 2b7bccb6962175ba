import CoprodModel

/// How far a rebuild of a run from its source of truth has got (`back`, `goto` an earlier week,
/// `undo` of a large workspace): what the REPL's progress line shows
/// (``Session/Options/rebuildProgress``).
public struct RebuildStatus: Sendable, Equatable {
    /// The run being rebuilt.
    public var run: String
    /// The week it is rebuilt to.
    public var week: Int
    /// Its community's size.
    public var residents: Int
    /// The share of the command's rebuilding done, `0...1` (over every run an `undo` rebuilds).
    public var fraction: Double

    public init(run: String, week: Int, residents: Int, fraction: Double) {
        self.run = run
        self.week = week
        self.residents = residents
        self.fraction = fraction
    }
}

extension Interpreter {
    /// What a replay of run `run` asks as it goes: the session's progress display
    /// (``Session/Options/rebuildProgress``), told the share of the whole command when the replay
    /// is `part` of `parts`, and whether Ctrl-C was pressed, which stops it.
    func replayProgress(run: String, part: Int = 0, of parts: Int = 1) -> ReplayProgress {
        let interrupted = self.interrupted
        let report = options.rebuildProgress
        let cancelled = options.buildCancelled
        let share = 1 / Double(max(1, parts))
        return { status in
            report?(
                RebuildStatus(
                    run: run, week: status.target, residents: status.residents,
                    fraction: (Double(part) + status.fraction) * share))
            return !interrupted() && cancelled?() != true
        }
    }

    /// The diagnostic for a model error of a replay: a cancelled one is a note saying which run
    /// was being rebuilt and that the session is as it was (the interpreter's copy is dropped).
    func replayFailure(_ error: ModelError, run: String, week: Int, at range: SourceRange) -> Diagnostic {
        guard case .cancelled = error else { return Diagnostic(.model(error), at: range) }
        return Diagnostic(
            .note, .rebuildCancelled(run: run, toWeek: week, kept: state.workspace.run.name, week: state.week),
            at: range)
    }
}
