import CoprodModel

/// A value an expression can produce: a number or a category word (`older`, `active`, `II`).
enum FieldValue: Equatable {
    case number(Double)
    case word(String)

    /// A metric's value in the language: counts and weeks as numbers, a flag as 1 or 0, a week
    /// that has not happened yet as -1 (docs/LANGUAGE.md, "Fields").
    init(_ v: MetricValue) {
        switch v {
        case .number(let x): self = .number(x)
        case .count(let n): self = .number(Double(n))
        case .flag(let b): self = .number(b ? 1 : 0)
        case .word(let w): self = .word(w)
        case .week(let w): self = .number(w.map(Double.init) ?? -1)
        }
    }
}

/// The type of a field: numeric, or a category with its allowed words.
enum FieldType: Equatable {
    case number
    case category([String])

    init(_ kind: MetricKind) {
        switch kind {
        case .number, .count, .share, .flag, .week: self = .number
        case .category(let words): self = .category(words)
        }
    }
}

/// A field resolved against the current model: its metric, and how to read it for resident `i`
/// (community and facility metrics ignore `i`: they have one value for the week).
struct Field {
    let name: String
    let metric: Metric
    /// Every resident's value at once, for the columnar queries (``ResidentQuery``).
    var column: () -> ResidentColumn = { .constant(.nan) }
    let read: (Int) -> FieldValue

    var type: FieldType { FieldType(metric.kind) }

    /// True for a community or facility metric: the same value for every resident.
    var isWeekValue: Bool {
        switch metric.level {
        case .community, .facility: true
        case .resident, .residentFacility: false
        }
    }

    /// True when residents can be grouped by it: categories and whole numbers (building, flags,
    /// weeks), not continuous numbers.
    var isGroupable: Bool {
        switch metric.kind {
        case .number, .share: false
        case .count, .flag, .week, .category: true
        }
    }
}

/// The fields of the language (docs/LANGUAGE.md, "Fields"), resolved through ``MetricRegistry``.
///
/// Over residents (`count`, `rate`, `mean`, `where`, `by`) a name is, in this order, a resident
/// metric (`trust`), a resident × facility metric (`shed.joined`), a community metric
/// (`participation`) or a facility metric (`shed.retention`). A community or facility metric has
/// one value for the week, the same for every resident: `mean shed.retention` is that value (sd 0)
/// and a condition on it selects everyone or no one; the query says so in a note.
///
/// In `run until` and `check` a name is a community metric or a facility metric, read from the
/// week's record.
enum Fields {
    static let residentFacilityFields = Vocabulary.residentFacilityFields
    static let residentFields = Vocabulary.residentFields
    static let modelFacilityFields = Vocabulary.modelFacilityFields
    static let modelFields = Vocabulary.modelFields
    /// Facility metrics that a resident query reaches only as facility metrics (the others, such
    /// as `active`, are also per resident and read as hers).
    static let facilityOnlyFields = modelFacilityFields.filter { !residentFacilityFields.contains($0) }

    /// Resolves `ref` as a field of one resident.
    /// - Throws: `Diagnostic` for an unknown facility or field, with a did-you-mean.
    static func resident(_ ref: FieldRef, in model: Model) throws(Diagnostic) -> Field {
        let ref =
            ref.qualifier == nil
            ? english(ref, [("resident", residentFields), ("community", modelFields)])
            : english(ref, [("residentFacility", residentFacilityFields), ("facility", modelFacilityFields)])
        let name = ref.name.name
        let record = model.outcomes
        guard
            let f = try facility(
                of: ref, in: model, facilityFields: residentFacilityFields + facilityOnlyFields,
                topLevel: residentFields + modelFields)
        else {
            if let metric = MetricRegistry.metric(named: name, at: .resident),
                let read = metric.residentReader(in: model)
            {
                let column = { metric.residentColumn(in: model) ?? .constant(.nan) }
                return Field(name: name, metric: metric, column: column) { FieldValue(read($0)) }
            }
            if let metric = MetricRegistry.metric(named: name, at: .community), let v = metric.value(in: record) {
                return weekValue(name, metric, v)
            }
            throw unknown(
                ref.name, candidates: residentFields + residentFacilityFields + model.scenario.facilities.map(\.name),
                what: .residentField)
        }
        let qualified = "\(model.scenario.facilities[f].name).\(name)"
        if let metric = MetricRegistry.metric(named: name, at: .residentFacility),
            let read = metric.residentReader(in: model, facility: f)
        {
            let column = { metric.residentColumn(in: model, facility: f) ?? .constant(.nan) }
            return Field(name: qualified, metric: metric, column: column) { FieldValue(read($0)) }
        }
        return try facilityField(qualified, ref, f, record)
    }

    /// Resolves `ref` as a model-level field (for `run until` and lesson checks), read from the
    /// latest week's record, or from week `week`'s when given (at most the latest).
    static func model(_ ref: FieldRef, in model: Model, week: Int? = nil) throws(Diagnostic) -> Field {
        let ref = english(
            ref, ref.qualifier == nil ? [("community", modelFields)] : [("facility", modelFacilityFields)])
        let name = ref.name.name
        let record = week.map { model.history[max(0, min($0, model.history.count - 1))] } ?? model.outcomes
        guard
            let f = try facility(
                of: ref, in: model, facilityFields: modelFacilityFields,
                topLevel: residentFields + modelFields)
        else {
            guard let metric = MetricRegistry.metric(named: name, at: .community), let v = metric.value(in: record)
            else {
                throw unknown(
                    ref.name, candidates: modelFields + modelFacilityFields + model.scenario.facilities.map(\.name),
                    what: .field)
            }
            return weekValue(name, metric, v)
        }
        return try facilityField("\(model.scenario.facilities[f].name).\(name)", ref, f, record)
    }

    /// `ref` with the field's own name when it is written with its Chinese name, as the Chinese
    /// output prints it (`自我效能感` is `efficacy`, `shed.保持率` is `shed.retention`): the first
    /// of `levels` (a metric level and its fields) with a field of that name
    /// (``Terms/key(named:in:among:)``). Otherwise `ref` as written.
    static func english(_ ref: FieldRef, _ levels: [(level: String, fields: [String])]) -> FieldRef {
        for (level, fields) in levels {
            if fields.contains(ref.name.name) { return ref }
            if let name = Terms.key(named: ref.name.name, in: level, among: fields) {
                return FieldRef(qualifier: ref.qualifier, name: Identifier(name: name, range: ref.name.range))
            }
        }
        return ref
    }

    /// A facility metric of facility `f` in `record` (the latest record lists every facility, in
    /// scenario order).
    private static func facilityField(_ qualified: String, _ ref: FieldRef, _ f: Int, _ record: WeekRecord)
        throws(Diagnostic) -> Field
    {
        guard let metric = MetricRegistry.metric(named: ref.name.name, at: .facility), f < record.facilities.count,
            let v = metric.value(of: record.facilities[f])
        else {
            throw unknown(ref.name, candidates: modelFacilityFields, what: .facilityField)
        }
        return weekValue(qualified, metric, v)
    }

    /// A field with one value for the week.
    private static func weekValue(_ name: String, _ metric: Metric, _ v: MetricValue) -> Field {
        let value = FieldValue(v)
        let column: ResidentColumn =
            switch value {
            case .number(let x): .constant(x)
            case .word(let w): .constantWord(w)
            }
        let columnReader = { column }
        return Field(name: name, metric: metric, column: columnReader) { _ in value }
    }

    /// The facility a field refers to: its qualifier, or the only facility when a facility field is
    /// written bare. Nil for a field that is not per facility.
    private static func facility(of ref: FieldRef, in model: Model, facilityFields: [String], topLevel: [String])
        throws(Diagnostic) -> Int?
    {
        let names = model.scenario.facilities.map(\.name)
        if let q = ref.qualifier {
            guard let f = model.scenario.facilityIndex(q.name) else {
                throw unknown(q, candidates: names, what: .facility)
            }
            guard facilityFields.contains(ref.name.name) else {
                throw unknown(ref.name, candidates: facilityFields, what: .facilityField)
            }
            return f
        }
        guard facilityFields.contains(ref.name.name) else { return nil }
        if topLevel.contains(ref.name.name) { return nil }
        guard names.count == 1 else {
            let example = names.first.map { "\($0).\(ref.name.name)" } ?? "shed.\(ref.name.name)"
            throw Diagnostic(
                .fieldNeedsFacility(ref.name.name), at: ref.name.range,
                hint: names.isEmpty ? .noFacilitiesYet : .writeWithFacility(code: example))
        }
        return 0
    }

    /// An "unknown …" diagnostic with a did-you-mean (or, for a facility's bare name, how to
    /// write one of its fields).
    /// The field among `candidates` whose Chinese name (``Terms/metrics``) is `word` or begins
    /// with it (`年龄` for `age`, named 年龄组), if `word` is not ASCII.
    static func chineseField(_ word: String, candidates: [String]) -> String? {
        guard !word.allSatisfy(\.isASCII) else { return nil }
        let known = Set(candidates)
        var best: (field: String, exact: Bool)?
        for (key, t) in Terms.metrics.sorted(by: { $0.key < $1.key }) {
            let field = String(key.split(separator: ".").last ?? "")
            guard known.contains(field), t.name.zh == word || t.name.zh.hasPrefix(word) else { continue }
            let exact = t.name.zh == word
            if best == nil || (exact && best?.exact == false) { best = (field, exact) }
        }
        return best?.field
    }

    /// The resident field a `by` groups by that a Chinese `按…` ("by …") names (`按年龄` → `age`,
    /// `按住房` → `tenure`), for the hint that writes it as `by age`; nil for any other word.
    static func byField(_ word: String) -> String? {
        let rest = String(word.drop { $0 == "按" || $0 == "照" || $0 == "依" })
        guard rest.count < word.count, !rest.isEmpty else { return nil }
        // Only the fields a `by` groups by: categories and whole numbers, not shares.
        let fields = MetricRegistry.resident.filter { m in
            switch m.kind {
            case .number, .share: false
            case .count, .flag, .week, .category: true
            }
        }.map(\.name)
        if fields.contains(rest) { return rest }
        return Terms.key(named: rest, in: "resident", among: fields) ?? chineseField(rest, candidates: fields)
    }

    static func unknown(_ word: Identifier, candidates: [String], what: Thing) -> Diagnostic {
        let isField = what == .field || what == .residentField || what == .facilityField
        // `by 按年龄`: the 按 is the `by` already written.
        if isField, let field = byField(word.name), candidates.contains(field) {
            return Diagnostic(.unknown(what, name: word.name), at: word.range, hint: .didYouMean(field))
        }
        if isField, candidates.contains(word.name), !Vocabulary.residentFields.contains(word.name),
            !Vocabulary.modelFields.contains(word.name)
        {
            let example = what == .residentField ? "\(word.name).joined" : "\(word.name).phase"
            return Diagnostic(
                .facilityIsNotAField(word.name), at: word.range, hint: .writeOneOfItsFields(code: example))
        }
        // `车棚` for the facility named `shed`; a Chinese word for a category value that holds one of
        // its Chinese words (`已维护` → `maintenance`).
        if what == .facility || what == .showTarget,
            let meant = Terms.facility(calledInChinese: word.name, among: candidates)
        {
            return Diagnostic(
                .unknown(what, name: word.name), at: word.range,
                hint: .facilityIsNamedHere(word: word.name, name: meant))
        }
        if case .value = what, !word.name.allSatisfy(\.isASCII),
            let meant = Terms.aliases.filter({ candidates.contains($0.value) && word.name.contains($0.key) })
                .max(by: { ($0.key.count, $1.key) < ($1.key.count, $0.key) })?.value
        {
            return Diagnostic(.unknown(what, name: word.name), at: word.range, hint: .didYouMean(meant))
        }
        if isField, let field = chineseField(word.name, candidates: candidates) {
            return Diagnostic(
                .unknown(what, name: word.name), at: word.range,
                hint: .fieldIsWrittenAs(word: word.name, field: field))
        }
        // Facilities are listed with their Chinese names where known (`shed (车棚)`), and so are
        // category words when the word typed was Chinese (`planning (规划)`).
        let listed =
            what == .facility
            ? candidates.map(Terms.glossedFacility)
            : (word.name.allSatisfy(\.isASCII) ? candidates : candidates.map(Terms.glossedWord))
        let hint =
            Suggestions.closest(to: word.name, in: candidates).map { Message.didYouMean($0) }
            ?? (candidates.isEmpty
                ? nil : .expectedOneOf(Array(listed.prefix(12)) + (listed.count > 12 ? ["…"] : [])))
        return Diagnostic(.unknown(what, name: word.name), at: word.range, hint: hint)
    }
}
