extension Scenario {
    /// True when any second-stage rule of spec §12 is switched on: a facility with `benefit
    /// by-floor`, `consent civil-code-278` or `satiation on`, a government `upkeep`, performative
    /// participation, activists (a share or a resident flagged), or a market partner (budget > 0).
    /// Only the reference processes run these rules, so the fused step is off (``Model/canFuse``);
    /// with every rule off a run is bit-identical to one without them.
    public var usesSecondStageRules: Bool {
        government.upkeep != nil || performative || activistShare > 0
            || overrides.values.contains { $0.activist == true }
            || facilities.contains {
                $0.benefit != .served || $0.consent != .none || $0.satiation != .off
                    || $0.activePartner != nil
            }
    }
}
