import Testing
import CoprodLanguage

/// The help catalogue covers the whole language of `grammar-contract.md`.
@Suite struct HelpCatalogueTests {
    /// Every command word of the contract (REPL commands and lesson-file statements).
    static let commandWords = [
        "community", "resident", "facility", "government", "intervene", "remove", "set",
        "step", "run", "show", "count", "rate", "mean", "typology", "explain",
        "save", "load", "export", "reset", "clear", "help", "lesson", "next", "hint", "quit", "exit",
        "title", "part", "say", "predict", "try", "check",
    ]
    static let topics = ["expressions", "fields", "interventions", "typology", "lessons"]

    @Test(arguments: commandWords + topics)
    func everyWordHasAnEntry(word: String) throws {
        let entry = try #require(HelpCatalogue.entry(named: word))
        #expect(entry.name == word)
    }

    @Test func lookupIgnoresCaseAndBlanks() {
        #expect(HelpCatalogue.entry(named: "  Step ")?.name == "step")
        #expect(HelpCatalogue.entry(named: "stpe") == nil)
    }

    @Test func everyEntryIsComplete() {
        for entry in HelpCatalogue.entries {
            #expect(!entry.example.isEmpty, "\(entry.name) has no example")
            #expect(!entry.syntax.isEmpty, "\(entry.name) has no syntax")
            #expect(!entry.summary.isEmpty, "\(entry.name) has no summary")
        }
    }

    @Test func namesAreUniqueAndSeeAlsoResolves() {
        let names = HelpCatalogue.entries.map(\.name)
        #expect(Set(names).count == names.count)
        for entry in HelpCatalogue.entries {
            for other in entry.seeAlso {
                #expect(HelpCatalogue.entry(named: other) != nil, "\(entry.name) refers to unknown \(other)")
            }
        }
    }

    @Test func examplesStartWithTheirCommand() {
        for word in Self.commandWords {
            let entry = HelpCatalogue.entry(named: word)!
            #expect(entry.example.hasPrefix(word), "example of \(word): \(entry.example)")
        }
    }

    @Test func overviewListsEveryEntryInGroups() {
        let overview = HelpCatalogue.overview
        for group in ["set up:", "step:", "look:", "keep work:", "help & lessons:"] {
            #expect(overview.contains(group))
        }
        for entry in HelpCatalogue.entries {
            #expect(overview.contains("  \(entry.name) "), "overview lacks \(entry.name)")
        }
    }
}
