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

    /// The Chinese words a student may type for the commands a lesson asks for (docs/LANGUAGE.md
    /// §2, "Chinese command words"): `提示` is `hint`, `答案` `answer` … The parser reads them as the
    /// command; every other command is typed by its English word, and a Chinese word for one of
    /// them gets the usual error.
    public static let chineseAliases: [String: String] = [
        "提示": "hint",
        "答案": "answer",
        "回答": "answer",
        // `predict` is a lesson file's statement; a student who types 预测 is giving a prediction.
        "预测": "answer",
        "课程": "lesson",
        "下一节": "next",
        "课程列表": "lessons",
    ]

    /// The command `word` names: a command word, or one of ``chineseAliases``.
    static func definition(typed word: String) -> CommandDefinition? {
        byWord[word] ?? chineseAliases[word].flatMap { byWord[$0] }
    }

    /// The Chinese words typed for the command `word` (``chineseAliases``), in a fixed order.
    public static func chineseAliases(of word: String) -> [String] {
        chineseAliases.filter { $0.value == word }.keys.sorted { ($0.count, $0) < ($1.count, $1) }
    }

    /// The definition that parsed `command`.
    static func definition(of command: Command) -> CommandDefinition {
        byWord[command.word] ?? quit
    }
}
