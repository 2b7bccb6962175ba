import CoprodLanguage
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An append-only output stream: standard output (`-` or `/dev/stdout`), standard error
/// (`/dev/stderr`), a character device (`/dev/null`, a terminal) or a regular file. Each write goes
/// to the system at once (a row is never held back), so a crash or a kill loses at most the row
/// being written, which `--resume` then redoes.
///
/// Streams are written as they are (no `--force` needed, nothing to resume, nothing written
/// atomically: ``isStream(_:)``). Otherwise only a regular file or a new path is written; a
/// symbolic link, a folder, a FIFO, a block device or a socket at the path is refused and left
/// untouched.
public final class DataFile: @unchecked Sendable {
    // @unchecked: used by one thread at a time (the sweep's writer).
    public let path: String
    private let descriptor: Int32
    /// The first write error (errno), after which nothing more is written.
    public private(set) var failure: Int32?

    public static func isStandardOutput(_ path: String) -> Bool { path == "-" || path == "/dev/stdout" }

    /// True for an output that is written as a stream, not as a file: standard output (`-`,
    /// `/dev/stdout`), standard error (`/dev/stderr`), or a path that is (or links to) a
    /// character device, such as `/dev/null` or `/dev/tty`. The two standard streams are the
    /// process's own descriptors, whatever they are (a pipe too), as in awk.
    public static func isStream(_ path: String) -> Bool {
        if isStandardOutput(path) || path == "/dev/stderr" { return true }
        var st = stat()
        return stat(path, &st) == 0 && st.st_mode & S_IFMT == S_IFCHR
    }

    /// Refuses, before any run, what a file written only at the end (the summary, a plot and its
    /// spec) would replace, as ``init(path:replace:resumeAt:)`` refuses it for a data file: an
    /// existing regular file unless `replace`, and anything that is not a regular file. A stream
    /// is always fine.
    /// - Throws: ``ExperimentError`` (`outputExists`, or a `FileError`).
    public static func checkReplaceable(_ path: String, replace: Bool) throws(ExperimentError) {
        guard !isStream(path) else { return }
        if try existing(path), !replace {
            throw ExperimentError(.outputExists(path: path), hint: .addForceOrResume)
        }
    }

    /// What is at `path`: nil when nothing is, else whether it is a regular file.
    /// - Throws: ``ExperimentError`` with `FileError` for anything but a regular file.
    public static func existing(_ path: String) throws(ExperimentError) -> Bool {
        var st = stat()
        guard lstat(path, &st) == 0 else { return false }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return true
        case S_IFLNK:
            let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
            throw ExperimentError(.file(.symlink(path, target)))
        case S_IFDIR: throw ExperimentError(.file(.notAFile(path)))
        case S_IFIFO: throw ExperimentError(.file(.notRegular(path, .fifo)))
        case S_IFCHR: throw ExperimentError(.file(.notRegular(path, .characterDevice)))
        case S_IFBLK: throw ExperimentError(.file(.notRegular(path, .blockDevice)))
        case S_IFSOCK: throw ExperimentError(.file(.notRegular(path, .socket)))
        default: throw ExperimentError(.file(.notRegular(path, .unknown)))
        }
    }

    /// Opens `path` for appending. `create` makes a new file (refused when one is there unless
    /// `replace`); otherwise the existing file is continued (`--resume`), cut to `truncateTo` bytes.
    /// - Throws: ``ExperimentError``.
    public init(path: String, replace: Bool, resumeAt truncateTo: Int? = nil) throws(ExperimentError) {
        self.path = path
        if Self.isStandardOutput(path) {
            descriptor = STDOUT_FILENO
            return
        }
        if path == "/dev/stderr" {
            descriptor = STDERR_FILENO
            return
        }
        if Self.isStream(path) {
            // A character device: opened as it is (no creation, truncation or link check).
            let fd = open(path, O_WRONLY | O_CLOEXEC)
            guard fd >= 0 else { throw ExperimentError(.file(.writeFailed(path, errno))) }
            descriptor = fd
            return
        }
        let exists = try Self.existing(path)
        if !exists, path.hasSuffix("/") { throw ExperimentError(.file(.folderPath(path))) }
        if exists, truncateTo == nil, !replace {
            throw ExperimentError(.outputExists(path: path), hint: .addForceOrResume)
        }
        var flags = O_WRONLY | O_CREAT | O_APPEND | O_NOFOLLOW | O_CLOEXEC
        if truncateTo == nil { flags |= O_TRUNC }
        let fd = open(path, flags, 0o666)
        guard fd >= 0 else {
            let code = errno
            let folder = (path as NSString).deletingLastPathComponent
            if code == ENOENT { throw ExperimentError(.file(.noFolder(path, folder))) }
            throw ExperimentError(.file(.writeFailed(path, code)))
        }
        if let truncateTo, ftruncate(fd, off_t(truncateTo)) != 0 {
            let code = errno
            close(fd)
            throw ExperimentError(.file(.writeFailed(path, code)))
        }
        descriptor = fd
    }

    deinit {
        if descriptor != STDOUT_FILENO, descriptor != STDERR_FILENO { close(descriptor) }
    }

    /// Writes every byte of `text`, retrying after signals.
    public func write(_ text: String) {
        guard failure == nil else { return }
        let bytes = Array(text.utf8)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { p -> Int in
                guard let base = p.baseAddress else { return 0 }
                return systemWrite(descriptor, base + done, p.count - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            done += n
        }
    }

    /// The system's error text for the first failure, as a message.
    public var failureMessage: Message? { failure.map { .file(.writeFailed(path, $0)) } }

    /// Whether standard output's reader has gone (`coprod sweep … | head`): not an error, the end
    /// of the output, as for a single run.
    public var readerGone: Bool { failure == EPIPE && Self.isStandardOutput(path) }
}

/// A flag set on one thread and read on others (a stop request).
public final class SharedFlag: @unchecked Sendable {
    // @unchecked: `value` is only touched under `lock`.
    private let lock = NSLock()
    private var value = false

    public init() {}

    public var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    public func set() {
        lock.lock()
        value = true
        lock.unlock()
    }
}

/// Writes `text` to `path` atomically: a temporary file beside it, renamed over it. A stream
/// (``DataFile/isStream(_:)``: standard output, `/dev/null`, …) is written as it is; anything
/// else but a regular file or a new path is refused.
/// - Throws: ``ExperimentError``.
public func writeAtomically(_ text: String, to path: String) throws(ExperimentError) {
    if DataFile.isStream(path) {
        let f = try DataFile(path: path, replace: true)
        f.write(text)
        return
    }
    _ = try DataFile.existing(path)
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    do throws(ExperimentError) {
        let file = try DataFile(path: temporary.path, replace: true)
        file.write(text)
        if let m = file.failureMessage { throw ExperimentError(m) }
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw error
    }
    if rename(temporary.path, path) != 0 {
        let code = errno
        try? FileManager.default.removeItem(at: temporary)
        throw ExperimentError(.file(.writeFailed(path, code)))
    }
}

/// Reads a text file line by line in chunks (bounded memory), with each line's byte offset.
public final class LineReader {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var offset = 0
    private var atEnd = false

    /// - Throws: ``ExperimentError`` when the file cannot be opened.
    public init(path: String) throws(ExperimentError) {
        guard try DataFile.existing(path), let h = FileHandle(forReadingAtPath: path) else {
            throw ExperimentError(.file(.missing(path)))
        }
        handle = h
    }

    deinit { try? handle.close() }

    /// The next line without its `\n`, its offset, and whether it was complete (ended by `\n`).
    public func next() -> (line: String, offset: Int, complete: Bool)? {
        while true {
            if let nl = buffer[start...].firstIndex(of: 10) {
                let line = String(decoding: buffer[start..<nl], as: UTF8.self)
                let at = offset
                offset += nl - start + 1
                start = nl + 1
                return (line, at, true)
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                let at = offset
                offset += buffer.count - start
                start = buffer.count
                return (line, at, false)
            }
            buffer.removeFirst(start)
            start = 0
            let chunk = handle.readData(ofLength: 1 << 16)
            if chunk.isEmpty { atEnd = true } else { buffer += chunk }
        }
    }
}

/// write(2), named apart from ``DataFile/write(_:)``.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}
