import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only file access of the language: reading the scripts and lessons a user names, and writing
/// `save`/`export` files atomically (a temporary file in the same folder renamed into place, so a
/// crash leaves the old file or the complete new one).
///
/// A write goes only to a regular file or to a new path. Anything else already at the path (a FIFO,
/// a device, a socket, a folder, a symbolic link) is refused and left untouched; a symbolic link is
/// never followed, so a write cannot land outside the place the user named.
struct FileAccess: Sendable {
    /// Largest file `load` reads.
    static let maxFileBytes = 16 << 20

    /// Directory that relative paths are resolved against.
    var directory: URL

    init(directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.directory = directory
    }

    func url(_ path: String) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)
    }

    /// Reads a UTF-8 text file (invalid bytes become U+FFFD, which the lexer then reports).
    ///
    /// Symbolic links are followed (the user named the file to read); anything but a regular file
    /// at the end is refused without opening it (opening a FIFO would wait for a writer forever).
    ///
    /// - Throws: `FileError.missing`, `.notAFile` (a folder), `.notRegular` (a FIFO, a device, a
    ///   socket), `.tooLarge` (over `maxFileBytes`) or `.unreadable`.
    func read(_ path: String) throws(FileError) -> String {
        let u = url(path)
        var info = stat()
        guard stat(u.path, &info) == 0 else {
            throw errno == ENOENT || errno == ENOTDIR ? .missing(path) : .unreadable(path)
        }
        switch FileKind(mode: info.st_mode) {
        case nil: break
        case .folder?: throw .notAFile(path)
        case let kind?: throw .notRegular(path, kind)
        }
        if info.st_size > Self.maxFileBytes { throw .tooLarge(path) }
        guard let data = try? Data(contentsOf: u) else { throw .unreadable(path) }
        return String(decoding: data, as: UTF8.self)
    }

    /// What a write to a path would do.
    enum Destination: Equatable, Sendable {
        /// Nothing is there yet: a write creates the file.
        case newFile
        /// A regular file is there: a write replaces it.
        case existingFile
    }

    /// Checks that `path` can be written — a regular file or a new name in an existing folder —
    /// without touching anything.
    ///
    /// - Returns: whether a write would create the file or replace an existing one.
    /// - Throws: `FileError.symlink` (with what the link points to), `.notAFile` (a folder),
    ///   `.notRegular` (a FIFO, a device, a socket), `.parentIsFile`, `.noFolder`, or
    ///   `.writeFailed` when the path cannot be examined.
    func destination(_ path: String) throws(FileError) -> Destination {
        try inspect(path).destination
    }

    /// Writes text atomically: the bytes go to a new temporary file beside the target, which is
    /// flushed to disk and renamed over the target. A failed write removes its temporary file; only
    /// a process killed mid-write can leave one behind (named `.NAME.tmp-…`, never the target).
    ///
    /// A replaced file keeps its permissions; a new file gets the usual ones (0666 less the umask).
    ///
    /// - Throws: everything `destination(_:)` throws, `.folderNotWritable` when the folder refuses a
    ///   new file, and `.writeFailed` (with the system's error number) when writing or renaming fails.
    func write(_ text: String, to path: String) throws(FileError) {
        try write(to: path) { sink in sink(text) }
    }

    /// Writes the text `produce` hands to its sink, piece by piece, atomically as
    /// ``write(_:to:)`` does: a large table goes to disk without being held whole in memory.
    /// After a failed piece the rest are dropped and the write fails.
    ///
    /// - Throws: as ``write(_:to:)``.
    func write(to path: String, produce: ((String) -> Void) -> Void) throws(FileError) {
        let target = try inspect(path)
        let folder = target.url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(target.url.lastPathComponent).tmp-\(Self.randomSuffix())")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            throw code == EACCES || code == EPERM
                ? .folderNotWritable(path, Self.folderName(of: path)) : .writeFailed(path, code)
        }
        var failure: Int32?
        if let mode = target.mode, fchmod(descriptor, mode) != 0 { failure = errno }
        if failure == nil {
            produce { piece in
                if failure == nil { failure = Self.writeAll(Array(piece.utf8), to: descriptor) }
            }
        }
        if failure == nil, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary.path, target.url.path) != 0 { failure = errno }
        if let failure {
            unlink(temporary.path)
            throw .writeFailed(path, failure)
        }
    }

    /// The target of a write, examined without following a symbolic link at its end.
    private struct Target {
        var url: URL
        var destination: Destination
        /// Permission bits of the file being replaced.
        var mode: mode_t?
    }

    private func inspect(_ path: String) throws(FileError) -> Target {
        let u = url(path)
        var info = stat()
        if lstat(u.path, &info) == 0 {
            switch FileKind(mode: info.st_mode) {
            case nil: return Target(url: u, destination: .existingFile, mode: info.st_mode & 0o7777)
            case .folder?: throw .notAFile(path)
            case .symlink?:
                let pointee = (try? FileManager.default.destinationOfSymbolicLink(atPath: u.path)) ?? "?"
                throw .symlink(path, pointee)
            case let kind?: throw .notRegular(path, kind)
            }
        }
        let code = errno
        guard code == ENOENT || code == ENOTDIR else { throw .writeFailed(path, code) }
        // `export "out/"` wrote a file named `out` (the URL drops the slash).
        if path.hasSuffix("/") { throw .folderPath(path) }
        if let problem = folderProblem(path) { throw problem }
        return Target(url: u, destination: .newFile, mode: nil)
    }

    /// Why the folder of a new file is missing: the nearest ancestor (as the user wrote the path)
    /// that exists is a file, or the folder does not exist; nil when the folder is there.
    private func folderProblem(_ path: String) -> FileError? {
        let folder = Self.folderName(of: path)
        var ancestor = folder
        while true {
            let place = ancestor.isEmpty || ancestor == "." ? directory : url(ancestor)
            var info = stat()
            if stat(place.path, &info) == 0 {
                if FileKind(mode: info.st_mode) == .folder { return ancestor == folder ? nil : .noFolder(path, folder) }
                return .parentIsFile(path, ancestor.isEmpty ? "." : ancestor)
            }
            let code = errno
            guard code == ENOENT || code == ENOTDIR else { return .writeFailed(path, code) }
            if ancestor.isEmpty || ancestor == "/" || ancestor == "." { return .noFolder(path, folder) }
            ancestor = (ancestor as NSString).deletingLastPathComponent
        }
    }

    /// The folder part of a path as the user wrote it ("" for a bare file name).
    private static func folderName(of path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }

    /// Writes every byte, retrying after signals; the error number on failure.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer -> Int in
                guard let start = buffer.baseAddress else { return 0 }
                return systemWrite(descriptor, start + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += written
        }
        return nil
    }

    private static func randomSuffix() -> String {
        String(UInt64.random(in: 0...UInt64.max), radix: 36)
    }
}

/// write(2), named apart from `FileAccess.write(_:to:)`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
    #else
    Darwin.write(descriptor, bytes, count)
    #endif
}

/// What is at a path when it is not a regular file.
public enum FileKind: Hashable, Sendable {
    case folder, symlink, fifo, characterDevice, blockDevice, socket, unknown

    /// nil for a regular file.
    init?(mode: mode_t) {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: self = .folder
        case S_IFLNK: self = .symlink
        case S_IFIFO: self = .fifo
        case S_IFCHR: self = .characterDevice
        case S_IFBLK: self = .blockDevice
        case S_IFSOCK: self = .socket
        default: self = .unknown
        }
    }

    /// The English name, with its article ("a FIFO (named pipe)").
    var description: String {
        switch self {
        case .folder: "a folder"
        case .symlink: "a symbolic link"
        case .fifo: "a FIFO (named pipe)"
        case .characterDevice: "a character device"
        case .blockDevice: "a block device"
        case .socket: "a socket"
        case .unknown: "not a regular file"
        }
    }
}

/// Why a file could not be read or written.
public enum FileError: Error, Hashable, Sendable {
    /// Nothing at the path (`load`).
    case missing(String)
    /// The path is a folder.
    case notAFile(String)
    /// The path is a FIFO, a device or a socket.
    case notRegular(String, FileKind)
    /// The path is a symbolic link (never followed when writing), and what it points to.
    case symlink(String, String)
    /// The nearest existing ancestor of the path's folder is a file, not a folder.
    case parentIsFile(String, String)
    /// The path's folder does not exist.
    case noFolder(String, String)
    /// A new path ending in `/` names a folder, not a file (`export "out/"`).
    case folderPath(String)
    /// The folder refuses a new file (permissions).
    case folderNotWritable(String, String)
    /// Larger than `FileAccess.maxFileBytes`.
    case tooLarge(String)
    /// The file exists but could not be read.
    case unreadable(String)
    /// Writing, flushing or renaming failed with this system error number.
    case writeFailed(String, Int32)

    var message: String {
        switch self {
        case .missing(let p): "no such file '\(p)'"
        case .notAFile(let p): "'\(p)' is a folder, not a file"
        case .notRegular(let p, let kind):
            "'\(p)' is \(kind.description), not a regular file; coprod reads and writes only regular files"
        case .symlink(let p, let target):
            "'\(p)' is a symbolic link to '\(target)'; coprod does not write through links (name the file itself)"
        case .parentIsFile(let p, let parent): "cannot write '\(p)': '\(parent)' is a file, not a folder"
        case .noFolder(let p, let folder): "cannot write '\(p)': there is no folder '\(folder)'"
        case .folderPath(let p): "cannot write '\(p)': a name ending in '/' is a folder's; add the file's name"
        case .folderNotWritable(let p, let folder):
            "cannot write '\(p)': the folder '\(folder.isEmpty ? "." : folder)' is not writable"
        case .tooLarge(let p): "'\(p)' is larger than \(FileAccess.maxFileBytes >> 20) MB"
        case .unreadable(let p): "cannot read '\(p)'"
        case .writeFailed(let p, let code): "cannot write '\(p)': \(Self.reason(code))"
        }
    }

    /// A short English reason for a system error number.
    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota is exhausted"
        case EROFS: "the file system is read-only"
        case EACCES, EPERM: "permission denied"
        case ENAMETOOLONG: "the name is too long"
        case EIO: "an input/output error"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
