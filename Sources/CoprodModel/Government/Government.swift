/// The regular producer (spec §1): the street office and residents' committee taken together.
public struct Government: Hashable, Sendable {
    /// 0 = director (decides and supplies most inputs) … 1 = enabler (facilitates residents' own action). `0...1`.
    public var role = 0.2
    /// Work units supplied per week per facility (before the role discount). `0...1000`.
    public var budget = 4.0
    /// Share of residents' input acted upon. `0...1`.
    public var responsiveness = 0.5
    /// Work units a week per facility in maintenance (spec §12 government upkeep), `0...1000`; nil
    /// means ``budget``. In maintenance `G = upkeep·(1 − roleGovernmentCut·role)`.
    public var upkeep: Double?

    /// The work units a week the government supplies to a facility in maintenance: ``upkeep`` if
    /// set, else ``budget`` (spec §12).
    public var maintenanceBudget: Double { upkeep ?? budget }

    public init() {}
}
