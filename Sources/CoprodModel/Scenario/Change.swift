/// One change a user makes to a scenario in force: what the language's declarations do to a
/// running model (spec §1: any resident, facility or government setting; §7: interventions; §9:
/// the typology thresholds; the model's constants of §3–§5).
///
/// A run is its declared week-0 ``Scenario`` plus a list of ``TimedChange``s; ``Model/apply(_:)``
/// is the one path by which a change reaches a model, and ``Scenario/apply(_:)`` folds a change
/// into a week-0 scenario. Changes that reshape the community (its size, profile or seed, a
/// structural constant such as `blockSize`, a resident's building after week 0) are not changes:
/// they start a new run from week 0.
public enum Change: Hashable, Sendable {
    /// Renames the community (no effect on the run).
    case renameCommunity(String)
    /// Merges `overrides` into resident `index` (0-based) and, when `name` is given, names her.
    /// `overrides.building` is honoured only at week 0 (ties are drawn then, spec §1).
    case resident(index: Int, name: String?, overrides: ResidentOverrides)
    /// Adds a facility, or replaces the attributes of the facility with the same name (its
    /// production state is kept).
    case facility(FacilitySpec)
    /// Removes the facility with this name and the interventions aimed at it alone
    /// (``Model/removeFacility(named:)``).
    case removeFacility(name: String)
    /// Renames a facility; the interventions aimed at it follow (``Model/renameFacility(_:to:)``).
    case renameFacility(from: String, to: String)
    /// Replaces the government's settings (a new role applies to every facility at once).
    case government(Government)
    /// Adds an intervention (its `id` is the one ``Scenario/nextInterventionID`` gave).
    case addIntervention(Intervention)
    /// Removes the intervention with this id.
    case removeIntervention(id: Int)
    /// Sets a non-structural model constant (a name of ``Parameters/catalogue``).
    case parameter(name: String, value: Double)
    /// Sets one typology threshold, `autonomy` or `publicness` (`0...1`, spec §9).
    case threshold(key: String, value: Double)
    /// Puts a market partner on the facility with this name, or removes it (nil; spec §12).
    case partner(facility: String, MarketPartner?)

    /// True when, at week 0, the model must be drawn again from the changed scenario rather than
    /// changed in place: a resident's demography and traits enter the population draw.
    /// So does a removed facility: the facilities after it are then numbered, and draw, as the
    /// saved scenario will number them.
    public var redrawsAtWeekZero: Bool {
        switch self {
        case .resident, .removeFacility: true
        default: false
        }
    }
}

/// A change and the week it was made at (`0...Limits.maxWeek`; it applies before that week's step).
public struct TimedChange: Hashable, Sendable {
    /// The week (steps taken) when the change was made.
    public var week: Int
    public var change: Change

    public init(week: Int, change: Change) {
        self.week = week
        self.change = change
    }
}

extension Scenario {
    /// Folds `change` into this week-0 scenario.
    /// - Throws: ``ModelError/unknownParameter(_:)`` for a name outside ``Parameters/catalogue``,
    ///   ``ModelError/tooMany(_:limit:)`` past the facility or intervention limits,
    ///   ``ModelError/unknownFacility(_:)`` or ``ModelError/duplicateFacility(_:)`` for a removal or
    ///   rename of a facility that is not there or to a name that is taken.
    public mutating func apply(_ change: Change) throws(ModelError) {
        switch change {
        case .renameCommunity(let name):
            self.name = name
        case .resident(let index, let name, let o):
            if let name { residentNames[name] = index }
            overrides[index, default: ResidentOverrides()].merge(o)
        case .facility(let spec):
            if let f = facilityIndex(spec.name) {
                facilities[f] = spec
            } else {
                guard facilities.count < Limits.maxFacilities else {
                    throw .tooMany("facilities", limit: Limits.maxFacilities)
                }
                facilities.append(spec)
            }
        case .removeFacility(let name):
            guard let f = facilityIndex(name) else { throw .unknownFacility(name) }
            facilities.remove(at: f)
            interventions.removeAll { $0.target == name }
        case .renameFacility(let old, let new):
            guard let f = facilityIndex(old) else { throw .unknownFacility(old) }
            guard old == new || facilityIndex(new) == nil else { throw .duplicateFacility(new) }
            renameFacility(at: f, to: new)
        case .government(let g):
            government = g
        case .addIntervention(let iv):
            guard interventions.count < Limits.maxInterventions else {
                throw .tooMany("interventions", limit: Limits.maxInterventions)
            }
            interventions.append(iv)
        case .removeIntervention(let id):
            interventions.removeAll { $0.id == id }
        case .parameter(let name, let value):
            guard let e = Parameters.entry(named: name) else { throw .unknownParameter(name) }
            parameters.set(e, to: value)
        case .threshold(let key, let value):
            thresholds = try Self.thresholds(thresholds, key, value)
        case .partner(let name, let partner):
            guard let f = facilityIndex(name) else { throw .unknownFacility(name) }
            facilities[f].partner = partner
        }
    }
}

extension Scenario {
    /// Renames facility `f` to `name`, and the interventions aimed at it with it.
    mutating func renameFacility(at f: Int, to name: String) {
        let old = facilities[f].name
        facilities[f].name = name
        for k in interventions.indices where interventions[k].target == old { interventions[k].target = name }
    }

    /// `t` with the threshold `key` set to `value`.
    /// - Throws: ``ModelError/unknownParameter(_:)`` for a key that is not a threshold,
    ///   ``ModelError/outOfRange(_:_:_:)`` outside `0...1`.
    static func thresholds(
        _ t: TypologyThresholds, _ key: String, _ value: Double
    ) throws(ModelError) -> TypologyThresholds {
        guard let setting = SettingsRegistry.typology.setting(key) else { throw .unknownParameter("typology.\(key)") }
        var t = t
        do { try setting.put(.real(value), into: &t) } catch {
            throw .outOfRange("typology.\(key)", value, setting.type.range ?? 0...1)
        }
        return t
    }
}

extension Model {
    /// Applies `change` to the running model: the one write path from the language into a model.
    /// The model's ``scenario`` then describes everything in force.
    /// - Throws: ``ModelError/unknownParameter(_:)``, ``ModelError/tooMany(_:limit:)``,
    ///   ``ModelError/unknownFacility(_:)`` (also for a partner on a facility the model lacks),
    ///   ``ModelError/duplicateFacility(_:)``.
    public mutating func apply(_ change: Change) throws(ModelError) {
        switch change {
        case .renameCommunity(let name):
            renameCommunity(name)
        case .resident(let index, let name, let o):
            nameResident(name, index: index)
            var kept = o
            kept.building = nil
            apply(kept, toResident: index)
        case .facility(let spec):
            if scenario.facilityIndex(spec.name) != nil { try update(spec) } else { try add(spec) }
        case .removeFacility(let name):
            try removeFacility(named: name)
        case .renameFacility(let old, let new):
            try renameFacility(old, to: new)
        case .government(let g):
            setGovernment(g)
        case .addIntervention(let iv):
            try add(iv)
        case .removeIntervention(let id):
            _ = removeIntervention(id: id)
        case .parameter(let name, let value):
            guard let e = Parameters.entry(named: name) else { throw .unknownParameter(name) }
            set(e, to: value)
        case .threshold(let key, let value):
            setThresholds(try Scenario.thresholds(scenario.thresholds, key, value))
        case .partner(let name, let partner):
            guard let f = scenario.facilityIndex(name) else { throw .unknownFacility(name) }
            var spec = scenario.facilities[f]
            spec.partner = partner
            try update(spec)
        }
    }

    /// Builds the model of a run: `scenario` at week 0, stepped to `week`, with each change
    /// applied before the step of its week (changes at week 0 are applied after the model is
    /// built, as the language does when they were not folded into the scenario).
    /// - Parameters:
    ///   - scenario: The declared week-0 scenario (its seed is the run's seed).
    ///   - changes: Changes in the order they were made; weeks must not decrease.
    ///   - week: The week to stop at, `0...Limits.maxWeek`.
    ///   - progress: Asked as week 0 is built and before each step (see ``ReplayProgress``); the
    ///     model is the same with or without it.
    /// - Returns: The model at `week`, equal to the one the changes were made on.
    /// - Throws: Any ``ModelError`` of building the model or applying a change;
    ///   ``ModelError/cancelled(residents:)`` when `progress` said to stop.
    public static func replay(
        _ scenario: Scenario, changes: [TimedChange], to week: Int, progress: ReplayProgress? = nil
    ) throws(ModelError) -> Model {
        // The build's share of the work: `replayBuildWeight` facility-weeks against the weeks to step.
        let build = replayBuildWeight / Double(max(1, scenario.facilities.count))
        let total = build + Double(max(0, week))
        let n = scenario.size
        var model = try Model(
            scenario: scenario,
            progress: progress.map { report in
                { status in
                    report(ReplayStatus(residents: n, week: 0, target: week, fraction: status.fraction * build / total))
                }
            })
        var next = 0
        while true {
            while next < changes.count && changes[next].week <= model.week {
                try model.apply(changes[next].change)
                next += 1
            }
            guard model.week < week else { break }
            if let progress {
                let done = (build + Double(model.week)) / total
                guard progress(ReplayStatus(residents: n, week: model.week, target: week, fraction: done)) else {
                    throw .cancelled(residents: n)
                }
            }
            model.step()
        }
        return model
    }
}
