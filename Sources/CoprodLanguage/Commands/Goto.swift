import CoprodModel

extension CommandRegistry {
    /// The `goto` command.
    static let goto = CommandDefinition(
        help: HelpEntry(
            name: "goto",
            syntax: "goto WEEK",
            summary: Bilingual(
                en: "Takes the current run to week WEEK: back to an earlier week (as back does), or forward by "
                    + "running to it.",
                zh: "把当前运行带到“周”给定的那一周：若是更早的周，就像 back 那样后退；若是之后的周，就一直运行到那一周。"),
            example: "goto 2",
            seeAlso: ["back", "run", "undo"]),
        group: .twins,
        parse: { p throws(Diagnostic) in
            .goto(try p.number(.numberOfWeeks, hint: .forExample(code: "goto 20")))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .goto(let n) = command else { return }
            let week = try Values.integer(.number(n), "goto", in: 0...Double(Limits.maxWeek))
            try i.move(to: week, at: n.range)
        })
}
