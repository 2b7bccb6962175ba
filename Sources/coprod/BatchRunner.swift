import ArgumentParser
import CoprodLanguage
import Foundation

/// Runs a script file, or the lines of a piped standard input, without line editing: no
/// prompt, no colour on standard output, and exit status 1 at the first error.
struct BatchRunner {
    let options: ScriptOptions

    /// Where command output goes: standard output, or nowhere with `--json` or `--quiet`.
    private var emit: (String) -> Void {
        options.json || options.quiet ? { _ in } : { Swift.print($0) }
    }

    /// Runs the script at `path`; with `--json`, prints the report afterwards.
    ///
    /// - Throws: `ExitCode.failure` after printing why (unreadable file or a diagnostic).
    func runFile(atPath path: String) throws {
        let text = try readScript(atPath: path)
        let session = Session(options: options.sessionOptions(interactive: false))
        do {
            _ = try session.runScript(text, fileName: path, emit: emit)
        } catch {
            DiagnosticPrinter.print(error)
            throw ExitCode.failure
        }
        finish(session)
    }

    /// Runs standard input line by line, as it arrives; stops at `quit` or end of input.
    ///
    /// - Throws: `ExitCode.failure` after printing the first diagnostic.
    func runStandardInput() throws {
        let session = Session(options: options.sessionOptions(interactive: false))
        var lineNumber = 0
        while var line = readLine(strippingNewline: true) {
            lineNumber += 1
            if lineNumber == 1, line.hasPrefix("\u{FEFF}") { line.removeFirst() }
            do {
                let outcome = try session.execute(
                    line: line, lineNumber: lineNumber, fileName: "<stdin>", emit: emit)
                fflush(nil)
                if outcome == .quit { break }
            } catch {
                DiagnosticPrinter.print(error)
                throw ExitCode.failure
            }
        }
        finish(session)
    }

    private func finish(_ session: Session) {
        if options.json { Swift.print(session.jsonReport()) }
        fflush(nil)
    }

    private func readScript(atPath path: String) throws -> String {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            DiagnosticPrinter.printError("cannot read '\(path)': \(String(cString: strerror(errno)))")
            throw ExitCode.failure
        }
        let file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let data = try? file.readToEnd() ?? Data() else {
            DiagnosticPrinter.printError("cannot read '\(path)': it is not a readable file")
            throw ExitCode.failure
        }
        guard let text = String(data: data, encoding: .utf8) else {
            DiagnosticPrinter.printError("'\(path)' is not UTF-8 text")
            throw ExitCode.failure
        }
        return text
    }
}
