import CoprodModel

/// Reading typed values out of settings, with range checks whose messages state the range.
enum Values {
    static func number(_ atom: Atom, _ key: String, in range: ClosedRange<Double>) throws(Diagnostic) -> Double {
        guard case .number(let n) = atom else {
            throw Diagnostic(
                .needsNumber(key: key), at: atom.range,
                hint: .forExample(code: "\(key) \(Format.literal(range.upperBound <= 1 ? 0.5 : range.lowerBound))"))
        }
        guard range.contains(n.value) else {
            throw Diagnostic(
                .outOfRange(key: key, written: n.text), at: n.range,
                hint: .mustBeBetween(key: key, low: range.lowerBound, high: range.upperBound))
        }
        return n.value
    }

    static func integer(_ atom: Atom, _ key: String, in range: ClosedRange<Double>) throws(Diagnostic) -> Int {
        let v = try number(atom, key, in: range)
        guard v == v.rounded() else {
            throw Diagnostic(.mustBeWhole(key: key), at: atom.range)
        }
        return Int(v)
    }

    static func word(_ atom: Atom, _ key: String, among words: [String]) throws(Diagnostic) -> String {
        guard case .word(let w) = atom else {
            throw Diagnostic(.needsOneOf(key: key, words: words), at: atom.range)
        }
        guard words.contains(w.name) else { throw Fields.unknown(w, candidates: words, what: .value(key: key)) }
        return w.name
    }

    /// A word naming one of `choices`, as that choice (the same diagnostics as ``word(_:_:among:)``).
    /// - Parameters:
    ///   - atom: The value as written.
    ///   - key: The setting's key, for the diagnostics.
    ///   - choices: The possible values.
    ///   - name: The word of a value.
    /// - Returns: The first of `choices` whose word is the one written.
    /// - Throws: A diagnostic when the value is not a word, or not one of the choices' words.
    static func choice<T>(
        _ atom: Atom, _ key: String, among choices: [T], named name: (T) -> String
    ) throws(Diagnostic) -> T {
        let words = choices.map(name)
        guard case .word(let w) = atom else {
            throw Diagnostic(.needsOneOf(key: key, words: words), at: atom.range)
        }
        guard let k = words.firstIndex(of: w.name) else {
            throw Fields.unknown(w, candidates: words, what: .value(key: key))
        }
        return choices[k]
    }

    /// The single value of a setting.
    static func single(_ s: Setting) throws(Diagnostic) -> Atom {
        guard s.values.count == 1 else {
            throw Diagnostic(.takesOneValue(key: s.key.name), at: s.range)
        }
        return s.values[0]
    }

    static func unknownKey(_ key: Identifier, _ keys: [String], _ group: SettingGroup) -> Diagnostic {
        Fields.unknown(key, candidates: keys, what: .setting(group))
    }
}

extension Interpreter {
    /// `community ["Name"] size N profile P seed S`. Size, profile and seed redraw the community and
    /// return to week 0.
    mutating func community(name: StringLiteral?, settings: [Setting]) throws(Diagnostic) {
        var s = state.currentScenario
        if let name { s.name = name.value }
        var reshaped = false
        for setting in settings {
            let atom = try Values.single(setting)
            switch setting.key.name {
            case "size":
                let size = try Values.integer(atom, "size", in: 1...Double(options.maxPopulation))
                guard size > (s.residentNames.values.max() ?? -1) else {
                    throw Diagnostic(
                        .sizeTooSmallForNames(size: size), at: atom.range,
                        hint: .namedResidentsNeed((s.residentNames.values.max() ?? 0) + 1))
                }
                s.overrides = s.overrides.filter { $0.key < size }
                s.size = size
                reshaped = true
            case "profile":
                s.profile = try Values.choice(atom, "profile", among: Profile.allCases, named: \.rawValue)
                reshaped = true
            case "seed":
                let seed = try Values.integer(atom, "seed", in: 0...9_007_199_254_740_992)
                s.seed = UInt64(seed)
                reshaped = true
            case "name":
                guard case .string(let str) = atom else {
                    throw Diagnostic(.needsQuotedString(key: "name"), at: atom.range)
                }
                s.name = str.value
            default: throw Values.unknownKey(setting.key, Vocabulary.communityKeys, .community)
            }
        }
        if reshaped {
            try replaceScenario(s, because: .community)
        } else {
            state.scenario.name = s.name
            state.model.renameCommunity(s.name)
            emit(.note(.communityRenamed(s.name)))
        }
    }

    /// Applies a change to the running model. At week 0 it is also written into the declared
    /// scenario (which then still reproduces the run, without redrawing the population); later it
    /// is kept in the timeline, so `save` replays it at the same week.
    mutating func applyChange(
        at range: SourceRange? = nil, toScenario: (inout Scenario) -> Void,
        toModel: (inout Model) throws(ModelError) -> Void
    ) throws(Diagnostic) {
        do { try toModel(&state.model) } catch { throw Diagnostic(.model(error), at: range ?? statementRange) }
        if state.week == 0 { toScenario(&state.scenario) } else { recordChange() }
    }

    /// Installs a new week-0 scenario and rebuilds the model; says so when it ends a run.
    mutating func replaceScenario(_ s: Scenario, because why: Rebuild) throws(Diagnostic) {
        let week = state.week
        // A community the process cannot hold is refused before any memory is used (issue 9).
        if s.size > 100_000, let may = options.memoryAvailable?() ?? MemoryBudget.available() {
            let needs = MemoryEstimate.bytes(residents: s.size, facilities: s.facilities.count)
            if needs > may {
                throw Diagnostic(
                    .needsMemory(residents: s.size, megabytes: needs >> 20, mayUse: may >> 20), at: statementRange,
                    hint: .smallerCommunityOrMoreMemory)
            }
        }
        state.scenario = s
        do { try state.rebuild() } catch { throw Diagnostic(.model(error), at: statementRange) }
        emit(
            .note(
                .scenarioReplaced(
                    why, size: s.size, profile: s.profile, seed: state.model.scenario.seed,
                    wasWeek: week > 0 ? week : nil)))
    }

    /// `resident REF key value …`: names a new resident (taking the lowest free index) or changes one.
    mutating func resident(_ ref: ResidentRef, settings: [Setting]) throws(Diagnostic) {
        var o = ResidentOverrides()
        for setting in settings {
            let atom = try Values.single(setting)
            let key = setting.key.name
            switch key {
            case "age":
                o.age = AgeGroup(word: try Values.word(atom, "age", among: AgeGroup.allCases.map(\.description)))
            case "tenure":
                o.tenure = Tenure(word: try Values.word(atom, "tenure", among: Tenure.allCases.map(\.description)))
            case "building":
                o.building = try Values.integer(atom, "building", in: 1...Double(buildingLimit))
            default:
                guard let trait = ResidentTrait(rawValue: key) else {
                    throw Values.unknownKey(setting.key, Vocabulary.residentKeys, .resident)
                }
                o.traits[trait] = try Values.number(atom, key, in: 0...1)
            }
        }
        var s = state.scenario
        let index: Int
        switch ref {
        case .index(let n):
            index = try Values.integer(.number(n), "resident", in: 1...Double(s.size)) - 1
        case .name(let id):
            if let known = s.residentNames[id.name] {
                index = known
            } else {
                guard !Self.reservedNames.contains(id.name) else {
                    throw Diagnostic(.cannotNameResident(id.name), at: id.range, hint: .wordOfTheLanguage)
                }
                guard let free = s.nextFreeResidentIndex else {
                    throw Diagnostic(.noFreeResident, at: id.range, hint: .raiseSizeFirst)
                }
                index = free
                s.residentNames[id.name] = free
            }
        }
        if state.week == 0 {
            s.overrides[index, default: ResidentOverrides()].merge(o)
            state.scenario = s
            do { try state.rebuild() } catch { throw Diagnostic(.model(error), at: statementRange) }
        } else {
            if o.building != nil {
                throw Diagnostic(
                    .buildingOnlyAtWeekZero, at: settings.first { $0.key.name == "building" }?.range ?? statementRange,
                    hint: .drawTiesAtWeekZero)
            }
            state.model.nameResident(s.residentNames.first { $0.value == index }?.key, index: index)
            state.model.apply(o, toResident: index)
            recordChange()
        }
        var view = Views.resident(state.model, index)
        if case .index = ref { view.name = nil }
        emit(.residentDeclared(view))
    }

    /// Words that cannot name a resident or facility: they would be read as part of the language
    /// in `show`, expressions and `by` lists.
    /// The highest building number in use: blocks of `blockSize` residents, or a named resident's.
    var buildingLimit: Int {
        let s = state.currentScenario
        let blocks = (s.size + s.parameters.blockSize - 1) / max(1, s.parameters.blockSize)
        return max(1, blocks, state.model.population.buildingCount)
    }

    static let reservedNames: Set<String> = Set(
        [
            "all", "community", "residents", "resident", "facility", "government",
            "interventions", "parameters", "typology",
        ]
            + Vocabulary.expressionTerminators + Vocabulary.logicalWords + ["until", "force"])

    /// `facility NAME key value …`: adds a facility or changes one.
    mutating func facility(_ name: Identifier, settings: [Setting]) throws(Diagnostic) {
        let existing = state.model.scenario.facilityIndex(name.name)
        guard !Self.reservedNames.contains(name.name) else {
            throw Diagnostic(.cannotNameFacility(name.name), at: name.range, hint: .chooseAnotherName)
        }
        var spec = existing.map { state.model.scenario.facilities[$0] } ?? FacilitySpec(name: name.name)
        if existing == nil && state.model.scenario.facilities.count >= Limits.maxFacilities {
            throw Diagnostic(.tooManyFacilities(limit: Limits.maxFacilities), at: name.range)
        }
        for setting in settings {
            let key = setting.key.name
            switch key {
            case "serves":
                spec.serves = try beneficiaries(setting)
            case "initiator":
                spec.initiator = try Values.choice(
                    try Values.single(setting), "initiator", among: Initiator.allCases, named: \.rawValue)
            case "cost":
                spec.cost = try Values.number(try Values.single(setting), "cost", in: 0.001...1e9)
            case "publicness", "salience", "complexity", "visibility", "outreach":
                let v = try Values.number(try Values.single(setting), key, in: 0...1)
                switch key {
                case "publicness": spec.publicness = v
                case "salience": spec.salience = v
                case "complexity": spec.complexity = v
                case "visibility": spec.visibility = v
                default: spec.outreach = v
                }
            default: throw Values.unknownKey(setting.key, Vocabulary.facilityKeys, .facility)
            }
        }
        try applyChange(
            at: name.range,
            toScenario: { s in
                if let f = existing { s.facilities[f] = spec } else { s.facilities.append(spec) }
            },
            toModel: { m throws(ModelError) in
                if existing != nil { try m.update(spec) } else { try m.add(spec) }
            })
        emit(.facilityDeclared(spec, changed: existing != nil))
    }

    private func beneficiaries(_ s: Setting) throws(Diagnostic) -> Beneficiaries {
        guard let first = s.values.first, case .word(let w) = first else {
            throw Diagnostic(.servesNeedsScope, at: s.range)
        }
        switch w.name {
        case "all":
            guard s.values.count == 1 else { throw Diagnostic(.servesAllTakesNothing, at: s.range) }
            return .all
        case "building", "age", "tenure":
            guard s.values.count == 2 else {
                throw Diagnostic(
                    .servesNeedsValue(scope: w.name), at: w.range, hint: .forExample(code: "serves building 3"))
            }
            let v = s.values[1]
            switch w.name {
            case "building":
                let b = try Values.integer(v, "building", in: 1...Double(buildingLimit))
                return .building(b)
            case "age":
                return .age(try Values.choice(v, "age", among: AgeGroup.allCases, named: \.description))
            default:
                return .tenure(try Values.choice(v, "tenure", among: Tenure.allCases, named: \.description))
            }
        default:
            throw Fields.unknown(w, candidates: ["all", "building", "age", "tenure"], what: .beneficiaryGroup)
        }
    }

    /// `government role R budget B responsiveness X`.
    mutating func government(_ settings: [Setting]) throws(Diagnostic) {
        var g = state.model.scenario.government
        for setting in settings {
            let atom = try Values.single(setting)
            switch setting.key.name {
            case "role": g.role = try Values.number(atom, "role", in: 0...1)
            case "budget": g.budget = try Values.number(atom, "budget", in: 0...1000)
            case "responsiveness": g.responsiveness = try Values.number(atom, "responsiveness", in: 0...1)
            default: throw Values.unknownKey(setting.key, Vocabulary.governmentKeys, .government)
            }
        }
        try applyChange(toScenario: { $0.government = g }, toModel: { $0.setGovernment(g) })
        emit(.governmentDeclared(g))
    }

    /// `intervene KIND [on NAME|all] strength S from W to W`.
    mutating func intervene(kind: Identifier, target: Identifier?, settings: [Setting]) throws(Diagnostic) {
        let kinds = InterventionKind.allCases.map(\.rawValue)
        guard let k = InterventionKind(rawValue: Terms.aliases[kind.name] ?? kind.name) else {
            throw Fields.unknown(kind, candidates: kinds, what: .interventionKind)
        }
        var targetName: String? = nil
        if let t = target, t.name != "all" {
            guard state.model.scenario.facilityIndex(t.name) != nil else {
                throw Fields.unknown(
                    t, candidates: state.model.scenario.facilities.map(\.name) + ["all"], what: .facility)
            }
            targetName = t.name
        }
        var strength = 0.8
        var start = state.week
        var end: Int? = nil
        var startRange: SourceRange? = nil
        for setting in settings {
            let atom = try Values.single(setting)
            switch setting.key.name {
            case "strength": strength = try Values.number(atom, "strength", in: 0...1)
            case "from":
                start = try Values.integer(atom, "from", in: 0...Double(Limits.maxWeek))
                startRange = atom.range
            case "to": end = try Values.integer(atom, "to", in: 0...Double(Limits.maxWeek))
            default: throw Values.unknownKey(setting.key, Vocabulary.interventionKeys, .intervention)
            }
        }
        if let e = end, e < start {
            throw Diagnostic(
                .windowEndsBeforeStart(end: e, start: start),
                at: settings.first { $0.key.name == "to" }?.range ?? statementRange)
        }
        if start < state.week, let r = startRange {
            throw Diagnostic(.weekInPast(week: start, now: state.week), at: r, hint: .startNowOrLater)
        }
        guard state.model.scenario.interventions.count < Limits.maxInterventions else {
            throw Diagnostic(.tooManyInterventions(limit: Limits.maxInterventions), at: kind.range)
        }
        let iv = Intervention(
            id: state.model.scenario.nextInterventionID, kind: k, target: targetName,
            strength: strength, start: start, end: end)
        try applyChange(
            at: kind.range, toScenario: { $0.interventions.append(iv) },
            toModel: { m throws(ModelError) in try m.add(iv) })
        emit(.interventionDeclared(InterventionView(intervention: iv, active: iv.isActive(at: state.week))))
    }

    /// `remove intervention N`.
    mutating func removeIntervention(_ n: NumberLiteral) throws(Diagnostic) {
        let id = try Values.integer(.number(n), "intervention", in: 1...Double(Int32.max))
        guard state.model.scenario.interventions.contains(where: { $0.id == id }) else { throw noIntervention(n) }
        try applyChange(
            toScenario: { $0.interventions.removeAll { $0.id == id } },
            toModel: { _ = $0.removeIntervention(id: id) })
        if state.week == 0 {
            // Keep week-0 numbers 1…k, as a saved script will give them on replay.
            state.scenario.renumberInterventions()
            state.model.renumberInterventions()
        }
        emit(.note(.removedIntervention(id)))
    }

    private func noIntervention(_ n: NumberLiteral) -> Diagnostic {
        let ids = state.model.scenario.interventions.map { String($0.id) }
        return Diagnostic(
            .noSuchIntervention(quoted: n.text), at: n.range,
            hint: ids.isEmpty ? .noInterventions : .interventionsAre(ids))
    }

    /// `set NAME VALUE` for a model constant or `typology.autonomy` / `typology.publicness`.
    mutating func set(_ ref: FieldRef, _ atom: Atom) throws(Diagnostic) {
        if let q = ref.qualifier {
            guard q.name == "typology" else {
                throw Fields.unknown(q, candidates: ["typology"], what: .parameterGroup)
            }
            var t = state.model.scenario.thresholds
            switch ref.name.name {
            case "autonomy": t.autonomy = try Values.number(atom, "typology.autonomy", in: 0...1)
            case "publicness": t.publicness = try Values.number(atom, "typology.publicness", in: 0...1)
            default: throw Fields.unknown(ref.name, candidates: ["autonomy", "publicness"], what: .typologyThreshold)
            }
            try applyChange(toScenario: { $0.thresholds = t }, toModel: { $0.setThresholds(t) })
            emit(.note(.thresholdsSet(autonomy: t.autonomy, publicness: t.publicness)))
            return
        }
        let names = Vocabulary.parameters
        guard let entry = Parameters.entry(named: ref.name.name) else {
            throw Fields.unknown(ref.name, candidates: names, what: .parameter)
        }
        let value =
            entry.isInteger
            ? Double(try Values.integer(atom, entry.name, in: entry.range))
            : try Values.number(atom, entry.name, in: entry.range)
        if Parameters.structural.contains(entry.name) {
            var s = state.currentScenario
            s.parameters.set(entry, to: value)
            try replaceScenario(s, because: .parameter(name: entry.name, value: value))
            return
        }
        try applyChange(toScenario: { $0.parameters.set(entry, to: value) }, toModel: { $0.set(entry, to: value) })
        emit(.note(.parameterSet(name: entry.name, value: value)))
    }
}
