import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// `save STRING [force]`: the session as a script that reproduces it. `ScriptsTests` and
/// `FileSafetyTests` cover round trips and unsafe paths in detail.
@Suite struct SaveCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() throws {
        let folder = temporaryFolder()
        let s = CommandTest.session(folder: folder)
        #expect(CommandTest.example("save") == "save \"mine.coprod\"")
        let out = CommandTest.run(s, CommandTest.example("save"))
        let text = try String(contentsOf: folder.appendingPathComponent("mine.coprod"), encoding: .utf8)
        #expect(text == s.scriptText())
        #expect(text.hasPrefix("clear") || text.contains("\nclear"))
        #expect(out.count == 1 && out[0].hasPrefix("saved week 0 of \"Calibration\" to "))
    }

    @Test func anExistingFileNeedsForceAndLoadingGivesTheSameState() throws {
        let folder = temporaryFolder()
        let s = CommandTest.session(folder: folder)
        CommandTest.run(s, "step 3")
        CommandTest.run(s, "facility shed salience 0.5")
        CommandTest.run(s, "save \"a.coprod\"")
        CommandTest.run(s, "step 1")
        _ = CommandTest.failure(s, "save \"a.coprod\"")
        CommandTest.run(s, "save \"a.coprod\" force")
        let other = CommandTest.session(folder: folder)
        CommandTest.run(other, "load \"a.coprod\"")
        #expect(other.week == 4)
        #expect(other.jsonReport() == s.jsonReport())
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "save", language, ["save \"x.coprod\"", "save \"x.coprod\"", "save x.coprod", "save \"\"", "save"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.run(s, "save \"x.coprod\"")
        CommandTest.expectError(
            s, "save \"x.coprod\"", column: 6, en: "'x.coprod' already exists", zh: "'x.coprod' 已经存在")
        CommandTest.expectError(
            s, "save x.coprod", column: 6, en: "expected a file name in quotes after 'save'", zh: "文件名应放在引号中")
        CommandTest.expectError(s, "save \"\"", column: 6, en: "the file name is empty", zh: "文件名为空", hint: false)
        var noFiles = Session.Options()
        noFiles.allowsFiles = false
        CommandTest.expectError(
            Session(options: noFiles), "save \"x.coprod\"", column: 1, en: "files are switched off", zh: "本会话已关闭文件读写",
            hint: false)
    }
}
