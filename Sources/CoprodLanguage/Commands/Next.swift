extension CommandRegistry {
    /// The `next` command.
    static let next = CommandDefinition(
        help: HelpEntry(
            name: "next",
            syntax: "next",
            summary: Bilingual(
                en: "Skips to the next part of the lesson (a part also moves on by itself once you have done "
                    + "what it asks and its check passes).",
                zh: "跳到课程的下一部分（当你完成了这一部分要求的操作、并且检查通过时，课程也会自动进入下一部分）"
                    + "。"),
            example: "next",
            seeAlso: ["lesson", "hint"]),
        group: .helpAndLessons,
        parse: { p throws(Diagnostic) in
            .lesson(.next)
        },
        execute: { command, i throws(Diagnostic) in
            try i.lesson(.next)
        })
}
