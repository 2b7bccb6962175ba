import CoprodModel

/// What `help` groups a command under.
public enum CommandGroup: CaseIterable, Sendable {
    case setUp, stepping, looking, twins, keepingWork, helpAndLessons, lessonFiles

    /// The group's title in `help`.
    public var title: Bilingual {
        switch self {
        case .setUp: Bilingual(en: "set up", zh: "设置")
        case .stepping: Bilingual(en: "step", zh: "推进")
        case .looking: Bilingual(en: "look", zh: "查看")
        case .twins: Bilingual(en: "twins & rewind", zh: "对照与回退")
        case .keepingWork: Bilingual(en: "keep work", zh: "保存工作")
        case .helpAndLessons: Bilingual(en: "help & lessons", zh: "帮助与课程")
        case .lessonFiles: Bilingual(en: "lesson files only", zh: "仅用于课程文件")
        }
    }
}

/// One command of the language, complete: its word, its help page, the keywords that may follow
/// it, how a line starting with it is parsed and how the parsed command runs. Each command is one
/// file in `Commands/` that defines its `CommandDefinition` and the interpreter code behind it;
/// `CommandRegistry.all` lists them. The parser's dispatch and did-you-mean, Tab completion and
/// `help` all read the registry, so a command cannot exist without its help and its completion.
public struct CommandDefinition: Sendable {
    /// The help page: word, syntax, summary (English and Chinese), example, related pages.
    public let help: HelpEntry
    /// Where `help` lists it.
    public let group: CommandGroup
    /// Keywords that may follow the word (Tab completion), computed when asked for, since some
    /// (the words after `help`) come from the registry itself.
    public var keywords: [String] {
        keywordList()
            + settings.flatMap { g in SettingsRegistry.keys(in: g).map { g == .typology ? "typology.\($0)" : $0 } }
    }
    private let keywordList: @Sendable () -> [String]
    /// True when it reads or writes files (refused when files are switched off).
    public let usesFiles: Bool
    /// The groups of the settings registry whose keys the command takes (`facility` takes the
    /// facility keys); its help page lists them with their values and defaults, and Tab completes
    /// their keys and words.
    public let settings: [SettingGroup]
    /// Parses the rest of the line after the command word has been read; the parser then checks
    /// that nothing follows.
    let parse: @Sendable (inout LineParser) throws(Diagnostic) -> Command
    /// Runs the parsed command on the interpreter's copy of the session.
    let execute: @Sendable (Command, inout Interpreter) throws(Diagnostic) -> Void

    /// The word that starts the command.
    public var word: String { help.name }

    init(
        help: HelpEntry, group: CommandGroup, keywords: @autoclosure @escaping @Sendable () -> [String] = [],
        usesFiles: Bool = false, settings: [SettingGroup] = [],
        parse: @escaping @Sendable (inout LineParser) throws(Diagnostic) -> Command,
        execute: @escaping @Sendable (Command, inout Interpreter) throws(Diagnostic) -> Void
    ) {
        self.help = help
        self.group = group
        keywordList = keywords
        self.usesFiles = usesFiles
        self.settings = settings
        self.parse = parse
        self.execute = execute
    }

    /// The execute step of the lesson-file statements (`title`, `part`, `say`, …): typed at the
    /// prompt or in a script they are an error; `Lesson.parse` reads them from lesson files.
    static let refusedOutsideLessonFiles: @Sendable (Command, inout Interpreter) throws(Diagnostic) -> Void = {
        _, i throws(Diagnostic) in
        throw Diagnostic(.lessonStatementOutsideLesson, at: i.statementRange, hint: .typeLessonToList)
    }
}
