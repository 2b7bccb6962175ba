import CoprodModel
import Testing

@testable import CoprodLanguage

/// `help [WORD]`. `HelpCatalogueTests` checks the catalogue's content and the overview's shape,
/// the golden `help*` snapshots some pages; this file checks the command.
@Suite struct HelpCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("help") == "help intervene")
        let out = CommandTest.run(s, CommandTest.example("help")).joined(separator: "\n")
        #expect(out.contains("intervene KIND [on NAME | on all] {strength N | from N | to N}"))
        #expect(out.contains(CommandTest.example("intervene")))
        #expect(s.changes.isEmpty)
    }

    @Test(arguments: CommandRegistry.words)
    func everyCommandHasAPageInBothLanguages(_ word: String) {
        let en = CommandTest.run(CommandTest.session(), "help \(word)").joined(separator: "\n")
        let zh = CommandTest.run(CommandTest.session(.zh), "help \(word)").joined(separator: "\n")
        let example = CommandTest.example(word)
        // A long example wraps at its spaces, continuing under itself.
        func unwrapped(_ page: String) -> String { page.replacing(/\n +/, with: " ") }
        #expect(
            unwrapped(en).contains(example) && unwrapped(zh).contains(example), "the example is typed the same in both")
        #expect(en != zh)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("help", language, ["help remove", "help stpe", "help 3", "help step now", "help al"])
    }

    /// `help` names the commands by group and says where the rest is; `help all` gives each
    /// command's first sentence (the golden `help` and `help-all` snapshots show both).
    @Test(arguments: Language.allCases)
    func helpIsShortAndHelpAllIsTheFullList(_ language: Language) throws {
        let s = CommandTest.session(language)
        let short = CommandTest.run(s, "help")
        let all = CommandTest.run(s, "help all")
        #expect(short.count <= 38 && all.count > 60, "\(short.count), \(all.count)")
        #expect(short.joined().contains("`help all`"))
        let sentence = try #require(HelpCatalogue.entry(named: "step")).summary[language]
        let first = HelpCatalogue.firstSentence(of: sentence, in: language)
        #expect(!short.joined(separator: " ").contains(first))
        #expect(all.joined(separator: " ").replacing(/\s+/, with: " ").contains(first))
        #expect(CommandTest.run(s, "help ALL") == all, "as the other topics, in any case")
        #expect(s.changes.isEmpty)
    }

    /// `help emotional-care` (`help 情感关怀`) says that care aimed at one facility holds residents
    /// on their other projects too (`BehaviouralProcessTests` checks this in the model).
    @Test func emotionalCareSaysItReachesTheResidentsOtherProjects() {
        let en = CommandTest.run(CommandTest.session(), "help emotional-care").joined(separator: " ")
            .replacing(/\s+/, with: " ")
        let zh = CommandTest.run(CommandTest.session(.zh), "help 情感关怀").joined()
            .replacing(/\s+/, with: "")
        #expect(en.contains("it raises retention on the resident's other projects too"), "\(en)")
        #expect(zh.contains("也会提高居民在其他项目上的保持率"), "\(zh)")
        #expect(zh.contains("满意度则按设施分别计算"))
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "help stpe", column: 6, en: "did you mean 'step'?", zh: "'step'")
        CommandTest.expectError(
            s, "help step now", column: 11, en: "unexpected 'now' after the command", zh: "命令之后多出了 'now'", hint: false)
    }
}
