import CoprodModel

extension CommandRegistry {
    /// The `help` command.
    static let help = CommandDefinition(
        help: HelpEntry(
            name: "help",
            syntax: "help [WORD | all]",
            summary: Bilingual(
                en: "Lists the commands by group, or explains one command, topic or term of the field. `help all` "
                    + "lists every command with what it does in one line.",
                zh: "按用途分组列出命令，或解释某个命令、主题或本领域的术语。`help all` 列出全部命令，"
                    + "每条附一句说明。"),
            example: "help intervene",
            seeAlso: ["lessons", "expressions", "fields"]),
        group: .helpAndLessons,
        keywords: HelpCatalogue.entries.map(\.name) + ["all"],
        parse: { p throws(Diagnostic) in
            .help(try p.peek() == nil ? nil : try p.word(.commandName))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .help(let topic) = command else { return }
            try i.help(topic)
        })
}

extension Interpreter {
    /// `help` lists the commands by group; `help all` each with its first sentence; `help WORD`
    /// gives a command's or topic's syntax and an example.
    func help(_ topic: Identifier?) throws(Diagnostic) {
        guard let topic else {
            emit(.help(.overview))
            return
        }
        // A topic may be typed with the Chinese name the output prints (`help 术语表`).
        let name = Terms.keywordAliases[topic.name] ?? topic.name
        switch name.lowercased() {
        case "glossary":
            emit(.help(.glossary))
            return
        case "all":
            emit(.help(.all))
            return
        default: break
        }
        guard let entry = HelpCatalogue.entry(named: name) else {
            // A term of the field, in either language (`help 自我效能感`), gets its glossary entry.
            if let term = Glossary.entry(name) {
                emit(.help(.term(term)))
                return
            }
            throw Fields.unknown(topic, candidates: HelpCatalogue.entries.map(\.name) + ["all"], what: .helpTopic)
        }
        let groups = CommandRegistry.definition(named: entry.name)?.settings ?? []
        emit(.help(.page(entry, settings: groups.flatMap(SettingsRegistry.descriptors(in:)))))
    }
}
