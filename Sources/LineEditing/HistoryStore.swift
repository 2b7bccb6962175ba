import CLineEditShim
import Foundation
import ProcessSupport

/// The REPL's command history: libedit's in-memory history, loaded from and saved to a file.
///
/// The file is in libedit's own format (a `_HiStOrY_V2_` header line). Saving writes a temporary
/// file next to it and renames it over the old one, so a crash never leaves half a file.
///
/// Several REPLs may share one file: each save reads the file again (under an advisory lock on
/// its folder), appends the lines this session entered since its last save,
/// keeps the newest `capacity` entries and writes the result atomically, so no session's lines
/// are lost. The in-memory history (Up, ^R) holds the file as it was at start plus this
/// session's lines.
///
/// Nothing here crashes or stops the REPL: when the file cannot be read or written, one warning
/// goes to `warn` (the first problem only) and the REPL goes on without a saved history.
/// A file that exists but is not libedit history (for example a GNU readline history, which
/// libedit would otherwise overwrite), or that is larger than `maxFileBytes` (4 MB by default;
/// libedit would read it all), is **moved aside** to `history.corrupt` (or `history.corrupt-2`,
/// …) with a warning, and a new history starts; if it cannot be moved, history is not saved at
/// all. A history path that is not a regular file (a FIFO, a device) is never opened.
public final class HistoryStore {
    /// The file history is kept in, or nil for a history that is never saved.
    public let fileURL: URL?
    /// The warnings reported so far (at most one).
    public private(set) var warnings: [String] = []

    /// libedit's history, handed to the editor with `EL_HIST`.
    let handle: OpaquePointer
    private let warn: (String) -> Void
    private var savesToFile: Bool
    /// Lines entered since the last successful save, oldest first.
    private var unsaved: [String] = []
    /// The most entries kept in memory and in the file.
    let capacity: Int
    /// A history file larger than this is not loaded but moved aside (libedit would read all of
    /// it, whatever the capacity).
    let maxFileBytes: Int

    /// The first line of a libedit history file.
    static let header = "_HiStOrY_V2_"

    /// Creates a history, loading `fileURL` if it exists.
    ///
    /// - Parameters:
    ///   - fileURL: Where history is kept; nil keeps it in memory only.
    ///   - capacity: The most entries kept (older ones are dropped).
    ///   - maxFileBytes: A larger history file is moved aside with a warning instead of loaded.
    ///   - warn: Receives the first warning about the file; by default it is written to
    ///     standard error as `coprod: warning: …`.
    public init(
        fileURL: URL?, capacity: Int = 1000, maxFileBytes: Int = 4 << 20,
        warn: @escaping (String) -> Void = HistoryStore.warnOnStandardError
    ) {
        guard let handle = history_init() else { fatalError("libedit: history_init failed") }
        self.handle = handle
        self.fileURL = fileURL
        self.warn = warn
        self.savesToFile = fileURL != nil
        self.maxFileBytes = maxFileBytes
        self.capacity = max(1, capacity)
        coprod_history_set_size(handle, Int32(clamping: capacity))
        coprod_history_set_unique(handle, 1)
        if let fileURL { load(fileURL) }
    }

    deinit {
        history_end(handle)
    }

    /// The entries, oldest first.
    public var entries: [String] {
        (0..<Int(coprod_history_count(handle))).compactMap { index in
            coprod_history_entry(handle, Int32(index)).map { String(cString: $0) }
        }
    }

    /// Adds `line` (unless it is blank or repeats the newest entry) and saves the file.
    ///
    /// - Parameter line: A line as entered, without its line ending.
    public func add(_ line: String) {
        guard !line.allSatisfy(\.isWhitespace) else { return }
        if entries.last != line { unsaved.append(line) }
        coprod_history_enter(handle, line)
        save()
    }

    /// Merges this session's new lines into ``fileURL`` and writes it atomically (temporary file,
    /// then rename): the file is read again first, so lines other sessions saved meanwhile are
    /// kept; the newest `capacity` entries survive.
    ///
    /// - Returns: True if the file was written; false if saving is off or failed (a failure
    ///   produces a warning the first time).
    @discardableResult
    public func save() -> Bool {
        guard savesToFile, let fileURL else { return false }
        let folder = fileURL.deletingLastPathComponent()
        // Two sessions saving at once would each read the file before the other's rename.
        // The lock is on the folder, so that no lock file is left beside the history.
        let lock = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if lock >= 0 { flock(lock, LOCK_EX) }
        defer { if lock >= 0 { close(lock) } }

        guard let merged = history_init() else { return false }
        defer { history_end(merged) }
        coprod_history_set_size(merged, Int32(clamping: capacity))
        coprod_history_set_unique(merged, 1)
        switch readFileEntries(fileURL, into: merged) {
        case .read: break
        case .absent: break
        case .notHistory:
            // Replaced by something else since start (e.g. another program's history): keep it.
            coprod_history_clear(merged)
            moveAside(fileURL, because: "is not in libedit format")
            guard savesToFile else { return false }
        }
        for line in unsaved { coprod_history_enter(merged, line) }

        let temporary = folder.appendingPathComponent(".\(fileURL.lastPathComponent).tmp-\(getpid())")
        if coprod_history_save(merged, temporary.path) < 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            report("cannot write history file \(fileURL.path): \(reason)")
            return false
        }
        if rename(temporary.path, fileURL.path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary.path)
            report("cannot write history file \(fileURL.path): \(reason)")
            return false
        }
        unsaved.removeAll()
        return true
    }

    private enum FileRead { case read, absent, notHistory }

    /// Loads the history file as it is now into `target`.
    private func readFileEntries(_ url: URL, into target: OpaquePointer) -> FileRead {
        var status = stat()
        guard stat(url.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0 else {
            return .absent
        }
        // Too large to read again (only another program could have made it so): start afresh.
        if Int(status.st_size) > maxFileBytes { return .notHistory }
        guard let file = FileHandle(forReadingAtPath: url.path) else { return .absent }
        let start = (try? file.read(upToCount: Self.header.utf8.count + 1)) ?? Data()
        try? file.close()
        if start.isEmpty { return .absent }
        guard start == Data((Self.header + "\n").utf8), coprod_history_load(target, url.path) >= 0 else {
            return .notHistory
        }
        return .read
    }

    /// Writes `message` to standard error as `coprod: warning: message`.
    public static func warnOnStandardError(_ message: String) {
        StandardStreams.writeError("coprod: warning: \(message)\n")
    }

    private func report(_ message: String) {
        guard warnings.isEmpty else { return }
        warnings.append(message)
        warn(message)
    }

    private func load(_ url: URL) {
        let manager = FileManager.default
        do {
            try manager.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            return disable("cannot create the directory for history file \(url.path)")
        }
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            if errno == ENOENT { return }
            return disable("cannot read history file \(url.path): \(String(cString: strerror(errno)))")
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return disable("history file \(url.path) is a directory")
        // Opening a FIFO would wait for a writer forever; a device may never end.
        default: return disable("history file \(url.path) is not a regular file")
        }
        if Int(status.st_size) > maxFileBytes {
            let limit = maxFileBytes >= 1 << 20 ? "\(maxFileBytes >> 20) MB" : "\(maxFileBytes) bytes"
            return moveAside(url, because: "is larger than \(limit)")
        }
        guard let file = FileHandle(forReadingAtPath: url.path) else {
            return disable("cannot read history file \(url.path): \(String(cString: strerror(errno)))")
        }
        let start = (try? file.read(upToCount: Self.header.utf8.count + 1)) ?? Data()
        try? file.close()
        if start.isEmpty { return }
        if start != Data((Self.header + "\n").utf8) || coprod_history_load(handle, url.path) < 0 {
            coprod_history_clear(handle)
            moveAside(url, because: "is not in libedit format")
        }
    }

    /// Renames a file that cannot be loaded so that saving cannot destroy it.
    private func moveAside(_ url: URL, because reason: String) {
        for attempt in 1...100 {
            let suffix = attempt == 1 ? ".corrupt" : ".corrupt-\(attempt)"
            let destination = url.path + suffix
            if FileManager.default.fileExists(atPath: destination) { continue }
            if rename(url.path, destination) == 0 {
                return report("history file \(url.path) \(reason); moved it to \(destination)")
            }
            break
        }
        disable("history file \(url.path) \(reason) and could not be moved aside")
    }

    private func disable(_ message: String) {
        savesToFile = false
        report(message + "; history will not be saved")
    }
}
