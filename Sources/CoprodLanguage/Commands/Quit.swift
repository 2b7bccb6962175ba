extension CommandRegistry {
    /// The `quit` command.
    static let quit = CommandDefinition(
        help: HelpEntry(
            name: "quit",
            syntax: "quit",
            summary: Bilingual(
                en: "Leaves coprod. Ctrl-D does the same.",
                zh: "退出 coprod。按 Ctrl-D 效果相同。"),
            example: "quit",
            seeAlso: ["exit", "save"]),
        group: .helpAndLessons,
        parse: { p throws(Diagnostic) in
            .quit
        },
        execute: { command, i throws(Diagnostic) in
            i.outcome = .quit
        })
}
