import CoprodModel

extension CommandRegistry {
    /// The `help` command.
    static let help = CommandDefinition(
        help: HelpEntry(
            name: "help",
            syntax: "help [WORD]",
            summary: Bilingual(
                en: "Lists the commands, or explains one command or topic.",
                zh: "列出所有命令，或解释某个命令或主题。"),
            example: "help intervene",
            seeAlso: ["lessons", "expressions", "fields"]),
        group: .helpAndLessons,
        keywords: HelpCatalogue.entries.map(\.name),
        parse: { p throws(Diagnostic) in
            .help(try p.peek() == nil ? nil : try p.word(.commandName))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .help(let topic) = command else { return }
            try i.help(topic)
        })
}

extension Interpreter {
    /// `help` lists the commands; `help WORD` gives a command's or topic's syntax and an example.
    func help(_ topic: Identifier?) throws(Diagnostic) {
        guard let topic else {
            emit(.help(.overview))
            return
        }
        // A topic may be typed with the Chinese name the output prints (`help 术语表`).
        let name = Terms.keywordAliases[topic.name] ?? topic.name
        if name.lowercased() == "glossary" {
            emit(.help(.glossary))
            return
        }
        guard let entry = HelpCatalogue.entry(named: name) else {
            // A term of the field, in either language (`help 自我效能感`), gets its glossary entry.
            if let term = Glossary.entry(name) {
                emit(.help(.term(term)))
                return
            }
            throw Fields.unknown(topic, candidates: HelpCatalogue.entries.map(\.name), what: .helpTopic)
        }
        let groups = CommandRegistry.definition(named: entry.name)?.settings ?? []
        emit(.help(.page(entry, settings: groups.flatMap(SettingsRegistry.descriptors(in:)))))
    }
}
