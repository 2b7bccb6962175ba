extension CommandRegistry {
    /// The `zh` lesson-file statement.
    static let zh = CommandDefinition(
        help: HelpEntry(
            name: "zh",
            syntax: "zh STRING",
            summary: Bilingual(
                en: "The Chinese of the statement just before it (lesson files only): the title, a part, a say "
                    + "paragraph, a predict, a because or a check's hint. Under `lang zh` the lesson shows this text instead of "
                    + "the English. A try needs none: a command is typed the same in both languages.",
                zh: "给紧挨在它前面的语句配上中文（仅用于课程文件）：title、part、一段 say、"
                    + "predict、because 或 check 的提示。在 `lang zh` 下，课程显示这段中文而不是英文。try 不需要 zh："
                    + "命令在两种语言中的输入方式相同。"),
            example: "zh \"输入 step 10\"",
            seeAlso: ["lessons", "say", "lang"]),
        group: .lessonFiles,
        parse: { p throws(Diagnostic) in
            .zh(try p.text(.quotedTranslation, example: "zh \"输入 step 10\""))
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}
