import CoprodModel

/// How a session turns a scenario's seed into the run's seed: `--seed` replaces it, and replicate r
/// of a batch uses `Scenario.replicateSeed(seed, replicate: r)`.
struct SeedPolicy: Hashable, Sendable {
    var override: UInt64?
    var replicate: Int?

    func apply(to scenario: Scenario) -> Scenario {
        var s = scenario
        if let override { s.seed = override }
        if let replicate { s.seed = Scenario.replicateSeed(s.seed, replicate: replicate) }
        return s
    }
}

/// A session state kept aside (a class, so that a state can hold an earlier state).
final class SavedState: Sendable {
    let state: SessionState
    init(_ state: SessionState) { self.state = state }
}

/// One run of a workspace: the scenario declared at week 0, the changes made since (with their
/// weeks), and the model stepped from them. The scenario and the changes are the run's source of
/// truth; the model is what stepping them gives (`Model.replay(_:changes:to:)` rebuilds it exactly),
/// kept so that a step costs one step.
struct Run: Sendable {
    /// The run's name (`main` for the first).
    var name: String
    /// The scenario as declared at week 0 (with its declared seed).
    var scenario: Scenario
    /// Changes made after week 0, in order (a change at week 0 is folded into `scenario`).
    var changes: [TimedChange] = []
    /// The model stepped from `scenario` and `changes`, with the session's seed policy applied.
    var model: Model
    /// The run this one was forked from, if any (what `compare` compares with by default).
    var parent: String? = nil

    /// The run's source of truth at its week, for telling whether a command changed it.
    var source: RunSource { RunSource(name: name, scenario: scenario, changes: changes, week: model.week) }
}

/// What a run is, without its model: enough to rebuild it (`Model.replay`) and to compare.
struct RunSource: Hashable, Sendable {
    var name: String
    var scenario: Scenario
    var changes: [TimedChange]
    var week: Int
}

/// A workspace as it was before a command changed it, for `undo`: its runs' sources, and their
/// models while they are small enough to keep (a large one is rebuilt from its source on undo).
struct UndoEntry: Sendable {
    var sources: [RunSource]
    var parents: [String?]
    var current: Int
    var models: [Model]?
    /// The command that changed it, as typed.
    var line: String

    /// Residents × facilities above which an entry keeps only the sources (about 20 MB of model).
    static let largestKeptModel = 200_000

    init(_ w: Workspace, line: String) {
        sources = w.sources
        parents = w.runs.map(\.parent)
        current = w.current
        let size = w.runs.reduce(0) { $0 + $1.model.residentCount * max(1, $1.model.facilities.count) }
        models = size <= Self.largestKeptModel ? w.runs.map(\.model) : nil
        self.line = line
    }

    /// How many runs ``workspace(seeds:progress:)`` rebuilds from their sources.
    var rebuilt: Int { models == nil ? sources.count : 0 }

    /// The workspace again: kept models, or models rebuilt from the sources with `seeds`.
    /// - Parameters:
    ///   - seeds: The session's seed policy.
    ///   - progress: Asked for the progress of each run it rebuilds, in order, just before it does.
    /// - Returns: The workspace as it was.
    /// - Throws: ``ModelError`` if a run cannot be rebuilt (it could when it was made), or
    ///   ``ModelError/cancelled(residents:)`` when a rebuild's progress stopped it.
    func workspace(
        seeds: SeedPolicy, progress: (RunSource) -> ReplayProgress? = { _ in nil }
    ) throws(ModelError) -> Workspace {
        var runs: [Run] = []
        for (k, source) in sources.enumerated() {
            let model: Model
            if let kept = models?[k] {
                model = kept
            } else {
                model = try Model.replay(
                    seeds.apply(to: source.scenario), changes: source.changes, to: source.week,
                    progress: progress(source))
            }
            runs.append(
                Run(
                    name: source.name, scenario: source.scenario, changes: source.changes, model: model,
                    parent: parents[k]))
        }
        return Workspace(runs: runs, current: current)
    }
}

/// The runs a session holds and which one commands act on: the first is `main`; `fork` adds a
/// twin of the current run, `switch` changes which one is current.
struct Workspace: Sendable {
    var runs: [Run]
    var current = 0

    /// Every run's source and which is current (what `undo` watches).
    var sources: [RunSource] { runs.map(\.source) }

    /// The index of the run called `name`.
    func index(of name: String) -> Int? { runs.firstIndex { $0.name == name } }

    /// The run commands act on.
    var run: Run {
        get { runs[current] }
        _modify { yield &runs[current] }
        set { runs[current] = newValue }
    }
}

/// Everything a session holds, as one value: commands run on a copy and the copy replaces the
/// state only when the command succeeds, so an error never leaves a change half-made.
struct SessionState: Sendable {
    /// The runs, and which one is current.
    var workspace: Workspace
    /// The lesson in progress, if any.
    var lesson: LessonProgress?
    /// How the run's seed is chosen.
    var seeds: SeedPolicy
    /// How many `load`s deep this state is being built (a script that loads itself is refused).
    var loadDepth = 0
    /// The session as it was before `lesson N` replaced it; `lesson end` brings it back.
    var beforeLesson: SavedState?
    /// The lesson whose last part was done in this state (its run is still on; `lesson end`
    /// names it when it drops the run).
    var finishedLesson: Int?
    /// The fields `watch` shows as sparklines after each step report, in the order watched.
    var watched: [FieldRef] = []
    /// The language output is rendered in (`lang`).
    var language: Language = .en
    /// Every run's source when the session was last saved (`save` writes them all), for telling
    /// whether leaving would lose twins; nil before any save.
    var savedSources: [RunSource]?
    /// Whether `runs` has said, in Chinese, what the run `main` is (it says it once).
    var explainedMainRun = false
    /// Whether the REPL shows the syntax of the command being typed at the right (`hints`).
    var showsTypingHints = true
    /// The workspaces before each command that changed one, newest last (`undo`).
    var undo: [UndoEntry] = []
    /// Most commands `undo` can take back.
    static let undoLimit = 200

    init(scenario: Scenario, seeds: SeedPolicy) throws(ModelError) {
        self.seeds = seeds
        let model = try Model(scenario: seeds.apply(to: scenario))
        workspace = Workspace(runs: [Run(name: "main", scenario: scenario, model: model)])
    }

    /// The current run's week-0 scenario.
    var scenario: Scenario {
        get { workspace.run.scenario }
        _modify { yield &workspace.run.scenario }
        set { workspace.run.scenario = newValue }
    }

    /// The current run's model.
    var model: Model {
        get { workspace.run.model }
        _modify { yield &workspace.run.model }
        set { workspace.run.model = newValue }
    }

    /// The current run's changes after week 0.
    var changes: [TimedChange] {
        get { workspace.run.changes }
        _modify { yield &workspace.run.changes }
        set { workspace.run.changes = newValue }
    }

    /// Rebuilds week 0 from `scenario` (after a change that shapes the community, or `reset`),
    /// asking `progress` as the community is drawn (see ``BuildProgress``).
    /// - Throws: ``ModelError``, ``ModelError/cancelled(residents:)`` when `progress` stopped it
    ///   (the state is then half-changed: callers work on a copy and drop it).
    mutating func rebuild(progress: BuildProgress? = nil) throws(ModelError) {
        scenario.renumberInterventions()
        model = try Model(scenario: seeds.apply(to: scenario), progress: progress)
        changes = []
    }

    /// Keeps `before` for `undo` (at most ``undoLimit`` entries, the oldest dropped first).
    mutating func recordUndo(of before: Workspace, line: String) {
        undo.append(UndoEntry(before, line: line))
        if undo.count > Self.undoLimit { undo.removeFirst(undo.count - Self.undoLimit) }
    }

    /// The current run's model built again from its source of truth (its scenario and changes),
    /// for checking that the two agree.
    func replayed() throws(ModelError) -> Model {
        try Model.replay(seeds.apply(to: scenario), changes: changes, to: week)
    }

    var week: Int { model.week }

    /// Everything in force now, as a week-0 scenario: the declared scenario with every mid-run
    /// change folded in (what `reset` and a rebuild of the community start from).
    var currentScenario: Scenario {
        var s = model.scenario
        s.seed = scenario.seed
        return s
    }
}
