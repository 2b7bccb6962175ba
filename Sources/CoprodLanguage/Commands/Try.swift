extension CommandRegistry {
    /// The `try` lesson-file statement.
    static let tryStatement = CommandDefinition(
        help: HelpEntry(
            name: "try",
            syntax: "try STRING",
            summary: Bilingual(
                en: "The command the student is asked to type (lesson files only).",
                zh: "要求学生输入的命令（仅用于课程文件）。"),
            example: "try \"step 10\"",
            seeAlso: ["lessons", "check"]),
        group: .lessonFiles,
        parse: { p throws(Diagnostic) in
            .tryCommand(try p.text(.quotedCommand, example: "try \"step 10\""))
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}
