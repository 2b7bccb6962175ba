extension CommandRegistry {
    /// The `hint` command.
    static let hint = CommandDefinition(
        help: HelpEntry(
            name: "hint",
            syntax: "hint",
            summary: Bilingual(
                en: "Shows the command the current part of the lesson asks you to try, and the check's hint.",
                zh: "显示课程当前这一部分要你尝试的命令，以及检查条件的提示。"),
            example: "hint",
            seeAlso: ["lesson", "next"]),
        group: .helpAndLessons,
        parse: { p throws(Diagnostic) in
            .lesson(.hint)
        },
        execute: { command, i throws(Diagnostic) in
            try i.lesson(.hint)
        })
}
