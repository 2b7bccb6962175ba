extension CommandRegistry {
    /// The `lesson` command.
    static let lesson = CommandDefinition(
        help: HelpEntry(
            name: "lesson",
            syntax: "lesson [list | N [part K] | end]",
            summary: Bilingual(
                en: "Lists the lessons (with done, in progress or not started), starts lesson N (at part K: the "
                    + "earlier parts' commands are replayed first and, back at the part you left, the commands you "
                    + "had typed in it), or ends it. A lesson sets up its own scenario "
                    + "and walks you through it part by part; `lesson end` brings back the session you had before it.",
                zh: "列出所有课程（并标明已完成、进行中或未开始）、开始“数”所指的一课（从“节”所指的一节开始时，会先重放前面各节的命令；"
                    + "回到上次离开的那一节时，还会重新执行你在该节输入过的命令），"
                    + "或结束当前课程。每一课都会设置自己的情景，"
                    + "并一部分接一部分地带你完成；`lesson end` 会恢复你开始课程之前的会话。"),
            example: "lesson 1",
            seeAlso: ["lessons", "next", "hint"]),
        group: .helpAndLessons,
        keywords: ["end", "list", "part"],
        usesFiles: true,
        parse: { p throws(Diagnostic) in
            if try p.peek() == nil { return .lesson(.list) }
            if try p.peekWord("list") {
                try p.advance()
                return .lesson(.list)
            }
            if try p.peekWord("end") {
                try p.advance()
                return .lesson(.end)
            }
            let number = try p.number(.lessonNumberOrEnd)
            // `lesson 1 4`: the part needs its word.
            if let token = try p.peek(), case .number = token.kind {
                throw Diagnostic(
                    .error, .unexpectedAfterCommand(quoted: p.describe(token)), at: token.range,
                    hint: .didYouMean("lesson \(number.text) part \(token.text)"))
            }
            var part: NumberLiteral?
            if try p.peekWord("part") {
                try p.advance()
                part = try p.number(.lessonPartNumber)
            }
            return .lesson(.start(number, part: part))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .lesson(let action) = command else { return }
            try i.lesson(action)
        })
}
