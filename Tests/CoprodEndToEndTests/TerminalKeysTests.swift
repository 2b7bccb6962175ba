import CoprodTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The terminal in front of a class: resize, Ctrl-C during a run, Ctrl-L, Ctrl-Z, and history
/// shared by two REPLs (issue 7, live demonstration).
@Suite(.timeLimit(.minutes(1)))
struct TerminalKeysTests {
    /// After 120→60 columns the line is redrawn (erase below, prompt again), editing with Ctrl-A
    /// still edits the right text, and later output wraps to 60 columns.
    @Test func resizeRedrawsTheLineAndOutputFollowsTheNewWidth() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal(columns: 120, rows: 40)
        try terminal.expect(replPrompt)
        terminal.send("tep 3")
        try terminal.expect("tep 3")
        terminal.resize(columns: 60, rows: 40)
        // The redraw: back to the line's first column, erase to the end of the screen, the
        // prompt and the line again.
        try terminal.expect(#"\r\u{1B}\[J"# + replPrompt + "tep 3")
        terminal.send("\u{1}s\r")  // Ctrl-A, then the missing first letter
        try terminal.expect("weeks? 0 → 3")
        try terminal.expect("\r\n" + replPrompt)
        terminal.send("help\r")
        let help = try terminal.expect("\r\n" + replPrompt)
        let lines = help.components(separatedBy: "\r\n").dropFirst().dropLast()
        #expect(lines.count > 5)
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
        #expect(lines.contains { $0.count > 40 })
        // Step reports too: each level's line wraps under its text instead of at the margin.
        terminal.send("run 12\r")
        let report = try terminal.expect("\r\n" + replPrompt)
        let reportLines = report.components(separatedBy: "\r\n").dropFirst().dropLast()
        #expect(reportLines.contains { $0.hasPrefix("  behavioural  ") })
        #expect(reportLines.allSatisfy { $0.count <= 60 }, "\(reportLines.filter { $0.count > 60 })")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func controlCDuringALongRunPrintsTheSummaryOnAFreshLine() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        // 20,000 residents: 10,000 weeks take many seconds on any machine, so Ctrl-C comes mid-run.
        terminal.send("community size 20000\r")
        try terminal.expect(replPrompt, timeout: .seconds(30))
        terminal.send("run 10000\r")
        try terminal.expect("run 10000\r\n")
        usleep(500_000)
        terminal.send("\u{3}")
        let output = try terminal.expect("interrupted at week")
        // The terminal echoes ^C; the summary starts on the next line.
        #expect(output.contains("^C\r\n"), "\(output.debugDescription)")
        #expect(!output.contains("^Cweeks"))
        try terminal.expect("\r\n" + replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func controlLClearsTheScreenAndRedrawsPromptAndLine() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("step 2")
        try terminal.expect("step 2")
        terminal.send("\u{C}")
        // xterm's clear: home and erase the display, then the prompt and the line.
        try terminal.expect(#"\u{1B}\[H\u{1B}\[2J"# + replPrompt + "step 2")
        terminal.send("\r")
        try terminal.expect("weeks? 0 → 2")
        try terminal.expect("\r\n" + replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Ctrl-L at `clear`'s question clears the screen and asks again; it is not an answer.
    @Test func controlLAtTheClearQuestionRedrawsIt() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("clear\r")
        try terminal.expect(#"\[y/N\] "#)
        terminal.send("\u{C}")
        // The question, wrapped to the terminal's 80 columns, again from the top of the screen.
        try terminal.expect(#"\u{1B}\[H\u{1B}\[2Jclear discards this scenario[^\r\n]*\r\n  [^\r\n]*\[y/N\] "#)
        let screen = terminal.screen()
        #expect(screen.line(0).hasPrefix("clear discards this scenario"))
        #expect(screen.cursorRow <= 1)
        terminal.send("n\r")
        try terminal.expect("\r\n" + replPrompt)
        terminal.send("show shed\r")
        try terminal.expect("facility shed: ")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Ctrl-L while an answer is being typed keeps it: the question and the answer so far are
    /// drawn again at the top, and the answer can still be edited (issue 7: only the question
    /// came back, and what had been typed was lost).
    @Test func controlLKeepsTheAnswerBeingTyped() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal(["--lang", "zh"], columns: 60)
        try terminal.expect(replPrompt)
        terminal.send("clear\r")
        try terminal.expect(#"\[y/N，是/否\] "#)
        terminal.send("y是e")
        try terminal.expect("y是e")
        terminal.send("\u{7F}\u{7F}")  // Backspace twice: e, then the two cells of 是
        terminal.send("\u{C}")
        try terminal.expect(#"\u{1B}\[H\u{1B}\[2Jclear "#)
        try terminal.expect(#"\[y/N，是/否\] y"#)
        terminal.readOutput(for: .milliseconds(200))
        let screen = terminal.screen()
        #expect(screen.line(0).hasPrefix("clear 会丢弃当前情景"))
        #expect(screen.line(1) == "  Ctrl-L。确定丢弃吗？[y/N，是/否] y")
        terminal.send("es\r")  // the kept y and es: yes
        try terminal.expect("空白情景")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// ^Z stops coprod under a job-control shell; here (no such shell, an orphaned process
    /// group) the kernel discards SIGTSTP, so the prompt comes back at once. A stop and continue
    /// from outside (SIGSTOP, SIGCONT) puts the terminal back into edit mode and redraws.
    @Test func controlZAndContinueRestoreThePromptAndEditMode() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("step 4")
        try terminal.expect("step 4")
        terminal.send("\u{1A}")
        try terminal.expect("\r\n" + replPrompt + "step 4")
        terminal.signal(SIGSTOP)
        let deadline = ContinuousClock.now + .seconds(5)
        while terminal.processState != "T" && ContinuousClock.now < deadline { usleep(10_000) }
        #expect(terminal.processState == "T")
        terminal.signal(SIGCONT)
        try terminal.expect(replPrompt + "step 4")
        // Still in edit mode: Ctrl-A moves to the start of the line (cooked mode would not).
        terminal.send("\u{1}\u{B}step 5\r")
        try terminal.expect("weeks? 0 → 5")
        try terminal.expect("\r\n" + replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    @Test func twoREPLsSharingAHistoryFileKeepBothSessionsLines() throws {
        let coprod = try CoprodProcess()
        let first = try coprod.startOnTerminal()
        let second = try coprod.startOnTerminal()
        try first.expect(replPrompt)
        try second.expect(replPrompt)
        first.send("step 1\r")
        try first.expect("\r\n" + replPrompt)
        second.send("step 2\r")
        try second.expect("\r\n" + replPrompt)
        first.send("step 3\r")
        try first.expect("\r\n" + replPrompt)
        first.send("\u{4}")
        #expect(try first.waitForExit() == 0)
        second.send("\u{4}")
        #expect(try second.waitForExit() == 0)
        let saved = try String(contentsOf: coprod.historyFile, encoding: .utf8)
        #expect(saved == "_HiStOrY_V2_\nstep\\0401\nstep\\0402\nstep\\0403\n")
    }
}
