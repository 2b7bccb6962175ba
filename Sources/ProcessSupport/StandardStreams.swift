import CProcessShim

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, output and error as a command-line tool must treat them: possibly closed,
/// possibly a pipe whose reader has gone.
public enum StandardStreams {
    /// Which of the three standard descriptors were closed when ``prepare()`` ran.
    public struct Closed: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let input = Closed(rawValue: 1 << 0)
        public static let output = Closed(rawValue: 1 << 1)
        public static let error = Closed(rawValue: 1 << 2)
    }

    /// Makes the process safe to run with any standard streams. Call it first.
    ///
    /// - SIGPIPE is ignored: writing to a pipe whose reader has gone then fails with `EPIPE`
    ///   (see ``writeOutput(_:)``) instead of killing the process.
    /// - A closed descriptor 0, 1 or 2 is reopened on `/dev/null`. Otherwise the next file
    ///   opened (a history file, a `save`) would get that number, and output meant for the
    ///   terminal would land in it.
    ///
    /// - Returns: The streams that were closed (now `/dev/null`).
    @discardableResult
    public static func prepare() -> Closed {
        signal(SIGPIPE, SIG_IGN)
        var closed: Closed = []
        for (descriptor, flag) in [(STDIN_FILENO, Closed.input), (STDOUT_FILENO, .output), (STDERR_FILENO, .error)]
        where !coprod_descriptor_is_open(descriptor) {
            closed.insert(flag)
            let opened = open("/dev/null", O_RDWR)
            if opened >= 0, opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
        }
        return closed
    }

    /// Writes `text` to the C `stdout` stream (buffered, in order with `print`).
    ///
    /// - Returns: 0, or the `errno` of a failed write (`EPIPE` when the reader has gone).
    @discardableResult
    public static func writeOutput(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { coprod_stdout_write($0.baseAddress, $0.count) }
        }
    }

    /// Flushes the C `stdout` stream.
    ///
    /// - Returns: 0, or the `errno` of a failed write.
    @discardableResult
    public static func flushOutput() -> Int32 {
        coprod_stdout_flush()
    }

    /// Writes `text` to standard error with `write(2)`, retrying short writes; errors are
    /// ignored (there is nowhere left to report them), and nothing here can trap.
    public static func writeError(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written > 0 {
                bytes = bytes.dropFirst(written)
            } else if written < 0 && errno == EINTR {
                continue
            } else {
                return
            }
        }
    }
}
