/// The four production phases of a facility (spec §1), read as the co-production stages of
/// Nabatchi, Sancino & Sicilia 2017: co-commissioning, co-design, co-delivery, co-management.
public enum Phase: Int, WordCase, Comparable {
    case planning, design, construction, maintenance

    public var description: String {
        switch self {
        case .planning: "planning"
        case .design: "design"
        case .construction: "construction"
        case .maintenance: "maintenance"
        }
    }

    /// The co-production stage this phase stands for.
    public var coProductionStage: String {
        switch self {
        case .planning: "co-commissioning"
        case .design: "co-design"
        case .construction: "co-delivery"
        case .maintenance: "co-management"
        }
    }

    public static func < (a: Phase, b: Phase) -> Bool { a.rawValue < b.rawValue }

    /// Share of `cost` this phase needs (spec §5); maintenance is open-ended (0).
    public var workShare: Double { [0.1, 0.2, 0.7, 0][rawValue] }
    /// How much the phase asks of a resident's skill: the `demand` of perceived control (spec §4).
    public var demand: Double { [0.3, 0.6, 0.8, 0.3][rawValue] }
    /// Effort of taking part, lowering satisfaction and raising fatigue (spec §4).
    public var effort: Double { [0.2, 0.4, 0.7, 0.3][rawValue] }
    /// Weight of skill in a resident's input (`sk`, spec §5).
    public var skillWeight: Double { [0.2, 0.6, 0.5, 0.2][rawValue] }

    /// Share `a` of government input in the CES co-production function (spec §5).
    public func governmentShare(complexity: Double) -> Double {
        switch self {
        case .planning, .design: 0.3
        case .construction: 0.5 + 0.4 * complexity
        case .maintenance: 0.4
        }
    }

    /// The next phase (maintenance has none).
    public var next: Phase? { Phase(rawValue: rawValue + 1) }
}
