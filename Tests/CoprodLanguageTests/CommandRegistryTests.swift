import CoprodLanguage
import CoprodTestSupport
import Foundation
import Testing

/// Every command of `CommandRegistry.all` is complete: a help page with an English and a Chinese
/// summary and an example that parses as that command, a section in docs/LANGUAGE.md (a line
/// starting `**word**`, or `**word …**` for a command of several words such as `remove
/// intervention`), and its own test file `Tests/CoprodLanguageTests/Commands/<Word>CommandTests.swift`.
/// Adding a command without these fails here (docs/ARCHITECTURE.md, "Where to add … A command").
@Suite struct CommandRegistryTests {
    static let words = CommandRegistry.words

    /// `Tests/CoprodLanguageTests/Commands/<Word>CommandTests.swift` for `word`.
    static func testFilePath(_ word: String) -> String {
        "Tests/CoprodLanguageTests/Commands/\(word.prefix(1).uppercased() + word.dropFirst())CommandTests.swift"
    }

    /// True when the doc has a section for `word`: a line starting `**word**` or `**word `.
    static func hasSection(_ word: String, in doc: String) -> Bool {
        doc.split(separator: "\n").contains { $0.hasPrefix("**\(word)**") || $0.hasPrefix("**\(word) ") }
    }

    @Test func theRegistryListsEachWordOnce() {
        #expect(Set(Self.words).count == Self.words.count)
        #expect(!Self.words.isEmpty)
        for word in Self.words {
            #expect(CommandRegistry.definition(named: word)?.word == word)
        }
    }

    @Test(arguments: words)
    func hasAHelpPageInBothLanguages(_ word: String) throws {
        let definition = try #require(CommandRegistry.definition(named: word))
        #expect(definition.help.name == word)
        #expect(HelpCatalogue.entry(named: word)?.name == word, "help \(word) finds the page")
        #expect(!definition.help.syntax.isEmpty, "\(word) has no syntax line")
        for language in Language.allCases {
            let summary = definition.help.summary[language].trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(!summary.isEmpty, "\(word) has no \(language) summary")
        }
        #expect(definition.help.summary.zh != definition.help.summary.en, "\(word): zh summary is the English one")
    }

    @Test(arguments: words)
    func itsExampleParsesAsTheCommand(_ word: String) throws {
        let definition = try #require(CommandRegistry.definition(named: word))
        let example = definition.help.example
        #expect(example.split(separator: " ").first.map(String.init) == word, "example of \(word): \(example)")
        let statement: Statement?
        do { statement = try Parser.parseLine(example, lineNumber: 1) } catch {
            Issue.record("the example of \(word) does not parse: \(error.message.text(.en))")
            return
        }
        let command = try #require(statement?.command, "the example of \(word) is empty")
        // The synonyms `exit` and `lessons` parse as `quit` and `lesson list`; every other example
        // parses as its own command.
        let synonyms = ["exit": Command.quit, "lessons": .lesson(.list)]
        #expect(
            command.word == word || synonyms[word] == command, "\(example) parsed as \(command.word)")
    }

    @Test(arguments: words)
    func hasASectionInTheLanguageDoc(_ word: String) throws {
        let doc = try packageFile("docs/LANGUAGE.md")
        #expect(Self.hasSection(word, in: doc), "docs/LANGUAGE.md has no '**\(word)**' section")
    }

    @Test(arguments: words)
    func hasItsOwnTestFile(_ word: String) throws {
        let path = Self.testFilePath(word)
        let url = packageRoot.appendingPathComponent(path)
        let text = try #require(try? String(contentsOf: url, encoding: .utf8), "\(path) is missing")
        let type = url.deletingPathExtension().lastPathComponent
        #expect(text.contains("struct \(type)"), "\(path) does not define \(type)")
        #expect(text.contains("@Test"), "\(path) has no tests")
        // It exercises the help page's example (through CommandTest.example or literally).
        let example = CommandRegistry.definition(named: word)?.help.example ?? ""
        let quoted = example.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        #expect(
            text.contains("CommandTest.example(\"\(word)\")") || text.contains(quoted)
                || text.contains("expectRefusedOutsideLessons(\"\(word)\")"),
            "\(path) does not run the example of \(word)")
    }

    /// The helpers themselves, so that a broken one cannot pass every command.
    @Test func theChecksCanFail() {
        #expect(Self.testFilePath("step") == "Tests/CoprodLanguageTests/Commands/StepCommandTests.swift")
        #expect(Self.testFilePath("try") == "Tests/CoprodLanguageTests/Commands/TryCommandTests.swift")
        #expect(Self.hasSection("step", in: "x\n**step** — advance\n"))
        #expect(Self.hasSection("remove", in: "**remove intervention** — delete\n"))
        #expect(!Self.hasSection("step", in: "**steps** — no\n `step` in text\n"))
        #expect(!Self.hasSection("run", in: "the **run** command\n"))
        #expect(
            !FileManager.default.fileExists(
                atPath: packageRoot.appendingPathComponent(Self.testFilePath("nosuchcommand")).path))
    }
}
