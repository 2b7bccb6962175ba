import Foundation

/// Finds the built `coprod` binary and runs it with a private home directory.
public final class CoprodProcess {
    /// examples/default.coprod: scripts start empty, so tests that need the calibration
    /// scenario's facilities begin with it.
    public static let defaultScenario: String = (try? packageFile("examples/default.coprod")) ?? ""

    /// A temporary directory used as HOME (and XDG_STATE_HOME below it); removed on deinit.
    public let home: URL
    public var environment: [String: String]

    /// - Throws: The error of creating the temporary home.
    public init() throws {
        home = FileManager.default.temporaryDirectory
            .appendingPathComponent("coprod-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        environment = [
            "HOME": home.path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path,
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "PATH": "/usr/bin:/bin",
        ]
    }

    deinit {
        try? FileManager.default.removeItem(at: home)
    }

    /// The `coprod` executable next to the test bundle in `.build/debug`.
    public static let executable: String = {
        let bundleDirectories = [
            Bundle.main.executableURL?.deletingLastPathComponent(),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for case let directory? in bundleDirectories {
            var candidate = directory
            for _ in 0..<4 {
                let binary = candidate.appendingPathComponent("coprod")
                if FileManager.default.isExecutableFile(atPath: binary.path) { return binary.path }
                candidate.deleteLastPathComponent()
            }
        }
        return "coprod-not-found"
    }()

    /// The history file the REPL uses with this environment.
    public var historyFile: URL { home.appendingPathComponent("state/coprod/history") }

    /// Writes `text` to a file in the temporary home and returns its path.
    ///
    /// - Throws: The error of writing the file.
    public func writeFile(_ name: String, _ text: String) throws -> String {
        let url = home.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Writes `bytes` to a file in the temporary home and returns its path.
    ///
    /// - Throws: The error of writing the file.
    public func writeFile(_ name: String, bytes: [UInt8]) throws -> String {
        let url = home.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    /// Starts `coprod` on a pseudo-terminal of `columns`×`rows`.
    ///
    /// - Throws: `PseudoTerminal.SpawnFailure` if the program cannot be started.
    public func startOnTerminal(
        _ arguments: [String] = [], columns: UInt16 = 80, rows: UInt16 = 24
    ) throws -> PseudoTerminal {
        try PseudoTerminal(
            executable: Self.executable, arguments: arguments, environment: environment,
            columns: columns, rows: rows)
    }

    public struct Result {
        public var status: Int32
        public var standardOutput: String
        public var standardError: String
        /// `.uncaughtSignal` if a signal ended the process (then `status` is its number).
        public var reason: Process.TerminationReason = .exit
    }

    /// A `Process` for `coprod arguments…` in the temporary home (not started).
    ///
    /// - Parameters:
    ///   - arguments: The command-line arguments after the program name.
    ///   - redirections: Shell redirections such as `<&-` or `>/dev/full`; the program then runs
    ///     through `/bin/sh -c 'exec coprod "$@" REDIRECTIONS'`.
    ///   - shellPrefix: Shell commands run before that `exec`, such as `ulimit -f 4;`.
    ///   - executable: Another copy of the program to run (default: the built one).
    /// - Returns: The process, configured but not started.
    public func process(
        _ arguments: [String], redirections: String? = nil, shellPrefix: String? = nil,
        executable: String = CoprodProcess.executable
    ) -> Process {
        let process = Process()
        process.environment = environment
        process.currentDirectoryURL = home
        if redirections != nil || shellPrefix != nil {
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            let command = "\(shellPrefix ?? "") exec \"$COPROD_BINARY\" \"$@\" \(redirections ?? "")"
            process.arguments = ["-c", command, "coprod"] + arguments
            process.environment?["COPROD_BINARY"] = executable
        } else {
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
        }
        return process
    }

    /// Runs `coprod` with pipes for standard input, output and error; killed after 20 s.
    ///
    /// - Parameters: See ``process(_:redirections:shellPrefix:executable:)``.
    /// - Throws: The error of starting the program or writing its input.
    public func run(
        _ arguments: [String], input: String = "", redirections: String? = nil,
        shellPrefix: String? = nil, executable: String = CoprodProcess.executable
    ) throws -> Result {
        let process = process(arguments, redirections: redirections, shellPrefix: shellPrefix, executable: executable)
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 20, execute: watchdog)
        if !input.isEmpty { try stdin.fileHandleForWriting.write(contentsOf: Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        // Read error output in the background so that neither pipe can fill up and block.
        let errorData = ErrorCollector(stderr.fileHandleForReading)
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return Result(
            status: process.terminationStatus,
            standardOutput: String(decoding: output, as: UTF8.self),
            standardError: String(decoding: errorData.wait(), as: UTF8.self),
            reason: process.terminationReason)
    }
}

/// Reads a file handle to its end on another thread.
public final class ErrorCollector: @unchecked Sendable {
    // @unchecked: `data` is written once on the reading thread before `done` is signalled and
    // read only after waiting for it.
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    public init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    public func wait() -> Data {
        done.wait()
        return data
    }
}
