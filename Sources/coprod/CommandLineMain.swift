import ArgumentParser
import CoprodLanguage
import Foundation
import LineEditing

/// An argument error found by coprod itself (a range, a language word, `--json` without a
/// script), as a typed message; ``CommandLineMain`` prints it with the usage line.
struct CommandLineFailure: Error {
    var message: Message
    var hint: Message?

    init(_ message: Message, hint: Message? = nil) {
        self.message = message
        self.hint = hint
    }
}

/// Parses the command line, runs the command, and prints help and argument errors in the
/// command line's language (swift-argument-parser's own `main()` would print them in English).
enum CommandLineMain {
    /// Exit status of an argument error (EX_USAGE), as swift-argument-parser uses.
    static let usageError: Int32 = 64

    /// The subcommand a command line runs: its errors carry its own usage line.
    enum Subcommand {
        case run, sweep, merge, demo, validate

        /// The subcommand of `arguments` as ``CommandLineMain/normalised(_:)`` left them.
        init(normalised arguments: [String]) {
            switch arguments.first {
            case "sweep": self = .sweep
            case "merge": self = .merge
            case "demo": self = .demo
            case "validate": self = .validate
            default: self = .run
            }
        }

        var usage: String {
            switch self {
            case .run: CommandLineText.usage
            case .sweep: CommandLineText.sweepUsage
            case .merge: CommandLineText.mergeUsage
            case .demo: CommandLineText.demoUsage
            case .validate: CommandLineText.validateUsage
            }
        }

        /// The command whose `--help` lists the options.
        var helpCommand: String {
            switch self {
            case .run: "coprod run"
            case .sweep: "coprod sweep"
            case .merge: "coprod merge"
            case .demo: "coprod demo"
            case .validate: "coprod validate"
            }
        }

        /// The options that take a whole number, with the values they take.
        var valueOptions: [String: ClosedRange<Int>?] {
            switch self {
            case .run: ScriptOptions.valueOptions
            case .sweep: Sweep.valueOptions
            case .merge: ["--lang": nil, "--summary": nil]
            case .demo: Demo.valueOptions
            case .validate: Validate.valueOptions
            }
        }
    }

    static func run(_ arguments: [String], language: Language) -> Never {
        let normalisedArguments = normalised(arguments)
        let subcommand = Subcommand(normalised: normalisedArguments)
        do {
            var command = try Coprod.parseAsRoot(normalisedArguments)
            try command.run()
            exit(0)
        } catch let failure as CommandLineFailure {
            printUsageError(failure, language: language, subcommand: subcommand)
            exit(usageError)
        } catch {
            let code = Coprod.exitCode(for: error)
            if code == .success {
                // Help or --version: the page is rendered unwrapped, then wrapped by display width.
                let text = CommandLineRenderer.help(
                    Coprod.fullMessage(for: error, columns: 100_000), language: language, width: helpWidth())
                if !text.isEmpty { print(text) }
                exit(0)
            }
            let message = Coprod.message(for: error)
            // An `ExitCode` thrown after the run printed why has no message.
            guard !message.isEmpty else { exit(code.rawValue) }
            printUsageError(
                failure(describedBy: message, arguments: arguments, subcommand: subcommand), language: language,
                subcommand: subcommand)
            exit(code.rawValue)
        }
    }

    /// The arguments with a `run`, `sweep` or `merge` that follows options (`coprod --lang zh run
    /// x.coprod`, `coprod --lang zh sweep x.coprod …`) moved to the front, where
    /// swift-argument-parser looks for a subcommand. Only a subcommand before any other positional
    /// argument moves: `coprod x.coprod run` still has two files. A `--lang`
    /// beside `--help` or `--version` alone, or with `help`, is dropped (its language is
    /// ``Coprod/language`` already), so that `coprod --lang zh --help` is the page of `coprod`,
    /// not of `run`, and `coprod help run --lang zh` is not refused.
    static func normalised(_ arguments: [String]) -> [String] {
        var rest: [String] = []
        var j = 0
        while j < arguments.count {
            if arguments[j] == "--lang" {
                j += 2
                continue
            }
            if !arguments[j].hasPrefix("--lang=") { rest.append(arguments[j]) }
            j += 1
        }
        if rest.count == 1, ["--help", "-h", "--version"].contains(rest[0]) { return rest }
        if rest.first == "help" { return rest }
        var k = 0
        while k < arguments.count {
            let a = arguments[k]
            if ["run", "sweep", "merge", "demo", "validate"].contains(a) {
                if k == 0 { return arguments }
                var moved = arguments
                moved.remove(at: k)
                return [a] + moved
            }
            guard a.hasPrefix("-"), a != "--", a != "-" else { return arguments }
            if ScriptOptions.valueOptions.keys.contains(a) { k += 1 }
            k += 1
        }
        return arguments
    }

    private static func printUsageError(_ failure: CommandLineFailure, language: Language, subcommand: Subcommand) {
        let colour = Terminal.usesColour(onFileDescriptor: STDERR_FILENO)
        StandardError.writeLine(
            CommandLineRenderer.error(
                failure.message, hint: failure.hint, withUsage: true, usage: subcommand.usage,
                helpCommand: subcommand.helpCommand, language: language, colour: colour))
    }

    /// The typed message for one of swift-argument-parser's error texts (its English wording
    /// for unknown options, missing or invalid values and extra arguments), with a hint; any
    /// other text is shown as it came, inside ``Message/commandLineNotUnderstood(detail:)``.
    static func failure(
        describedBy text: String, arguments: [String], subcommand: Subcommand = .run
    ) -> CommandLineFailure {
        func hint(_ option: String) -> Message? { valueHint(option, ranges: subcommand.valueOptions) }
        if let m = text.firstMatch(of: /^Unknown option '(.+?)'(?:\. Did you mean '(.+?)'\?)?$/) {
            return CommandLineFailure(.unknownOption(String(m.1)), hint: m.2.map { .didYouMean(String($0)) })
        }
        if let m = text.firstMatch(of: /^Missing value for '(.+?)'$/) {
            let synopsis = String(m.1)
            let option = String(synopsis.prefix { $0 != " " })
            // `--seed -1`: the parser takes `-1` for an option and the value as missing.
            if let k = arguments.firstIndex(of: option), k + 1 < arguments.count, Double(arguments[k + 1]) != nil {
                return CommandLineFailure(
                    .invalidOptionValue(value: arguments[k + 1], option: synopsis), hint: hint(option))
            }
            return CommandLineFailure(.missingOptionValue(option: synopsis), hint: hint(option))
        }
        if let m = text.firstMatch(of: /^The value '(.*?)' is invalid for '(.+?)'/) {
            let synopsis = String(m.2)
            return CommandLineFailure(
                .invalidOptionValue(value: String(m.1), option: synopsis),
                hint: hint(String(synopsis.prefix { $0 != " " })))
        }
        if let m = text.firstMatch(of: /^Unexpected argument '(.*)'$/) {
            return CommandLineFailure(.unexpectedArguments([String(m.1)]))
        }
        if let m = text.firstMatch(of: /^\d+ unexpected arguments: '(.*)'$/) {
            return CommandLineFailure(.unexpectedArguments(m.1.components(separatedBy: "', '")))
        }
        return CommandLineFailure(.commandLineNotUnderstood(detail: text))
    }

    /// What an option's value must be.
    private static func valueHint(_ option: String, ranges: [String: ClosedRange<Int>?]) -> Message? {
        switch option {
        case "--seed": .optionTakesWholeNumber(option: option, low: 0)
        case "--lang": .languagesAre
        default:
            // Every ranged option takes whole numbers (`--weeks 1.5` is "between 0 and 10000" too).
            (ranges[option] ?? nil).map {
                .optionTakesWholeNumberBetween(option: option, low: $0.lowerBound, high: $0.upperBound)
            }
        }
    }

    /// The width swift-argument-parser would wrap to: `COLUMNS`, else the terminal's, else 80.
    private static func helpWidth() -> Int {
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return terminalWidth() ?? 80
    }

    /// The width output is laid out for: the terminal's, which follows a resize; or, when
    /// standard output is not a terminal, `COLUMNS` if it is set to a positive number (as `ls`
    /// and swift-argument-parser read it: `COLUMNS=60 coprod … | less` on a narrow window); nil
    /// otherwise (files and pipes then get 78).
    static func outputWidth() -> Int? {
        if let columns = terminalWidth() { return columns }
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    }

    /// The height output is laid out for (how tall `plot` may draw): the terminal's, which
    /// follows a resize; or, when standard output is not a terminal, `LINES` if it is set to a
    /// positive number (as `COLUMNS` gives the width); nil otherwise (files and pipes keep the
    /// charts' default height).
    static func outputHeight() -> Int? {
        if let rows = terminalHeight() { return rows }
        return ProcessInfo.processInfo.environment["LINES"].flatMap(Int.init).flatMap { $0 > 0 ? $0 : nil }
    }

    /// The height in rows of the terminal standard output is, or nil when it is not one.
    static func terminalHeight() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return nil }
        return Int(size.ws_row)
    }

    /// The width of the terminal standard output is, or nil when it is not one.
    static func terminalWidth() -> Int? {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
