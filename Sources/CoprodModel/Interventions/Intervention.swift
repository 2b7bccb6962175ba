/// The government strategies of spec §7: the four levers the paper names (role transformation,
/// differentiated management, technological innovation, emotional engagement) plus the usual tools.
public enum InterventionKind: String, CaseIterable, Hashable, Sendable {
    /// Role transformation: the government moves from director toward enabler.
    case roleShift = "role-shift"
    /// Technological innovation: an online platform.
    case techPlatform = "tech-platform"
    /// Emotional engagement (情感关怀), carried through close ties (高飞 2022).
    case emotionalCare = "emotional-care"
    /// Differentiated management: interventions that do not fit a facility's type work at half strength.
    case differentiated
    /// Material rewards; they can crowd out intrinsic motives (Frey & Jegen 2001).
    case incentive
    /// Publicity.
    case information
    /// Capacity building (增能): skill and self-efficacy.
    case training
    /// A residents' council (议事会): easier co-design, more responsiveness.
    case council
    /// Door-to-door mobilisation.
    case outreach
}

/// One intervention: a kind, a target, a strength and a time window (spec §7).
public struct Intervention: Hashable, Sendable {
    /// A number unique in the scenario, shown to users (`remove intervention 2`).
    public var id: Int
    public var kind: InterventionKind
    /// The facility's name, or nil for every facility.
    public var target: String?
    /// `0...1`.
    public var strength: Double
    /// First week the intervention is active.
    public var start: Int
    /// Last week it is active (inclusive), or nil for open-ended.
    public var end: Int?

    public init(id: Int, kind: InterventionKind, target: String?, strength: Double, start: Int, end: Int?) {
        self.id = id
        self.kind = kind
        self.target = target
        self.strength = strength
        self.start = start
        self.end = end
    }

    /// True when active at week `t`: `start ≤ t ≤ end`.
    public func isActive(at t: Int) -> Bool { t >= start && (end.map { t <= $0 } ?? true) }

    /// True when it applies to the facility called `name`.
    public func applies(to name: String) -> Bool { target == nil || target == name }
}
