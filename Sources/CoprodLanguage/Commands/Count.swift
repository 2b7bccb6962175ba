extension CommandRegistry {
    /// The `count` command.
    static let count = CommandDefinition(
        help: HelpEntry(
            name: "count",
            syntax: "count [residents] [where EXPR] [by FIELD {, FIELD}]",
            summary: Bilingual(
                en: "Counts residents. `where` keeps those for whom the condition holds; `by` splits them into groups.",
                zh: "统计居民人数。`where` 只保留满足条件的居民；`by` 把他们分成若干组。"),
            example: "count residents where age = older by tenure",
            seeAlso: ["rate", "mean", "expressions", "fields"]),
        group: .looking,
        keywords: ["residents", "where", "by"] + Vocabulary.logicalWords + Vocabulary.residentFields,
        parse: { p throws(Diagnostic) in
            if try p.peekWord("residents") { try p.advance() }
            let (condition, by) = try p.clauses()
            return .count(where: condition, by: by)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .count(let condition, let by) = command else { return }
            try i.count(where: condition, by: by)
        })
}
