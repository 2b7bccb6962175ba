extension Scenario {
    /// True when the scenario switches on a second-stage rule of spec §12, which only the
    /// reference processes implement (the fused step is then not used): performative
    /// participation, activists (a share or a resident flagged), a market partner (budget > 0).
    public var usesSecondStageRules: Bool {
        performative || activistShare > 0 || overrides.values.contains { $0.activist == true }
            || facilities.contains { $0.activePartner != nil }
    }
}
