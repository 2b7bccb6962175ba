extension CommandRegistry {
    /// The `exit` command.
    static let exit = CommandDefinition(
        help: HelpEntry(
            name: "exit",
            syntax: "exit",
            summary: Bilingual(
                en: "Leaves coprod; the same as quit.",
                zh: "退出 coprod；与 quit 相同。"),
            example: "exit",
            seeAlso: ["quit"]),
        group: .helpAndLessons,
        parse: { p throws(Diagnostic) in
            .quit
        },
        execute: { command, i throws(Diagnostic) in
            i.outcome = .quit
        })
}
