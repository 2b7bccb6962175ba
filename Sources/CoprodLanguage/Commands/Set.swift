extension CommandRegistry {
    /// The `set` command.
    static let set = CommandDefinition(
        help: HelpEntry(
            name: "set",
            syntax: "set FIELD ATOM",
            summary: Bilingual(
                en: "Changes a model constant. Examples: the awareness rates a0, aInfo, aDig, aSoc, the weights wA, "
                    + "wS, wC, wI, wR, sustainWeeks, or the typology thresholds typology.autonomy and "
                    + "typology.publicness. `show parameters` lists them with their values.",
                zh: "修改一个模型常数。例如：知晓率 a0、aInfo、aDig、aSoc，权重 wA、wS、wC、wI、wR，"
                    + "sustainWeeks，以及类型划分的阈值 typology.autonomy（自主比例）"
                    + "和 typology.publicness（公共性）。`show parameters` 会列出它们和当前取值。"),
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
