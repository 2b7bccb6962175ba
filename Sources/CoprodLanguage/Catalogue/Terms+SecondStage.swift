extension Terms {
    /// The words of the second-stage rules' constants (spec §12, ``Parameters/secondStage``),
    /// keyed `parameter.NAME` like ``ruleParameters``.
    static let secondStageParameters: [String: TermWords] = [:]
}
