extension CommandRegistry {
    /// The `run` command.
    static let run = CommandDefinition(
        help: HelpEntry(
            name: "run",
            syntax: "run N | run until EXPR [max N]",
            summary: Bilingual(
                en: "Advances N weeks, or until the condition holds (checked after each week), then prints the same "
                    + "three-level summary as step, with the events of the run. "
                    + "`until week N` is short for `until week >= N`. `max` caps the number of weeks a `run until` "
                    + "may take. Ctrl-C stops a run at the end of the current week.",
                zh: "前进“数”周，或一直运行到条件（“表达式”）成立为止（每周结束后检查一次），"
                    + "然后打印与 step 相同的三个层级的小结，并列出运行期间发生的事件。"
                    + "`until week N` 是 `until week >= N` 的简写。`max` 限定一次 `run until` 最多运行多少周。"
                    + "按 Ctrl-C 会在当前这一周结束时停止运行。"),
            example: "run until shed.phase = maintenance max 200",
            seeAlso: ["step", "expressions", "fields"]),
        group: .stepping,
        keywords: ["until", "max", "week"] + Vocabulary.logicalWords,
        parse: { p throws(Diagnostic) in
            .run(try p.runSpec())
        },
        execute: { command, i throws(Diagnostic) in
            guard case .run(let spec) = command else { return }
            try i.run(spec)
        })
}
