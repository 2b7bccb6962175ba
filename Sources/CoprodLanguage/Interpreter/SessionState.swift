import CoprodModel

/// A change made after week 0, kept as the source line that made it, so `save` can write a script
/// that replays the run exactly (same scenario, same seed, same changes at the same weeks).
struct TimelineEntry: Hashable, Sendable {
    var week: Int
    var source: String
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
    /// Seed that replaces the scenario's (`--seed`).
    var seedOverride: UInt64?

    init(scenario: Scenario, seedOverride: UInt64?) throws(ModelError) {
        self.scenario = scenario
        self.seedOverride = seedOverride
        model = try Model(scenario: Self.effective(scenario, seedOverride))
    }

    static func effective(_ s: Scenario, _ seed: UInt64?) -> Scenario {
        var s = s
        if let seed { s.seed = seed }
        return s
    }

    /// Rebuilds week 0 from `scenario` (after a change that shapes the community, or `reset`).
    mutating func rebuild() throws(ModelError) {
        model = try Model(scenario: Self.effective(scenario, seedOverride))
        timeline = []
    }

    var week: Int { model.week }
}
