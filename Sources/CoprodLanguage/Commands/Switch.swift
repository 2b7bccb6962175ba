extension CommandRegistry {
    /// The `switch` command.
    static let switchRun = CommandDefinition(
        help: HelpEntry(
            name: "switch",
            syntax: "switch NAME",
            summary: Bilingual(
                en: "Makes the run called NAME the current one: later commands act on it. `runs` lists the names.",
                zh: "把以“名称”命名的运行设为当前运行，之后的命令都作用于它。`runs` 会列出所有运行的名字。"),
            example: "switch main",
            seeAlso: ["runs", "fork", "compare"]),
        group: .twins,
        parse: { p throws(Diagnostic) in
            .switchRun(try p.word(.runName, hint: .forExample(code: "switch main")))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .switchRun(let name) = command else { return }
            i.state.workspace.current = try i.runIndex(name, others: [i.state.workspace.run.name])
            i.emit(.note(.switched(name: name.name, week: i.state.week)))
        })
}
