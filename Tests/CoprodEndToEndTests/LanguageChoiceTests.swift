import CoprodTestSupport
import Foundation
import Testing

/// `lang` at the prompt is kept for the next session (`$XDG_STATE_HOME/coprod/language`,
/// docs/LANGUAGE.md "Language"): the next REPL starts in it, `--lang` still wins, and it wins over
/// the locale.
@Suite(.timeLimit(.minutes(1)))
struct LanguageChoiceTests {
    /// Starts the REPL with `arguments`, types `lines`, takes one step and leaves; returns what
    /// the step printed, in the session's language.
    private func session(_ coprod: CoprodProcess, _ arguments: [String] = [], typing lines: [String] = []) throws
        -> String
    {
        let terminal = try coprod.startOnTerminal(arguments)
        try terminal.expect(replPrompt, timeout: .seconds(10))
        for line in lines {
            terminal.send(line + "\r")
            try terminal.expect(replPrompt)
        }
        terminal.send("step\r")
        try terminal.expect(#"(week 0 → 1|第 0 → 1 周)"#)
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        return String(decoding: terminal.transcript, as: UTF8.self)
    }

    @Test func langIsKeptForTheNextSession() throws {
        let coprod = try CoprodProcess()
        let first = try session(coprod, typing: ["lang zh"])
        #expect(first.contains("语言：中文"), "\(first)")
        let file = coprod.home.appendingPathComponent("state/coprod/language")
        #expect(try String(contentsOf: file, encoding: .utf8) == "zh\n")
        // The next session starts in Chinese, though LANG is C.UTF-8.
        #expect(try session(coprod).contains("第 0 → 1 周"))
        // An explicit --lang wins, and does not change what is kept.
        #expect(try session(coprod, ["--lang", "en"]).contains("week 0 → 1"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "zh\n")
        // `lang en` is kept too, and wins over a Chinese locale.
        _ = try session(coprod, typing: ["lang en"])
        coprod.environment["LANG"] = "zh_CN.UTF-8"
        #expect(try session(coprod).contains("week 0 → 1"))
    }

    @Test func withoutAChoiceTheLocaleDecides() throws {
        let coprod = try CoprodProcess()
        coprod.environment["LANG"] = "zh_CN.UTF-8"
        #expect(try session(coprod).contains("第 0 → 1 周"))
        #expect(
            !FileManager.default.fileExists(atPath: coprod.home.appendingPathComponent("state/coprod/language").path))
    }
}
