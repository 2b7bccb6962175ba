extension CommandRegistry {
    /// The `rate` command.
    static let rate = CommandDefinition(
        help: HelpEntry(
            name: "rate",
            syntax: "rate EXPR [where EXPR] [by FIELD {, FIELD}]",
            summary: Bilingual(
                en: "The share of residents for whom EXPR holds (or equals 1), among those `where` selects. "
                    + "`rate shed.joined` is the share who have ever taken part in the shed.",
                zh: "在 `where` 选出的居民中，使“表达式”成立（或等于 1）的居民所占的比例。"
                    + "`rate shed.joined` 是曾经参与过 shed 的居民所占的比例。"),
            example: "rate shed.joined by age",
            seeAlso: ["count", "mean", "fields"]),
        group: .looking,
        keywords: ["where", "by"] + Vocabulary.logicalWords + Vocabulary.residentFields,
        parse: { p throws(Diagnostic) in
            let what = try p.expression()
            let (condition, by) = try p.clauses()
            return .rate(what, where: condition, by: by)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .rate(let condition, let filter, let by) = command else { return }
            try i.rate(condition, where: filter, by: by)
        })
}
