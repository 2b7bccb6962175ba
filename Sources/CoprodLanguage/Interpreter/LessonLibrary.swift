import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the lesson files that `lesson N` reads: files named `NN-title.coprod` in a lessons folder.
///
/// The folders are tried in order and the first that holds lesson files is used
/// (``standardDirectories(environment:directory:executable:)``):
/// 1. `$COPROD_LESSONS`;
/// 2. `lessons` in the session's folder (the current directory);
/// 3. beside the program (``directories(nearExecutable:)``): `PREFIX/share/coprod/lessons` for a
///    program installed as `PREFIX/bin/coprod`, then the nearest `lessons` folder with lesson files
///    in the program's folder or a folder above it (a build inside the source tree,
///    `.build/debug/coprod`, finds the package's `lessons/`).
///
/// The program's location is passed in by the caller (``runningExecutable()`` for the real one), so
/// tests can lay out folders of their own; `Session.Options.lessonDirectories` replaces the whole list.
public enum LessonLibrary {
    /// The folders to search, in order.
    ///
    /// - Parameters:
    ///   - environment: Where `COPROD_LESSONS` is read (an empty value is ignored; a relative path
    ///     refers to `directory`).
    ///   - directory: The folder relative paths refer to; its `lessons` folder is searched second.
    ///   - executable: The running program, or nil to leave out the folders beside it.
    /// - Returns: Folder URLs; they need not exist.
    public static func standardDirectories(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath),
        executable: URL?
    ) -> [URL] {
        var folders: [URL] = []
        if let variable = environment["COPROD_LESSONS"], !variable.isEmpty {
            folders.append(
                variable.hasPrefix("/") ? URL(fileURLWithPath: variable) : directory.appendingPathComponent(variable))
        }
        folders.append(directory.appendingPathComponent("lessons"))
        if let executable { folders += directories(nearExecutable: executable) }
        return folders
    }

    /// The lesson folders that belong to a program: `../share/coprod/lessons` from the folder of
    /// its real path (an install prefix), then the nearest `lessons` folder holding lesson files in
    /// that folder or one above it.
    ///
    /// Symbolic links in `executable` are resolved first, so a link to an installed program finds
    /// the lessons of the installation, not of the link's folder.
    ///
    /// - Parameter executable: The program file.
    /// - Returns: One or two folders (the first may not exist).
    public static func directories(nearExecutable executable: URL) -> [URL] {
        let program = realPath(executable)
        let bin = program.deletingLastPathComponent()
        var folders = [bin.deletingLastPathComponent().appendingPathComponent("share/coprod/lessons")]
        var folder = bin
        while true {
            let candidate = folder.appendingPathComponent("lessons")
            if holdsLessons(candidate) {
                folders.append(candidate)
                break
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        return folders
    }

    /// The real path of the running program: `/proc/self/exe` on Linux, the main bundle's
    /// executable elsewhere, with symbolic links resolved; nil if neither can be found.
    public static func runningExecutable() -> URL? {
        #if os(Linux)
        let program = realPath(URL(fileURLWithPath: "/proc/self/exe"))
        if program.path != "/proc/self/exe" { return program }
        #endif
        return Bundle.main.executableURL.map(realPath)
    }

    /// The lesson number of a file name `NN-title.coprod` (at least one digit, then a hyphen), or nil.
    static func number(ofLessonFile name: String) -> Int? {
        guard name.hasSuffix(".coprod") else { return nil }
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, name.dropFirst(digits.count).first == "-" else { return nil }
        return Int(digits)
    }

    /// Whether `folder` holds at least one lesson file.
    static func holdsLessons(_ folder: URL) -> Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.contains { number(ofLessonFile: $0) != nil }
    }

    /// Lesson number → file, from the first of `folders` that holds lesson files.
    static func index(_ folders: [URL]) -> [Int: URL] {
        for folder in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { continue }
            var found: [Int: URL] = [:]
            for name in names.sorted() {
                if let n = number(ofLessonFile: name) { found[n] = folder.appendingPathComponent(name) }
            }
            if !found.isEmpty { return found }
        }
        return [:]
    }

    /// `url` with every symbolic link resolved (realpath), or `url` itself if that fails.
    private static func realPath(_ url: URL) -> URL {
        guard let resolved = realpath(url.path, nil) else { return url }
        defer { free(resolved) }
        return URL(fileURLWithPath: String(cString: resolved))
    }
}
