import CoprodTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The typing hint (issue 7): the syntax of the command being typed, dimmed after the line,
/// checked on a model of the screen (escape sequences must not show as text, the hint must not
/// stay on a line after Enter) through editing, history, Tab, Ctrl-C and a resize.
@Suite(.timeLimit(.minutes(1)))
struct TerminalHintsTests {
    /// The bytes that draw `text` as the hint: dim on, the text, dim off, the cursor restored.
    private func drawn(_ text: String) -> String {
        #"\u{1B}\[2m"# + NSRegularExpression.escapedPattern(for: text) + #"\u{1B}\[22m\u{1B}8"#
    }

    @Test func theSyntaxShowsDimAfterTheLineAndGoesOnEnter() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("step 3")
        try terminal.expect(drawn("step [N]"))
        var screen = terminal.screen()
        #expect(screen.cursorLine == "coprod w0> step 3  step [N]")
        #expect(screen.plainText(screen.cursorRow) == "coprod w0> step 3")
        #expect(screen.dimText(screen.cursorRow) == "step [N]")
        #expect(screen.cursorColumn == 17, "the cursor stays after what was typed")

        // Ctrl-A: the cursor goes to the start of the line; the hint stays after its end.
        terminal.send("\u{1}")
        try terminal.expect(drawn("step [N]"))
        screen = terminal.screen()
        #expect(screen.cursorLine == "coprod w0> step 3  step [N]")
        #expect(screen.cursorColumn == 11)
        // Ctrl-E, Backspace, another number.
        terminal.send("\u{5}\u{8}5")
        try terminal.expect(drawn("step [N]"))
        #expect(terminal.screen().cursorLine == "coprod w0> step 5  step [N]")

        terminal.send("\r")
        try terminal.expect("weeks? 0 → 5")
        try terminal.expect("\r\n" + replPrompt)
        screen = terminal.screen()
        let typed = try #require(screen.lines.firstIndex { $0.hasPrefix("coprod w0> ") })
        #expect(screen.line(typed) == "coprod w0> step 5", "the hint went before the line was left")
        #expect(!screen.lines.joined().contains("[2m") && !screen.lines.joined().contains("[22m"))
        #expect(screen.lines.allSatisfy { !$0.contains("\u{1B}") })

        // Up: the line comes back from the history with its hint.
        terminal.send("\u{1B}[A")
        try terminal.expect(drawn("step [N]"))
        #expect(terminal.screen().cursorLine == "coprod w5> step 5  step [N]")

        // Tab completes the command word; the hint follows the completed word.
        terminal.send("\u{1}\u{B}fo\t")
        try terminal.expect(drawn("fork NAME"))
        #expect(terminal.screen().cursorLine.hasPrefix("coprod w5> fork"))
        #expect(terminal.screen().dimText(terminal.screen().cursorRow) == "fork NAME")

        // Ctrl-C discards the line, and its hint with it.
        terminal.send("\u{3}")
        try terminal.expect("\\^C")
        try terminal.expect(replPrompt)
        screen = terminal.screen()
        let interrupted = try #require(screen.lines.lastIndex { $0.contains("^C") })
        #expect(screen.dimText(interrupted).isEmpty, "\(screen.line(interrupted))")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// An unknown word or a word that may still grow into another command (`run` → `runs`) has
    /// no hint; a line that would not leave room on its row has none either.
    @Test func onlyAWholeCommandWordGetsAHintAndOnlyWhereItFits() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("stpe ")
        try terminal.expect("stpe ")
        usleep(300_000)
        terminal.send("\u{1}\u{B}run")
        try terminal.expect("run")
        terminal.readOutput(for: .milliseconds(300))
        #expect(!String(decoding: terminal.transcript, as: UTF8.self).contains("\u{1B}[2m"))
        terminal.send(" ")
        try terminal.expect(drawn("run N | run until EXPR [max N]"))
        // A line longer than the row: no hint, and nothing left of the one before.
        terminal.send("until week >= 3 max 10" + String(repeating: " ", count: 60))
        terminal.readOutput(for: .milliseconds(500))
        let screen = terminal.screen()
        #expect(
            (0..<screen.rows).allSatisfy { screen.dimText($0).isEmpty },
            "\((0..<screen.rows).map { screen.dimText($0) }) \(screen.lines)")
        terminal.send("\u{3}\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// ^R's search (its prompt on the row below) shows no hint; the line found runs as usual.
    @Test func noHintDuringAHistorySearch() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("step 3\r")
        try terminal.expect("coprod w3> ")
        let offset = terminal.transcript.count
        terminal.send("\u{12}")
        try terminal.expect("bck:")
        terminal.send("st")
        terminal.readOutput(for: .milliseconds(500))
        #expect(terminal.screen().lines.contains { $0.hasPrefix("bck:st") })
        #expect(!String(decoding: terminal.transcript[offset...], as: UTF8.self).contains("\u{1B}[2m"))
        terminal.send("\r")
        try terminal.expect("weeks 3 → 6")
        try terminal.expect("coprod w6> ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// After 80→40 columns the redrawn line gets its hint again, cut to the row with `…`; back at
    /// 120 columns the whole syntax shows.
    @Test func aResizeRedrawsTheHintForTheNewWidth() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal(columns: 80, rows: 24)
        try terminal.expect(replPrompt)
        terminal.send("run 5")
        try terminal.expect(drawn("run N | run until EXPR [max N]"))
        var offset = terminal.transcript.count
        terminal.resize(columns: 40, rows: 24)
        try terminal.expect(drawn("run N | run until EX…"))
        var screen = terminal.screen(since: offset)
        #expect(screen.cursorLine == "coprod w0> run 5  run N | run until EX…")
        #expect(screen.cursorLine.count <= 39)
        offset = terminal.transcript.count
        terminal.resize(columns: 120, rows: 24)
        try terminal.expect(drawn("run N | run until EXPR [max N]"))
        screen = terminal.screen(since: offset)
        #expect(screen.cursorLine == "coprod w0> run 5  run N | run until EXPR [max N]")
        terminal.send("\r")
        try terminal.expect("weeks 0 → 5")
        try terminal.expect("\r\n" + replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// `hints off` stops them and `hints on` brings them back, in the session's language.
    @Test func hintsOffAndOn() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("lang zh\r")
        try terminal.expect("语言：中文")
        try terminal.expect(replPrompt)
        terminal.send("hints off\r")
        try terminal.expect("输入提示：关")
        try terminal.expect(replPrompt)
        let offset = terminal.transcript.count
        terminal.send("step 2")
        try terminal.expect("step 2")
        usleep(300_000)
        terminal.send("\r")
        try terminal.expect("第 0 → 2 周")
        try terminal.expect(replPrompt)
        #expect(!String(decoding: terminal.transcript[offset...], as: UTF8.self).contains("\u{1B}[2m"))
        terminal.send("hints on\r")
        try terminal.expect("输入提示：开")
        try terminal.expect(replPrompt)
        terminal.send("step")
        try terminal.expect(drawn("step [数]"))  // under lang zh, the placeholders in Chinese
        terminal.send("\u{3}\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Without colour (NO_COLOR, a dumb terminal) the editor writes no hint and no escape for one.
    @Test(arguments: [("NO_COLOR", "1"), ("TERM", "dumb")])
    func neverWithoutColour(_ variable: String, _ value: String) throws {
        let coprod = try CoprodProcess()
        coprod.environment[variable] = value
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("step 2")
        try terminal.expect("step 2")
        usleep(300_000)
        terminal.send("\r")
        try terminal.expect("weeks 0 → 2")
        try terminal.expect(replPrompt)
        let output = String(decoding: terminal.transcript, as: UTF8.self)
        #expect(!output.contains("\u{1B}[2m"))
        #expect(!output.contains("\u{1B}7"))
        #expect(!output.contains("step [N]"))
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}
