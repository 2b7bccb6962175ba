import CoprodModel

extension CommandRegistry {
    /// The `runs` command.
    static let runs = CommandDefinition(
        help: HelpEntry(
            name: "runs",
            syntax: "runs",
            summary: Bilingual(
                en: "Lists the runs of this session: each one's name and week, which run it was forked from, and the "
                    + "changes it has that its parent does not. The current run is marked with *.",
                zh: "列出本次会话中的所有运行：每个运行的名字和所在周、它从哪个运行复制而来，"
                    + "以及它有而其来源运行没有的改动。当前运行以 * 标出。"),
            example: "runs",
            seeAlso: ["fork", "switch", "compare"]),
        group: .twins,
        parse: { p throws(Diagnostic) in
            .runs
        },
        execute: { command, i throws(Diagnostic) in
            i.emit(.runs(Views.runs(i.state.workspace)))
            // The first run's name is code, shown and typed as it is (`switch main`): in Chinese,
            // what it is, the first time the runs are listed.
            if i.state.language == .zh, !i.state.explainedMainRun, i.state.workspace.runs.first?.name == "main" {
                i.state.explainedMainRun = true
                i.emit(.note(.mainRunNote))
            }
        })
}

extension Views {
    /// `runs`: each run with the changes it has beyond its parent's (matched as a common prefix).
    static func runs(_ w: Workspace) -> [RunListing] {
        w.runs.enumerated().map { k, run in
            let parent = run.parent.flatMap(w.index(of:)).map { w.runs[$0] }
            var shared = 0
            if let parent, parent.scenario == run.scenario {
                while shared < min(parent.changes.count, run.changes.count)
                    && parent.changes[shared] == run.changes[shared]
                {
                    shared += 1
                }
            }
            let own = run.changes[shared...].map { ($0.week, ScriptWriter.line($0.change, in: run.model.scenario)) }
            var listing = RunListing(
                name: run.name, week: run.model.week, current: k == w.current, parent: run.parent, ownChanges: own,
                scenarioDiffers: parent.map { $0.scenario != run.scenario } ?? false)
            if let parent, listing.scenarioDiffers {
                let (mine, theirs) = (
                    ScriptWriter.declarations(run.scenario), ScriptWriter.declarations(parent.scenario)
                )
                listing.weekZero = (mine.filter { !theirs.contains($0) }, theirs.filter { !mine.contains($0) })
            }
            return listing
        }
    }
}
