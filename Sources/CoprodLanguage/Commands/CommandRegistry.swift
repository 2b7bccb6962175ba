/// Every command of the language, in the order `help` lists them. A command is one file in
/// `Commands/` (its definition, help page, parse and execute) and one line here.
public enum CommandRegistry {
    /// All command definitions.
    public static let all: [CommandDefinition] = [
        community,
        resident,
        facility,
        government,
        intervene,
        remove,
        partner,
        rename,
        set,
        step,
        run,
        sweep,
        show,
        count,
        rate,
        mean,
        typology,
        plot,
        watch,
        hist,
        explain,
        save,
        load,
        export,
        reset,
        clear,
        undo,
        back,
        goto,
        fork,
        runs,
        switchRun,
        compare,
        validate,
        help,
        lang,
        hints,
        lesson,
        lessons,
        next,
        hint,
        answer,
        pause,
        quit,
        exit,
        title,
        part,
        say,
        predict,
        because,
        tryStatement,
        check,
        zh,
    ]

    private static let byWord: [String: CommandDefinition] = Dictionary(uniqueKeysWithValues: all.map { ($0.word, $0) })

    /// Every command word, in `help` order.
    public static let words: [String] = all.map(\.word)

    /// The command a line starting with `word` is, or nil.
    public static func definition(named word: String) -> CommandDefinition? { byWord[word] }

    /// The definition that parsed `command`.
    static func definition(of command: Command) -> CommandDefinition {
        byWord[command.word] ?? quit
    }
}
