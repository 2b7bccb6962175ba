extension CommandRegistry {
    /// The `lang` command.
    static let lang = CommandDefinition(
        help: HelpEntry(
            name: "lang",
            syntax: "lang en|zh",
            summary: Bilingual(
                en: "Switches the language of everything printed after it: en for English, zh for Chinese. "
                    + "Nothing already printed changes, and scripts stay the same, since command words, keys and "
                    + "field names are identical in both languages. `--lang` does the same on the command line. At the "
                    + "prompt the choice is kept for the next session; a session starts in the language of `--lang`, "
                    + "else the one kept, else LC_ALL, LC_MESSAGES or LANG.",
                zh: "切换此后打印的所有内容所用的语言：en 为英文，zh 为中文。已经打印出来的内容不会改变；"
                    + "脚本也不受影响，因为命令词、键和字段名在两种语言中完全相同。在命令行上用 `--lang` 效果相同。"
                    + "在提示符下所选的语言会保留到下一次会话；会话开始时的语言依次取 `--lang`、保留的选择、"
                    + "LC_ALL、LC_MESSAGES 或 LANG。"),
            example: "lang zh",
            seeAlso: ["help", "glossary"]),
        group: .helpAndLessons,
        keywords: ["en", "zh"],
        parse: { p throws(Diagnostic) in
            .lang(try p.peek() == nil ? nil : try p.word(.language))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .lang(let word) = command else { return }
            if let word {
                guard let language = Language(word: word.name) else {
                    throw Diagnostic(.unknownLanguage(word.name), at: word.range, hint: .languagesAre)
                }
                i.state.language = language
                // At the prompt, kept for the next session (``LanguageChoiceStore``).
                i.options.languageFile.map(LanguageChoiceStore.init(url:))?.save(language)
            }
            i.emit(.note(.languageSet(i.state.language)))
        })
}
