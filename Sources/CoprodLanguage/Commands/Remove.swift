extension CommandRegistry {
    /// The `remove` command.
    static let remove = CommandDefinition(
        help: HelpEntry(
            name: "remove",
            syntax: "remove intervention N",
            summary: Bilingual(
                en: "Deletes an intervention. N is its number in `show interventions`.",
                zh: "删除一项干预。N 是它在 `show interventions` 中的编号。"),
            example: "remove intervention 1",
            seeAlso: ["intervene", "show"]),
        group: .setUp,
        keywords: ["intervention"],
        parse: { p throws(Diagnostic) in
            let keyword = try p.word(.keyword("intervention"), hint: .forExample(code: "remove intervention 2"))
            if keyword.name != "intervention" {
                throw Diagnostic(
                    .error, .expected(.keyword("intervention"), after: "'remove'", found: Quoting.quoted(keyword.name)),
                    at: keyword.range, hint: .forExample(code: "remove intervention 2"))
            }
            return .removeIntervention(try p.number(.interventionNumber, hint: .showInterventionsListsThem))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .removeIntervention(let n) = command else { return }
            try i.removeIntervention(n)
        })
}
