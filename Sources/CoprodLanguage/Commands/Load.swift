extension CommandRegistry {
    /// The `load` command.
    static let load = CommandDefinition(
        help: HelpEntry(
            name: "load",
            syntax: "load STRING",
            summary: Bilingual(
                en: "Runs a .coprod script, replacing the current session when it succeeds. An error names the "
                    + "file, line and column and leaves the session as it was.",
                zh: "运行一个 .coprod 脚本，成功后替换当前会话。出错时会指出文件名、行号和列号，"
                    + "并保持会话原样不变。"),
            example: "load \"examples/default.coprod\"",
            seeAlso: ["save", "reset", "clear"]),
        group: .keepingWork,
        usesFiles: true,
        parse: { p throws(Diagnostic) in
            .load(try p.filePath(for: "load", example: "examples/lift-retrofit.coprod", allowsForce: false).path)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .load(let path) = command else { return }
            try i.load(path)
        })
}
