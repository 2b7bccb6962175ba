import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// `export STRING [force]`: the weekly series as CSV. `ExportTests` covers the columns.
@Suite struct ExportCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() throws {
        let folder = temporaryFolder()
        let s = CommandTest.session(folder: folder)
        #expect(CommandTest.example("export") == "export \"series.csv\"")
        CommandTest.run(s, "step 4")
        let out = CommandTest.run(s, CommandTest.example("export"))
        let text = try String(contentsOf: folder.appendingPathComponent("series.csv"), encoding: .utf8)
        #expect(text == s.csvSeries())
        #expect(text.split(separator: "\n").count == 1 + 5, "a header and weeks 0–4")
        #expect(out.count == 1 && out[0].hasPrefix("exported weeks 0–4 to "))
        #expect(s.changes.isEmpty)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "export", language,
            ["export \"s.csv\"", "export \"s.csv\"", "export \"s.csv\" force", "export s.csv", "export \"s.csv\" now"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.run(s, "export \"s.csv\"")
        CommandTest.expectError(s, "export \"s.csv\"", column: 8, en: "'s.csv' already exists", zh: "'s.csv' 已经存在")
        CommandTest.expectError(
            s, "export s.csv", column: 8, en: "expected a file name in quotes after 'export'", zh: "文件名应放在引号中")
    }
}
