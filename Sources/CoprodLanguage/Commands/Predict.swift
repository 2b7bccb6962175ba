extension CommandRegistry {
    /// The `predict` lesson-file statement.
    static let predict = CommandDefinition(
        help: HelpEntry(
            name: "predict",
            syntax: "predict STRING",
            summary: Bilingual(
                en: "A question to answer before trying the command (lesson files only).",
                zh: "在尝试命令之前要回答的一个问题（仅用于课程文件）。"),
            example: "predict \"Will more residents join the garden or the lift?\"",
            seeAlso: ["lessons", "try"]),
        group: .lessonFiles,
        parse: { p throws(Diagnostic) in
            .predict(try p.text(.quotedQuestion, example: "predict \"What will happen?\""))
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}
