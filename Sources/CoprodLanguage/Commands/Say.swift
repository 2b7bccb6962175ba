extension CommandRegistry {
    /// The `say` lesson-file statement.
    static let say = CommandDefinition(
        help: HelpEntry(
            name: "say",
            syntax: "say STRING",
            summary: Bilingual(
                en: "A line of the part's text (lesson files only). Consecutive say lines form one paragraph.",
                zh: "这一部分正文中的一行（仅用于课程文件）。连续的几行 say 组成一个段落。"),
            example: "say \"A week is one step of the model.\"",
            seeAlso: ["lessons", "part"]),
        group: .lessonFiles,
        parse: { p throws(Diagnostic) in
            .say(try p.text(.quotedText, example: "say \"Welcome\""))
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}
