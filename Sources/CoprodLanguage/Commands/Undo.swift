import CoprodModel

extension CommandRegistry {
    /// The `undo` command.
    static let undo = CommandDefinition(
        help: HelpEntry(
            name: "undo",
            syntax: "undo",
            summary: Bilingual(
                en: "Takes back the last command that changed a run: a declaration, a step or run, back or goto, "
                    + "fork or switch. Type it again to go further back. Looking (show, count, compare …) changes "
                    + "nothing, so there is nothing to take back.",
                zh: "撤销上一条改变了运行的命令：各种声明、step 或 run、back 或 goto、fork 或 switch。"
                    + "再输入一次就再往前撤销一步。查看类命令（show、count、compare 等）不改变任何东西，所以无需撤销。"),
            example: "undo",
            seeAlso: ["back", "goto", "fork"]),
        group: .twins,
        parse: { p throws(Diagnostic) in
            .undo
        },
        execute: { command, i throws(Diagnostic) in
            try i.undo()
        })
}

extension Interpreter {
    /// `undo`: the workspace as it was before the last command that changed it.
    mutating func undo() throws(Diagnostic) {
        guard let entry = state.undo.popLast() else {
            throw Diagnostic(.nothingToUndo, at: statementRange, hint: .undoTakesBackCommands)
        }
        let rebuilt = entry.rebuilt
        var part = 0
        var replaying = (run: state.workspace.run.name, week: state.week)
        do {
            state.workspace = try entry.workspace(seeds: state.seeds) { source in
                defer { part += 1 }
                replaying = (source.name, source.week)
                return replayProgress(run: source.name, part: part, of: rebuilt)
            }
        } catch { throw replayFailure(error, run: replaying.run, week: replaying.week, at: statementRange) }
        emit(.note(.undid(line: entry.line, run: state.workspace.run.name, week: state.week)))
    }
}
