import CoprodLanguage

/// The paragraph the REPL prints when it starts.
enum Banner {
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
