import CoprodLanguage

/// The paragraph the REPL prints when it starts.
enum Banner {
    /// The paragraph for a terminal `width` cells wide: as laid out below when every line fits,
    /// else rewrapped at word boundaries (a projector's 60 columns) by the renderer's wrapping.
    static func lines(version: String, language: Language, width: Int) -> [String] {
        let laidOut = text(version: version, language: language)
        let lines = laidOut.split(separator: "\n").map(String.init)
        if lines.allSatisfy({ TextRenderer.cells($0) <= width }) { return lines }
        // Chinese lines join without a space (the break falls after `，`), English with one.
        return TextRenderer.fitted(lines.joined(separator: language == .zh ? "" : " "), width: width)
    }

    static func text(version: String, language: Language) -> String {
        if language == .zh {
            return """
                coprod \(version) —— 居民参与社区微基建共同生产的模拟沙盘。输入 `help` 查看命令，
                输入 `lesson 1` 开始教程；Tab 补全，上箭头调出历史，Ctrl-D（或 `quit`）退出。
                """
        }
        return """
            coprod \(version) — a sandbox for resident co-production of neighbourhood
            micro-infrastructure. Type `help` for commands and `lesson 1` to start the
            tutorial; Tab completes, Up recalls, Ctrl-D (or `quit`) leaves.
            """
    }
}
