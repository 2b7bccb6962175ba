extension Interpreter {
    /// `help` lists the commands; `help WORD` gives a command's or topic's syntax and an example.
    func help(_ topic: Identifier?) throws(Diagnostic) {
        guard let topic else { emit(.help(.overview)); return }
        if topic.name.lowercased() == "glossary" { emit(.help(.glossary)); return }
        guard let entry = HelpCatalogue.entry(named: topic.name) else {
            throw Fields.unknown(topic, candidates: HelpCatalogue.entries.map(\.name), what: .helpTopic)
        }
        emit(.help(.page(entry)))
    }
}
