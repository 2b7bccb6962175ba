import CoprodModel

extension CommandRegistry {
    /// The `explain` command.
    static let explain = CommandDefinition(
        help: HelpEntry(
            name: "explain",
            syntax: "explain REF [[on] NAME]",
            summary: Bilingual(
                en: "Shows why a resident does or does not take part in a facility (or in each facility, without a "
                    + "name). At the week she first joined, re-joined or lapsed it lists the terms of the decision — "
                    + "attitude, subjective norm, perceived behavioural control, identification, responsibility, "
                    + "pAuto, pMob, the channel — and which one tipped it; before she joins, this week's terms.",
                zh: "说明一位居民为什么参与或不参与某个设施（不写设施名称时逐一说明每个设施）。在她首次加入、"
                    + "重新加入或退出的那一周，列出决策中的各项——态度、主观规范、知觉行为控制、认同、公共意识、"
                    + "自主参与概率、动员参与概率、参与渠道——并指出是哪一项起了决定作用；在她加入之前，列出本周的各项。"),
            example: "explain 1 on shed",
            seeAlso: ["resident", "show", "fields"]),
        group: .looking,
        keywords: ["on"],
        parse: { p throws(Diagnostic) in
            let ref = try p.residentRef(.residentNameOrNumber)
            var facility: Identifier?
            if try p.peek() != nil {
                if try p.peekWord("on") { try p.advance() }
                facility = try p.word(.facilityName)
            }
            return .explain(ref, facility: facility)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .explain(let ref, let facility) = command else { return }
            try i.explain(ref, facility: facility)
        })
}

extension Interpreter {
    /// `explain REF [NAME]`: the terms of a resident's joining and lapsing, and what tipped each.
    func explain(_ ref: ResidentRef, facility: Identifier?) throws(Diagnostic) {
        let i = try residentIndex(ref)
        let m = state.model
        let indices =
            try facility.map { (n) throws(Diagnostic) in [try facilityIndex(n)] } ?? Array(m.facilities.indices)
        // Her decisions come from a replay of the run, which on a large community takes a while:
        // it shows the rebuild's progress and Ctrl-C stops it, changing nothing.
        let run = state.workspace.run.name
        do {
            let view = try Views.explanation(
                m, resident: i, facilities: indices, progress: replayProgress(run: run))
            emit(.explanation(view))
        } catch { throw replayFailure(error, run: run, week: state.week, at: statementRange) }
    }
}
