import CoprodTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Long work at the REPL (issue 9): building a large community shows its progress and Ctrl-C
/// cancels it, keeping the session; lines typed while a command runs run after it, as in a shell.
@Suite(.timeLimit(.minutes(2)))
struct LongWorkTests {
    @Test func controlCCancelsTheBuildOfALargeCommunityAndKeepsTheSession() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("step 2\r")
        try terminal.expect("coprod w2> ")
        terminal.send("community size 1000000\r")
        // The progress line on standard error (a terminal here), drawn over itself.
        try terminal.expect(
            #"\r\u{1B}\[Kbuilding the community of 1,000,000 residents: \d+% \(Ctrl-C cancels\)"#, timeout: .seconds(30)
        )
        terminal.send("\u{3}")
        let said = try terminal.expect(
            wrappable(
                "cancelled building the community of 1,000,000 residents (Ctrl-C); the session is as it was: "
                    + "400 residents, week 2"), timeout: .seconds(10))
        // The progress line (and the ^C echoed after it) was erased first.
        #expect(said.contains("\r\u{1B}[K\u{1B}[1m<repl>:1:1:"), "\(said.debugDescription)")
        #expect(said.contains("note:"))
        try terminal.expect("\r\n" + "coprod w2> ")
        terminal.send("count residents\r")
        try terminal.expect("residents: 400")
        try terminal.expect("coprod w2> ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// `back` on a large community (1,000,000: a smaller one rebuilds before the progress line is
    /// drawn) rebuilds it from week 0: the same progress line, and Ctrl-C
    /// cancels it with the session as it was.
    @Test func controlCCancelsTheRebuildOfBackAndKeepsTheSession() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("community size 1000000\r")
        try terminal.expect("coprod w0> ", timeout: .seconds(60))
        terminal.send("step 2\r")
        try terminal.expect("coprod w2> ", timeout: .seconds(60))
        terminal.send("back 1\r")
        try terminal.expect(
            #"\r\u{1B}\[Krebuilding 'main' to week 1 \(1,000,000 residents\): \d+% \(Ctrl-C cancels\)"#,
            timeout: .seconds(30))
        terminal.send("\u{3}")
        let said = try terminal.expect(
            wrappable("cancelled rebuilding 'main' to week 1 (Ctrl-C); the session is as it was: 'main', week 2"),
            timeout: .seconds(10))
        #expect(said.contains("note:"))
        try terminal.expect("\r\n" + "coprod w2> ")
        terminal.send("count residents\r")
        try terminal.expect("residents: 1000000")
        try terminal.expect("coprod w2> ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Lines typed while `run` runs are kept by the terminal and run after it, in order.
    @Test func linesTypedDuringARunRunAfterIt() throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal()
        try terminal.expect(replPrompt)
        terminal.send("community size 60000\r")
        try terminal.expect("coprod w0> ", timeout: .seconds(30))
        terminal.send("run 300\r")
        try terminal.expect("run 300\r\n")
        usleep(300_000)
        terminal.send("count residents\r")
        terminal.send("step\r")
        try terminal.expect("weeks 0 → 300", timeout: .seconds(60))
        try terminal.expect("coprod w300> count residents")
        try terminal.expect("residents: 60000")
        try terminal.expect("coprod w300> step")
        try terminal.expect("week 300 → 301")
        try terminal.expect("coprod w301> ")
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}

/// A pattern for `text` as the REPL prints it in a diagnostic, which wraps it to the terminal's
/// width (each line in bold): its words, separated by white space and escape sequences.
private func wrappable(_ text: String) -> String {
    text.split(separator: " ").map { NSRegularExpression.escapedPattern(for: String($0)) }
        .joined(separator: "(?:\\s|\u{1B}\\[[0-9;]*m)+")
}
