extension CommandRegistry {
    /// The `facility` command.
    static let facility = CommandDefinition(
        help: HelpEntry(
            name: "facility",
            syntax:
                "facility NAME {KEY ATOM | serves all | serves building N | serves age WORD | serves tenure WORD | benefit served|by-floor | consent none|civil-code-278 | satiation off|on}",
            summary: Bilingual(
                en: "Adds a micro-infrastructure project, or changes one. Keys: publicness, salience, complexity, "
                    + "visibility, outreach (0 to 1), cost (work units, one unit is about one resident-week of full "
                    + "effort), serves (who benefits) and initiator (government|residents). The second-stage rules: "
                    + "benefit by-floor (upper floors benefit more, a lift), consent civil-code-278 (construction waits "
                    + "for the served owners' vote) and satiation on (a working facility lowers further co-production).",
                zh: "新增一个微基建项目，或修改已有项目。可设置的键：publicness（公共性）、salience（显著性）、"
                    + "complexity（复杂度）、visibility（可见度）和 outreach（触达度），取值 0 到 1；"
                    + "cost（工作量单位，一个单位约等于一位居民全力投入一周的工作量）；serves（受益对象）；"
                    + "initiator（发起方：government|residents，即政府或居民）。第二阶段规则："
                    + "benefit by-floor（按楼层受益，楼层越高受益越大，如电梯）、consent civil-code-278"
                    + "（施工须经受益业主表决）和 satiation on（满足饱和：设施运转良好后继续共同生产的意愿降低）。"),
            example:
                "facility shed publicness 0.6 salience 0.8 complexity 0.4 cost 60 visibility 0.7 serves all initiator government",
            seeAlso: ["show", "typology", "fields"]),
        group: .setUp,
        keywords: Vocabulary.servesScopes + Vocabulary.ages + Vocabulary.tenures
            + Vocabulary.initiators + Vocabulary.secondStageWords, settings: [.facility],
        parse: { p throws(Diagnostic) in
            let name = try p.word(.facilityName, hint: .forExample(code: "facility shed salience 0.8"))
            var noTarget: Identifier?
            return .facility(name, settings: try p.settings(.facility, example: "salience 0.8", target: &noTarget))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .facility(let name, let settings) = command else { return }
            try i.facility(name, settings: settings)
        })
}
