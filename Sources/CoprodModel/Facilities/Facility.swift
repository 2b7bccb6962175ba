/// Who a facility benefits (spec §1 `serves`).
public enum Beneficiaries: Hashable, Sendable, CustomStringConvertible {
    case all
    /// One building (1-based number).
    case building(Int)
    case age(AgeGroup)
    case tenure(Tenure)

    public var description: String {
        switch self {
        case .all: "all"
        case .building(let b): "building \(b)"
        case .age(let a): "age \(a)"
        case .tenure(let t): "tenure \(t)"
        }
    }
}

/// Who proposed a facility (spec §1, §9).
public enum Initiator: String, CaseIterable, Hashable, Sendable {
    case government, residents
}

/// A micro-infrastructure project as declared: its attributes (spec §1). The production state is in
/// ``FacilityState``.
public struct FacilitySpec: Hashable, Sendable {
    /// A name unique in the scenario (a word: `shed`, `lift`, `garden`).
    public var name: String
    /// 0 = benefits a few households (club-like) … 1 = the whole community (commons). `0...1`.
    public var publicness: Double = 0.5
    /// How much the beneficiaries' daily life changes. `0...1`.
    public var salience: Double = 0.5
    /// Technical threshold of design and construction. `0...1`.
    public var complexity: Double = 0.5
    /// Work units to build (1 unit ≈ one resident-week of full effort). `> 0`.
    public var cost: Double = 80
    /// How visible progress is to non-participants. `0...1`.
    public var visibility: Double = 0.7
    public var serves: Beneficiaries = .all
    public var initiator: Initiator = .government
    /// Government mobilisation effort; nil means the default (0.3, or 0 for a residents' project, spec §9). `0...1`.
    public var outreach: Double?
    /// How a served resident's benefit is set (spec §12 floors): `served` (1) or `by-floor`.
    public var benefit: BenefitRule = .served
    /// Whether building waits for the owners' consent (spec §12): `none` or `civil-code-278`.
    public var consent: ConsentRule = .none
    /// Whether satiation acts in maintenance (spec §12): off by default.
    public var satiation: SatiationRule = .off
    /// A market partner producing on the facility until it is complete (spec §12), or nil.
    public var partner: MarketPartner?

    public init(name: String) { self.name = name }

    /// The outreach in force when no intervention sets it.
    public var baseOutreach: Double { outreach ?? (initiator == .residents ? 0 : 0.3) }
}

/// A facility's production state (spec §1, §5) and its running tallies for the outcome metrics.
public struct FacilityState: Hashable, Sendable {
    public internal(set) var phase: Phase = .planning
    /// Progress through the current phase, `0..<1`.
    public internal(set) var progress: Double = 0
    /// Fit to residents' needs, fixed at the end of design; before that, the projected value. `0...1`.
    public internal(set) var quality: Double = 0.3
    /// Condition in maintenance (1 on completion). `0...1`.
    public internal(set) var condition: Double = 1
    /// True once condition has fallen below 0.3 (an outcome event, spec §5).
    public internal(set) var degraded = false
    /// The week the facility entered maintenance, or nil.
    public internal(set) var completedAt: Int?
    /// The week the facility was added (0 unless added mid-run).
    public internal(set) var createdAt = 0
    /// The facility's coordinate in every week's draws (spec §10): its position when it was added,
    /// kept when an earlier facility is removed, so the other facilities draw the same numbers as
    /// in a twin that kept it (common random numbers). Equal to its index unless one was removed.
    public internal(set) var drawIndex = 0
    /// The government's role on this facility, `0...1` (moved by `role-shift`).
    public internal(set) var role: Double = 0.2
    /// The responsiveness in force on this facility in the latest week stepped (the government's,
    /// raised by role-shift and council, spec §7), `0...1`; the government's before the first step.
    /// Read by the Arnstein rung (spec §12); no rule reads it.
    public internal(set) var responsiveness: Double = 0.5
    /// Progress made visible last week (spec §6), `0...1`.
    public internal(set) var visibleProgress: Double = 0
    /// Bit k set when age×tenure cell k has had an active served resident during planning or design.
    public internal(set) var coveredCells: UInt8 = 0
    /// Bit k set when cell k has at least one served resident.
    public internal(set) var servedCells: UInt8 = 0
    /// Entries (aware/lapsed → active) and how many came through the autonomous channel (spec §9).
    public internal(set) var entries = 0
    public internal(set) var autonomousEntries = 0
    /// Government work units spent on the facility so far (spec §8).
    public internal(set) var governmentWork: Double = 0
    /// Resident work units contributed so far.
    public internal(set) var residentWork: Double = 0
    /// The consent vote's state (spec §12); untouched unless the facility is `consent civil-code-278`.
    public internal(set) var vote = VoteState()
    /// Resident work units contributed in the latest week stepped (spec §5 `E`).
    public internal(set) var residentInputThisWeek: Double = 0
    /// Work units the market partner has put in so far (spec §12), `0...`.
    public internal(set) var partnerWork: Double = 0
    /// Residents performative on the facility in the latest week stepped (spec §12).
    public internal(set) var performative = 0

    /// Share of entries through the autonomous channel; 0 before any entry (spec §9).
    public var autonomy: Double { entries == 0 ? 0 : Double(autonomousEntries) / Double(entries) }

    /// Share of the served age×tenure cells covered so far (spec §5 `coverage`).
    public var coverage: Double {
        let served = servedCells.nonzeroBitCount
        return served == 0 ? 0 : Double((coveredCells & servedCells).nonzeroBitCount) / Double(served)
    }
}

/// The index of a resident's age × tenure cell, `0..<6`.
@inline(__always)
func demographicCell(_ age: AgeGroup, _ tenure: Tenure) -> Int { Int(age.rawValue) * 2 + Int(tenure.rawValue) }
