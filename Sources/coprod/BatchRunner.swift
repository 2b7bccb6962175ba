import ArgumentParser
import CoprodExperiments
import CoprodLanguage
import Foundation
import ProcessSupport

/// Runs a script file, or the lines of a piped standard input, without line editing: no
/// prompt, no colour on standard output, and exit status 1 at the first error.
///
/// Faults end a run cleanly: SIGTERM (or Ctrl-C) stops it at the next step boundary, prints
/// what was written and `coprod: terminated at week N`, and exits with 128 + the signal;
/// a pipe reader that has gone (`| head -1`) ends it quietly with status 0; any other
/// failure to write standard output is one error and status 1.
struct BatchRunner {
    let options: ScriptOptions
    private let output = OutputSink()

    /// Largest script file read (the language's `load` limit is the same).
    static let maxScriptBytes = 16 << 20

    init(options: ScriptOptions) {
        self.options = options
        // SIGINT stays ignored if the shell ignores it (a background job).
        Termination.installHandler(for: SIGTERM)
        Termination.installHandler(for: SIGINT, respectingIgnored: true)
    }

    /// The language of what the run prints on standard error before a session exists (a file
    /// that cannot be read) and after it (signals, broken output): `--lang`'s or the locale's.
    private var language: Language { options.language }

    /// Where command output goes: standard output, or nowhere with `--json` or `--quiet`, or
    /// standard error when `--csv -` or `--jsonl -` puts the data on standard output (so the data
    /// stays readable by pandas or R).
    private var emit: (String) -> Void {
        if options.json || options.quiet { return { _ in } }
        let dataOnStandardOutput = [options.csv, options.jsonl].contains { $0.map(DataFile.isStandardOutput) == true }
        if dataOnStandardOutput { return { StandardError.writeLine($0) } }
        return { [output] in output.writeLine($0) }
    }

    /// Runs the script at `path`; with `--json`, prints the report afterwards.
    ///
    /// - Throws: `ExitCode.failure` after printing why (unreadable file or a diagnostic), or
    ///   the exit code of a signal or output fault (see the type's description).
    func runFile(atPath path: String) throws {
        let raw = try Self.readScript(atPath: path)
        // `vary` lines are for `coprod sweep`; a single run leaves them out (line numbers stay).
        let text = VaryLines.split(raw).script
        // Each line parsed once, for the notes and for where `--set` and `--weeks` act (a line that
        // does not parse is nil here; running it reports the error).
        let statements = Parser.lines(of: text).enumerated().map { k, line in
            (try? Parser.parseLine(line, lineNumber: k + 1)) ?? nil
        }
        reportReplacedSeed(in: statements)
        if let count = options.replicates {
            if options.isExperiment {
                if let document = try ExperimentRun(options: options).replicates(raw, fileName: path, count: count) {
                    output.writeLine(document)
                    output.flush()
                }
            } else {
                try runReplicates(text, fileName: path, count: count)
            }
            reportNoWeeks(in: statements, fileName: path)
            return
        }
        // A script file starts from an empty scenario, as `load` does: it declares what it runs.
        let session = Session.empty(options: options.sessionOptions())
        // `--set` and `--weeks` act at the first step or run, after the declarations. With `--set`,
        // what the declarations print is held back: every value is checked first (an error then
        // comes alone), and the echo shows the scenario with the values the run uses.
        var pending = !options.assignments.isEmpty || options.weeks != nil
        var heldBack: [String]? = options.assignments.isEmpty ? nil : []
        for (index, line) in Parser.lines(of: text).enumerated() {
            if pending, statements[index]?.advancesTime == true {
                pending = false
                try applySettings(to: session, heldBack: &heldBack)
                if let weeks = options.weeks {
                    if weeks > 0 { _ = try execute("run \(weeks)", lineNumber: index + 1, fileName: path, in: session) }
                    break
                }
            }
            let outcome = try execute(line, lineNumber: index + 1, fileName: path, in: session, holdingBack: &heldBack)
            if outcome == .quit { break }
        }
        if pending {
            try applySettings(to: session, heldBack: &heldBack)
            if let weeks = options.weeks, weeks > 0 {
                _ = try execute("run \(weeks)", lineNumber: 1, fileName: "--weeks", in: session)
            }
        }
        try ExperimentRun(options: options).writeSeries(of: session, script: raw, fileName: path)
        try finish(session)
        reportNoWeeks(in: statements, fileName: path)
    }

    /// Runs standard input line by line, as it arrives; stops at `quit` or end of input.
    ///
    /// - Throws: As ``runFile(atPath:)``.
    func runStandardInput() throws {
        let session = Session(options: options.sessionOptions())
        let reader = LineReader(descriptor: STDIN_FILENO)
        var lineNumber = 0
        reading: while true {
            switch reader.next(stopRequested: { Termination.pendingSignal != nil }) {
            case .end:
                break reading
            case .stopped:
                try stopIfNeeded(session)
                break reading
            case .line(var line):
                lineNumber += 1
                if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
                if REPLSweep.handles(line) {
                    REPLSweep.run(line, in: session)
                    continue
                }
                let outcome = try execute(line, lineNumber: lineNumber, fileName: "<stdin>", in: session)
                output.flush()
                try stopIfNeeded(session)
                if outcome == .quit { break reading }
            }
        }
        try finish(session)
    }

    /// Puts the `--set` values into the session (printing an error alone when one is wrong), then
    /// prints the echo of the scenario they give instead of the declarations' held-back lines.
    private func applySettings(to session: Session, heldBack: inout [String]?) throws {
        try ExperimentRun(options: options).apply(to: session)
        guard heldBack != nil else { return }
        heldBack = nil
        session.echoScenario(assignments: options.assignments, emit: emit)
    }

    /// `--seed S` over a script whose `community` line sets another seed: says so on standard error
    /// (the run uses `--seed`).
    /// A script with no `step` or `run` line, run for results (`--set`, `--seed`, `--json`,
    /// `--replicates`, a data file) without `--weeks`, ends at week 0: says so after the run, with
    /// the fix.
    private func reportNoWeeks(in statements: [Statement?], fileName: String) {
        let forResults =
            options.seed != nil || options.json || options.replicates != nil || options.isExperiment
        guard forResults, options.weeks == nil, !statements.contains(where: { $0?.advancesTime == true }) else {
            return
        }
        DiagnosticPrinter.printError(.noWeeksRun(file: fileName), severity: .note, language: language)
    }

    private func reportReplacedSeed(in statements: [Statement?]) {
        guard let seed = options.seed else { return }
        for statement in statements {
            guard case .community(_, let settings)? = statement?.command else { continue }
            for setting in settings where setting.key.name == "seed" {
                guard case .number(let n)? = setting.values.first, let own = UInt64(n.text), own != seed else {
                    continue
                }
                DiagnosticPrinter.printError(
                    .scriptSeedReplaced(script: own, option: seed), severity: .note, language: language)
                return
            }
        }
    }

    /// Runs one line; stops the run on an error, a signal or broken output. With `holdingBack`
    /// non-nil, what the line prints is kept there instead (and printed before an error).
    private func execute(
        _ line: String, lineNumber: Int, fileName: String, in session: Session
    ) throws -> CommandOutcome {
        var none: [String]? = nil
        return try execute(line, lineNumber: lineNumber, fileName: fileName, in: session, holdingBack: &none)
    }

    private func execute(
        _ line: String, lineNumber: Int, fileName: String, in session: Session, holdingBack: inout [String]?
    ) throws -> CommandOutcome {
        try stopIfNeeded(session)
        let outcome: CommandOutcome
        var held = holdingBack
        defer { holdingBack = held }
        do {
            let print = emit
            outcome = try session.execute(
                line: line, lineNumber: lineNumber, fileName: fileName,
                emit: { text in if held != nil { held?.append(text) } else { print(text) } },
                interrupted: { [output] in Termination.pendingSignal != nil || output.failure != nil })
        } catch {
            try stopIfNeeded(session)
            if let lines = held { lines.forEach(emit) }
            DiagnosticPrinter.print(error, language: session.language)
            throw ExitCode.failure
        }
        try stopIfNeeded(session)
        return outcome
    }

    /// Ends the run if a signal arrived or standard output failed.
    private func stopIfNeeded(_ session: Session) throws {
        if let signal = Termination.pendingSignal {
            output.flush()
            StandardError.writeLine(
                "coprod: " + Message.stoppedAtWeek(week: session.week, interrupted: signal == SIGINT).text(language))
            throw ExitCode(128 + signal)
        }
        switch output.failure {
        case nil:
            return
        case .readerGone:
            throw ExitCode.success
        case let failure?:
            DiagnosticPrinter.printError(.cannotWriteStandardOutput(errorNumber: failure.code), language: language)
            throw ExitCode.failure
        }
    }

    /// `--replicates N`: the script as replicates 1…N (in parallel), one JSON document. A signal
    /// stops every replicate (their builds too) and writes no document.
    private func runReplicates(_ text: String, fileName: String, count: Int) throws {
        let document: String?
        do {
            document = try Replicates.run(
                script: text, fileName: fileName, count: count,
                options: options.sessionOptions(), interrupted: { Termination.pendingSignal != nil })
        } catch {
            DiagnosticPrinter.print(error, language: options.language)
            throw ExitCode.failure
        }
        guard let document else {
            let signal = Termination.pendingSignal ?? SIGTERM
            StandardError.writeLine(
                "coprod: " + Message.replicatesStopped(count: count, interrupted: signal == SIGINT).text(language))
            throw ExitCode(128 + signal)
        }
        output.writeLine(document)
        output.flush()
    }

    private func finish(_ session: Session) throws {
        if options.json { output.writeLine(session.jsonReport()) }
        output.flush()
        try stopIfNeeded(session)
    }

    /// The script's text; bytes that are not UTF-8 become U+FFFD, which the lexer reports with
    /// the line and column.
    static func readScript(atPath path: String, language: Language = Coprod.language) throws -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            DiagnosticPrinter.printError(.cannotReadScript(path: path, errorNumber: errno), language: language)
            throw ExitCode.failure
        }
        defer { close(descriptor) }
        var data: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR {
                if let signal = Termination.pendingSignal { throw ExitCode(128 + signal) }
                continue
            }
            if count < 0 {
                DiagnosticPrinter.printError(.cannotReadScript(path: path, errorNumber: errno), language: language)
                throw ExitCode.failure
            }
            if count == 0 { break }
            data += chunk[..<count]
            if data.count > Self.maxScriptBytes {
                DiagnosticPrinter.printError(
                    .scriptTooLarge(path: path, megabytes: Self.maxScriptBytes >> 20), language: language)
                throw ExitCode.failure
            }
        }
        return String(decoding: data, as: UTF8.self)
    }
}
