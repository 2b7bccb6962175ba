import CoprodModel

extension CommandRegistry {
    /// The `remove` command: `remove intervention N` or `remove facility NAME`.
    static let remove = CommandDefinition(
        help: HelpEntry(
            name: "remove",
            syntax: "remove intervention N | remove facility NAME",
            summary: Bilingual(
                en: "Deletes an intervention or a facility. N is the intervention's number in `show interventions`. "
                    + "A facility goes with its residents' state on it, its past weeks and the interventions aimed at it alone "
                    + "(the note lists them; those on all facilities stay); `undo` brings everything back.",
                zh: "删除一项干预或一个设施。“数”是干预在 `show interventions` 中的编号。删除设施时，"
                    + "居民在该设施上的状态、它过去各周的记录以及只针对它的干预一并删除（提示会列出这些干预；"
                    + "针对全部设施的干预保留）；`undo` 可以全部恢复。"),
            example: "remove intervention 1",
            seeAlso: ["intervene", "facility", "rename", "show"]),
        group: .setUp,
        keywords: ["intervention", "facility"],
        parse: { p throws(Diagnostic) in
            let hint = Message.forExample(code: "remove intervention 2")
            let keyword = try p.word(.keyword("intervention"), hint: hint)
            switch keyword.name {
            case "intervention":
                return .removeIntervention(try p.number(.interventionNumber, hint: .showInterventionsListsThem))
            case "facility":
                return .removeFacility(try p.word(.facilityName, hint: .forExample(code: "remove facility shed")))
            default:
                throw Diagnostic(
                    .error,
                    .expected(.keyword("intervention"), after: "'remove'", found: Quoting.quoted(keyword.name)),
                    at: keyword.range,
                    hint: Suggestions.closest(to: keyword.name, in: ["intervention", "facility"]).map {
                        Message.didYouMean($0)
                    } ?? .forExample(code: "remove facility shed"))
            }
        },
        execute: { command, i throws(Diagnostic) in
            switch command {
            case .removeIntervention(let n): try i.removeIntervention(n)
            case .removeFacility(let name): try i.removeFacility(name)
            default: return
            }
        })
}

extension Interpreter {
    /// `remove facility NAME`: removes the facility and the interventions aimed at it alone (a
    /// ``Change/removeFacility(name:)``), and says which interventions went with it.
    mutating func removeFacility(_ name: Identifier) throws(Diagnostic) {
        let s = state.model.scenario
        guard s.facilityIndex(name.name) != nil else {
            throw Fields.unknown(name, candidates: s.facilities.map(\.name), what: .facility)
        }
        let aimed = s.interventions.filter { $0.target == name.name }.map(\.id)
        try change(.removeFacility(name: name.name), at: name.range)
        emit(
            .note(
                .removedFacility(
                    name: name.name, interventions: aimed,
                    remaining: state.model.scenario.facilities.map(\.name))))
    }
}
