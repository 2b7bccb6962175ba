extension CommandRegistry {
    /// The `step` command.
    static let step = CommandDefinition(
        help: HelpEntry(
            name: "step",
            syntax: "step [N]",
            summary: Bilingual(
                en: "Advances the model by one week, or by N weeks, and prints a short summary. One step runs "
                    + "the interventions, the cognitive, behavioural and production processes, and the feedback.",
                zh: "让模型前进一周，或前进“数”周，并打印一份简短的小结。每一步依次运行干预、认知过程、"
                    + "行为过程和生产过程，最后是反馈。"),
            example: "step 10",
            seeAlso: ["run", "show", "reset"]),
        group: .stepping,
        parse: { p throws(Diagnostic) in
            .step(try p.optionalNumber(.numberOfWeeks))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .step(let n) = command else { return }
            try i.step(n)
        })
}
