extension CommandRegistry {
    /// The `fork` command.
    static let fork = CommandDefinition(
        help: HelpEntry(
            name: "fork",
            syntax: "fork NAME",
            summary: Bilingual(
                en: "Makes a twin of the current run, called NAME, and moves to it (the prompt shows its name). Twins "
                    + "share the seed and draw the same random numbers (common random numbers), so they differ only "
                    + "through what you change in one of them; compare shows how.",
                zh: "为当前运行复制一个以“名称”命名的孪生运行，并切换到它（提示符会显示它的名字）。两个孪生运行使用相同的随机种子，"
                    + "抽取相同的随机数（公共随机数），因此它们之间的差别只来自你在其中一个里所做的改动；compare 会显示差别。"),
            example: "fork care",
            seeAlso: ["runs", "switch", "compare"]),
        group: .twins,
        parse: { p throws(Diagnostic) in
            .fork(try p.word(.runName, hint: .forExample(code: "fork care")))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .fork(let name) = command else { return }
            try i.fork(name)
        })
}

extension Interpreter {
    /// `fork NAME`: a copy of the current run (scenario, changes and model) under a new name,
    /// which becomes current.
    mutating func fork(_ name: Identifier) throws(Diagnostic) {
        guard state.workspace.index(of: name.name) == nil else {
            throw Diagnostic(.runExists(name.name), at: name.range, hint: .forExample(code: "switch \(name.name)"))
        }
        guard !Self.reservedNames.contains(name.name) else {
            throw Diagnostic(.runExists(name.name), at: name.range, hint: .forExample(code: "fork care"))
        }
        var twin = state.workspace.run
        let from = twin.name
        twin.name = name.name
        twin.parent = from
        state.workspace.runs.append(twin)
        state.workspace.current = state.workspace.runs.count - 1
        emit(.note(.forked(name: name.name, from: from, week: state.week)))
    }
}
