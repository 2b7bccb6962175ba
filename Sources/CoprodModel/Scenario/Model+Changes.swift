/// Changes made to a running model (a week > 0). Each writes the new setting into `scenario` too,
/// so the model keeps a full description of what is in force.
extension Model {
    /// Sets resident i's demography and traits (spec §1: any field per resident). Building cannot
    /// change once ties are drawn; the caller rebuilds the community for that.
    public mutating func apply(_ o: ResidentOverrides, toResident i: Int) {
        population.setDemography(i, age: o.age, tenure: o.tenure)
        for (trait, value) in o.traits { population.set(trait, of: i, to: value) }
        scenario.overrides[i, default: ResidentOverrides()].merge(o)
        activist = Activists.flags(
            share: scenario.activistShare, overrides: scenario.overrides, population: population)
        refreshLatestRecord()
        noteChange(.resident(o, i))
    }

    /// Replaces a facility's attributes (its production state is kept).
    /// - Throws: ``ModelError/unknownFacility(_:)``.
    public mutating func update(_ spec: FacilitySpec) throws(ModelError) {
        guard let f = scenario.facilityIndex(spec.name) else { throw .unknownFacility(spec.name) }
        scenario.facilities[f] = spec
        var cells: UInt8 = 0
        for i in 0..<population.count where serves(spec, i) {
            cells |= 1 << demographicCell(population.age[i], population.tenure[i])
        }
        facilities[f].servedCells = cells
        refreshLatestRecord()
        noteChange(.updateFacility(spec))
    }

    /// Adds a facility that starts in planning this week.
    /// - Throws: ``ModelError/duplicateFacility(_:)``, ``ModelError/tooMany(_:limit:)``.
    public mutating func add(_ spec: FacilitySpec) throws(ModelError) {
        guard scenario.facilityIndex(spec.name) == nil else { throw .duplicateFacility(spec.name) }
        guard scenario.facilities.count < Limits.maxFacilities else {
            throw .tooMany("facilities", limit: Limits.maxFacilities)
        }
        let n = population.count
        scenario.facilities.append(spec)
        let drawIndex = (facilities.map(\.drawIndex).max() ?? -1) + 1
        facilities.append(makeState(spec, createdAt: week, drawIndex: drawIndex))
        stage += Array(repeating: .unaware, count: n)
        channel += Array(repeating: .none, count: n)
        incentiveDriven += Array(repeating: false, count: n)
        joinedAt += Array(repeating: -1, count: n)
        activeRun += Array(repeating: 0, count: n)
        sustained += Array(repeating: false, count: n)
        satisfaction += Array(repeating: scenario.parameters.satisfactionStart, count: n)
        fatigue += Array(repeating: 0, count: n)
        refreshLatestRecord()
        noteChange(.addFacility(spec))
    }

    /// Removes the facility called `name` with its residents' state on it, its rows of every past
    /// week's record, and the interventions aimed at it alone (those on every facility stay).
    /// The other facilities keep their draws (``FacilityState/drawIndex``), so a twin without it
    /// differs from one with it only through what the facility did (spec §10). The residents keep
    /// what it gave them (veteran status, ties' weeks together, traits moved by the feedback).
    /// - Returns: The ids of the interventions removed with it, in order.
    /// - Throws: ``ModelError/unknownFacility(_:)``.
    @discardableResult
    public mutating func removeFacility(named name: String) throws(ModelError) -> [Int] {
        guard let f = scenario.facilityIndex(name) else { throw .unknownFacility(name) }
        let n = population.count
        let block = (f * n)..<((f + 1) * n)
        stage.removeSubrange(block)
        channel.removeSubrange(block)
        incentiveDriven.removeSubrange(block)
        joinedAt.removeSubrange(block)
        activeRun.removeSubrange(block)
        sustained.removeSubrange(block)
        satisfaction.removeSubrange(block)
        fatigue.removeSubrange(block)
        facilities.remove(at: f)
        scenario.facilities.remove(at: f)
        let removed = scenario.interventions.filter { $0.target == name }.map(\.id)
        scenario.interventions.removeAll { $0.target == name }
        for w in history.indices where f < history[w].facilities.count { history[w].facilities.remove(at: f) }
        storedRecords.dropFacility(block)
        refreshLatestRecord()
        noteChange(.removeFacility(name))
        return removed
    }

    /// Renames facility `old` to `new`, in the scenario, the interventions aimed at it and every
    /// past week's record; nothing else changes (its draws stay its own).
    /// - Throws: ``ModelError/unknownFacility(_:)``, ``ModelError/duplicateFacility(_:)`` when
    ///   `new` names another facility.
    public mutating func renameFacility(_ old: String, to new: String) throws(ModelError) {
        guard let f = scenario.facilityIndex(old) else { throw .unknownFacility(old) }
        guard old == new || scenario.facilityIndex(new) == nil else { throw .duplicateFacility(new) }
        scenario.renameFacility(at: f, to: new)
        for w in history.indices where f < history[w].facilities.count { history[w].facilities[f].name = new }
        for e in events.indices where events[e].facility == old { events[e].facility = new }
        noteChange(.renameFacility(old, new))
    }

    /// Changes the government's settings; a new `role` applies to every facility at once.
    public mutating func setGovernment(_ g: Government) {
        if g.role != scenario.government.role {
            for f in facilities.indices { facilities[f].role = g.role }
        }
        // Before the first step no week's levers are in force yet: the responsiveness shown is the
        // government's, as if the scenario had declared it (a later week's comes from its levers).
        if week == 0 {
            for f in facilities.indices { facilities[f].responsiveness = g.responsiveness }
        }
        scenario.government = g
        refreshLatestRecord()
        noteChange(.government(g))
    }

    /// Adds an intervention.
    /// - Throws: ``ModelError/tooMany(_:limit:)``.
    public mutating func add(_ iv: Intervention) throws(ModelError) {
        guard scenario.interventions.count < Limits.maxInterventions else {
            throw .tooMany("interventions", limit: Limits.maxInterventions)
        }
        scenario.interventions.append(iv)
        refreshLatestRecord()
        noteChange(.addIntervention(iv))
    }

    /// Numbers the interventions 1, 2, … in order (see `Scenario.renumberInterventions`).
    public mutating func renumberInterventions() {
        scenario.renumberInterventions()
        noteChange(.renumberInterventions)
    }

    /// Removes the intervention with `id`; returns false if there is none.
    public mutating func removeIntervention(id: Int) -> Bool {
        guard let k = scenario.interventions.firstIndex(where: { $0.id == id }) else { return false }
        scenario.interventions.remove(at: k)
        refreshLatestRecord()
        noteChange(.removeIntervention(id))
        return true
    }

    /// Sets a constant (non-structural: structural ones need a rebuilt community).
    public mutating func set(_ entry: Parameters.Entry, to value: Double) {
        scenario.parameters.set(entry, to: value)
        noteChange(.parameter(entry, value))
    }

    /// Sets the typology thresholds.
    public mutating func setThresholds(_ t: TypologyThresholds) {
        scenario.thresholds = t
        refreshLatestRecord()
        noteChange(.thresholds(t))
    }

    /// Recomputes this week's outcome record after a change, keeping the week's counts, so every
    /// facility (including one just added) has a current record.
    mutating func refreshLatestRecord() {
        let last = history[history.count - 1]
        var tally = StepTally(facilityCount: facilities.count)
        for (f, o) in last.facilities.enumerated() where f < facilities.count {
            tally.newlyAware[f] = o.newlyAware
            tally.autonomousJoins[f] = o.autonomousJoins
            tally.mobilisedJoins[f] = o.mobilisedJoins
            tally.lapses[f] = o.lapses
        }
        history[history.count - 1] = record(tally: tally)
    }
}

extension Model {
    /// Renames the community (no effect on the run).
    public mutating func renameCommunity(_ name: String) { scenario.name = name }

    /// Gives resident `index` a name (nil leaves names as they are).
    public mutating func nameResident(_ name: String?, index: Int) {
        if let name { scenario.residentNames[name] = index }
    }

    /// The name of resident i, if she has one.
    public func name(ofResident i: Int) -> String? {
        scenario.residentNames.first { $0.value == i }?.key
    }
}

extension Model {
    /// Shifts a trait of every resident by `delta` (clamped to `0...1`), e.g. raising everyone's
    /// self-efficacy by 0.2 as in stylised fact 2 (spec §11).
    public mutating func shift(_ trait: ResidentTrait, by delta: Double) {
        for i in 0..<population.count { population.set(trait, of: i, to: population.value(trait, of: i) + delta) }
        refreshLatestRecord()
        noteChange(.shift(trait, delta))
    }
}
