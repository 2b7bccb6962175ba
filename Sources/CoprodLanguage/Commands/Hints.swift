extension CommandRegistry {
    /// The `hints` command.
    static let hints = CommandDefinition(
        help: HelpEntry(
            name: "hints",
            syntax: "hints on|off",
            summary: Bilingual(
                en: "Turns the REPL's typing hints on or off: while a command is typed, its syntax (as on its help "
                    + "page) shows dimmed after the line, and goes when Enter is pressed. `hints` alone says which is "
                    + "in force. They are on by default, and never shown without colour (NO_COLOR, TERM=dumb), "
                    + "outside a terminal or when the line fills its row.",
                zh: "打开或关闭交互环境的输入提示：输入命令时，该命令的语法（与其帮助页相同）以暗色显示在该行之后，"
                    + "按 Enter 后消失。只输入 `hints` 则显示当前状态。默认打开；不使用颜色时（NO_COLOR、TERM=dumb）、"
                    + "不在终端中或该行占满一行时从不显示。"),
            example: "hints off",
            seeAlso: ["help"]),
        group: .helpAndLessons,
        keywords: ["on", "off"],
        parse: { p throws(Diagnostic) in
            .hints(try p.peek() == nil ? nil : try p.word(.keyword("on")))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .hints(let word) = command else { return }
            if let word {
                switch word.name {
                case "on": i.state.showsTypingHints = true
                case "off": i.state.showsTypingHints = false
                default:
                    throw Diagnostic(.expectedOnOrOff(word.name), at: word.range, hint: .forExample(code: "hints off"))
                }
            }
            i.emit(.note(.typingHints(on: i.state.showsTypingHints)))
        })
}
