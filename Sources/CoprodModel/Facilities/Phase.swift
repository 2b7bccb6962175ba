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

    // The phase tables (work share, demand, effort, skill weight, government share) are
    // parameters: `Parameters.workShare(_:)`, `demand(_:)`, `effort(_:)`, `skillWeight(_:)`,
    // `governmentShare(_:complexity:)`.

    /// The next phase (maintenance has none).
    public var next: Phase? { Phase(rawValue: rawValue + 1) }
}
