import CoprodModel

extension CommandRegistry {
    /// The `back` command.
    static let back = CommandDefinition(
        help: HelpEntry(
            name: "back",
            syntax: "back N",
            summary: Bilingual(
                en: "Rewinds the current run by N weeks. The run is rebuilt from its scenario and the changes made up "
                    + "to that week, so running forward again gives exactly the state it had; changes made after "
                    + "that week are dropped (undo brings them back).",
                zh: "让当前运行后退“数”周。运行会依据情景和截至那一周所做的改动重新生成，所以再往前运行，"
                    + "得到的状态与原来完全一样；那一周之后做出的改动会被丢弃（undo 可以恢复）。"),
            example: "back 4",
            seeAlso: ["goto", "undo", "reset"]),
        group: .twins,
        parse: { p throws(Diagnostic) in
            .back(try p.number(.numberOfWeeks, hint: .forExample(code: "back 4")))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .back(let n) = command else { return }
            let weeks = try Values.integer(.number(n), "back", in: 1...Double(Limits.maxWeek))
            guard weeks <= i.state.week else {
                throw Diagnostic(
                    .cannotGoBack(weeks: weeks, week: i.state.week), at: n.range,
                    hint: i.state.week > 0 ? .forExample(code: "back \(i.state.week)") : .modelIsAtWeek(0))
            }
            try i.move(to: i.state.week - weeks, at: n.range)
        })
}
