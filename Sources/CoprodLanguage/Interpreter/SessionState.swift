import CoprodModel

/// A change made after week 0, kept as the source line that made it, so `save` can write a script
/// that replays the run exactly (same scenario, same seed, same changes at the same weeks).
struct TimelineEntry: Hashable, Sendable {
    var week: Int
    var source: String
}

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

/// Everything a session holds, as one value: commands run on a copy and the copy replaces the
/// state only when the command succeeds, so an error never leaves a change half-made.
struct SessionState: Sendable {
    /// The scenario as declared at week 0.
    var scenario: Scenario
    /// The model stepped from it (with mid-run changes applied).
    var model: Model
    /// Mid-run changes in order.
    var timeline: [TimelineEntry] = []
    /// The lesson in progress, if any.
    var lesson: LessonProgress?
    /// How the run's seed is chosen.
    var seeds: SeedPolicy
    /// How many `load`s deep this state is being built (a script that loads itself is refused).
    var loadDepth = 0
    /// The session as it was before `lesson N` replaced it; `lesson end` brings it back.
    var beforeLesson: SavedState?
    /// The language output is rendered in (`lang`).
    var language: Language = .en

    init(scenario: Scenario, seeds: SeedPolicy) throws(ModelError) {
        self.scenario = scenario
        self.seeds = seeds
        model = try Model(scenario: seeds.apply(to: scenario))
    }

    /// Rebuilds week 0 from `scenario` (after a change that shapes the community, or `reset`).
    mutating func rebuild() throws(ModelError) {
        scenario.renumberInterventions()
        model = try Model(scenario: seeds.apply(to: scenario))
        timeline = []
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
