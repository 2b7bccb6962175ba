extension CommandRegistry {
    /// The `lessons` command (in `LessonList.swift`: `Interpreter/Lessons.swift` is the lessons themselves): the list of lessons, as `lesson` (`lesson list`) gives it. Its help
    /// page is also the `lessons` topic (how lessons work and what a lesson file holds).
    static let lessons = CommandDefinition(
        help: HelpEntry(
            name: "lessons",
            // Code only (the same in every language); the lesson file's layout is in the summary.
            syntax: "lessons | lesson [list | N [part K] | end]",
            summary: Bilingual(
                en: "Lists the lessons, as `lesson` does. Lessons walk through the model with their own scenario. "
                    + "Type `lessons` (or `lesson`) for the list, "
                    + "`lesson 1` to start, `answer` to give your prediction before a part's command, `next` to skip a part, "
                    + "`hint` when stuck, "
                    + "`lesson end` to leave. Lesson files are .coprod files with the extra statements title, part, "
                    + "say, predict, because, try and check: the title first, then the setup commands, then each "
                    + "part with its say, predict, because, try and check lines.",
                zh: "列出所有课程，与 `lesson` 相同。课程用各自的情景带你一步步了解模型。"
                    + "输入 `lessons`（或 `lesson`）查看课程列表，`lesson 1` 开始学习，"
                    + "用 `answer` 在运行命令之前写下你的预测，用 `next` 跳过一部分，卡住时用 `hint`，用 `lesson end` 离开。"
                    + "课程文件就是 .coprod 文件，只是多了 title、part、say、predict、because、try 和 check 这几种语句："
                    + "先写 title，再写准备情景的命令，然后是各个 part，每个 part 下面写它的 say、predict、because、try 和 check。"),
            example: "lessons",
            seeAlso: ["lesson", "next", "hint", "check"]),
        group: .helpAndLessons,
        usesFiles: true,
        parse: { p throws(Diagnostic) in
            // `lessons 1`, `lessons end`: starting or ending one is `lesson 1`, `lesson end`.
            if let token = try p.peek() {
                var isLessonWord = false
                if case .number = token.kind { isLessonWord = true }
                if case .word(let w) = token.kind, ["end", "part"].contains(w) { isLessonWord = true }
                if isLessonWord {
                    throw Diagnostic(
                        .error, .unexpectedAfterCommand(quoted: p.describe(token)), at: token.range,
                        hint: .didYouMean("lesson \(token.text)"))
                }
            }
            return .lesson(.list)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .lesson(let action) = command else { return }
            try i.lesson(action)
        })
}
