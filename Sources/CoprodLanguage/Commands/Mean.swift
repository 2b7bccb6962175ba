extension CommandRegistry {
    /// The `mean` command.
    static let mean = CommandDefinition(
        help: HelpEntry(
            name: "mean",
            syntax: "mean FIELD [where EXPR] [by FIELD {, FIELD}]",
            summary: Bilingual(
                en: "The average of a resident field. `where` and `by` work as in count.",
                zh: "一个居民字段的平均值。`where` 和 `by` 的用法与 count 相同。"),
            example: "mean efficacy where building = 3 by tenure",
            seeAlso: ["count", "rate", "fields"]),
        group: .looking,
        keywords: ["where", "by"] + Vocabulary.logicalWords + Vocabulary.residentFields,
        parse: { p throws(Diagnostic) in
            let field = try p.fieldRef(.field)
            let (condition, by) = try p.clauses()
            return .mean(field, where: condition, by: by)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .mean(let field, let filter, let by) = command else { return }
            try i.mean(field, where: filter, by: by)
        })
}
