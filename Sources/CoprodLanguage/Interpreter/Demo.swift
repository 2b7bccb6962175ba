/// What the trainer chose at a `pause` of a demonstration.
public enum DemoChoice: Sendable, Equatable {
    /// Enter: run on to the next pause.
    case proceed
    /// `q`: end the demo here.
    case stop
    /// Ctrl-C: end the demo here.
    case interrupt
}

/// How a demonstration ended.
public enum DemoEnd: Sendable, Equatable {
    /// Every line ran.
    case finished
    /// The trainer ended it at the pause on `line` (1-based), with `q` or, `interrupted`, Ctrl-C
    /// (at a pause or while a command ran).
    case stopped(line: Int, interrupted: Bool)
    /// A `quit` line.
    case quit
}

extension Session {
    /// Runs `text` as a demonstration (`coprod demo FILE`): each command line is shown after the
    /// prompt as if typed (comments and blank lines are not), then run as typed at the prompt, so
    /// that `undo`, `runs` and `compare` work on it afterwards. At each `pause` line its text is
    /// shown and `atPause` decides whether to go on.
    ///
    /// - Parameters:
    ///   - text: The script.
    ///   - fileName: Its name, for diagnostics.
    ///   - emit: Receives each line of output.
    ///   - interrupted: True once Ctrl-C was pressed: a long `run` stops at its next step and the
    ///     demo ends after that line.
    ///   - atPause: Asked at each `pause`, after its text was emitted.
    ///   - width: The terminal's width, read before each line (nil: keep ``Options/width``), so
    ///     that output after a resize wraps to the new width.
    /// - Returns: How the demo ended.
    /// - Throws: `LocatedDiagnostic` for the first line that fails; the lines before it keep
    ///   their effect.
    public func runDemo(
        _ text: String, fileName: String, emit: (String) -> Void, interrupted: () -> Bool,
        atPause: () -> DemoChoice, width: () -> Int? = { nil }
    ) throws(LocatedDiagnostic) -> DemoEnd {
        for (k, line) in Parser.lines(of: text).enumerated() {
            // The terminal's width now (a window resized between two commands, or at a pause),
            // as the REPL reads it before each command.
            if let columns = width() { options.width = columns }
            // A line that does not parse is shown too, then its error is thrown by `execute`.
            let statement: Statement??
            do { statement = .some(try Parser.parseLine(line, lineNumber: k + 1)) } catch { statement = .none }
            if case .some(nil) = statement { continue }  // a blank or comment line
            if case .some(let s?) = statement, case .pause = s.command {
                emit("")
            } else {
                TextRenderer(language: language, width: options.width, colour: options.colour)
                    .lines(.echo(prompt: prompt, command: line.trimmingWhitespace)).forEach(emit)
            }
            let outcome = try execute(
                line: line, lineNumber: k + 1, fileName: fileName, emit: emit, interrupted: interrupted)
            if interrupted() { return .stopped(line: k + 1, interrupted: true) }
            switch outcome {
            case .quit: return .quit
            case .continue: continue
            case .pause:
                switch atPause() {
                case .proceed: continue
                case .stop: return .stopped(line: k + 1, interrupted: false)
                case .interrupt: return .stopped(line: k + 1, interrupted: true)
                }
            }
        }
        return .finished
    }
}
