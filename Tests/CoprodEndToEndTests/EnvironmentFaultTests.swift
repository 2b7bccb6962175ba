import CoprodTestSupport
import Foundation
import Testing

/// A broken environment is a warning at most: the REPL starts, runs a command and exits 0.
@Suite(.timeLimit(.minutes(1)))
struct EnvironmentFaultTests {
    /// Starts the REPL, runs `step`, leaves with Ctrl-D; returns everything it printed.
    private func useTheREPL(
        _ coprod: CoprodProcess, columns: UInt16 = 80, startTimeout: Duration = .seconds(10)
    ) throws -> String {
        let terminal = try coprod.startOnTerminal(columns: columns)
        try terminal.expect(replPrompt, timeout: startTimeout)
        terminal.send("step\r")
        try terminal.expect("week 0 → 1")
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
        return String(decoding: terminal.transcript, as: UTF8.self)
    }

    @Test func homeAndStateHomeUnset() throws {
        let coprod = try CoprodProcess()
        coprod.environment["HOME"] = nil
        coprod.environment["XDG_STATE_HOME"] = nil
        let transcript = try useTheREPL(coprod)
        #expect(!transcript.contains("warning"))
    }

    /// `/proc/self` cannot be written, not even by root (tests may run as root).
    @Test func unwritableHome() throws {
        let coprod = try CoprodProcess()
        coprod.environment["HOME"] = "/proc/self"
        coprod.environment["XDG_STATE_HOME"] = nil
        let transcript = try useTheREPL(coprod)
        #expect(transcript.contains("coprod: warning: cannot create the directory for history file"))
    }

    @Test func stateHomeIsAFile() throws {
        let coprod = try CoprodProcess()
        coprod.environment["XDG_STATE_HOME"] = try coprod.writeFile("not-a-folder", "x\n")
        let transcript = try useTheREPL(coprod)
        #expect(transcript.contains("coprod: warning:"))
        #expect(try String(contentsOfFile: coprod.environment["XDG_STATE_HOME"]!, encoding: .utf8) == "x\n")
    }

    @Test func historyPathIsAFIFO() throws {
        let coprod = try CoprodProcess()
        try FileManager.default.createDirectory(
            at: coprod.historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(mkfifo(coprod.historyFile.path, 0o600) == 0)
        let transcript = try useTheREPL(coprod, startTimeout: .seconds(5))
        #expect(transcript.contains("is not a regular file"))
    }

    @Test func corruptHistoryIsMovedAside() throws {
        let coprod = try CoprodProcess()
        try FileManager.default.createDirectory(
            at: coprod.historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        let junk: [UInt8] =
            [0x5F, 0x48, 0x69, 0xFF, 0x00, 0x0A, 0x1B, 0x5B, 0x32, 0x4A] + Array(repeating: 0xFE, count: 5000)
        try Data(junk).write(to: coprod.historyFile)
        let transcript = try useTheREPL(coprod)
        #expect(transcript.contains("not in libedit format; moved it to"))
        let aside = coprod.historyFile.path + ".corrupt"
        #expect(FileManager.default.contents(atPath: aside) == Data(junk))
        #expect(try String(contentsOf: coprod.historyFile, encoding: .utf8).hasPrefix("_HiStOrY_V2_\nstep\n"))
    }

    /// A 50 MB history (valid header, then junk) is moved aside at once, not read.
    @Test func hugeHistoryIsNotLoaded() throws {
        let coprod = try CoprodProcess()
        try FileManager.default.createDirectory(
            at: coprod.historyFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        var data = Data("_HiStOrY_V2_\n".utf8)
        data.append(Data(repeating: UInt8(ascii: "a"), count: 50 << 20))
        try data.write(to: coprod.historyFile)
        let transcript = try useTheREPL(coprod, startTimeout: .seconds(5))
        #expect(transcript.contains("is larger than 4 MB; moved it to"))
        let aside = try FileManager.default.attributesOfItem(atPath: coprod.historyFile.path + ".corrupt")
        #expect(aside[.size] as? Int == data.count)
    }

    /// Width 20: a line coprod wraps to the terminal, a completion list in one column, a long run,
    /// Ctrl-C.
    @Test(arguments: ["xterm", "dumb"])
    func completionListOnATerminalOfWidthTwenty(term: String) throws {
        let coprod = try CoprodProcess()
        coprod.environment["TERM"] = term
        let terminal = try coprod.startOnTerminal(["--quiet"], columns: 20)
        try terminal.expect(replPrompt)
        terminal.send("show facility \t\t")
        try terminal.expect("garden")
        try terminal.expect("lift")
        terminal.send("g\t\r")
        try terminal.expect("facility garden:")
        try terminal.expect("  publicness 0.9,")
        try terminal.expect(replPrompt)
        // 20,000 residents: 9,999 weeks take many seconds on any machine, so Ctrl-C comes mid-run.
        terminal.send("community size 20000\r")
        try terminal.expect(replPrompt, timeout: .seconds(30))
        terminal.send("run 9999\r")
        usleep(300_000)
        terminal.send("\u{3}")
        try terminal.expect("interrupted at", timeout: .seconds(15))
        try terminal.expect(replPrompt)
        terminal.send("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }

    /// Without TERM at all, or with one the terminal database does not know.
    @Test(arguments: [nil, "no-such-terminal"])
    func missingOrUnknownTerm(term: String?) throws {
        let coprod = try CoprodProcess()
        coprod.environment["TERM"] = term
        _ = try useTheREPL(coprod)
    }

    /// `coprod <&-`: standard input closed is an empty script; exit 0, no warning.
    @Test(arguments: [[String](), ["--json"]])
    func closedStandardInput(arguments: [String]) throws {
        let coprod = try CoprodProcess()
        let result = try coprod.run(arguments, redirections: "<&-")
        #expect(result.reason == .exit)
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        if arguments == ["--json"] {
            _ = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8))
        }
    }

    /// `coprod run x >&-`: a warning, and the run (with its `save`) still happens.
    @Test func closedStandardOutput() throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile("save.coprod", "step 3\nsave \"out.coprod\"\n")
        let result = try coprod.run([script], redirections: ">&-")
        #expect(result.reason == .exit)
        #expect(result.status == 0)
        #expect(result.standardError == "coprod: warning: standard output is closed; command output is discarded\n")
        let saved = try String(contentsOf: coprod.home.appendingPathComponent("out.coprod"), encoding: .utf8)
        #expect(saved.hasSuffix("step 3\n"))
    }

    @Test func closedStandardError() throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile("broken.coprod", "stpe\n")
        let result = try coprod.run([script], redirections: "2>&-")
        #expect(result.reason == .exit)
        #expect(result.status == 1)
    }
}
