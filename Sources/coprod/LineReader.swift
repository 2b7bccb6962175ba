#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads lines from a file descriptor (standard input in batch mode) with `read(2)`, so that a
/// signal can end a blocked read, and with a bound on how much of one line is kept.
///
/// A line ends at `\n`; a `\r` before it is dropped. Bytes that are not UTF-8 become U+FFFD,
/// which the lexer then reports with its column. A line longer than ``maxLineBytes`` is cut
/// there (the rest up to its `\n` is read and dropped), still longer than the language's 1 MB
/// limit so that the session reports it as too long.
final class LineReader {
    /// What ``next(stopRequested:)`` produced.
    enum Result: Equatable {
        case line(String)
        /// End of input, or a read error.
        case end
        /// A read was interrupted by a signal and `stopRequested` said to stop.
        case stopped
    }

    /// The most bytes of one line kept (2 MB).
    static let maxLineBytes = 2 << 20

    private let descriptor: Int32
    private let chunkSize: Int
    private var buffer: [UInt8] = []
    /// Start of the unread part of `buffer`.
    private var start = 0
    /// Where to continue looking for `\n` in `buffer`.
    private var scanned = 0
    private var atEnd = false

    /// Creates a reader of `descriptor`, which it does not close.
    ///
    /// - Parameters:
    ///   - descriptor: For example `STDIN_FILENO`.
    ///   - chunkSize: Bytes asked for per `read`.
    init(descriptor: Int32, chunkSize: Int = 64 << 10) {
        self.descriptor = descriptor
        self.chunkSize = chunkSize
    }

    /// Reads the next line.
    ///
    /// - Parameter stopRequested: Asked when a read was interrupted by a signal; true stops.
    /// - Returns: The line without its ending, the end of input, or ``Result/stopped``.
    func next(stopRequested: () -> Bool) -> Result {
        var kept: [UInt8]?
        while true {
            if let newline = buffer[scanned...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = kept ?? Array(buffer[start..<newline])
                consume(upTo: newline + 1)
                return .line(Self.decode(line))
            }
            scanned = buffer.count
            if kept == nil, buffer.count - start > Self.maxLineBytes {
                kept = Array(buffer[start..<(start + Self.maxLineBytes)])
            }
            if kept != nil { consume(upTo: buffer.count) }
            if atEnd {
                if let kept { return .line(Self.decode(kept)) }
                guard start < buffer.count else { return .end }
                let line = Array(buffer[start...])
                consume(upTo: buffer.count)
                return .line(Self.decode(line))
            }
            switch fill() {
            case .some(true): continue
            case .some(false): atEnd = true
            case nil: if stopRequested() { return .stopped }
            }
        }
    }

    /// Reads one chunk: true if bytes arrived, false at the end (or on an error), nil after EINTR.
    private func fill() -> Bool? {
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR ? nil : false }
        guard count > 0 else { return false }
        if start > 0 && start >= buffer.count / 2 {
            buffer.removeFirst(start)
            scanned -= start
            start = 0
        }
        buffer += chunk[..<count]
        return true
    }

    private func consume(upTo end: Int) {
        start = end
        scanned = end
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: true)
            start = 0
            scanned = 0
        }
    }

    private static func decode(_ bytes: [UInt8]) -> String {
        var bytes = bytes[...]
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        return String(decoding: bytes, as: UTF8.self)
    }
}
