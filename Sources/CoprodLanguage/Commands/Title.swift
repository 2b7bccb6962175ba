extension CommandRegistry {
    /// The `title` lesson-file statement.
    static let title = CommandDefinition(
        help: HelpEntry(
            name: "title",
            syntax: "title STRING",
            summary: Bilingual(
                en: "The lesson's title (lesson files only). It is the first statement of the file.",
                zh: "课程的标题（仅用于课程文件）。它是文件中的第一条语句。"),
            example: "title \"First steps\"",
            seeAlso: ["lessons", "part"]),
        group: .lessonFiles,
        parse: { p throws(Diagnostic) in
            .title(try p.text(.quotedTitle, example: "title \"First steps\""))
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}
