import CoprodModel

extension CommandRegistry {
    /// The `typology` command.
    static let typology = CommandDefinition(
        help: HelpEntry(
            name: "typology",
            syntax: "typology [NAME | map]",
            summary: Bilingual(
                en: "Places each facility (or one) in coprod's typology, with the numbers behind it. The two "
                    + "dimensions are the paper's: participation method (autonomy share of entries, self-organised "
                    + "at or above typology.autonomy, default 0.5) and micro-infrastructure attribute (publicness, "
                    + "commons at or above typology.publicness, default 0.5). Types: I mobilised compliance "
                    + "(动员配合型), II guided co-construction (引导共建型), III interest-driven self-help (利益自助型), "
                    + "IV autonomous co-creation (自主共创型). The cell names are coprod's operationalisation; the "
                    + "paper's own are not public. `typology map` draws the 2 × 2 grid with each facility placed by "
                    + "its two numbers and its path over the weeks.",
                zh: "把每个设施（或指定的一个设施）放入 coprod 的类型划分，并给出背后的数值。"
                    + "两个维度沿用论文的设定：参与方式（自主进入在全部进入中所占的比例，"
                    + "达到或超过 typology.autonomy 即为自组织，默认 0.5）和微基建属性（公共性，"
                    + "达到或超过 typology.publicness 即为公共品，默认 0.5）。四种类型："
                    + "I 动员配合型（mobilised compliance）、II 引导共建型（guided co-construction）、"
                    + "III 利益自助型（interest-driven self-help）、IV 自主共创型（autonomous co-creation）。"
                    + "这些类型名称是 coprod 的操作化命名；论文本身的命名尚未公开。"
                    + "`typology map` 画出 2 × 2 网格，按两项数值标出每个设施的位置及其逐周的路径。"),
            example: "typology garden",
            seeAlso: ["set", "intervene", "fields"]),
        group: .looking,
        keywords: ["map"],
        parse: { p throws(Diagnostic) in
            if try p.peekWord("map") {
                _ = try p.advance()
                return .typologyMap
            }
            return .typology(try p.peek() == nil ? nil : try p.word(.facilityName))
        },
        execute: { command, i throws(Diagnostic) in
            switch command {
            case .typology(let name): try i.typology(name)
            case .typologyMap: i.emit(.typologyMap(Views.typologyMap(i.state.model)))
            default: return
            }
        })
}

extension Interpreter {
    /// `typology [NAME]`: each facility's type with the numbers behind it (spec §9).
    func typology(_ name: Identifier?) throws(Diagnostic) {
        let m = state.model
        let indices = try name.map { (n) throws(Diagnostic) in [try facilityIndex(n)] } ?? Array(m.facilities.indices)
        emit(.typology(Views.typology(m, facilities: indices)))
    }
}
