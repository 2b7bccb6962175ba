import CoprodModel

extension Interpreter {
    mutating func show(_ target: ShowTarget) throws(Diagnostic) {
        let m = state.model
        switch target {
        case .community: emit(.community(Views.community(m)))
        case .resident(let ref): emit(.resident(Views.resident(m, try residentIndex(ref))))
        case .facility(let id): emit(.facility(Views.facility(m, try facilityIndex(id))))
        case .entity(let id):
            if let f = m.scenario.facilityIndex(id.name) { emit(.facility(Views.facility(m, f))) }
            else if let i = m.scenario.residentNames[id.name] { emit(.resident(Views.resident(m, i))) }
            else {
                let candidates = ["community", "interventions", "government", "parameters", "resident", "facility"]
                    + m.scenario.facilities.map(\.name) + m.scenario.residentNames.keys.sorted()
                throw Fields.unknown(id, candidates: candidates, what: .showTarget)
            }
        case .interventions: emit(.interventions(Views.interventions(m)))
        case .government: emit(.government(Views.government(m)))
        case .parameters: emit(.parameters(Views.parameters(m)))
        }
    }

    /// `typology [NAME]`: each facility's type with the numbers behind it (spec §9).
    func typology(_ name: Identifier?) throws(Diagnostic) {
        let m = state.model
        let indices = try name.map { (n) throws(Diagnostic) in [try facilityIndex(n)] } ?? Array(m.facilities.indices)
        emit(.typology(Views.typology(m, facilities: indices)))
    }

    /// `explain REF [NAME]`: the terms of a resident's joining and lapsing, and what tipped each.
    func explain(_ ref: ResidentRef, facility: Identifier?) throws(Diagnostic) {
        let i = try residentIndex(ref)
        let m = state.model
        let indices = try facility.map { (n) throws(Diagnostic) in [try facilityIndex(n)] } ?? Array(m.facilities.indices)
        emit(.explanation(Views.explanation(m, resident: i, facilities: indices)))
    }
}
