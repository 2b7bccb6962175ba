import CoprodModel

extension CommandRegistry {
    /// The `show` command.
    static let show = CommandDefinition(
        help: HelpEntry(
            name: "show",
            syntax:
                "show community | show resident REF | show facility NAME | show interventions | show government | show parameters | show NAME",
            summary: Bilingual(
                en: "Prints the current state of something. Followed by a name, `show` looks for a facility of that "
                    + "name first, then a resident.",
                zh: "打印某个对象的当前状态。`show` 后面只写一个名称时，先查找同名的设施，再查找同名的居民。"),
            example: "show facility shed",
            seeAlso: ["count", "explain", "typology"]),
        group: .looking,
        keywords: Vocabulary.showTargets,
        parse: { p throws(Diagnostic) in
            .show(try p.showTarget())
        },
        execute: { command, i throws(Diagnostic) in
            guard case .show(let target) = command else { return }
            try i.show(target)
        })
}

extension Interpreter {
    mutating func show(_ target: ShowTarget) throws(Diagnostic) {
        let m = state.model
        switch target {
        case .community: emit(.community(Views.community(m)))
        case .resident(let ref): emit(.resident(Views.resident(m, try residentIndex(ref))))
        case .facility(let id): emit(.facility(Views.facility(m, try facilityIndex(id))))
        case .entity(let id):
            if let f = m.scenario.facilityIndex(id.name) {
                emit(.facility(Views.facility(m, f)))
            } else if let i = m.scenario.residentNames[id.name] {
                emit(.resident(Views.resident(m, i)))
            } else {
                let candidates =
                    ["community", "interventions", "government", "parameters", "resident", "facility"]
                    + m.scenario.facilities.map(\.name) + m.scenario.residentNames.keys.sorted()
                throw Fields.unknown(id, candidates: candidates, what: .showTarget)
            }
        case .interventions: emit(.interventions(Views.interventions(m)))
        case .government: emit(.government(Views.government(m)))
        case .parameters: emit(.parameters(Views.parameters(m)))
        }
    }
}
