import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The REPL's prompt as a regular expression: `coprod> `, `coprod w12> ` or a lesson prompt; always
/// ends in `> `.
public let replPrompt = #"(coprod|lesson|第)[^\r\n]*> "#

/// Runs a program on a new pseudo-terminal (`forkpty`), so that it sees a real terminal, and
/// lets a test type into it and wait for output. Not thread-safe: one test owns one instance.
public final class PseudoTerminal {
    public struct Timeout: Error, CustomStringConvertible {
        public var waitingFor: String
        public var transcript: String
        public var state = ""
        public var description: String {
            "timed out waiting for \(waitingFor) (\(state)); output so far:\n\(transcript)"
        }
    }

    public struct SpawnFailure: Error {}

    public let pid: pid_t
    private let master: Int32
    /// Everything the program wrote so far.
    public private(set) var transcript: [UInt8] = []
    /// How much of `transcript` earlier `expect` calls consumed.
    private var consumed = 0
    private var exitStatus: Int32?
    private var reachedEnd = false
    /// The terminal's size now (``resize(columns:rows:)`` changes it).
    public private(set) var columns: Int
    public private(set) var rows: Int

    /// What the terminal shows after everything read so far (see ``ScreenModel``), or after the
    /// output from byte `offset` of ``transcript`` on a blank screen (e.g. after a resize, whose
    /// redraw starts on a fresh screen here).
    public func screen(since offset: Int = 0) -> ScreenModel {
        ScreenModel(Array(transcript[min(offset, transcript.count)...]), columns: columns, rows: rows)
    }

    /// Starts `executable` with exactly `arguments` and `environment` on a terminal of
    /// `columns`×`rows` (80×24 by default).
    ///
    /// - Throws: `SpawnFailure` if `forkpty` fails.
    public init(
        executable: String, arguments: [String], environment: [String: String],
        columns: UInt16 = 80, rows: UInt16 = 24
    ) throws {
        // Everything the child needs is prepared before fork: after fork it only closes
        // descriptors and calls execve (async-signal-safe; the test process has threads).
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        let pid = argv.withUnsafeBufferPointer { argvBuffer in
            envp.withUnsafeBufferPointer { envpBuffer in
                guard let path = argvBuffer[0], let argvBase = argvBuffer.baseAddress,
                    let envpBase = envpBuffer.baseAddress
                else { return pid_t(-1) }
                let pid = forkpty(&master, nil, nil, &size)
                if pid == 0 {
                    for descriptor in 3..<1024 { close(Int32(descriptor)) }
                    execve(path, argvBase, envpBase)
                    _exit(127)
                }
                return pid
            }
        }
        guard pid > 0 else { throw SpawnFailure() }
        self.columns = Int(columns)
        self.rows = Int(rows)
        self.pid = pid
        self.master = master
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
    }

    deinit {
        if exitStatus == nil {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        close(master)
    }

    /// Resizes the terminal to `columns`×`rows` (TIOCSWINSZ on the master side) and sends the
    /// program SIGWINCH, as a terminal emulator does when its window changes.
    public func resize(columns: UInt16, rows: UInt16) {
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        self.columns = Int(columns)
        self.rows = Int(rows)
        kill(pid, SIGWINCH)
    }

    /// Sends the program `signal` (for example SIGSTOP, then SIGCONT).
    public func signal(_ signal: Int32) {
        kill(pid, signal)
    }

    /// The program's process state letter from `/proc` (`S` sleeping, `T` stopped, …).
    public var processState: String {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        // "pid (name) S …": the state follows the closing parenthesis.
        guard let close = stat.lastIndex(of: ")") else { return "" }
        return String(stat[close...].dropFirst(2).prefix(1))
    }

    /// Types `text` (use "\r" for Enter, "\u{3}" for Ctrl-C, "\u{4}" for Ctrl-D).
    public func send(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if errno != EAGAIN && errno != EINTR {
                return
            } else {
                usleep(1000)
            }
        }
    }

    /// Waits until the output after the previous match matches the regular expression
    /// `pattern`, and consumes it.
    ///
    /// - Returns: The output from the previous match up to the end of this one.
    /// - Throws: `Timeout` with the whole transcript if it does not appear in time.
    @discardableResult
    public func expect(_ pattern: String, timeout: Duration = .seconds(10)) throws -> String {
        let regex = try Regex(pattern)
        let deadline = ContinuousClock.now + timeout
        while true {
            let pending = String(decoding: transcript[consumed...], as: UTF8.self)
            if let match = pending.firstMatch(of: regex) {
                let end = pending.utf8.distance(from: pending.startIndex, to: match.range.upperBound)
                consumed += end
                return String(pending[..<match.range.upperBound])
            }
            guard !reachedEnd, ContinuousClock.now < deadline else {
                throw Timeout(
                    waitingFor: pattern, transcript: String(decoding: transcript, as: UTF8.self), state: state)
            }
            readAvailable(until: deadline)
        }
    }

    /// Reads what the program writes for `duration` (to look at the screen once it is quiet).
    public func readOutput(for duration: Duration) {
        let deadline = ContinuousClock.now + duration
        while !reachedEnd, ContinuousClock.now < deadline { readAvailable(until: deadline) }
    }

    /// Waits for the program to exit, reading its output meanwhile and to its end afterwards.
    ///
    /// - Returns: The exit status, or 128 + the signal number if a signal ended it.
    /// - Throws: `Timeout` if it is still running at the deadline.
    public func waitForExit(timeout: Duration = .seconds(10)) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while true {
            if let exitStatus { return exitStatus }
            var status: Int32 = 0
            if waitpid(pid, &status, WNOHANG) == pid {
                let signal = status & 0x7f
                exitStatus = signal == 0 ? (status >> 8) & 0xff : 128 + signal
                // What it wrote just before exiting may still be unread: read to the end (EIO),
                // or for at most a second.
                let drained = ContinuousClock.now + .seconds(1)
                while !reachedEnd, ContinuousClock.now < drained { readAvailable(until: drained) }
                continue
            }
            guard ContinuousClock.now < deadline else {
                throw Timeout(
                    waitingFor: "exit", transcript: String(decoding: transcript, as: UTF8.self), state: state)
            }
            if reachedEnd { usleep(10_000) } else { readAvailable(until: ContinuousClock.now + .milliseconds(50)) }
        }
    }

    /// The program's process state and terminal mode, for timeout messages.
    private var state: String {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? "gone"
        let wchan = (try? String(contentsOfFile: "/proc/\(pid)/wchan", encoding: .utf8)) ?? ""
        var mode = termios()
        let flags =
            tcgetattr(master, &mode) == 0
            ? "icanon=\(mode.c_lflag & UInt32(ICANON) != 0) echo=\(mode.c_lflag & UInt32(ECHO) != 0)"
            : "termios unknown"
        return "stat: \(stat.split(separator: " ").prefix(3).joined(separator: " ")), wchan: \(wchan), \(flags)"
    }

    /// Reads what is available, waiting at most until `deadline` for something to arrive.
    private func readAvailable(until deadline: ContinuousClock.Instant) {
        let remaining = deadline - ContinuousClock.now
        let milliseconds = max(
            0,
            Int32(
                remaining.components.seconds * 1000
                    + remaining.components.attoseconds / 1_000_000_000_000_000))
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, min(milliseconds, 100)) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if count > 0 {
            transcript += buffer[..<count]
        } else if count == 0 || (errno != EAGAIN && errno != EINTR) {
            reachedEnd = true  // EIO on Linux once the program has exited
        }
    }
}
