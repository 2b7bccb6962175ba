import CoprodModel

extension CommandRegistry {
    /// The `intervene` command.
    static let intervene = CommandDefinition(
        help: HelpEntry(
            name: "intervene",
            syntax: "intervene KIND [on NAME | on all] {strength N | from N | to N}",
            summary: Bilingual(
                en: "Adds a government strategy. KIND is " + HelpCatalogue.kinds(in: .en) + ". Strength defaults to "
                    + "0.8, `from` to the current week; `to` is inclusive and open-ended when left out. Without `on` it "
                    + "targets all facilities.",
                zh: "添加一项政府策略。“种类”可取 " + HelpCatalogue.kinds(in: .zh) + "。"
                    + "strength 默认为 0.8，`from` 默认为当前周；`to` 所指的那一周也包括在内，省略时不设结束周。"
                    + "不写 `on` 时作用于所有设施。"),
            example: "intervene outreach on shed strength 0.8 from 0 to 19",
            seeAlso: ["interventions", "remove", "show"]),
        group: .setUp,
        keywords: Vocabulary.interventionKinds + ["on", "all"], settings: [.intervention],
        parse: { p throws(Diagnostic) in
            let kind = try p.word(.interventionKind, hint: .kinds(Vocabulary.interventionKinds))
            try Self.checkWordAfterKind(kind, &p)
            var target: Identifier?
            let settings = try p.settings(.intervention, example: "strength 0.8", target: &target)
            return .intervene(kind: kind, target: target, settings: settings)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .intervene(let kind, let target, let settings) = command else { return }
            try i.intervene(kind: kind, target: target, settings: settings)
        })
}

extension CommandRegistry {
    /// The two slips a presenter makes after `intervene KIND`, caught where they are rather than
    /// as a missing value at the end of the line: a kind with a hyphen typed as two words
    /// (`emotional care` for `emotional-care`), and a facility named without `on` before it
    /// (`intervene emotional-care shed`: any word that is neither `on` nor a setting).
    static func checkWordAfterKind(_ kind: Identifier, _ p: inout LineParser) throws(Diagnostic) {
        guard let next = try p.peek(), case .word(let w) = next.kind else { return }
        let joined = "\(kind.name)-\(w)"
        if InterventionKind(rawValue: kind.name) == nil, Terms.aliases[kind.name] == nil,
            Vocabulary.interventionKinds.contains(joined)
        {
            throw Diagnostic(
                .unknown(.interventionKind, name: "\(kind.name) \(w)"), at: kind.range.union(next.range),
                hint: .didYouMean(joined))
        }
        let keys = SettingsRegistry.intervention.map(\.key)
        guard w != "on", !keys.contains(w), Terms.key(named: w, in: "intervention", among: keys) == nil,
            Terms.keywordAliases[w] == nil
        else { return }
        throw try p.expected(.keyword("on"), hint: .didYouMean("on \(w)"))
    }
}
