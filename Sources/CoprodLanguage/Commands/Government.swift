extension CommandRegistry {
    /// The `government` command.
    static let government = CommandDefinition(
        help: HelpEntry(
            name: "government",
            syntax: "government {role N | budget N | responsiveness N | upkeep N}",
            summary: Bilingual(
                en: "Sets the regular producer. `role` runs from 0 (director: decides and supplies most inputs) "
                    + "to 1 (enabler: helps residents act); `budget` is work units per week per facility; "
                    + "`responsiveness` is the share of residents' input that the government acts upon; `upkeep` is "
                    + "work units per week for a facility in maintenance (unset, the budget; `upkeep 0` is no upkeep).",
                zh: "设置常规生产者，即政府。`role` 从 0（主导者：由政府决策并提供大部分投入）到 1（赋能者："
                    + "帮助居民自己行动）；`budget` 是政府每周为每个设施投入的工作量单位；"
                    + "`responsiveness` 是居民的意见中被政府采纳并付诸行动的比例；`upkeep` 是政府每周对维护阶段设施"
                    + "投入的工作量单位，即养护投入（不设时等于预算；`upkeep 0` 表示政府不投入养护）。"),
            example: "government role 0.2 budget 4 responsiveness 0.5",
            seeAlso: ["intervene", "show"]),
        group: .setUp,
        settings: [.government],
        parse: { p throws(Diagnostic) in
            var noTarget: Identifier?
            return .government(settings: try p.settings(.plain, example: "role 0.4", target: &noTarget))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .government(let settings) = command else { return }
            try i.government(settings)
        })
}
