import CoprodTestSupport
import Foundation
import Testing

/// The real binary on a projector's 60-column terminal: what it prints itself (the start banner,
/// a y/N question) breaks at word boundaries instead of being cut mid-word by the terminal, and
/// output that is not a terminal follows `COLUMNS`.
@Suite(.timeLimit(.minutes(1)))
struct NarrowTerminalEndToEndTests {
    /// Every row of the screen after `terminal`'s output so far.
    static func rows(_ terminal: PseudoTerminal) -> [String] {
        terminal.screen().lines.filter { !$0.isEmpty }
    }

    @Test(arguments: ["en", "zh"])
    func theBannerAndAQuestionWrapAtWords(_ language: String) throws {
        let coprod = try CoprodProcess()
        let terminal = try coprod.startOnTerminal(["--lang", language], columns: 60, rows: 24)
        try terminal.expect(replPrompt)
        terminal.send("clear\r")
        try terminal.expect(language == "en" ? #"\[y/N\] "# : #"\[y/N，是/否\] "#)
        let screen = Self.rows(terminal)
        if language == "en" {
            #expect(
                Array(screen.prefix(4)) == [
                    "coprod 0.1.0 — a sandbox for resident co-production of",
                    "neighbourhood micro-infrastructure. Type `help` for commands",
                    "and `lesson 1` to start the tutorial; Tab completes, Up",
                    "recalls, Ctrl-D (or `quit`) leaves.",
                ])
            #expect(
                Array(screen.suffix(2)) == [
                    "clear discards this scenario (3 facilities, week 0);",
                    "  Ctrl-L only clears the screen. Discard it? [y/N]",
                ])
        } else {
            #expect(
                Array(screen.prefix(3)) == [
                    "coprod 0.1.0 —— 居民参与社区微基建共同生产的模拟沙盘。输入",
                    "`help` 查看命令，输入 `lesson 1` 开始教程；Tab 补全，上箭头",
                    "调出历史，Ctrl-D（或 `quit`）退出。",
                ])
            #expect(
                Array(screen.suffix(2)) == [
                    "clear 会丢弃当前情景（3 个设施，第 0 周）；只想清屏请按",
                    "  Ctrl-L。确定丢弃吗？[y/N，是/否]",
                ])
        }
        terminal.send("n\r")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Through a pipe, `COLUMNS=60` lays output out for 60 columns (as `ls` does); without it, 78.
    @Test func aPipeFollowsColumns() throws {
        var coprod = try CoprodProcess()
        let script = try coprod.writeFile("help.coprod", "help community\n")
        let plain = try coprod.run([script])
        #expect(plain.standardOutput.split(separator: "\n").contains { $0.count > 60 })
        coprod.environment["COLUMNS"] = "60"
        let narrow = try coprod.run([script])
        #expect(narrow.status == 0)
        let lines = narrow.standardOutput.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 60 }, "\(lines.filter { $0.count > 60 })")
        #expect(lines.contains("  syntax:  community [STRING] {size N | profile WORD | seed"))
    }
}
