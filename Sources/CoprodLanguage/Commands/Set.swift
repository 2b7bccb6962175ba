extension CommandRegistry {
    /// The `set` command.
    static let set = CommandDefinition(
        help: HelpEntry(
            name: "set",
            syntax: "set FIELD ATOM",
            summary: Bilingual(
                en: "Changes a model constant. Every number of the rules is one: for example the awareness rates "
                    + "a0, aInfo, aDig, aSoc, the weights wA, wS, wC, wI, wR, the staying weights staySatisfaction "
                    + "… stayBias, the phase tables demandDesign, effortConstruction …, and the typology "
                    + "thresholds typology.autonomy and typology.publicness. Many switch a mechanism off at 0 "
                    + "(emotionInSatisfaction, crowdingOut, coverageInQuality). `show parameters` lists them "
                    + "with their values; docs/MODEL.md has the table.",
                zh: "修改一个模型常数。规则中的每个数都是常数，例如：知晓率 a0、aInfo、aDig、aSoc，"
                    + "权重 wA、wS、wC、wI、wR，持续参与的权重 staySatisfaction … stayBias，"
                    + "各阶段的表 demandDesign、effortConstruction …，以及类型划分的阈值 "
                    + "typology.autonomy（自主比例）和 typology.publicness（公共性）。"
                    + "许多常数设为 0 即关闭一个机制（emotionInSatisfaction、crowdingOut、coverageInQuality）。"
                    + "`show parameters` 会列出它们和当前取值；docs/MODEL.md 中有完整的表。"),
            example: "set typology.autonomy 0.6",
            seeAlso: ["show", "typology"]),
        group: .setUp,
        settings: [.parameter, .typology],
        parse: { p throws(Diagnostic) in
            let field = try p.fieldRef(.parameterName)
            return .set(field, try p.valueAfterPrevious())
        },
        execute: { command, i throws(Diagnostic) in
            guard case .set(let ref, let atom) = command else { return }
            try i.set(ref, atom)
        })
}
