extension CommandRegistry {
    /// The `predict` lesson-file statement.
    static let predict = CommandDefinition(
        help: HelpEntry(
            name: "predict",
            syntax: "predict STRING [reveal FIELD [by FIELD] {, FIELD [by FIELD]}]",
            summary: Bilingual(
                en: "A question the student answers (with `answer`) before trying the command (lesson files only). "
                    + "When the part is done, the answer is shown next to the result: the value of each `reveal` "
                    + "field (with `by`, the share of residents for whom it holds in each group), and the part's "
                    + "`because` sentence.",
                zh: "学生在尝试命令之前（用 `answer`）回答的一个问题（仅用于课程文件）。"
                    + "这一部分完成后，学生的回答会和结果并排显示：每个 `reveal` 字段的取值（带 `by` 时为各组中使它成立的居民比例），"
                    + "以及这一部分的 `because` 说明。"),
            example: "predict \"Will retention go up, and will more join?\" reveal shed.retention, shed.everJoined",
            seeAlso: ["lessons", "try", "answer", "because"]),
        group: .lessonFiles,
        keywords: ["reveal", "by"] + Vocabulary.modelFields,
        parse: { p throws(Diagnostic) in
            let question = try p.text(.quotedQuestion, example: "predict \"What will happen?\"")
            var reveal: [Reveal] = []
            if try p.peekWord("reveal") {
                try p.advance()
                repeat {
                    if !reveal.isEmpty { try p.advance() }
                    var item = Reveal(field: try p.fieldRef(.field))
                    if try p.peekWord("by") {
                        try p.advance()
                        item.by = try p.fieldRef(.field)
                    }
                    reveal.append(item)
                } while try p.peekSymbol(.comma)
            }
            return .predict(question, reveal: reveal)
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}

extension CommandRegistry {
    /// The `because` lesson-file statement.
    static let because = CommandDefinition(
        help: HelpEntry(
            name: "because",
            syntax: "because STRING",
            summary: Bilingual(
                en: "One sentence on why the result came out as it did, shown next to the student's prediction "
                    + "once the part is done (lesson files only; after a predict).",
                zh: "用一句话说明结果为什么会这样；这一部分完成后，与学生的预测一起显示（仅用于课程文件，写在 predict 之后）。"),
            example: "because \"Care keeps residents satisfied, so more of them stay eight weeks.\"",
            seeAlso: ["lessons", "predict"]),
        group: .lessonFiles,
        parse: { p throws(Diagnostic) in
            .because(try p.text(.quotedText, example: "because \"Word of mouth needs active neighbours.\""))
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}
