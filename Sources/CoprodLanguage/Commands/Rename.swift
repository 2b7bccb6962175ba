import CoprodModel

extension CommandRegistry {
    /// The `rename` command: `rename facility OLD NEW`.
    static let rename = CommandDefinition(
        help: HelpEntry(
            name: "rename",
            syntax: "rename facility OLD NEW",
            summary: Bilingual(
                en: "Gives a facility a new name, at week 0 or during a run. Nothing else changes: its state, its "
                    + "past weeks and the interventions aimed at it follow the new name.",
                zh: "给设施改名，第 0 周或运行中途都可以。其他一切不变：它的状态、过去各周的记录"
                    + "以及针对它的干预都随新名字保留。"),
            example: "rename facility shed 车棚",
            seeAlso: ["facility", "remove", "show"]),
        group: .setUp,
        keywords: ["facility"],
        parse: { p throws(Diagnostic) in
            let example = Message.forExample(code: "rename facility shed 车棚")
            let keyword = try p.word(.keyword("facility"), hint: example)
            guard keyword.name == "facility" else {
                throw Diagnostic(
                    .error, .expected(.keyword("facility"), after: "'rename'", found: Quoting.quoted(keyword.name)),
                    at: keyword.range, hint: example)
            }
            let old = try p.word(.facilityName, hint: example)
            let new = try p.word(.newFacilityName, hint: example)
            return .renameFacility(old, new)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .renameFacility(let old, let new) = command else { return }
            try i.renameFacility(old, to: new)
        })
}

extension Interpreter {
    /// `rename facility OLD NEW` (a ``Change/renameFacility(from:to:)``): the new name must be free
    /// and may not be a word of the language or a resident's name.
    mutating func renameFacility(_ old: Identifier, to new: Identifier) throws(Diagnostic) {
        let s = state.model.scenario
        guard s.facilityIndex(old.name) != nil else {
            throw Fields.unknown(old, candidates: s.facilities.map(\.name), what: .facility)
        }
        guard !Self.reservedNames.contains(new.name) else {
            throw Diagnostic(.cannotNameFacility(new.name), at: new.range, hint: .chooseAnotherName)
        }
        guard s.residentNames[new.name] == nil else {
            throw Diagnostic(.nameIsAResident(new.name), at: new.range, hint: .chooseAnotherName)
        }
        guard old.name != new.name else {
            throw Diagnostic(.renameToSameName(new.name), at: new.range, hint: .chooseAnotherName)
        }
        guard s.facilityIndex(new.name) == nil else {
            throw Diagnostic(.model(.duplicateFacility(new.name)), at: new.range, hint: .chooseAnotherName)
        }
        try change(.renameFacility(from: old.name, to: new.name), at: new.range)
        emit(.note(.renamedFacility(from: old.name, to: new.name)))
    }
}
