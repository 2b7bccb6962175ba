/// What a metric describes (spec §8): the whole community, one facility, one resident, or one
/// resident's relation to one facility.
public enum MetricLevel: String, CaseIterable, Hashable, Sendable {
    case community
    case facility
    case resident
    case residentFacility
}

/// How a metric's values are read and compared.
public enum MetricKind: Hashable, Sendable {
    /// A real number on a scale (`quality`, `efficacy`).
    case number
    /// A whole number: a count of things (`active` residents, `entries`, weeks stepped) or a
    /// number such as a building's.
    case count
    /// A proportion, `0...1` (`participation`, `retention`).
    case share
    /// Yes or no (`degraded`, a resident's `F.joined`).
    case flag
    /// One of a fixed list of words, in their declared order (`phase`: planning … maintenance).
    case category([String])
    /// The week something happened, absent until it has (`completedAt`, a resident's `F.joinedAt`).
    case week
}

/// The unit a number is measured in. A stable identifier; the words users read are in the
/// language library's catalogue.
public enum MeasureUnit: String, CaseIterable, Hashable, Sendable {
    /// No unit: an index or a proportion.
    case none
    case residents
    /// Entries into participation (first joins and re-joins).
    case entries
    case interventions
    /// Social ties.
    case ties
    /// A week number (0 is the state before the first step).
    case week
    /// A duration in weeks.
    case weeks
    /// Work units (1 ≈ one resident-week of full effort, spec §1).
    case workUnits
    /// Work units a week, per facility (the government's budget, spec §1).
    case workUnitsPerWeek
    /// A 1-based building number.
    case building
    /// A resident's 1-based number.
    case residentNumber
    /// A probability per week (the awareness rates, spec §3).
    case probabilityPerWeek
    /// A utility weight (spec §4).
    case weight
}

/// One value of a metric. The case always matches the metric's kind: `number` for `.number` and
/// `.share`, `count`, `flag`, `word` for `.category`, `week` (nil while absent) for `.week`.
public enum MetricValue: Hashable, Sendable {
    case number(Double)
    case count(Int)
    case flag(Bool)
    case word(String)
    case week(Int?)
}

/// A named outcome of the model, in the spirit of Mesa's DataCollector: a stable name, its level,
/// kind, range and unit, and a reader. Community and facility metrics read a ``WeekRecord`` (so
/// any past week can be evaluated, `model.history[w]`); resident and resident × facility metrics
/// read the current model.
///
/// The catalogue key of a metric is `LEVEL.NAME` (``key``), e.g. `facility.retention`; its
/// documentation and terms live in the language library's catalogue under that key.
public struct Metric: Sendable {
    /// How to read a metric; the case gives its level.
    public enum Reader: Sendable {
        /// Reads one week's record.
        case community(@Sendable (WeekRecord) -> MetricValue)
        /// Reads one facility's outcome in a week's record.
        case facility(@Sendable (FacilityOutcome) -> MetricValue)
        /// Given the model, a reader over resident indices (0-based).
        case resident(@Sendable (Model) -> (Int) -> MetricValue)
        /// Given the model and a facility index, a reader over resident indices (0-based).
        case residentFacility(@Sendable (Model, Int) -> (Int) -> MetricValue)
    }

    /// The name used in queries, `show`, exports and completion (`retention`); unique per level.
    public let name: String
    public let kind: MetricKind
    /// The values a numeric metric can take (for a `.week` metric, when present); nil for a
    /// category. An open end is `Double.infinity`.
    public let range: ClosedRange<Double>?
    public let unit: MeasureUnit
    public let reader: Reader

    public var level: MetricLevel {
        switch reader {
        case .community: .community
        case .facility: .facility
        case .resident: .resident
        case .residentFacility: .residentFacility
        }
    }

    /// The catalogue key, `LEVEL.NAME` (`community.efficacy`, `residentFacility.stage`).
    public var key: String { "\(level.rawValue).\(name)" }

    /// The value of a community metric in `record`; nil for a metric of another level.
    public func value(in record: WeekRecord) -> MetricValue? {
        if case .community(let read) = reader { return read(record) }
        return nil
    }

    /// The value of a facility metric for one facility's outcome; nil for another level.
    public func value(of facility: FacilityOutcome) -> MetricValue? {
        if case .facility(let read) = reader { return read(facility) }
        return nil
    }

    /// A reader over resident indices of a resident metric; nil for another level.
    public func residentReader(in model: Model) -> ((Int) -> MetricValue)? {
        if case .resident(let bind) = reader { return bind(model) }
        return nil
    }

    /// A reader over resident indices of a resident × facility metric for facility `f`; nil for
    /// another level.
    public func residentReader(in model: Model, facility f: Int) -> ((Int) -> MetricValue)? {
        if case .residentFacility(let bind) = reader { return bind(model, f) }
        return nil
    }
}

extension Metric {
    static func community(
        _ name: String, _ kind: MetricKind, _ range: ClosedRange<Double>?, _ unit: MeasureUnit = .none,
        _ read: @escaping @Sendable (WeekRecord) -> MetricValue
    ) -> Metric {
        Metric(name: name, kind: kind, range: range, unit: unit, reader: .community(read))
    }

    static func facility(
        _ name: String, _ kind: MetricKind, _ range: ClosedRange<Double>?, _ unit: MeasureUnit = .none,
        _ read: @escaping @Sendable (FacilityOutcome) -> MetricValue
    ) -> Metric {
        Metric(name: name, kind: kind, range: range, unit: unit, reader: .facility(read))
    }

    static func resident(
        _ name: String, _ kind: MetricKind, _ range: ClosedRange<Double>?, _ unit: MeasureUnit = .none,
        _ bind: @escaping @Sendable (Model) -> (Int) -> MetricValue
    ) -> Metric {
        Metric(name: name, kind: kind, range: range, unit: unit, reader: .resident(bind))
    }

    static func residentFacility(
        _ name: String, _ kind: MetricKind, _ range: ClosedRange<Double>?,
        _ unit: MeasureUnit = .none,
        _ bind: @escaping @Sendable (Model, Int) -> (Int) -> MetricValue
    ) -> Metric {
        Metric(name: name, kind: kind, range: range, unit: unit, reader: .residentFacility(bind))
    }

    /// A resident × facility flag read from the pair index `f·N + i`.
    static func pairFlag(_ name: String, _ test: @escaping @Sendable (Model, Int) -> Bool) -> Metric {
        residentFacility(name, .flag, 0...1) { m, f in
            let base = f * m.residentCount
            return { .flag(test(m, base + $0)) }
        }
    }
}

/// Every metric of coprod, in one place (spec §8). Queries, `show`, `run until`, lesson checks,
/// CSV, JSON, the replicate summary, `help fields` and completion all derive from this list, so a
/// metric added here is available everywhere. Order is stable: exports list metrics in this order.
public enum MetricRegistry {
    private static let shares: ClosedRange<Double> = 0...1
    private static let residents: ClosedRange<Double> = 0...Double(Limits.maxPopulation)
    private static let weeks: ClosedRange<Double> = 0...Double(Limits.maxWeek)
    private static let open: ClosedRange<Double> = 0...Double.infinity

    /// Community metrics, read from a week's record (spec §8 "Community"): `week` (weeks stepped,
    /// `0...Limits.maxWeek`); `participation` (share ever active on any facility), `efficacy`,
    /// `trust`, `identification`, `responsibility` (community means), `socialCapital` (share of
    /// ties active together ≥ 4 weeks), `largestGap` (equity: the largest participation gap between
    /// age groups or tenures), all `0...1`; `interventions` (active now, `0...Limits.maxInterventions`);
    /// `residents` (`1...Limits.maxPopulation`); `governmentWork` (work units spent so far, `0...`);
    /// `activists` (activists active on any facility this week, residents, spec §12).
    public static let community: [Metric] = [
        .community("week", .count, weeks, .week) { .count($0.week) },
        .community("participation", .share, shares) { .number($0.community.participation) },
        .community("efficacy", .number, shares) { .number($0.community.efficacy) },
        .community("trust", .number, shares) { .number($0.community.trust) },
        .community("identification", .number, shares) { .number($0.community.identification) },
        .community("responsibility", .number, shares) { .number($0.community.responsibility) },
        .community("socialCapital", .share, shares) { .number($0.community.socialCapital) },
        .community("largestGap", .share, shares) { .number($0.community.largestGap) },
        .community("interventions", .count, 0...Double(Limits.maxInterventions), .interventions) {
            .count($0.community.activeInterventions)
        },
        .community("residents", .count, 1...Double(Limits.maxPopulation), .residents) {
            .count($0.community.residents)
        },
        .community("governmentWork", .number, open, .workUnits) { .number($0.community.governmentWork) },
        .community("activists", .count, residents, .residents) { .count($0.community.activeActivists) },
    ]

    /// Facility metrics, read from one facility's outcome in a week's record (spec §8 "Per facility",
    /// §9): `phase` (planning … maintenance); `progress` in the phase, `quality`, `condition`,
    /// `everJoined` (share of served residents), `retention` (sustained / ever joined), `autonomy`
    /// (share of entries that were autonomous), `publicness`, all `0...1`; `active`, `sustained`,
    /// `aware`, `served` (residents); `type` (I … IV); `degraded` (flag); `completedAt` (the week it
    /// entered maintenance); `entries`, `autonomousEntries` (so far); `governmentWork` (work units so
    /// far); and the week's flows `newlyAware`, `autonomousJoins`, `mobilisedJoins`, `lapses`
    /// (residents); `role` and `responsiveness` in force this week (`0...1`, spec §7); `rung`, the
    /// Arnstein rung `1...8` (spec §12, a teaching metric); `performative` (residents performative
    /// on it this week) and `partnerInput` (its market partner's work units so far), spec §12;
    /// `salience` in force this week (`0...1`, spec §1) and `interventions` in force on it this week
    /// (aimed at it or at all facilities, `0...Limits.maxInterventions`).
    public static let facility: [Metric] =
        [
            .facility("phase", .category(Phase.allCases.map(\.description)), nil) { .word($0.phase.description) },
            .facility("progress", .share, shares) { .number($0.progress) },
            .facility("quality", .number, shares) { .number($0.quality) },
            .facility("condition", .number, shares) { .number($0.condition) },
            .facility("everJoined", .share, shares) { .number($0.everJoinedShare) },
            .facility("active", .count, residents, .residents) { .count($0.active) },
            .facility("sustained", .count, residents, .residents) { .count($0.sustained) },
            .facility("retention", .share, shares) { .number($0.retention) },
            .facility("autonomy", .share, shares) { .number($0.autonomy) },
            .facility("type", .category(FacilityType.allCases.map(\.rawValue)), nil) { .word($0.type.rawValue) },
            .facility("degraded", .flag, 0...1) { .flag($0.degraded) },
            .facility("completedAt", .week, weeks, .week) { .week($0.completedAt) },
            .facility("aware", .count, residents, .residents) { .count($0.aware) },
            .facility("entries", .count, open, .entries) { .count($0.entries) },
            .facility("autonomousEntries", .count, open, .entries) { .count($0.autonomousEntries) },
            .facility("publicness", .number, shares) { .number($0.publicness) },
            .facility("served", .count, residents, .residents) { .count($0.served) },
            .facility("governmentWork", .number, open, .workUnits) { .number($0.governmentWork) },
            .facility("newlyAware", .count, residents, .residents) { .count($0.newlyAware) },
            .facility("autonomousJoins", .count, residents, .residents) { .count($0.autonomousJoins) },
            .facility("mobilisedJoins", .count, residents, .residents) { .count($0.mobilisedJoins) },
            .facility("lapses", .count, residents, .residents) { .count($0.lapses) },
            .facility("role", .number, shares) { .number($0.role) },
            .facility("responsiveness", .number, shares) { .number($0.responsiveness) },
            .facility("rung", .count, 1...8) { .count($0.rung.rawValue) },
            .facility("performative", .count, residents, .residents) { .count($0.performative) },
            .facility("partnerInput", .number, open, .workUnits) { .number($0.partnerWork) },
            .facility("salience", .number, shares) { .number($0.salience) },
            .facility("interventions", .count, 0...Double(Limits.maxInterventions), .interventions) {
                .count($0.interventions)
            },
        ] + secondStageFacility

    /// Facility metrics of the consent vote and satiation (spec §12): `votes` (held so far),
    /// `turnout` and `approval` of the latest vote (`0...1`, 0 before any vote), `stalled` (weeks held
    /// at the vote), `consent` (the week a vote passed, absent until one has), `residentInput`
    /// (residents' work units this week, `0...`).
    public static let secondStageFacility: [Metric] = [
        .facility("votes", .count, open) { .count($0.vote.votes) },
        .facility("turnout", .share, shares) { .number($0.vote.turnout) },
        .facility("approval", .share, shares) { .number($0.vote.approval) },
        .facility("stalled", .count, weeks, .weeks) { .count($0.vote.stalledWeeks) },
        .facility("consent", .week, weeks, .week) { .week($0.vote.passedAt) },
        .facility("residentInput", .number, open, .workUnits) { .number($0.residentInput) },
    ]

    /// Resident metrics (spec §1, §3): `age` (young, middle, older), `tenure` (owner, renter),
    /// `building` (1-based), `index` (the resident's 1-based number), `floor` (`1...6`) and `activist` (flag), spec §12,
    /// and the traits of
    /// ``ResidentTrait`` (`need` … `responsibility`), each `0...1`.
    public static let resident: [Metric] =
        [
            .resident("age", .category(AgeGroup.allCases.map(\.description)), nil) { m in
                let age = m.population.age
                return { .word(age[$0].description) }
            },
            .resident("tenure", .category(Tenure.allCases.map(\.description)), nil) { m in
                let tenure = m.population.tenure
                return { .word(tenure[$0].description) }
            },
            .resident("building", .count, 1...Double(Int32.max), .building) { m in
                let building = m.population.building
                return { .count(Int(building[$0])) }
            },
            .resident("index", .count, 1...Double(Limits.maxPopulation), .residentNumber) { _ in { .count($0 + 1) } },
            // Her floor, 1…6 (spec §12), drawn on demand unless declared.
            .resident("floor", .count, 1...6) { m in
                let floors = m.floors
                return { .count(floors[$0]) }
            },
            .resident("activist", .flag, 0...1) { m in
                let flags = m.activist
                return { .flag(!flags.isEmpty && flags[$0]) }
            },
        ]
        + ResidentTrait.allCases.map { trait in
            .resident(trait.rawValue, .number, shares) { m in
                let p = m.population
                return { .number(p.value(trait, of: $0)) }
            }
        }

    /// Resident × facility metrics (spec §1, §4): `stage` (unaware, aware, active, lapsed),
    /// `channel` (none, autonomous, mobilised), the flags `joined` (ever active), `sustained`,
    /// `active` (now) and `served`; `satisfaction` and `fatigue`, `0...1`; `joinedAt` (the week of
    /// her first entry); `vote` (her latest consent vote, spec §12: none, yes or no).
    public static let residentFacility: [Metric] = [
        .residentFacility("stage", .category(Stage.allCases.map(\.description)), nil) { m, f in
            let base = f * m.residentCount
            let stage = m.stage
            return { .word(stage[base + $0].description) }
        },
        .residentFacility("channel", .category(Channel.allCases.map(\.description)), nil) { m, f in
            let base = f * m.residentCount
            let channel = m.channel
            return { .word(channel[base + $0].description) }
        },
        .pairFlag("joined") { m, k in m.joinedAt[k] >= 0 },
        .pairFlag("sustained") { m, k in m.sustained[k] },
        .pairFlag("active") { m, k in m.stage[k] == .active },
        .residentFacility("served", .flag, 0...1) { m, f in
            let spec = m.scenario.facilities[f]
            return { .flag(m.serves(spec, $0)) }
        },
        .residentFacility("satisfaction", .number, shares) { m, f in
            let base = f * m.residentCount
            let satisfaction = m.satisfaction
            return { .number(satisfaction[base + $0]) }
        },
        .residentFacility("fatigue", .number, shares) { m, f in
            let base = f * m.residentCount
            let fatigue = m.fatigue
            return { .number(fatigue[base + $0]) }
        },
        .residentFacility("joinedAt", .week, weeks, .week) { m, f in
            let base = f * m.residentCount
            let joinedAt = m.joinedAt
            return { k in
                let w = joinedAt[base + k]
                return .week(w >= 0 ? Int(w) : nil)
            }
        },
        .residentFacility("vote", .category(VoteChoice.allCases.map(\.rawValue)), nil) { m, f in
            // No vote held on f: every resident's is `none`, without replaying the run for the records.
            guard m.outcomes.facilities[f].vote.votes > 0 else { return { _ in .word(VoteChoice.none.rawValue) } }
            let base = f * m.residentCount
            let votes = m.allExplanations.lastVote
            return { .word(VoteChoice(votes[base + $0]).rawValue) }
        },
    ]

    /// Every metric: community, facility, resident, resident × facility, each in registry order.
    public static let all: [Metric] = community + facility + resident + residentFacility

    /// The metrics of one level, in registry order.
    public static func metrics(at level: MetricLevel) -> [Metric] {
        switch level {
        case .community: community
        case .facility: facility
        case .resident: resident
        case .residentFacility: residentFacility
        }
    }

    /// The metric called `name` at `level`, or nil.
    public static func metric(named name: String, at level: MetricLevel) -> Metric? {
        metrics(at: level).first { $0.name == name }
    }
}
