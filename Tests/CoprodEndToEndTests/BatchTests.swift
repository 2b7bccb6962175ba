import CoprodTestSupport
import Foundation
import Testing

@Suite(.timeLimit(.minutes(1)))
struct BatchTests {
    @Test
    func brokenScriptReportsFileLineAndColumn() throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile("broken.coprod", "step\nstpe 3\nstep\n")
        let result = try coprod.run([script])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(script):2:"))
        #expect(result.standardError.contains("error:"))
        #expect(!result.standardError.contains("\u{1B}"))
    }

    @Test
    func pipedInputStopsAtTheFirstError() throws {
        let coprod = try CoprodProcess()
        let result = try coprod.run([], input: "step\nstpe 3\nstep\n")
        #expect(result.status == 1)
        #expect(result.standardError.contains(":2:"))
    }

    @Test(arguments: [[String](), ["run"]])
    func jsonOutputIsOneJSONDocument(prefix: [String]) throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile("ok.coprod", "step\nstep 2\n")
        let result = try coprod.run(prefix + ["--json", "--seed", "7", script])
        #expect(result.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        #expect(object is [String: Any])
    }

    @Test func pipedInputPrintsNoPromptAndNoColour() throws {
        let coprod = try CoprodProcess()
        coprod.environment["TERM"] = "xterm-256color"
        let result = try coprod.run([], input: "step\r\nstep 2\n")
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("> "))
        #expect(!result.standardOutput.contains("\u{1B}"))
        #expect(!result.standardOutput.contains("\r"))
        #expect(!result.standardOutput.contains("coprod 0.1.0"))
    }

    @Test func pipedInputWithJSONPrintsOnlyTheReport() throws {
        let coprod = try CoprodProcess()
        let result = try coprod.run(["--json"], input: "step\n")
        #expect(result.status == 0)
        _ = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
    }

    @Test func missingFileIsAClearError() throws {
        let coprod = try CoprodProcess()
        let result = try coprod.run(["run", "no-such-file.coprod"])
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot read 'no-such-file.coprod'"))
        #expect(result.standardOutput.isEmpty)
    }

    @Test func quietScriptPrintsNothing() throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile("ok.coprod", "step\n")
        let result = try coprod.run(["--quiet", script])
        #expect(result.status == 0)
        #expect(result.standardOutput.isEmpty)
    }

    @Test func invalidSeedIsAUsageError() throws {
        let coprod = try CoprodProcess()
        let result = try coprod.run(["--seed", "minus-one", "x.coprod"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--seed"))
    }

    @Test func versionAndHelp() throws {
        let coprod = try CoprodProcess()
        #expect(try coprod.run(["--version"]).standardOutput == "0.1.0\n")
        let help = try coprod.run(["run", "--help"]).standardOutput
        for option in ["--seed", "--json", "--quiet", "<file>"] { #expect(help.contains(option)) }
    }
}
