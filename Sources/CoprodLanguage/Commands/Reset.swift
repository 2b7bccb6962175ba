extension CommandRegistry {
    /// The `reset` command.
    static let reset = CommandDefinition(
        help: HelpEntry(
            name: "reset",
            syntax: "reset",
            summary: Bilingual(
                en: "Goes back to week 0 with the same scenario, interventions and seed. Changes made during the "
                    + "run are kept and now apply from week 0 (interventions keep their windows).",
                zh: "回到第 0 周，情景、干预和随机种子都保持不变。运行期间所做的修改会保留下来，"
                    + "并改为从第 0 周起生效（干预保留各自的起止周）。"),
            example: "reset",
            seeAlso: ["clear", "load"]),
        group: .keepingWork,
        parse: { p throws(Diagnostic) in
            .reset
        },
        execute: { command, i throws(Diagnostic) in
            try i.reset()
        })
}
