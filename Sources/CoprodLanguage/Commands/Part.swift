extension CommandRegistry {
    /// The `part` lesson-file statement.
    static let part = CommandDefinition(
        help: HelpEntry(
            name: "part",
            syntax: "part STRING",
            summary: Bilingual(
                en: "Starts a part of the lesson (lesson files only). The commands before the first part set up "
                    + "the lesson's scenario.",
                zh: "开始课程的一个部分（仅用于课程文件）。第一个 part 之前的命令用来设置本课的情景。"),
            example: "part \"Look around\"",
            seeAlso: ["lessons", "say", "check"]),
        group: .lessonFiles,
        parse: { p throws(Diagnostic) in
            .part(try p.text(.quotedPartTitle, example: "part \"Look around\""))
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}
