import CoprodModel

extension Session {
    /// Why `scenario`'s community cannot be built in this process, or nil: more residents than
    /// ``Options/maxPopulation`` allows (`--max-population`), or more memory than the process may
    /// use now (``MemoryEstimate`` against ``MemoryBudget`` or ``Options/memoryAvailable``), as a
    /// declaration checks them (issue 9). `coprod run --set` asks it before the rebuild, and a
    /// sweep for each run before the run's build, so a cell too large fails alone instead of
    /// aborting the process.
    public func buildRefusal(for scenario: Scenario) -> Message? {
        MemoryBudget.refusal(
            residents: scenario.size, facilities: scenario.facilities.count, limit: options.maxPopulation,
            available: options.memoryAvailable?() ?? MemoryBudget.available())
    }

    /// Replaces the week-0 scenario with `scenario` and rebuilds the model from it, as a
    /// declaration does (the seed policy of the session still applies). Experiments use it to put
    /// `--set` and `--vary` values into a script's scenario before its first `step` or `run`.
    /// The build is told to ``Options/buildProgress`` and stopped by ``Options/buildCancelled``.
    /// - Throws: `ModelError` when the scenario cannot be built, ``ModelError/cancelled(residents:)``
    ///   when `buildCancelled` stopped it; the session is then unchanged.
    public func replaceScenario(_ scenario: Scenario) throws(ModelError) {
        var next = state
        next.scenario = scenario
        let (report, cancelled) = (options.buildProgress, options.buildCancelled)
        try next.rebuild(
            progress: report == nil && cancelled == nil
                ? nil
                : { status in
                    report?(status)
                    return cancelled?() != true
                })
        state = next
    }
}

extension Statement {
    /// True for the commands that advance the model (`step`, `run`): where an experiment's values go in.
    public var advancesTime: Bool {
        switch command {
        case .step, .run: true
        default: false
        }
    }
}

extension LocatedDiagnostic {
    /// The diagnostic on one line, `FILE:line:col: message`, for a data file's error column.
    public func oneLine(_ language: Language) -> String {
        let s = diagnostic.range.start
        return "\(fileName):\(s.line):\(s.column): \(diagnostic.message.text(language))"
    }

    /// True for the note of a build or rebuild that Ctrl-C (or ``Session/Options/buildCancelled``)
    /// stopped: the session is as it was, nothing failed.
    public var isCancellation: Bool {
        switch diagnostic.message {
        case .buildCancelled, .rebuildCancelled: true
        default: false
        }
    }
}

extension Session {
    /// What the declarations of the current week-0 scenario print — the community (with the seed
    /// the run uses), the government, each facility and each intervention — preceded by a note of
    /// the `--set` values, so that `coprod run FILE --set KEY=VALUE` shows the values it runs with
    /// rather than the script's.
    /// - Parameters:
    ///   - assignments: the `--set` values as written (`shed.salience=0.3`).
    ///   - emit: receives each rendered line.
    public func echoScenario(assignments: [String], emit: (String) -> Void) {
        let s = state.scenario
        var out: [Output] = [
            .note(.runsWithSettings(assignments)),
            .note(
                .scenarioReplaced(
                    .community, size: s.size, profile: s.profile, seed: state.model.scenario.seed, wasWeek: nil)),
            .governmentDeclared(s.government),
        ]
        out += s.facilities.map { .facilityDeclared($0, changed: false) }
        out += s.interventions.map {
            .interventionDeclared(InterventionView(intervention: $0, active: $0.isActive(at: 0)))
        }
        let renderer = TextRenderer(language: state.language, width: options.width, colour: options.colour)
        for o in out { renderer.lines(o).forEach(emit) }
    }
}
