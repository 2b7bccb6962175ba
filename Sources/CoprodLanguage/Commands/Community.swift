extension CommandRegistry {
    /// The `community` command.
    static let community = CommandDefinition(
        help: HelpEntry(
            name: "community",
            syntax:
                "community [STRING] {size N | profile WORD | seed N | name STRING | activists SHARE | performative on|off}",
            summary: Bilingual(
                en: "Creates the population of residents, or changes it. `size` is the number of residents "
                    + "(blocks of 40 per building), `profile` is mixed, old-estate or commodity-estate, and `seed` "
                    + "fixes the random draws so a run can be repeated exactly. `activists` flags that share of "
                    + "residents (those with the highest attachment × time) as activists, and `performative on` "
                    + "switches on performative participation (spec §12). Changing the community starts again "
                    + "at week 0.",
                zh: "创建居民群体，或修改已有的群体。`size` 是居民人数（每 40 人为一栋楼），"
                    + "`profile` 取 mixed（混合型）、old-estate（老旧小区）或 commodity-estate（商品房小区），"
                    + "`seed` 固定随机抽取的结果，使一次运行可以完全重复。`activists` 把这一比例的居民"
                    + "（社区依恋 × 可用时间最高者）标为积极分子，`performative on` 开启形式化参与（§12）。"
                    + "修改社区会让模型从第 0 周重新开始。"),
            example: "community \"Yangguang\" size 400 profile mixed seed 1",
            seeAlso: ["resident", "facility", "show", "fields"]),
        group: .setUp,
        keywords: Vocabulary.profiles, settings: [.community],
        parse: { p throws(Diagnostic) in
            var title: StringLiteral?
            if let token = try p.peek(), case .string(let s) = token.kind {
                try p.advance()
                title = StringLiteral(value: s, range: token.range)
            }
            var noTarget: Identifier?
            return .community(name: title, settings: try p.settings(.plain, example: "size 400", target: &noTarget))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .community(let name, let settings) = command else { return }
            try i.community(name: name, settings: settings)
        })
}
