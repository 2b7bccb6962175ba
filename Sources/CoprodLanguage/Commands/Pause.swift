extension CommandRegistry {
    /// The `pause` command: a stop in a demonstration script.
    static let pause = CommandDefinition(
        help: HelpEntry(
            name: "pause",
            syntax: "pause STRING [zh STRING]",
            summary: Bilingual(
                en: "A stop in a demonstration: under `coprod demo` the text is shown and the demo waits "
                    + "for Enter (q stops it). In a plain run or at the prompt the text is shown and the script "
                    + "goes straight on. The text after zh is shown instead in a Chinese session.",
                zh: "演示中的一站：用 `coprod demo` 演示文件时，显示这段文字后停下，按回车继续（按 q 结束演示）。"
                    + "普通运行或在提示符下输入时，显示文字后直接继续。中文会话显示 zh 之后的文字。"),
            example: "pause \"Now the twin without the intervention.\" zh \"现在看没有这项干预的孪生运行。\"",
            seeAlso: ["fork", "compare", "plot"]),
        group: .helpAndLessons,
        keywords: ["zh"],
        parse: { p throws(Diagnostic) in
            let example = "pause \"Now the twin.\""
            let text = try p.text(.quotedText, example: example)
            guard try p.peek() != nil else { return .pause(text, zh: nil) }
            let keyword = try p.word(.keyword("zh"), hint: .forExample(code: example + " zh \"现在看孪生运行。\""))
            guard keyword.name == "zh" else {
                throw Diagnostic(
                    .error,
                    .expected(.keyword("zh"), after: Quoting.quoted(text.value), found: Quoting.quoted(keyword.name)),
                    at: keyword.range, hint: .forExample(code: example + " zh \"现在看孪生运行。\""))
            }
            return .pause(text, zh: try p.text(.quotedTranslation, example: example + " zh \"现在看孪生运行。\""))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .pause(let text, let chinese) = command else { return }
            i.emit(.pause(i.state.language == .zh ? (chinese ?? text).value : text.value))
            i.outcome = .pause
        })
}
