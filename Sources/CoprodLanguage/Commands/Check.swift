extension CommandRegistry {
    /// The `check` lesson-file statement.
    static let check = CommandDefinition(
        help: HelpEntry(
            name: "check",
            syntax: "check EXPR [hint STRING]",
            summary: Bilingual(
                en: "A condition that passes once the student has done the part (lesson files only). The hint is "
                    + "shown while it fails.",
                zh: "学生完成这一部分后就会成立的条件（仅用于课程文件）。条件不成立时显示提示。"),
            example: "check week >= 10 hint \"type step 10\"",
            seeAlso: ["lessons", "expressions", "fields"]),
        group: .lessonFiles,
        keywords: ["hint"] + Vocabulary.logicalWords + Vocabulary.modelFields,
        parse: { p throws(Diagnostic) in
            let condition = try p.expression()
            var hint: StringLiteral?
            if try p.peekWord("hint") {
                try p.advance()
                hint = try p.text(.quotedHint, example: "check week >= 10 hint \"type step 10\"")
            }
            return .check(condition, hint: hint)
        },
        execute: CommandDefinition.refusedOutsideLessonFiles)
}
