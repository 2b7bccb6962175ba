import CoprodModel

extension CommandRegistry {
    /// The `clear` command.
    static let clear = CommandDefinition(
        help: HelpEntry(
            name: "clear",
            syntax: "clear",
            summary: Bilingual(
                en: "Starts an empty scenario. The community stays; facilities and interventions go.",
                zh: "开始一个空白情景。社区保留，设施和干预全部清除。"),
            example: "clear",
            seeAlso: ["reset", "facility"]),
        group: .keepingWork,
        parse: { p throws(Diagnostic) in
            .clear
        },
        execute: { command, i throws(Diagnostic) in
            let old = i.state.model.scenario
            if let confirm = i.options.confirmDiscard, !old.facilities.isEmpty || i.state.week > 0,
                !confirm(.discardQuestion(facilities: old.facilities.count, week: i.state.week), i.state.language)
            {
                i.emit(.note(.keptScenario))
                return
            }
            // The community stays (its name, size, profile and seed); everything else goes.
            var s = Scenario()
            (s.name, s.size, s.profile, s.seed) = (old.name, old.size, old.profile, i.state.scenario.seed)
            let lesson = i.state.lesson
            try i.replaceScenario(s, because: .empty)
            // A lesson's parts are about the scenario it set up: with that gone, the lesson stops
            // (its progress is kept) and the note says how to start the part again.
            if let lesson {
                i.state.lesson = nil
                i.emit(.note(.lessonStoppedByClear(number: lesson.lesson.number, part: lesson.part + 1)))
            }
        })
}
