import CoprodModel

/// A value an expression can produce: a number or a category word (`older`, `active`, `II`).
enum FieldValue: Equatable {
    case number(Double)
    case word(String)
}

/// The type of a field: numeric, or a category with its allowed words.
enum FieldType: Equatable {
    case number
    case category([String])
}

/// A field resolved against the current model: its type and how to read it for resident `i`
/// (model-level fields ignore `i`).
struct Field {
    let name: String
    let type: FieldType
    let read: (Int) -> FieldValue
}

/// The resident-level and model-level fields of the language (docs/LANGUAGE.md, "Fields").
enum Fields {
    static let residentFacilityFields = Vocabulary.residentFacilityFields
    static let residentFields = Vocabulary.residentFields
    static let modelFacilityFields = Vocabulary.modelFacilityFields
    static let modelFields = Vocabulary.modelFields

    /// Resolves `ref` as a field of one resident.
    /// - Throws: `Diagnostic` for an unknown facility or field, with a did-you-mean.
    static func resident(_ ref: FieldRef, in model: Model) throws(Diagnostic) -> Field {
        let pop = model.population
        guard let f = try facility(of: ref, in: model, facilityFields: residentFacilityFields) else {
            let name = ref.name.name
            switch name {
            case "age": return Field(name: name, type: .category(AgeGroup.allCases.map(\.description))) { .word(pop.age[$0].description) }
            case "tenure": return Field(name: name, type: .category(Tenure.allCases.map(\.description))) { .word(pop.tenure[$0].description) }
            case "building": return Field(name: name, type: .number) { .number(Double(pop.building[$0])) }
            case "index": return Field(name: name, type: .number) { .number(Double($0 + 1)) }
            default:
                if let trait = ResidentTrait(rawValue: name) {
                    return Field(name: name, type: .number) { .number(pop.value(trait, of: $0)) }
                }
                throw unknown(ref.name, candidates: residentFields + residentFacilityFields + model.scenario.facilities.map(\.name),
                              what: .residentField)
            }
        }
        let n = model.residentCount, base = f * n, spec = model.scenario.facilities[f]
        let qualified = "\(spec.name).\(ref.name.name)"
        func flag(_ b: @escaping (Int) -> Bool) -> Field { Field(name: qualified, type: .number) { .number(b($0) ? 1 : 0) } }
        switch ref.name.name {
        case "stage": return Field(name: qualified, type: .category(Stage.allCases.map(\.description))) { .word(model.stage[base + $0].description) }
        case "channel": return Field(name: qualified, type: .category(Channel.allCases.map(\.description))) { .word(model.channel[base + $0].description) }
        case "joined": return flag { model.joinedAt[base + $0] >= 0 }
        case "sustained": return flag { model.sustained[base + $0] }
        case "active": return flag { model.stage[base + $0] == .active }
        case "served": return flag { model.serves(spec, $0) }
        case "satisfaction": return Field(name: qualified, type: .number) { .number(model.satisfaction[base + $0]) }
        case "fatigue": return Field(name: qualified, type: .number) { .number(model.fatigue[base + $0]) }
        default: return Field(name: qualified, type: .number) { .number(Double(model.joinedAt[base + $0])) }
        }
    }

    /// Resolves `ref` as a model-level field (for `run until` and lesson checks).
    static func model(_ ref: FieldRef, in model: Model) throws(Diagnostic) -> Field {
        let record = model.outcomes
        guard let f = try facility(of: ref, in: model, facilityFields: modelFacilityFields) else {
            let c = record.community
            let value: Double
            switch ref.name.name {
            case "week": value = Double(model.week)
            case "participation": value = c.participation
            case "efficacy": value = c.efficacy
            case "trust": value = c.trust
            case "identification": value = c.identification
            case "responsibility": value = c.responsibility
            case "socialCapital": value = c.socialCapital
            case "largestGap": value = c.largestGap
            case "residents": value = Double(model.residentCount)
            case "interventions":
                value = Double(model.scenario.interventions.filter { $0.isActive(at: model.week) }.count)
            default:
                throw unknown(ref.name, candidates: modelFields + modelFacilityFields + model.scenario.facilities.map(\.name),
                              what: .field)
            }
            return Field(name: ref.name.name, type: .number) { _ in .number(value) }
        }
        let o = record.facilities[f]
        let qualified = "\(o.name).\(ref.name.name)"
        func number(_ v: Double) -> Field { Field(name: qualified, type: .number) { _ in .number(v) } }
        switch ref.name.name {
        case "phase": return Field(name: qualified, type: .category(Phase.allCases.map(\.description))) { _ in .word(o.phase.description) }
        case "type": return Field(name: qualified, type: .category(FacilityType.allCases.map(\.rawValue))) { _ in .word(o.type.rawValue) }
        case "progress": return number(o.progress)
        case "quality": return number(o.quality)
        case "condition": return number(o.condition)
        case "everJoined": return number(o.everJoinedShare)
        case "active": return number(Double(o.active))
        case "sustained": return number(Double(o.sustained))
        case "retention": return number(o.retention)
        case "autonomy": return number(o.autonomy)
        case "degraded": return number(o.degraded ? 1 : 0)
        case "completedAt": return number(Double(o.completedAt ?? -1))
        case "aware": return number(Double(o.aware))
        default: return number(Double(model.facilities[f].entries))
        }
    }

    /// The facility a field refers to: its qualifier, or the only facility when a facility field is
    /// written bare. Nil for a field that is not per facility.
    private static func facility(of ref: FieldRef, in model: Model, facilityFields: [String]) throws(Diagnostic) -> Int? {
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
        let topLevel = residentFields + modelFields
        if topLevel.contains(ref.name.name) { return nil }
        guard names.count == 1 else {
            let example = names.first.map { "\($0).\(ref.name.name)" } ?? "shed.\(ref.name.name)"
            throw Diagnostic(.fieldNeedsFacility(ref.name.name), at: ref.name.range,
                             hint: names.isEmpty ? .noFacilitiesYet : .writeWithFacility(code: example))
        }
        return 0
    }

    /// An "unknown …" diagnostic with a did-you-mean (or, for a facility's bare name, how to
    /// write one of its fields).
    static func unknown(_ word: Identifier, candidates: [String], what: Thing) -> Diagnostic {
        let isField = what == .field || what == .residentField || what == .facilityField
        if isField, candidates.contains(word.name), !Vocabulary.residentFields.contains(word.name),
           !Vocabulary.modelFields.contains(word.name) {
            let example = what == .residentField ? "\(word.name).joined" : "\(word.name).phase"
            return Diagnostic(.facilityIsNotAField(word.name), at: word.range, hint: .writeOneOfItsFields(code: example))
        }
        let hint = Suggestions.closest(to: word.name, in: candidates).map { Message.didYouMean($0) }
            ?? (candidates.isEmpty ? nil : .expectedOneOf(Array(candidates.prefix(12))))
        return Diagnostic(.unknown(what, name: word.name), at: word.range, hint: hint)
    }
}
