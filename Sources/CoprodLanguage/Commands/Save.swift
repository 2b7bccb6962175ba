extension CommandRegistry {
    /// The `save` command.
    static let save = CommandDefinition(
        help: HelpEntry(
            name: "save",
            syntax: "save STRING [force]",
            summary: Bilingual(
                en: "Writes the session as a .coprod script. It holds the scenario, the steps taken and the changes "
                    + "made during the run, so that loading or running it gives the same state. An existing file is "
                    + "replaced after the REPL asks, or with `force`.",
                zh: "把当前会话写成 .coprod 脚本。脚本包含情景、已经推进的步数以及运行期间所做的修改，"
                    + "因此加载或运行它会得到相同的状态。已有的同名文件会在提示符下询问后被替换，"
                    + "加上 `force` 则直接替换。"),
            example: "save \"mine.coprod\"",
            seeAlso: ["load", "export"]),
        group: .keepingWork,
        keywords: ["force"],
        usesFiles: true,
        parse: { p throws(Diagnostic) in
            let (path, force) = try p.filePath(for: "save", example: "mine.coprod", allowsForce: true)
            return .save(path, force: force)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .save(let path, let force) = command else { return }
            try i.save(path, force: force)
        })
}
