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
        let word = canonical(w.name, among: words)
        guard words.contains(word) else { throw Fields.unknown(w, candidates: words, what: .value(key: key)) }
        return word
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
        guard let k = words.firstIndex(of: canonical(w.name, among: words)) else {
            throw Fields.unknown(w, candidates: words, what: .value(key: key))
        }
        return choices[k]
    }

    /// `written`, or the word of `words` it is a Chinese alias of (`老年` → `older`, ``Terms/aliases``).
    static func canonical(_ written: String, among words: [String]) -> String {
        if !words.contains(written), let alias = Terms.aliases[written], words.contains(alias) { return alias }
        return written
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

    /// The registry's setting for a written key, or an `unknown … setting` diagnostic with a
    /// did-you-mean over the group's keys.
    ///
    /// A key may be typed with its Chinese name, as the Chinese output prints it (`resident 1
    /// 自我效能感 0.6` is `efficacy`, ``Terms/key(named:in:among:)``), except the keys the parser
    /// reads by their word (`serves` with its scope, a resident's bare `activist`): those get a
    /// hint naming the word to write.
    static func setting<Root>(
        _ key: Identifier, in registry: [CoprodModel.Setting<Root>], _ group: SettingGroup
    ) throws(Diagnostic) -> CoprodModel.Setting<Root> {
        if let setting = registry.setting(key.name) { return setting }
        let keys = registry.map(\.key)
        guard let named = Terms.key(named: key.name, in: group.rawValue, among: keys),
            let setting = registry.setting(named)
        else {
            throw unknownKey(key, keys, group)
        }
        guard setting.type != .beneficiaries, !(group == .resident && named == "activist") else {
            throw Diagnostic(
                .unknown(.setting(group), name: key.name), at: key.range,
                hint: .keyIsWrittenAs(word: key.name, key: named))
        }
        return setting
    }

    /// The value written for `setting`, read as its type asks (a number in `range`, or in the
    /// type's range when `range` is nil; one of its words; a quoted string). `serves` is read by
    /// the facility declaration.
    /// - Throws: A diagnostic at the value: not a number, out of range, not whole, not one of
    ///   the words, not a string, or more than one value.
    static func value<Root>(
        _ written: Setting, for setting: CoprodModel.Setting<Root>, in range: ClosedRange<Double>? = nil
    ) throws(Diagnostic) -> SettingValue {
        let atom = try single(written)
        switch setting.type {
        case .real(let r): return .real(try number(atom, setting.key, in: range ?? r))
        case .integer(let r): return .integer(try integer(atom, setting.key, in: range ?? r))
        case .category(let words): return .word(try word(atom, setting.key, among: words))
        case .text:
            guard case .string(let text) = atom else {
                throw Diagnostic(.needsQuotedString(key: setting.key), at: atom.range)
            }
            return .text(text.value)
        case .beneficiaries:
            throw Diagnostic(.servesNeedsScope, at: written.range)
        }
    }

    /// Writes `value` into `root` through the registry (the checks of ``value(_:for:in:)`` have
    /// already passed, so this cannot fail for a value it read).
    static func put<Root>(
        _ value: SettingValue, _ setting: CoprodModel.Setting<Root>, into root: inout Root, at written: Setting
    ) throws(Diagnostic) {
        do { try setting.put(value, into: &root) } catch {
            switch error {
            case .outOfRange(let key, let v, let r):
                throw Diagnostic(
                    .outOfRange(key: key, written: Format.literal(v)), at: written.range,
                    hint: .mustBeBetween(key: key, low: r.lowerBound, high: r.upperBound))
            case .unknownWord(let key, _, let words):
                throw Diagnostic(.needsOneOf(key: key, words: words), at: written.range)
            case .wrongType(let key, _):
                throw Diagnostic(.needsNumber(key: key), at: written.range)
            }
        }
    }
}

extension Interpreter {
    /// `community ["Name"] size N profile P seed S` (keys: ``SettingsRegistry/community``). Size,
    /// profile and seed redraw the community and return to week 0.
    mutating func community(name: StringLiteral?, settings: [Setting]) throws(Diagnostic) {
        var s = state.currentScenario
        if let name { s.name = name.value }
        var reshaped = false
        for written in settings {
            let setting = try Values.setting(written.key, in: SettingsRegistry.community, .community)
            let limit: ClosedRange<Double>? = setting.key == "size" ? 1...Double(options.maxPopulation) : nil
            if setting.key == "size" { try checkMemory(forSize: written, facilities: s.facilities.count) }
            let value = try Values.value(written, for: setting, in: limit)
            if case .integer(let size) = value, setting.key == "size" {
                guard size > (s.residentNames.values.max() ?? -1) else {
                    throw Diagnostic(
                        .sizeTooSmallForNames(size: size), at: written.values[0].range,
                        hint: .namedResidentsNeed((s.residentNames.values.max() ?? 0) + 1))
                }
                s.overrides = s.overrides.filter { $0.key < size }
            }
            try Values.put(value, setting, into: &s, at: written)
            if setting.key != "name" { reshaped = true }
        }
        if reshaped {
            try replaceScenario(s, because: .community)
        } else {
            try change(.renameCommunity(s.name))
            emit(.note(.communityRenamed(s.name)))
        }
    }

    /// The one write path of a declaration into the current run. At week 0 the change is folded
    /// into the declared scenario (which then still reproduces the run) and the model follows,
    /// drawn again when the change enters the population draw; later it is applied to the model and
    /// kept in the run's changes with its week, so `save` replays it at the same week.
    mutating func change(_ change: Change, at range: SourceRange? = nil) throws(Diagnostic) {
        do {
            if state.week == 0 {
                try state.scenario.apply(change)
                if change.redrawsAtWeekZero {
                    try state.rebuild(progress: buildProgress)
                } else {
                    try state.model.apply(change)
                }
            } else {
                try state.model.apply(change)
                state.changes.append(TimedChange(week: state.week, change: change))
            }
        } catch { throw buildFailure(error, at: range ?? statementRange) }
    }

    /// Refuses a `size` value, at its line and column and before any memory is used (issue 9), that
    /// is larger than the session allows (saying what it would need and what the process may use)
    /// or that needs more memory than the process may use (``MemoryEstimate``, ``MemoryBudget``).
    /// Other values out of range are left to the range check.
    func checkMemory(forSize written: Setting, facilities: Int) throws(Diagnostic) {
        guard written.values.count == 1, case .number(let n) = written.values[0], n.value > 100_000,
            n.value <= Self.largestSizeEstimated
        else { return }
        let residents = Int(n.value.rounded(.up))
        guard
            let refusal = MemoryBudget.refusal(
                residents: residents, facilities: facilities, limit: options.maxPopulation,
                available: options.memoryAvailable?() ?? MemoryBudget.available())
        else { return }
        let hint: Message =
            if case .sizeAboveLimit = refusal {
                .mustBeBetween(key: "size", low: 1, high: Double(options.maxPopulation))
            } else { .smallerCommunityOrMoreMemory }
        throw Diagnostic(refusal, at: n.range, hint: hint)
    }

    /// Sizes up to which ``checkMemory(forSize:facilities:)`` states the memory a community would
    /// need (10¹⁵ residents: at most 3.4 × 10¹⁸ bytes with 64 facilities, inside `Int`); larger ones
    /// get the range error.
    static let largestSizeEstimated = 1e15

    /// Installs a new week-0 scenario and rebuilds the model; says so when it ends a run.
    mutating func replaceScenario(_ s: Scenario, because why: Rebuild) throws(Diagnostic) {
        let week = state.week
        // A community the process cannot hold is refused before any memory is used (issue 9).
        if let shortfall = MemoryBudget.shortfall(
            for: s, available: options.memoryAvailable?() ?? MemoryBudget.available())
        {
            throw Diagnostic(shortfall, at: statementRange, hint: .smallerCommunityOrMoreMemory)
        }
        state.scenario = s
        do { try state.rebuild(progress: buildProgress) } catch { throw buildFailure(error, at: statementRange) }
        emit(
            .note(
                .scenarioReplaced(
                    why, size: s.size, profile: s.profile, seed: state.model.scenario.seed,
                    wasWeek: week > 0 ? week : nil)))
    }

    /// `resident REF key value …` (keys: ``SettingsRegistry/resident``): names a new resident
    /// (taking the lowest free index) or changes one.
    mutating func resident(_ ref: ResidentRef, settings: [Setting]) throws(Diagnostic) {
        var o = ResidentOverrides()
        for written in settings {
            let setting = try Values.setting(written.key, in: SettingsRegistry.resident, .resident)
            let limit: ClosedRange<Double>? = setting.key == "building" ? 1...Double(buildingLimit) : nil
            try Values.put(try Values.value(written, for: setting, in: limit), setting, into: &o, at: written)
        }
        let s = state.model.scenario
        let index: Int
        var newName: String? = nil
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
                guard s.facilityIndex(id.name) == nil else {
                    throw Diagnostic(.nameIsAFacility(id.name), at: id.range, hint: .chooseAnotherResidentName)
                }
                guard let free = s.nextFreeResidentIndex else {
                    throw Diagnostic(.noFreeResident, at: id.range, hint: .raiseSizeFirst)
                }
                index = free
                newName = id.name
            }
        }
        if state.week > 0 && o.building != nil {
            throw Diagnostic(
                .buildingOnlyAtWeekZero, at: settings.first { $0.key.name == "building" }?.range ?? statementRange,
                hint: .drawTiesAtWeekZero)
        }
        try change(.resident(index: index, name: newName, overrides: o))
        var view = Views.resident(state.model, index)
        if case .index = ref { view.name = nil }
        emit(.residentDeclared(view))
    }

    /// The highest building number in use: blocks of `blockSize` residents, or a named resident's.
    var buildingLimit: Int {
        let s = state.currentScenario
        let blocks = (s.size + s.parameters.blockSize - 1) / max(1, s.parameters.blockSize)
        return max(1, blocks, state.model.population.buildingCount)
    }

    /// Words that cannot name a resident or facility: they would be read as part of the language
    /// in `show`, expressions and `by` lists.
    static let reservedNames: Set<String> = Set(
        [
            "all", "community", "residents", "resident", "facility", "government",
            "interventions", "parameters", "typology",
        ]
            + Vocabulary.expressionTerminators + Vocabulary.logicalWords + ["until", "force"])

    /// `facility NAME key value …` (keys: ``SettingsRegistry/facility``): adds a facility or
    /// changes one.
    mutating func facility(_ name: Identifier, settings: [Setting]) throws(Diagnostic) {
        let existing = state.model.scenario.facilityIndex(name.name)
        guard !Self.reservedNames.contains(name.name) else {
            throw Diagnostic(.cannotNameFacility(name.name), at: name.range, hint: .chooseAnotherName)
        }
        guard state.model.scenario.residentNames[name.name] == nil else {
            throw Diagnostic(.nameIsAResident(name.name), at: name.range, hint: .chooseAnotherName)
        }
        var spec = existing.map { state.model.scenario.facilities[$0] } ?? FacilitySpec(name: name.name)
        if existing == nil && state.model.scenario.facilities.count >= Limits.maxFacilities {
            throw Diagnostic(.tooManyFacilities(limit: Limits.maxFacilities), at: name.range)
        }
        // A facility the process cannot hold is refused before any memory is used (issue 9).
        if existing == nil {
            let n = state.model.residentCount
            let count = state.model.scenario.facilities.count
            let needs = MemoryEstimate.bytes(addingFacilityTo: n, facilities: count)
            if needs > 32 << 20, let may = options.memoryAvailable?() ?? MemoryBudget.available(), needs > may {
                throw Diagnostic(
                    .facilityNeedsMemory(
                        residents: n, facilities: count + 1, megabytes: needs >> 20, mayUse: may >> 20),
                    at: statementRange, hint: .fewerFacilitiesOrMoreMemory)
            }
        }
        for written in settings {
            let setting = try Values.setting(written.key, in: SettingsRegistry.facility, .facility)
            let value =
                setting.type == .beneficiaries
                ? .beneficiaries(try beneficiaries(written)) : try Values.value(written, for: setting)
            try Values.put(value, setting, into: &spec, at: written)
        }
        try change(.facility(spec), at: name.range)
        emit(.facilityDeclared(spec, changed: existing != nil))
        if existing == nil { noteNewFacility(name.name) }
    }

    /// Typed at the prompt, a `facility` line that adds a facility beside others says so (a
    /// mistyped name would otherwise add one silently); in a lesson whose part is about another
    /// facility it asks whether the student meant that one.
    private func noteNewFacility(_ name: String) {
        let names = state.model.scenario.facilities.map(\.name)
        guard fileName == "<repl>", names.count > 1 else { return }
        emit(.note(.newFacility(name: name, all: names)))
        guard let progress = state.lesson, progress.part < progress.lesson.parts.count else { return }
        let tries = progress.lesson.parts[progress.part].tries.joined(separator: " ")
        let words = Set(tries.split { !($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }.map(String.init))
        if !words.contains(name), let meant = names.first(where: { $0 != name && words.contains($0) }) {
            emit(.note(.didYouMeanFacility(meant: meant, new: name)))
        }
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
            throw Fields.unknown(w, candidates: Vocabulary.servesScopes, what: .beneficiaryGroup)
        }
    }

    /// `government role R budget B responsiveness X` (keys: ``SettingsRegistry/government``).
    mutating func government(_ settings: [Setting]) throws(Diagnostic) {
        var g = state.model.scenario.government
        for written in settings {
            let setting = try Values.setting(written.key, in: SettingsRegistry.government, .government)
            try Values.put(try Values.value(written, for: setting), setting, into: &g, at: written)
        }
        try change(.government(g))
        emit(.governmentDeclared(g))
    }

    /// `intervene KIND [on NAME|all] strength S from W to W` (keys:
    /// ``SettingsRegistry/intervention``).
    mutating func intervene(kind: Identifier, target: Identifier?, settings: [Setting]) throws(Diagnostic) {
        let kinds = InterventionKind.allCases.map(\.rawValue)
        guard let k = InterventionKind(rawValue: Terms.aliases[kind.name] ?? kind.name) else {
            var d = Fields.unknown(kind, candidates: kinds, what: .interventionKind)
            if let meant = Terms.interventionSynonyms[kind.name.lowercased()] { d.hint = .didYouMean(meant) }
            throw d
        }
        var targetName: String? = nil
        if let t = target, t.name != "all" {
            guard state.model.scenario.facilityIndex(t.name) != nil else {
                throw Fields.unknown(
                    t, candidates: state.model.scenario.facilities.map(\.name) + ["all"], what: .facility)
            }
            targetName = t.name
        }
        var iv = Intervention(
            id: state.model.scenario.nextInterventionID, kind: k, target: targetName,
            strength: SettingsRegistry.defaultStrength, start: state.week, end: nil)
        for written in settings {
            let setting = try Values.setting(written.key, in: SettingsRegistry.intervention, .intervention)
            try Values.put(try Values.value(written, for: setting), setting, into: &iv, at: written)
        }
        if let e = iv.end, e < iv.start {
            throw Diagnostic(
                .windowEndsBeforeStart(end: e, start: iv.start),
                at: settings.first { $0.key.name == "to" }?.range ?? statementRange)
        }
        if iv.start < state.week, let r = settings.first(where: { $0.key.name == "from" })?.values[0].range {
            throw Diagnostic(.weekInPast(week: iv.start, now: state.week), at: r, hint: .startNowOrLater)
        }
        guard state.model.scenario.interventions.count < Limits.maxInterventions else {
            throw Diagnostic(.tooManyInterventions(limit: Limits.maxInterventions), at: kind.range)
        }
        try change(.addIntervention(iv), at: kind.range)
        emit(.interventionDeclared(InterventionView(intervention: iv, active: iv.isActive(at: state.week))))
    }

    /// `remove intervention N`.
    mutating func removeIntervention(_ n: NumberLiteral) throws(Diagnostic) {
        let id = try Values.integer(.number(n), "intervention", in: 1...Double(Int32.max))
        guard let removed = state.model.scenario.interventions.first(where: { $0.id == id }) else {
            throw noIntervention(n)
        }
        let before = state.model.scenario.interventions.map(\.id).filter { $0 != id }
        try change(.removeIntervention(id: id))
        if state.week == 0 {
            // Keep week-0 numbers 1…k, as a saved script will give them on replay.
            state.scenario.renumberInterventions()
            state.model.renumberInterventions()
        }
        // The later interventions that moved down, so that the next `remove` names the right one.
        let moved = zip(before, state.model.scenario.interventions.map(\.id)).filter { $0 != $1 }.map(\.0)
        emit(
            .note(
                .removedIntervention(
                    id: id, kind: removed.kind.rawValue, target: removed.target, start: removed.start,
                    end: removed.end, movedDown: moved.min().flatMap { low in moved.max().map { low...$0 } })))
    }

    private func noIntervention(_ n: NumberLiteral) -> Diagnostic {
        let ids = state.model.scenario.interventions.map { String($0.id) }
        return Diagnostic(
            .noSuchIntervention(quoted: n.text), at: n.range,
            hint: ids.isEmpty ? .noInterventions : .interventionsAre(ids))
    }

    /// `set NAME VALUE` for a model constant (``SettingsRegistry/parameter``) or
    /// `typology.autonomy` / `typology.publicness` (``SettingsRegistry/typology``). A structural
    /// constant (``Parameters/structural``) redraws the community at week 0.
    mutating func set(_ ref: FieldRef, _ atom: Atom) throws(Diagnostic) {
        let written = Setting(key: ref.name, values: [atom])
        if let q = ref.qualifier {
            guard q.name == "typology" || Terms.keywordAliases[q.name] == "typology" else {
                throw Fields.unknown(q, candidates: ["typology"], what: .parameterGroup)
            }
            let thresholds = SettingsRegistry.keys(in: .typology)
            let key = Terms.key(named: ref.name.name, in: "typology", among: thresholds) ?? ref.name.name
            guard let setting = SettingsRegistry.typology.setting(key) else {
                throw Fields.unknown(
                    ref.name, candidates: SettingsRegistry.keys(in: .typology), what: .typologyThreshold)
            }
            let v = try Values.number(atom, "typology.\(setting.key)", in: setting.type.range ?? 0...1)
            try change(.threshold(key: setting.key, value: v))
            let t = state.model.scenario.thresholds
            emit(.note(.thresholdsSet(autonomy: t.autonomy, publicness: t.publicness)))
            return
        }
        let parameters = SettingsRegistry.keys(in: .parameter)
        let key = Terms.key(named: ref.name.name, in: "parameter", among: parameters) ?? ref.name.name
        guard let setting = SettingsRegistry.parameter.setting(key) else {
            throw Fields.unknown(ref.name, candidates: Vocabulary.parameters, what: .parameter)
        }
        let value: Double
        switch try Values.value(written, for: setting) {
        case .integer(let n): value = Double(n)
        case .real(let x): value = x
        case .word, .text, .beneficiaries: return
        }
        if Parameters.structural.contains(setting.key) {
            var s = state.currentScenario
            try Values.put(.real(value), setting, into: &s.parameters, at: written)
            try replaceScenario(s, because: .parameter(name: setting.key, value: value))
            return
        }
        try change(.parameter(name: setting.key, value: value))
        emit(.note(.parameterSet(name: setting.key, value: value)))
    }
}
