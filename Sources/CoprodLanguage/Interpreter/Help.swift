extension Interpreter {
    /// `help` lists the commands; `help WORD` gives a command's or topic's syntax and an example.
    func help(_ topic: Identifier?) throws {
        guard let topic else {
            for line in HelpCatalogue.overview(.en).split(separator: "\n", omittingEmptySubsequences: false) { emit(String(line)) }
            return
        }
        guard let entry = HelpCatalogue.entry(named: topic.name) else {
            throw Fields.unknown(topic, candidates: HelpCatalogue.entries.map(\.name), what: "help topic")
        }
        emit("\(entry.name) — \(entry.summary.en)")
        emit("  syntax:  \(entry.syntax)")
        emit("  example: \(entry.example)")
        if !entry.seeAlso.isEmpty { emit("  see also: " + entry.seeAlso.joined(separator: ", ")) }
    }
}
