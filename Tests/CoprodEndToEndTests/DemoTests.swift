import CoprodTestSupport
import Foundation
import Testing

/// `coprod demo FILE` on a real terminal and through pipes, and `clear`'s question, which only a
/// yes or a no answers.
@Suite(.timeLimit(.minutes(2)))
struct DemoTests {
    static let script = """
        # a demo
        community size 40
        pause "First stop." zh "第一站。"
        step 2
        pause "Second stop."
        step 5
        """

    @Test func enterGoesOnAndQStopsIntoTheREPLWithTheDemosSession() throws {
        let coprod = try CoprodProcess()
        let file = try coprod.writeFile("demo.coprod", Self.script)
        let terminal = try coprod.startOnTerminal(["demo", file])
        try terminal.expect("coprod w0> community size 40")
        try terminal.expect("» First stop.")
        try terminal.expect(#"\[Enter: go on · q: stop the demo\]"#)
        terminal.send("x")  // any other key waits on
        terminal.send("\r")
        try terminal.expect("coprod w0> step 2")
        try terminal.expect("» Second stop.")
        terminal.send("q")
        try terminal.expect(#"stopped the demo\s+'[^']*demo\.coprod'\s+at line 5"#)  // wrapped to the terminal
        try terminal.expect("the demo's runs stay")
        // The REPL goes on at week 2, with the demo's session: step 5 did not run.
        try terminal.expect("coprod w2> ")
        terminal.send("undo\r")
        try terminal.expect("coprod w0> ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func controlCEndsTheDemoNotCoprod() throws {
        let coprod = try CoprodProcess()
        let file = try coprod.writeFile("demo.coprod", Self.script)
        let terminal = try coprod.startOnTerminal(["demo", "--lang", "zh", file])
        try terminal.expect("» 第一站。")
        try terminal.expect("回车：继续")
        terminal.send("\u{3}")
        try terminal.expect(#"已\s*中\s*断，停在第 3 行"#)  // wrapped to the terminal (the path is long)
        try terminal.expect("coprod w0> ")
        terminal.send("step\r")
        try terminal.expect("coprod w1> ")
        terminal.send("quit\r")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func withoutATerminalNothingWaits() throws {
        let coprod = try CoprodProcess()
        let file = try coprod.writeFile("demo.coprod", Self.script)
        let result = try coprod.run(["demo", file])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(
            result.standardOutput
                == "coprod w0> community size 40\ncommunity rebuilt: 40 residents, profile mixed, seed 1\n\n"
                + "» First stop.\ncoprod w0> step 2\n"
                + result.standardOutput.components(separatedBy: "coprod w0> step 2\n")[1])
        #expect(result.standardOutput.contains("» Second stop.\ncoprod w2> step 5\n"))
        #expect(!result.standardOutput.contains("Enter"))
        // An error stops it with status 1, as `coprod FILE`.
        let broken = try coprod.writeFile("broken.coprod", "community size 40\nstpe 2\n")
        let failed = try coprod.run(["demo", broken])
        #expect(failed.status == 1)
        #expect(failed.standardError.contains("broken.coprod:2:1: error:"))
        // Without a file: an argument error in the demo's own usage.
        let missing = try coprod.run(["demo"])
        #expect(missing.status == 64)
        #expect(missing.standardError.contains("demo needs the script to show"))
        #expect(missing.standardError.contains("coprod demo [--lang en|zh] [--seed <N>] <file>"))
    }

    /// Echoed commands through a pipe at a projector's widths: the prompt counts once (the first
    /// line was once broken 11 columns early), and no setting's key is parted from its value
    /// (`salience` / `0.6`).
    @Test(arguments: ["en", "zh"], [60, 80])
    func echoedCommandsFillTheLineAndKeepKeysWithValues(language: String, columns: Int) throws {
        let demo = packageRoot.appendingPathComponent("examples/demos/technological-innovation.coprod").path
        let coprod = try CoprodProcess()
        coprod.environment["COLUMNS"] = String(columns)
        let lines = try coprod.run(["demo", "--lang", language, demo]).standardOutput.split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        let k = try #require(lines.firstIndex { $0.hasPrefix("coprod w0> facility shed") })
        var echo = [lines[k]]
        while lines[k + echo.count].hasPrefix("           ") { echo.append(lines[k + echo.count]) }
        #expect(echo.count > 1 || columns > 110)
        for (j, line) in echo.enumerated() {
            #expect(line.count <= columns, "|\(line)|")
            let first = line.dropFirst(11).split(separator: " ").first.map(String.init) ?? ""
            #expect(!(first.first?.isNumber ?? false), "a value starts a line: \(echo)")
            // A line ends where the next word would not have fitted.
            if j + 1 < echo.count {
                let next = echo[j + 1].dropFirst(11).split(separator: " ").first ?? ""
                #expect(line.count + 1 + next.count > columns, "broken early: \(echo)")
            }
        }
        #expect(
            echo.joined(separator: " ").split(separator: " ").joined(separator: " ")
                == "coprod w0> facility shed publicness 0.6 salience 0.6 complexity 0.5 cost 80 visibility 0.7 serves all initiator government"
        )
    }

    /// A pause's text on a real terminal wraps as it does through a pipe, at a projector's widths:
    /// on a terminal it is drawn in bold, and the bold's escape codes once counted as cells, so a
    /// line that fitted was broken again (`先看不采` / `取任` / `何策略的两年`).
    @Test(arguments: ["en", "zh"], [40, 60, 80])
    func aPauseWrapsOnATerminalAsThroughAPipe(language: String, columns: Int) throws {
        let demo = packageRoot.appendingPathComponent("examples/demos/emotional-engagement.coprod").path
        let coprod = try CoprodProcess()
        coprod.environment["COLUMNS"] = String(columns)
        let piped = try coprod.run(["demo", "--lang", language, demo]).standardOutput.split(
            separator: "\n", omittingEmptySubsequences: false
        ).map(String.init)
        // The first pause's text: from `» ` to the next command.
        let start = try #require(piped.firstIndex { $0.hasPrefix("» ") })
        let end = try #require(piped[start...].firstIndex { $0.hasPrefix("coprod w") })
        let expected = Array(piped[start..<end])
        let terminal = try coprod.startOnTerminal(
            ["demo", "--lang", language, demo], columns: UInt16(columns), rows: 40)
        try terminal.expect(language == "zh" ? "回车：继续" : "Enter: go on")
        let screen = terminal.screen().lines
        let first = try #require(screen.firstIndex { $0.hasPrefix("» ") })
        let prompt = try #require(screen[first...].firstIndex { $0.hasPrefix("[") })
        #expect(Array(screen[first..<prompt]) == expected)
        if language == "zh" && columns == 60 {
            #expect(expected == ["» 政府提出的电动车充电车棚，服务 400 位居民。先看不采取任", "  何策略的两年。"])
        }
        terminal.send("q")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// `coprod demo --help` in both languages.
    @Test(arguments: ["en", "zh"])
    func helpPage(language: String) throws {
        let coprod = try CoprodProcess()
        coprod.environment["LANG"] = language == "zh" ? "zh_CN.UTF-8" : "C.UTF-8"
        coprod.environment["COLUMNS"] = "80"
        let page = try coprod.run(["demo", "--help"])
        #expect(page.status == 0)
        assertSnapshot(page.standardOutput, named: "cli-demo-help.\(language)")
        #expect(try coprod.run(["--lang", language, "demo", "--help"]).standardOutput == page.standardOutput)
    }

    /// `clear` asks before discarding the default scenario; anything but a yes or a no asks again.
    @Test func clearAsksUntilAnsweredYesOrNo() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("clear\r")
        try terminal.expect(#"\[y/N\] "#)
        terminal.send("clear\r")
        try terminal.expect(#"please answer y \(yes\) or n \(no\): "#)
        terminal.send("n\r")
        try terminal.expect("kept the scenario")
        try terminal.expect(replPrompt)
        terminal.send("clear\r")
        try terminal.expect(#"\[y/N\] "#)
        terminal.send("yes\r")
        try terminal.expect("empty scenario: 400 residents")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}
