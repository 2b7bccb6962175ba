extension CommandRegistry {
    /// The `export` command.
    static let export = CommandDefinition(
        help: HelpEntry(
            name: "export",
            syntax: "export STRING [force]",
            summary: Bilingual(
                en: "Writes the outcome series as CSV: one row per week, the community's columns, then each "
                    + "facility's columns (`shed.phase`, `shed.everJoined`, …). An existing file is replaced after the "
                    + "REPL asks, or with `force`.",
                zh: "把结果序列写成 CSV 文件：每周一行，先是社区的各列，再是每个设施的各列（`shed.phase`、"
                    + "`shed.everJoined`……）。已有的同名文件会在 REPL 询问后被替换，加上 `force` 则直接替换。"),
            example: "export \"series.csv\"",
            seeAlso: ["save"]),
        group: .keepingWork,
        keywords: ["force"],
        usesFiles: true,
        parse: { p throws(Diagnostic) in
            let (path, force) = try p.filePath(for: "export", example: "series.csv", allowsForce: true)
            return .export(path, force: force)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .export(let path, let force) = command else { return }
            try i.export(path, force: force)
        })
}
