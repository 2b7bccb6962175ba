import CoprodModel

extension Session {
    /// Replaces the week-0 scenario with `scenario` and rebuilds the model from it, as a
    /// declaration does (the seed policy of the session still applies). Experiments use it to put
    /// `--set` and `--vary` values into a script's scenario before its first `step` or `run`.
    /// - Throws: `ModelError` when the scenario cannot be built; the session is then unchanged.
    public func replaceScenario(_ scenario: Scenario) throws(ModelError) {
        var next = state
        next.scenario = scenario
        try next.rebuild()
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
}
