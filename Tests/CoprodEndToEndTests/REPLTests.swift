import CoprodTestSupport
import Foundation
import Testing

@Suite(.timeLimit(.minutes(1)))
struct REPLTests {
    @Test func startsWithBannerAndPrompt() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(#"coprod 0\.1\.0"#)
        try terminal.expect("lesson 1")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func commandPrintsOutputAndPromptReturns() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("help\r")
        let output = try terminal.expect("\r\n" + replPrompt)
        // The first line is the echo of what was typed; output follows it.
        let lines = output.components(separatedBy: "\r\n").dropFirst()
        #expect(lines.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func tabCompletesAFacilityName() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("show facility gar\t")
        try terminal.expect("den", timeout: .seconds(5))
        terminal.send("\r")
        try terminal.expect("facility garden: publicness 0.9", timeout: .seconds(5))
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Tab after Chinese: a facility named in Chinese completes (libedit hands over UTF-8 and counts
    /// characters), and the Chinese name of the default `shed` (车棚) completes to `shed`.
    @Test func tabCompletesChinese() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("facility 花园 salience 0.6\r")
        try terminal.expect(replPrompt)
        terminal.send("show 花\t")
        try terminal.expect("园 ", timeout: .seconds(5))
        terminal.send("\r")
        try terminal.expect("facility 花园: publicness", timeout: .seconds(5))
        try terminal.expect(replPrompt)
        terminal.send("show 车\t")
        try terminal.expect("shed ", timeout: .seconds(5))
        terminal.send("\r")
        try terminal.expect("facility shed: publicness", timeout: .seconds(5))
        try terminal.expect(replPrompt)
        terminal.send("提\t")
        try terminal.expect("示 ", timeout: .seconds(5))
        terminal.send("\u{3}")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test
    func tabCompletesAKeyword() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("show fa\t")
        try terminal.expect("cility", timeout: .seconds(5))
        terminal.send("\u{3}")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func historyIsKeptAcrossSessions() throws {
        let coprod = try CoprodProcess()
        do {
            let first = try coprod.startOnTerminal()
            try first.expect(replPrompt)
            first.send("step 2\r")
            try first.expect("\r\n" + replPrompt)
            first.send("\u{4}")
            #expect(try first.waitForExit() == 0)
        }
        let saved = try String(contentsOf: coprod.historyFile, encoding: .utf8)
        #expect(saved.hasPrefix("_HiStOrY_V2_\n"))

        let second = try coprod.startOnTerminal()
        try second.expect(replPrompt)
        second.send("\u{1B}[A")  // Up
        try second.expect("step 2")
        second.send("\u{3}")
        try second.expect(replPrompt)
        second.send("\u{4}")
        #expect(try second.waitForExit() == 0)
    }

    @Test func controlDExitsWithStatusZero() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func quitExitsWithStatusZero() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("quit\r")
        // The skeleton Session does not know `quit`; Ctrl-D then ends it just the same.
        if (try? terminal.expect(replPrompt, timeout: .seconds(2))) != nil { terminal.send("\u{4}") }
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func controlCAtThePromptDiscardsTheLine() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("abc")
        try terminal.expect("abc")
        terminal.send("\u{3}")
        try terminal.expect(#"\^C"#)
        try terminal.expect(replPrompt)
        terminal.send("def\r")
        let afterwards = try terminal.expect("\r\n" + replPrompt)
        #expect(!afterwards.contains("abc"))
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        let history = try String(contentsOf: coprod.historyFile, encoding: .utf8)
        #expect(!history.contains("abc"))
    }

    /// Ctrl-C during a long run stops it at a step boundary; the REPL says where and goes on.
    @Test func controlCStopsALongRunAndThePromptReturns() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        // 20,000 residents: 9,999 weeks of the 400-resident default take under a second now.
        terminal.send("community size 20000\r")
        try terminal.expect(replPrompt, timeout: .seconds(30))
        terminal.send("run 9999\r")
        usleep(700_000)
        terminal.send("\u{3}")
        try terminal.expect(#"interrupted at week [0-9]+ after [0-9]+ steps"#, timeout: .seconds(15))
        try terminal.expect(replPrompt, timeout: .seconds(5))
        terminal.send("show community\r")
        try terminal.expect("community \"Calibration\"", timeout: .seconds(5))
        try terminal.expect(replPrompt, timeout: .seconds(5))
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Without a UTF-8 locale libedit would drop the non-ASCII bytes; coprod falls back to C.UTF-8.
    @Test func nonASCIITextSurvivesWithoutALocale() throws {
        let coprod = try CoprodProcess()
        coprod.environment["LANG"] = nil
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("say héllo 张三\r")
        try terminal.expect("héllo 张三\r\n")  // the line as typed
        try terminal.expect("héllo 张三")  // echoed back (skeleton) or quoted in a diagnostic
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test
    func anErrorIsShownAndTheREPLGoesOn() throws {
        let coprod = try CoprodProcess()
        coprod.environment["NO_COLOR"] = "1"
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("stpe 3\r")
        try terminal.expect("<repl>:1:1: error:")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func noColorMeansNoEscapeSequencesInErrors() throws {
        let coprod = try CoprodProcess()
        coprod.environment["NO_COLOR"] = "1"
        let terminal = try coprod.startOnTerminal(["missing.coprod"])
        #expect(try terminal.waitForExit() == 1)
        let text = String(decoding: terminal.transcript, as: UTF8.self)
        #expect(text.contains("error:"))
        #expect(!terminal.transcript.contains(0x1B))
    }

    @Test func errorsOnATerminalAreColouredByDefault() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal(["missing.coprod"])
        #expect(try terminal.waitForExit() == 1)
        #expect(terminal.transcript.contains(0x1B))
    }

    /// `quit` or Ctrl-D with twins not saved asks first, as `clear` does; a no keeps the session,
    /// and after `save` (which writes every run) nothing is asked.
    @Test func quitWithUnsavedTwinsAsksFirst() throws {
        let coprod = try CoprodProcess()
        let path = coprod.home.appendingPathComponent("twins.coprod").path
        let terminal = try coprod.startOnTerminal(["--lang", "zh"])
        try terminal.expect(replPrompt)
        terminal.send("fork 关怀\r")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        try terminal.expect(#"这 2 个运行（main 及其孪生运行）尚未保存"#)
        try terminal.expect(#"\[y/N，是/否\] "#)
        terminal.send("不\r")
        try terminal.expect("没有退出")
        try terminal.expect(replPrompt)
        terminal.send("quit\r")
        try terminal.expect(#"\[y/N，是/否\] "#)
        terminal.send("\r")  // Enter: the default, no
        try terminal.expect("没有退出")
        try terminal.expect(replPrompt)
        terminal.send("save \"\(path)\"\r")
        try terminal.expect("已将")
        try terminal.expect(replPrompt)
        terminal.send("quit\r")
        #expect(try terminal.waitForExit() == 0)
        // Asked twice (Ctrl-D, then quit), not after the save.
        let asked = String(decoding: terminal.transcript, as: UTF8.self).components(separatedBy: "确定退出吗").count - 1
        #expect(asked == 2)
    }

    @Test func quitAnsweredYesLeaves() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("fork care\rstep\r")
        try terminal.expect("coprod care w1> ")
        terminal.send("quit\r")
        try terminal.expect(#"the 2 runs \(main and its twins\) are not saved"#)
        try terminal.expect(#"Quit anyway\? \[y/N\] "#)
        terminal.send("maybe\r")
        try terminal.expect(#"please answer y \(yes\) or n \(no\): "#)
        terminal.send("y\r")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Piped input never waits for an answer: the twins go with the session.
    @Test func pipedQuitDoesNotAsk() throws {
        let coprod = try CoprodProcess()
        let result = try coprod.run([], input: "fork care\nstep\nquit\n")
        #expect(result.status == 0)
        #expect(!result.standardOutput.contains("[y/N]"))
    }
}
