extension CommandRegistry {
    /// The `lesson` command.
    static let lesson = CommandDefinition(
        help: HelpEntry(
            name: "lesson",
            syntax: "lesson [N | end]",
            summary: Bilingual(
                en: "Lists the lessons, starts lesson N, or ends it. A lesson sets up its own scenario and walks "
                    + "you through it part by part; `lesson end` brings back the session you had before it.",
                zh: "列出所有课程、开始第 N 课，或结束当前课程。每一课都会设置自己的情景，"
                    + "并一部分接一部分地带你完成；`lesson end` 会恢复你开始课程之前的会话。"),
            example: "lesson 1",
            seeAlso: ["next", "hint", "lessons"]),
        group: .helpAndLessons,
        keywords: ["end"],
        usesFiles: true,
        parse: { p throws(Diagnostic) in
            if try p.peek() == nil { return .lesson(.list) }
            if try p.peekWord("end") {
                try p.advance()
                return .lesson(.end)
            }
            return .lesson(.start(try p.number(.lessonNumberOrEnd)))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .lesson(let action) = command else { return }
            try i.lesson(action)
        })
}
