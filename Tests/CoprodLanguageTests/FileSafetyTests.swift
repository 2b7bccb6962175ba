import CoprodLanguage
import CoprodTestSupport
import Foundation
import Testing

/// `save` and `export` write only to a regular file or a new path, never through a symbolic link,
/// and say what is in the way; nothing that is there is touched.
@Suite("Writing files safely", .timeLimit(.minutes(1)))
struct FileSafetyTests {
    /// The kind of file at `url`, without following a symbolic link.
    private static func mode(_ url: URL) -> mode_t? {
        var info = stat()
        return lstat(url.path, &info) == 0 ? info.st_mode & S_IFMT : nil
    }

    /// A session in a fresh folder that must never ask about overwriting.
    private static func session(_ folder: URL) -> Session {
        var options = Session.Options(directory: folder)
        options.confirmOverwrite = { path, _ in
            Issue.record("asked to overwrite \(path)")
            return true
        }
        return Session(options: options)
    }

    @Test("a FIFO is refused by save, save force, export force and load; it stays a FIFO")
    func fifo() throws {
        let folder = temporaryFolder()
        let pipe = folder.appendingPathComponent("pipe")
        try #require(mkfifo(pipe.path, 0o600) == 0)
        let out = transcript(
            Self.session(folder),
            [
                "save \"pipe\"", "save \"pipe\" force", "export \"pipe\" force", "load \"pipe\"",
            ])
        #expect(out.count == 4)
        for line in out {
            #expect(line.contains("error: 'pipe' is a FIFO (named pipe), not a regular file"), "\(line)")
        }
        #expect(Self.mode(pipe) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["pipe"], "no temporary file left")
    }

    @Test("a character device is refused and left alone", .enabled(if: canMakeDevices))
    func device() throws {
        let folder = temporaryFolder()
        let device = folder.appendingPathComponent("null")
        // The same device as /dev/null (1, 3), made in a temporary folder.
        try #require(mknod(device.path, S_IFCHR | 0o600, nullDevice) == 0)
        let out = transcript(Self.session(folder), ["save \"null\" force", "export \"null\" force"])
        #expect(out.allSatisfy { $0.contains("error: 'null' is a character device, not a regular file") }, "\(out)")
        #expect(Self.mode(device) == S_IFCHR)
    }

    @Test("a symbolic link is never followed or replaced; the error says what it points to")
    func symlink() throws {
        let folder = temporaryFolder()
        let real = folder.appendingPathComponent("real.coprod")
        try "# keep me\n".write(to: real, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("link.coprod").path,
            withDestinationPath: "real.coprod")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("dangling.csv").path,
            withDestinationPath: "/nonexistent/elsewhere.csv")
        let out = transcript(
            Self.session(folder),
            [
                "save \"link.coprod\"", "save \"link.coprod\" force", "export \"dangling.csv\" force",
            ])
        #expect(
            out[0].contains(
                "error: 'link.coprod' is a symbolic link to 'real.coprod'; coprod does not write through links"),
            "\(out[0])")
        #expect(out[1].split(separator: "\n").first == out[0].split(separator: "\n").first, "force changes nothing")
        #expect(
            out[2].contains("error: 'dangling.csv' is a symbolic link to '/nonexistent/elsewhere.csv'"), "\(out[2])")
        #expect(Self.mode(folder.appendingPathComponent("link.coprod")) == S_IFLNK)
        #expect(Self.mode(folder.appendingPathComponent("dangling.csv")) == S_IFLNK)
        #expect(try String(contentsOf: real, encoding: .utf8) == "# keep me\n")
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent/elsewhere.csv"))
    }

    @Test("a folder is refused")
    func folderInTheWay() throws {
        let folder = temporaryFolder()
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("sub"), withIntermediateDirectories: false)
        let out = transcript(Self.session(folder), ["save \"sub\" force"])
        #expect(out[0].contains("error: 'sub' is a folder, not a file"), "\(out)")
    }

    @Test(
        "when the parent of a path is a file, the error names that file",
        arguments: [
            ("notes.txt/out.coprod", "notes.txt"),
            ("notes.txt/deeper/out.coprod", "notes.txt"),
        ])
    func parentIsAFile(_ path: String, _ parent: String) throws {
        let folder = temporaryFolder()
        try "notes\n".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let out = transcript(Self.session(folder), ["save \"\(path)\" force"])
        #expect(out[0].contains("error: cannot write '\(path)': '\(parent)' is a file, not a folder"), "\(out)")
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.txt"), encoding: .utf8) == "notes\n")
    }

    @Test("a new name ending in '/' is a folder's: refused, and no file is made without the slash")
    func nameEndingInASlash() throws {
        let folder = temporaryFolder()
        let out = transcript(
            Self.session(folder), ["export \"out/\"", "save \"out/\"", "export residents to \"out/\""])
        #expect(out.count == 3)
        for line in out {
            #expect(line.contains("error: cannot write 'out/': a name ending in '/' is a folder's"), "\(line)")
        }
        #expect(Self.mode(folder.appendingPathComponent("out")) == nil, "a tryout found a file 'out' written")
    }

    @Test("a missing folder is named")
    func missingFolder() {
        let folder = temporaryFolder()
        let out = transcript(Self.session(folder), ["export \"nowhere/out.csv\""])
        #expect(out[0].contains("error: cannot write 'nowhere/out.csv': there is no folder 'nowhere'"), "\(out)")
    }

    @Test("writes replace a regular file, keep its permissions and leave no temporary file")
    func regularFileIsReplaced() throws {
        let folder = temporaryFolder()
        let target = folder.appendingPathComponent("run.coprod")
        try "old\n".write(to: target, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: target.path)
        let s = Session(options: .init(directory: folder))
        let out = transcript(s, ["step 2", "save \"run.coprod\" force", "export \"new.csv\""])
        #expect(out.suffix(2).allSatisfy { !$0.contains("error") }, "\(out)")
        #expect(try String(contentsOf: target, encoding: .utf8) == s.scriptText())
        let permissions = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        #expect(permissions == 0o640)
        #expect(Self.mode(target) == S_IFREG)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["new.csv", "run.coprod"])
    }
}

/// The device number of /dev/null (major 1, minor 3).
#if os(Linux)
private let nullDevice = dev_t(1 << 8 | 3)
#else
private let nullDevice = dev_t(1 << 24 | 3)
#endif

/// Whether this process may make device nodes (root with CAP_MKNOD).
private let canMakeDevices: Bool = {
    let probe = FileManager.default.temporaryDirectory.appendingPathComponent("coprod-mknod-\(UUID().uuidString)")
    defer { unlink(probe.path) }
    return mknod(probe.path, S_IFCHR | 0o600, nullDevice) == 0
}()
