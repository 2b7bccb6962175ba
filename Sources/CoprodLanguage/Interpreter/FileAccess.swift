import Foundation

/// The only file access of the language: reading the scripts and lessons a user names, and writing
/// `save`/`export` files atomically (a temporary file renamed into place, so a crash leaves the old
/// file or the complete new one).
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

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// Reads a UTF-8 text file (invalid bytes become U+FFFD, which the lexer then reports).
    func read(_ path: String) throws(FileError) -> String {
        let u = url(path)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: u.path, isDirectory: &isDir) else { throw .missing(path) }
        guard !isDir.boolValue else { throw .notAFile(path) }
        let attributes = try? FileManager.default.attributesOfItem(atPath: u.path)
        if let size = attributes?[.size] as? Int, size > Self.maxFileBytes { throw .tooLarge(path) }
        guard let data = try? Data(contentsOf: u) else { throw .unreadable(path) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Writes text atomically.
    func write(_ text: String, to path: String) throws(FileError) {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: url(path).path, isDirectory: &isDir), isDir.boolValue {
            throw .notAFile(path)
        }
        let folder = url(path).deletingLastPathComponent().path
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDir), isDir.boolValue else {
            throw .unwritable(path, "there is no folder '\(folder)'")
        }
        do { try Data(text.utf8).write(to: url(path), options: .atomic) } catch {
            let reason = FileManager.default.isWritableFile(atPath: folder) ? "the write failed" : "the folder is not writable"
            throw .unwritable(path, reason)
        }
    }
}

public enum FileError: Error, Hashable, Sendable {
    case missing(String), notAFile(String), tooLarge(String), unreadable(String), unwritable(String, String)

    var message: String {
        switch self {
        case .missing(let p): "no such file '\(p)'"
        case .notAFile(let p): "'\(p)' is a folder, not a file"
        case .tooLarge(let p): "'\(p)' is larger than \(FileAccess.maxFileBytes >> 20) MB"
        case .unreadable(let p): "cannot read '\(p)'"
        case .unwritable(let p, let why): "cannot write '\(p)': \(why)"
        }
    }
}
