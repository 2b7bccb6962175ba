import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// `load STRING`: runs a script from an empty scenario, replacing the session if it all succeeds.
@Suite struct LoadCommandTests {
    @Test func helpExampleRunsFromThePackageFolder() {
        let s = CommandTest.session(folder: packageRoot)
        #expect(CommandTest.example("load") == "load \"examples/default.coprod\"")
        CommandTest.run(s, "step 7")
        let out = CommandTest.run(s, CommandTest.example("load"))
        #expect(s.week == 0)
        #expect(s.scenario.facilities.map(\.name) == ["shed", "lift", "garden"])
        #expect(out.last?.contains("examples/default.coprod") == true)
        #expect(out.last?.hasSuffix("week 0, 3 facilities") == true)
    }

    @Test func aFailingScriptLeavesTheSessionAsItWas() throws {
        let folder = temporaryFolder()
        try "clear\nfacility kiosk cost 10\nstep 2\nstpe 3\n".write(
            to: folder.appendingPathComponent("bad.coprod"), atomically: true, encoding: .utf8)
        let s = CommandTest.session(folder: folder)
        CommandTest.run(s, "step 1")
        let d = try #require(CommandTest.failure(s, "load \"bad.coprod\""))
        #expect(d.fileName == "bad.coprod")
        #expect(d.diagnostic.range.start.line == 4 && d.diagnostic.range.start.column == 1)
        #expect(d.diagnostic.hint != nil)
        #expect(s.week == 1 && s.scenario == Scenario.calibration)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) throws {
        let folder = temporaryFolder()
        try "facility kiosk cost 10\nstep 2\n".write(
            to: folder.appendingPathComponent("good.coprod"), atomically: true, encoding: .utf8)
        try "step 1\nfacility shed salience 3\n".write(
            to: folder.appendingPathComponent("bad.coprod"), atomically: true, encoding: .utf8)
        CommandTest.snapshot(
            "load", language,
            ["load \"good.coprod\"", "load \"bad.coprod\"", "load \"missing.coprod\"", "load good.coprod"],
            session: CommandTest.session(language, folder: folder))
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "load \"missing.coprod\"", column: 6, en: "missing.coprod", zh: "missing.coprod", hint: false)
        CommandTest.expectError(
            s, "load missing.coprod", column: 6, en: "expected a file name in quotes after 'load'", zh: "文件名应放在引号中")
    }
}
