import CoprodTestSupport
import Foundation
import Testing

/// `save`/`export` over an existing file: the REPL asks; a batch run needs `force`.
@Suite(.timeLimit(.minutes(1)))
struct OverwriteTests {
    /// In Chinese the question is Chinese, shows the Chinese answers, and `好` answers it (as `是` does).
    @Test func theQuestionInChinese() throws {
        let coprod = try CoprodProcess()
        let path = coprod.home.appendingPathComponent("b.coprod").path
        let terminal = try coprod.startOnTerminal(["--quiet", "--lang", "zh"])
        try terminal.expect(replPrompt)
        terminal.send("save \"\(path)\"\r")
        try terminal.expect("已将")
        try terminal.expect(replPrompt)
        terminal.send("step\rsave \"\(path)\"\r")
        // The question wraps to the terminal's width (the temporary folder's path is long).
        try terminal.expect(#"要覆盖\s*'[^']*b\.coprod'\s*吗？\s*\[y/N，是/否\] "#)
        terminal.send("好\r")
        try terminal.expect("第 1 周")
        try terminal.expect(replPrompt)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("saved at week 1"))
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func theREPLAsksBeforeReplacingAFile() throws {
        let coprod = try CoprodProcess()
        let path = coprod.home.appendingPathComponent("a.coprod").path
        let terminal = try coprod.startOnTerminal(["--quiet"])
        try terminal.expect(replPrompt)
        terminal.send("save \"\(path)\"\r")
        try terminal.expect("saved week 0")
        try terminal.expect(replPrompt)

        terminal.send("step\rsave \"\(path)\"\r")
        try terminal.expect(#"overwrite\s+'[^']*a\.coprod'\?\s+\[y/N\] "#)  // wrapped to the terminal
        terminal.send("n\r")
        try terminal.expect(#"already(\s|\x{1B}\[[0-9;]*m)+exists"#)  // the error wraps to the terminal's width
        try terminal.expect(replPrompt)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("saved at week 0"))

        for answer in ["\u{3}", "\u{4}", "yep\r"] {  // Ctrl-C, Ctrl-D and anything but y/yes: no
            terminal.send("save \"\(path)\"\r")
            try terminal.expect(#"\[y/N\] "#)
            terminal.send(answer)
            try terminal.expect(#"already(\s|\x{1B}\[[0-9;]*m)+exists"#)  // the error wraps to the terminal's width
            try terminal.expect(replPrompt)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("saved at week 0"))

        terminal.send("save \"\(path)\"\r")
        try terminal.expect(#"\[y/N\] "#)
        terminal.send(" YES \r")
        try terminal.expect("saved week 1")
        try terminal.expect(replPrompt)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasSuffix("step 1\n"))

        terminal.send("export \"\(path)\"\r")
        try terminal.expect(#"\[y/N\] "#)
        terminal.send("y\r")
        try terminal.expect("exported weeks")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("week,"))
    }

    @Test func aBatchRunNeedsForce() throws {
        let coprod = try CoprodProcess()
        _ = try coprod.writeFile("a.coprod", "old\n")
        let script = try coprod.writeFile("s.coprod", "step\nsave \"a.coprod\"\n")
        let result = try coprod.run([script])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(script):2:6: error: 'a.coprod' already exists"))
        #expect(try String(contentsOf: coprod.home.appendingPathComponent("a.coprod"), encoding: .utf8) == "old\n")
        let forced = try coprod.writeFile("f.coprod", "step\nsave \"a.coprod\" force\n")
        #expect(try coprod.run([forced]).status == 0)
    }
}
