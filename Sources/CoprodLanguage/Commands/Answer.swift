extension CommandRegistry {
    /// The `answer` command: the student's prediction for the current lesson part.
    static let answer = CommandDefinition(
        help: HelpEntry(
            name: "answer",
            syntax: "answer TEXT…",
            summary: Bilingual(
                en: "Records your prediction for the current lesson part (a number, a choice such as garden, or a "
                    + "direction: up, down, same) before you try its command. When the part is done, your answer "
                    + "is shown next to the result.",
                zh: "在尝试本部分的命令之前，记下你的预测（一个数字、一个选项如 garden，或一个方向：up 上升、"
                    + "down 下降、same 不变，也可以直接写中文）。这一部分完成后，你的回答会和结果并排显示。"),
            example: "answer up",
            seeAlso: ["lesson", "predict", "hint"]),
        group: .helpAndLessons,
        keywords: ["up", "down", "same", "上升", "下降", "不变"],
        parse: { p throws(Diagnostic) in
            // The rest of the line as typed (`answer 20%`, `answer 上升；`, `answer "about half"`):
            // a prediction is free text, shown next to the result, never lexed as code.
            guard let rest = p.rawRest() else { throw try p.expected(.predictionAnswer) }
            var text = rest.value
            if text.count >= 2, text.first == "\"", text.last == "\"" { text = String(text.dropFirst().dropLast()) }
            while let last = text.last, "；;。.，,、 ".contains(last) || last.isWhitespace { text.removeLast() }
            guard !text.isEmpty else {
                // Only punctuation (`answer ；`): the answer is missing, after the word `answer`.
                throw Diagnostic(
                    .error, .expected(.predictionAnswer, after: Quoting.quoted("answer"), found: nil), at: rest.range,
                    hint: .forExample(code: "answer 100人"))
            }
            return .lesson(.answer(text))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .lesson(let action) = command else { return }
            try i.lesson(action)
        })
}
