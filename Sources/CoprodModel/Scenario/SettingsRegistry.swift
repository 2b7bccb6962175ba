/// Which declaration a setting belongs to: `community`, `resident`, `facility`, `government`,
/// `intervene`, `set NAME` (a model constant) or `set typology.NAME` (a threshold).
public enum SettingGroup: String, CaseIterable, Hashable, Sendable {
    case community
    case resident
    case facility
    case government
    case intervention
    case parameter
    case typology
}

/// The values a setting accepts.
public enum SettingType: Hashable, Sendable {
    /// A real number in the range.
    case real(ClosedRange<Double>)
    /// A whole number in the range.
    case integer(ClosedRange<Double>)
    /// One of these words.
    case category([String])
    /// A quoted string.
    case text
    /// Who a facility serves: `all`, `building N`, `age A`, `tenure T` (spec §1 `serves`).
    case beneficiaries

    /// The numeric range of a `real` or `integer` setting; nil otherwise.
    public var range: ClosedRange<Double>? {
        switch self {
        case .real(let r), .integer(let r): r
        case .category, .text, .beneficiaries: nil
        }
    }
}

/// One value of a setting.
public enum SettingValue: Hashable, Sendable {
    case real(Double)
    case integer(Int)
    case word(String)
    case text(String)
    case beneficiaries(Beneficiaries)
}

/// Why a value cannot be put into a setting.
public enum SettingError: Error, Hashable, Sendable {
    /// The value is not of the setting's type (a word for a number, a fraction for a whole number…).
    case wrongType(key: String, expected: SettingType)
    /// A number outside the setting's range.
    case outOfRange(key: String, value: Double, range: ClosedRange<Double>)
    /// A word that is not one of the setting's words.
    case unknownWord(key: String, word: String, words: [String])
}

/// One settable key of a scenario (`facility.salience`, `parameter.a0`, `typology.autonomy`): its
/// group, key, value type, unit and default, and a typed get and put on the struct it belongs to
/// (`Root`: ``Scenario``, ``ResidentOverrides``, ``FacilitySpec``, ``Government``,
/// ``Intervention``, ``Parameters`` or ``TypologyThresholds``).
///
/// Its catalogue key is `GROUP.KEY` (``id``); documentation and terms live in the language
/// library's catalogue under that key.
public struct Setting<Root>: Sendable {
    public let group: SettingGroup
    /// The word written in a declaration (`salience`, `a0`; `autonomy` for `typology.autonomy`).
    public let key: String
    public let type: SettingType
    public let unit: MeasureUnit
    /// The value a new scenario has, or nil when it is drawn or derived (a resident's traits are
    /// drawn from the profile; `outreach` follows the initiator; an intervention starts at the
    /// week it is declared and is open-ended).
    public let defaultValue: SettingValue?
    private let read: @Sendable (Root) -> SettingValue?
    private let write: @Sendable (inout Root, SettingValue) -> Void
    private let narrowed: (@Sendable (Scenario) -> ClosedRange<Double>)?

    init(
        _ group: SettingGroup, _ key: String, _ type: SettingType, _ unit: MeasureUnit,
        default defaultValue: SettingValue?,
        narrowed: (@Sendable (Scenario) -> ClosedRange<Double>)? = nil,
        get read: @escaping @Sendable (Root) -> SettingValue?,
        put write: @escaping @Sendable (inout Root, SettingValue) -> Void
    ) {
        self.group = group
        self.key = key
        self.type = type
        self.unit = unit
        self.defaultValue = defaultValue
        self.read = read
        self.write = write
        self.narrowed = narrowed
    }

    /// The catalogue key, `GROUP.KEY` (`facility.salience`, `parameter.a0`, `typology.autonomy`).
    public var id: String { "\(group.rawValue).\(key)" }

    /// The setting's value in `root`, or nil when it is not set there (a resident trait not
    /// overridden, an open-ended intervention's `to`).
    public func get(_ root: Root) -> SettingValue? { read(root) }

    /// Checks `value` against the setting's type and range and writes it into `root`. A whole
    /// number is accepted for a real setting, and a whole real for an integer one; negative zero
    /// is stored as zero, so a saved script writes what a report shows.
    /// - Throws: ``SettingError``; `root` is then unchanged.
    public func put(_ value: SettingValue, into root: inout Root) throws(SettingError) {
        write(&root, try checked(value))
    }

    /// `value` as this setting stores it, after the checks of ``put(_:into:)``.
    /// - Throws: ``SettingError``.
    public func checked(_ value: SettingValue) throws(SettingError) -> SettingValue {
        func inRange(_ x: Double, _ r: ClosedRange<Double>) throws(SettingError) -> Double {
            guard r.contains(x) else { throw .outOfRange(key: key, value: x, range: r) }
            return x + 0  // -0 + 0 is +0
        }
        switch (type, value) {
        case (.real(let r), .real(let x)): return .real(try inRange(x, r))
        case (.real(let r), .integer(let n)): return .real(try inRange(Double(n), r))
        case (.integer(let r), .integer(let n)): return .integer(Int(try inRange(Double(n), r)))
        case (.integer(let r), .real(let x)) where x == x.rounded(): return .integer(Int(try inRange(x, r)))
        case (.category(let words), .word(let w)):
            guard words.contains(w) else { throw .unknownWord(key: key, word: w, words: words) }
            return value
        case (.text, .text): return value
        case (.beneficiaries, .beneficiaries(let b)):
            if case .building(let n) = b { _ = try inRange(Double(n), SettingsRegistry.buildings) }
            return value
        case (.real, _), (.integer, _), (.category, _), (.text, _), (.beneficiaries, _):
            throw .wrongType(key: key, expected: type)
        }
    }

    /// The range in force for `scenario`: the type's range, narrowed for a building number (and
    /// `serves building N`) to the buildings the scenario has. Nil for a category or text.
    public func range(in scenario: Scenario) -> ClosedRange<Double>? {
        if let narrowed { return narrowed(scenario) }
        return type.range
    }

    /// The setting without its root type, for listings (help, completion, the catalogue).
    public var descriptor: SettingDescriptor {
        SettingDescriptor(group: group, key: key, type: type, unit: unit, defaultValue: defaultValue)
    }
}

/// A setting's description without its get and put.
public struct SettingDescriptor: Hashable, Sendable {
    public let group: SettingGroup
    public let key: String
    public let type: SettingType
    public let unit: MeasureUnit
    public let defaultValue: SettingValue?
    /// The catalogue key, `GROUP.KEY`.
    public var id: String { "\(group.rawValue).\(key)" }
}

extension Array {
    /// The setting whose key is `key`, or nil.
    public func setting<Root>(_ key: String) -> Setting<Root>? where Element == Setting<Root> {
        first { $0.key == key }
    }
}

/// Every settable key of a scenario, in one place (spec §1, §7, §9 and the constants of §3–§5).
/// Ranges are the ones the language checks (docs/LANGUAGE.md); defaults are read from the
/// structs' own defaults, so the two cannot drift apart. Declarations, `save`, help, completion and
/// range checks derive from these lists.
public enum SettingsRegistry {
    /// Building numbers any scenario may use; ``Setting/range(in:)`` narrows them to the scenario's.
    public static let buildings: ClosedRange<Double> = 1...Double(Int32.max)
    /// The largest seed a declaration accepts, 2^53 (every seed up to it is exact as a number).
    public static let maxSeed = 9_007_199_254_740_992

    /// The buildings of `scenario`: blocks of `blockSize` residents in index order, or a higher
    /// number a named resident was given.
    public static func buildingRange(in s: Scenario) -> ClosedRange<Double> {
        let blocks = (s.size + s.parameters.blockSize - 1) / max(1, s.parameters.blockSize)
        let named = s.overrides.compactMap { $0.key < s.size ? $0.value.building : nil }.max() ?? 0
        return 1...Double(max(1, blocks, named))
    }

    private static let unit: ClosedRange<Double> = 0...1

    private static func real<Root>(
        _ group: SettingGroup, _ key: String, _ range: ClosedRange<Double>,
        _ unit: MeasureUnit = .none, default d: Double?,
        _ field: WritableKeyPath<Root, Double> & Sendable
    ) -> Setting<Root> {
        Setting(
            group, key, .real(range), unit, default: d.map(SettingValue.real),
            get: { .real($0[keyPath: field]) },
            put: { root, v in if case .real(let x) = v { root[keyPath: field] = x } })
    }

    /// `community` keys, on ``Scenario`` (spec §1, §10, §12): `size` (residents, `1...Limits.maxPopulation`;
    /// a session may set a lower limit), `profile` (mixed, old-estate, commodity-estate), `seed`
    /// (`0...2^53`), `name` (text), `activists` (the share of residents flagged activists, `0...1`,
    /// default 0) and `performative` (on, off; default off).
    public static let community: [Setting<Scenario>] = {
        let d = Scenario()
        return [
            Setting(
                .community, "size", .integer(1...Double(Limits.maxPopulation)), .residents, default: .integer(d.size),
                get: { .integer($0.size) },
                put: { s, v in if case .integer(let n) = v { s.size = n } }),
            Setting(
                .community, "profile", .category(Profile.allCases.map(\.rawValue)), .none,
                default: .word(d.profile.rawValue),
                get: { .word($0.profile.rawValue) },
                put: { s, v in if case .word(let w) = v, let p = Profile(rawValue: w) { s.profile = p } }),
            // A seed beyond Int.max (only a derived replicate seed can be) reads as nil.
            Setting(
                .community, "seed", .integer(0...Double(maxSeed)), .none,
                default: Int(exactly: d.seed).map(SettingValue.integer),
                get: { Int(exactly: $0.seed).map(SettingValue.integer) },
                put: { s, v in if case .integer(let n) = v { s.seed = UInt64(n) } }),
            Setting(
                .community, "name", .text, .none, default: .text(d.name),
                get: { .text($0.name) },
                put: { s, v in if case .text(let t) = v { s.name = t } }),
            // Spec §12: the share of activists (by attachment × time) and performative participation.
            real(.community, "activists", unit, default: d.activistShare, \.activistShare),
            Setting(
                .community, "performative", .category(onOff), .none, default: .word(d.performative ? "on" : "off"),
                get: { .word($0.performative ? "on" : "off") },
                put: { s, v in if case .word(let w) = v { s.performative = w == "on" } }),
        ]
    }()

    /// The words of an on/off setting.
    public static let onOff = ["on", "off"]

    /// `resident` keys, on a resident's ``ResidentOverrides`` (spec §1; unset keys read as nil:
    /// drawn): `age` (young, middle, older), `tenure` (owner, renter), `building` (1 up to the
    /// scenario's buildings, ``Setting/range(in:)``), and the traits of ``ResidentTrait``, `0...1`.
    public static let resident: [Setting<ResidentOverrides>] =
        [
            Setting(
                .resident, "age", .category(AgeGroup.allCases.map(\.description)), .none, default: nil,
                get: { $0.age.map { .word($0.description) } },
                put: { o, v in if case .word(let w) = v, let a = AgeGroup(word: w) { o.age = a } }),
            Setting(
                .resident, "tenure", .category(Tenure.allCases.map(\.description)), .none, default: nil,
                get: { $0.tenure.map { .word($0.description) } },
                put: { o, v in if case .word(let w) = v, let t = Tenure(word: w) { o.tenure = t } }),
            Setting(
                .resident, "building", .integer(buildings), .building, default: nil, narrowed: buildingRange(in:),
                get: { $0.building.map(SettingValue.integer) },
                put: { o, v in if case .integer(let n) = v { o.building = n } }),
            // Her floor (spec §12), 1…6; unset, the floor drawn from the seed (``Floors``).
            Setting(
                .resident, "floor", .integer(Double(Floors.range.lowerBound)...Double(Floors.range.upperBound)),
                .none, default: nil,
                get: { $0.floor.map(SettingValue.integer) },
                put: { o, v in if case .integer(let n) = v { o.floor = n } }),
            // Spec §12: `resident NAME activist [on|off]`; unset follows the community's share.
            Setting(
                .resident, "activist", .category(onOff), .none, default: nil,
                get: { $0.activist.map { .word($0 ? "on" : "off") } },
                put: { o, v in if case .word(let w) = v { o.activist = w == "on" } }),
        ]
        + ResidentTrait.allCases.map { trait in
            Setting(
                .resident, trait.rawValue, .real(unit), .none, default: nil,
                get: { $0.traits[trait].map(SettingValue.real) },
                put: { o, v in if case .real(let x) = v { o.traits[trait] = x } })
        }

    /// `facility` keys, on ``FacilitySpec`` (spec §1, §9, §12): `publicness`, `salience`, `complexity`,
    /// `visibility`, `outreach`, each `0...1`; `cost` (work units, `0.001...1e9`); `serves` (all,
    /// building N, age A, tenure T); `initiator` (government, residents); `partnerBudget` (work
    /// units a week, `0...1000`) and `partnerFee` (`0...1`) of a market partner.
    public static let facility: [Setting<FacilitySpec>] = {
        let d = FacilitySpec(name: "")
        return [
            real(.facility, "publicness", unit, default: d.publicness, \.publicness),
            real(.facility, "salience", unit, default: d.salience, \.salience),
            real(.facility, "complexity", unit, default: d.complexity, \.complexity),
            real(.facility, "visibility", unit, default: d.visibility, \.visibility),
            real(.facility, "cost", 0.001...1e9, .workUnits, default: d.cost, \.cost),
            Setting(
                .facility, "serves", .beneficiaries, .none, default: .beneficiaries(d.serves),
                narrowed: buildingRange(in:),
                get: { .beneficiaries($0.serves) },
                put: { f, v in if case .beneficiaries(let b) = v { f.serves = b } }),
            Setting(
                .facility, "initiator", .category(Initiator.allCases.map(\.rawValue)), .none,
                default: .word(d.initiator.rawValue),
                get: { .word($0.initiator.rawValue) },
                put: { f, v in if case .word(let w) = v, let i = Initiator(rawValue: w) { f.initiator = i } }),
            // Unset (read as nil), outreach follows the initiator (0.3, or 0 for a residents'
            // project, spec §9; ``FacilitySpec/baseOutreach``).
            Setting(
                .facility, "outreach", .real(unit), .none, default: nil,
                get: { $0.outreach.map(SettingValue.real) },
                put: { f, v in if case .real(let x) = v { f.outreach = x } }),
            // Spec §12: a market partner's budget B (work units a week) and fee φ; unset, no partner
            // (`partner on F budget B fee φ` sets both, `partner off F` removes it).
            Setting(
                .facility, "partnerBudget", .real(MarketPartner.budgets), .workUnitsPerWeek, default: nil,
                get: { $0.partner.map { .real($0.budget) } },
                put: { f, v in
                    if case .real(let x) = v { f.partner = MarketPartner(budget: x, fee: f.partner?.fee ?? 0) }
                }),
            Setting(
                .facility, "partnerFee", .real(MarketPartner.fees), .none, default: nil,
                get: { $0.partner.map { .real($0.fee) } },
                put: { f, v in
                    if case .real(let x) = v { f.partner = MarketPartner(budget: f.partner?.budget ?? 0, fee: x) }
                }),
        ] + secondStageFacility
    }()

    /// `facility` keys of the second-stage rules (spec §12): `benefit` (served, by-floor),
    /// `consent` (none, civil-code-278), `satiation` (off, on); `save` writes each only when it is
    /// not its default (the rule off), so scripts without the rules are written as before.
    public static let secondStageFacility: [Setting<FacilitySpec>] = [
        Setting(
            .facility, "benefit", .category(BenefitRule.allCases.map(\.rawValue)), .none,
            default: .word(BenefitRule.served.rawValue),
            get: { .word($0.benefit.rawValue) },
            put: { f, v in if case .word(let w) = v, let b = BenefitRule(rawValue: w) { f.benefit = b } }),
        Setting(
            .facility, "consent", .category(ConsentRule.allCases.map(\.rawValue)), .none,
            default: .word(ConsentRule.none.rawValue),
            get: { .word($0.consent.rawValue) },
            put: { f, v in if case .word(let w) = v, let c = ConsentRule(rawValue: w) { f.consent = c } }),
        Setting(
            .facility, "satiation", .category(SatiationRule.allCases.map(\.rawValue)), .none,
            default: .word(SatiationRule.off.rawValue),
            get: { .word($0.satiation.rawValue) },
            put: { f, v in if case .word(let w) = v, let r = SatiationRule(rawValue: w) { f.satiation = r } }),
    ]

    /// `government` keys, on ``Government`` (spec §1): `role` (0 director … 1 enabler, `0...1`),
    /// `budget` (work units a week per facility, `0...1000`), `responsiveness` (`0...1`).
    public static let government: [Setting<Government>] = {
        let d = Government()
        return [
            real(.government, "role", unit, default: d.role, \.role),
            real(.government, "budget", 0...1000, .workUnitsPerWeek, default: d.budget, \.budget),
            real(.government, "responsiveness", unit, default: d.responsiveness, \.responsiveness),
            // Work units a week in maintenance (spec §12); unset (nil), the budget.
            Setting(
                .government, "upkeep", .real(0...1000), .workUnitsPerWeek, default: nil,
                get: { $0.upkeep.map(SettingValue.real) },
                put: { g, v in if case .real(let x) = v { g.upkeep = x } }),
        ]
    }()

    /// The strength an intervention has when `strength` is not given.
    public static let defaultStrength = 0.8

    /// `intervene` keys, on ``Intervention`` (spec §7): `strength` (`0...1`, default 0.8), `from`
    /// and `to` (weeks, `0...Limits.maxWeek`, `to` inclusive).
    public static let intervention: [Setting<Intervention>] = [
        real(.intervention, "strength", unit, default: defaultStrength, \.strength),
        Setting(
            .intervention, "from", .integer(0...Double(Limits.maxWeek)), .week, default: nil,
            get: { .integer($0.start) },
            put: { iv, v in if case .integer(let n) = v { iv.start = n } }),
        Setting(
            .intervention, "to", .integer(0...Double(Limits.maxWeek)), .week, default: nil,
            get: { $0.end.map(SettingValue.integer) },
            put: { iv, v in if case .integer(let n) = v { iv.end = n } }),
    ]

    /// The model's constants (`set NAME VALUE`), on ``Parameters``: ``Parameters/catalogue`` as
    /// settings — the awareness rates `a0`, `aInfo`, `aDig`, `aSoc` (probability a week, `0...1`,
    /// spec §3), the utility weights `wA`, `wS`, `wC`, `wI`, `wR` (`0...10`, spec §4),
    /// `sustainWeeks` (weeks, `1...520`), `kIn`, `kOut` (ties, `0...100`) and `blockSize`
    /// (residents, `1...100000`, spec §1).
    public static let parameter: [Setting<Parameters>] = {
        let d = Parameters()
        return Parameters.catalogue.map { e in
            let value: @Sendable (Double) -> SettingValue = { e.isInteger ? .integer(Int($0)) : .real($0) }
            return Setting(
                .parameter, e.name, e.isInteger ? .integer(e.range) : .real(e.range), e.unit,
                default: value(d.value(of: e)),
                get: { value($0.value(of: e)) },
                put: { p, v in
                    switch v {
                    case .real(let x): p.set(e, to: x)
                    case .integer(let n): p.set(e, to: Double(n))
                    case .word, .text, .beneficiaries: break
                    }
                })
        }
    }()

    /// The typology thresholds (`set typology.NAME VALUE`, spec §9), on ``TypologyThresholds``:
    /// `autonomy` and `publicness`, each `0...1`, default 0.5.
    public static let typology: [Setting<TypologyThresholds>] = {
        let d = TypologyThresholds()
        return [
            real(.typology, "autonomy", unit, default: d.autonomy, \.autonomy),
            real(.typology, "publicness", unit, default: d.publicness, \.publicness),
        ]
    }()

    /// Every setting, by group in ``SettingGroup`` order, each group in declaration order.
    public static let all: [SettingDescriptor] = SettingGroup.allCases.flatMap(descriptors(in:))

    /// The settings of one group.
    public static func descriptors(in group: SettingGroup) -> [SettingDescriptor] {
        switch group {
        case .community: community.map(\.descriptor)
        case .resident: resident.map(\.descriptor)
        case .facility: facility.map(\.descriptor)
        case .government: government.map(\.descriptor)
        case .intervention: intervention.map(\.descriptor)
        case .parameter: parameter.map(\.descriptor)
        case .typology: typology.map(\.descriptor)
        }
    }

    /// The keys of one group, in order (what may follow `facility NAME`, `set`, …).
    public static func keys(in group: SettingGroup) -> [String] { descriptors(in: group).map(\.key) }
}
