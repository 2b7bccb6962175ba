import Testing

@testable import CoprodLanguage

/// The command line's language and texts, without the binary (CommandLineLanguageTests runs it).
@Suite struct CommandLineRendererTests {
    @Test func languageFromTheArgumentsThenTheLocale() {
        let english = ["LANG": "C.UTF-8"]
        let chinese = ["LANG": "zh_CN.UTF-8"]
        #expect(Language.requested(byArguments: ["--lang", "zh", "run", "x"], environment: english) == .zh)
        #expect(Language.requested(byArguments: ["run", "x", "--lang=zh"], environment: english) == .zh)
        #expect(Language.requested(byArguments: ["--lang", "中文"], environment: english) == .zh)
        #expect(Language.requested(byArguments: ["--lang", "en"], environment: chinese) == .en)
        #expect(Language.requested(byArguments: ["--lang", "zh", "--lang", "en"], environment: english) == .en)
        // A word that is no language leaves the locale's, which then words the error.
        #expect(Language.requested(byArguments: ["--lang", "fr"], environment: chinese) == .zh)
        #expect(Language.requested(byArguments: ["x"], environment: ["LC_ALL": "zh_TW.UTF-8", "LANG": "C"]) == .zh)
        // After `--` nothing is an option.
        #expect(Language.requested(byArguments: ["--", "--lang", "zh"], environment: english) == .en)
        #expect(Language.requested(byArguments: ["--lang"], environment: english) == .en)
    }

    static let page = """
        OVERVIEW: 运行一个 .coprod 脚本后退出；不给出脚本时启动 REPL。

        USAGE: coprod [run] [--lang en|zh] [--seed <N>] [--json] [--replicates <N>] [--quiet] [<file>]

        OPTIONS:
          --replicates <N>        把脚本作为第 1…N 次重复运行，每次用各自派生的随机种子，并输出一份 JSON 文档，含每次重复的报告和汇总。
          -h, --help              Show help information.
        """

    @Test func chineseHelpPagesHaveChineseHeadingsAndWrapByCells() {
        let text = CommandLineRenderer.help(Self.page, language: .zh, width: 60)
        #expect(text.contains("概述：") && text.contains("用法：coprod [run]") && text.contains("选项："))
        #expect(text.contains("-h, --help              显示帮助信息。"))
        for word in ["OVERVIEW", "USAGE", "OPTIONS", "Show help"] { #expect(!text.contains(word)) }
        for line in text.split(separator: "\n") where !line.hasPrefix("用法：") {
            #expect(Format.cells(String(line)) <= 60, "\(line)")
        }
        // Continuation lines of an option hang under its text, at column 27.
        let lines = text.split(separator: "\n").map(String.init)
        let k = lines.firstIndex { $0.hasPrefix("  --replicates") } ?? 0
        #expect(lines[k + 1].hasPrefix(String(repeating: " ", count: 26)) && lines[k + 1].dropFirst(26).first != " ")
    }

    @Test func englishHelpPagesKeepTheParsersWords() {
        let text = CommandLineRenderer.help(
            "OPTIONS:\n  -h, --help              Show help information.", language: .en, width: 80)
        #expect(text == "OPTIONS:\n  -h, --help              Show help information.")
    }

    @Test func errorsNameTheUsageAndWhereOptionsAreDescribed() {
        let en = CommandLineRenderer.error(
            .unknownOption("--sed"), hint: .didYouMean("--seed"), withUsage: true, language: .en)
        #expect(
            en == """
                coprod: error: unknown option '--sed'
                hint: did you mean '--seed'?
                usage: \(CommandLineText.usage)
                  'coprod run --help' describes every option
                """)
        let zh = CommandLineRenderer.error(.standardOutputClosed, severity: .warning, language: .zh)
        #expect(zh == "coprod: 警告: 标准输出已关闭；命令输出将被丢弃")
        let coloured = CommandLineRenderer.error(.jsonNeedsScript, language: .en, colour: true)
        #expect(coloured.hasPrefix("coprod: \u{1B}[1;31merror:\u{1B}[0m --json needs a script"))
    }
}
