extension CommandRegistry {
    /// The `resident` command.
    static let resident = CommandDefinition(
        help: HelpEntry(
            name: "resident",
            syntax: "resident REF {KEY ATOM | activist [on|off]}",
            summary: Bilingual(
                en: "Names a resident or sets her traits. REF is a name or a 1-based number; a new name is "
                    + "given to the next unnamed resident. Keys: age (young|middle|older), tenure (owner|renter), "
                    + "building, floor (1 to 6, drawn from the seed unless set), need, efficacy, trust, attachment, "
                    + "time, skill, digital, identification, responsibility (traits between 0 and 1); `activist` "
                    + "(or `activist off`) flags her an activist whatever the community's share says.",
                zh: "为一位居民命名，或设置她的特征。“居民”处写名字或从 1 开始的编号；"
                    + "新名字会分给下一位尚未命名的居民。可设置的键：age（young|middle|older，青年、中年、老年）、"
                    + "tenure（owner|renter，业主、租户）、building（楼栋）、floor（楼层，1 到 6，不设时由随机种子抽取）、need（需求）、efficacy（自我效能感）、"
                    + "trust（信任）、attachment（地方依恋）、time（可支配时间）、skill（技能）、"
                    + "digital（数字能力）、identification（认同）和 responsibility（公共意识）；"
                    + "各项特征的取值在 0 到 1 之间；`activist`（或 `activist off`）不论社区的比例如何，"
                    + "把她标为（或不标为）积极分子。"),
            example: "resident alice age older tenure owner building 3 efficacy 0.8",
            seeAlso: ["explain", "show", "fields"]),
        group: .setUp,
        keywords: Vocabulary.ages + Vocabulary.tenures, settings: [.resident],
        parse: { p throws(Diagnostic) in
            let ref = try p.residentRef(.residentNameOrNumber)
            var noTarget: Identifier?
            return .resident(ref, settings: try p.settings(.resident, example: "age older", target: &noTarget))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .resident(let ref, let settings) = command else { return }
            try i.resident(ref, settings: settings)
        })
}
