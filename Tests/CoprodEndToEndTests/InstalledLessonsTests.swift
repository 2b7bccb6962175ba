import CoprodTestSupport
import Foundation
import Testing

/// A copy of the program installed under a prefix finds its lessons in PREFIX/share/coprod/lessons,
/// run from any folder and through a symbolic link; a copy with no lessons beside it finds none
/// (so the lessons do not come from where the sources were compiled).
@Suite(.timeLimit(.minutes(1)))
struct InstalledLessonsTests {
    let root = packageRoot

    /// Copies the built program to `prefix/bin/coprod`.
    func install(at prefix: URL, withLessons: Bool) throws -> URL {
        let bin = prefix.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let program = bin.appendingPathComponent("coprod")
        // Copied by `cp` in its own process: a copy made in this (multi-threaded) test process holds a
        // write descriptor that a sibling test's child, forked at that moment, inherits; running the copy
        // then fails with "Text file busy" (ETXTBSY) for as long as that child lives.
        let copy = Process()
        copy.executableURL = URL(fileURLWithPath: "/bin/cp")
        copy.arguments = [CoprodProcess.executable, program.path]
        try copy.run()
        copy.waitUntilExit()
        #expect(copy.terminationStatus == 0, "cp \(CoprodProcess.executable) \(program.path)")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        if withLessons {
            let share = prefix.appendingPathComponent("share/coprod")
            try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
            try FileManager.default.copyItem(
                at: root.appendingPathComponent("lessons"),
                to: share.appendingPathComponent("lessons"))
        }
        return program
    }

    @Test func anInstalledCopyFindsItsLessonsFromAnyFolder() throws {
        let coprod = try CoprodProcess()  // runs in its temporary home: no lessons folder there
        let program = try install(at: coprod.home.appendingPathComponent("prefix"), withLessons: true)
        let links = coprod.home.appendingPathComponent("links")
        try FileManager.default.createDirectory(at: links, withIntermediateDirectories: true)
        let link = links.appendingPathComponent("coprod")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: program.path)
        for executable in [program, link] {
            let result = try coprod.run([], input: "lesson 1\n", executable: executable.path)
            #expect(result.status == 0, "\(executable.path): \(result.standardError)")
            #expect(
                result.standardOutput.contains("Lesson 1: First steps"), "\(executable.path): \(result.standardOutput)")
            #expect(result.standardOutput.contains("── Lesson 1 · part 1/"))
        }
    }

    @Test func aCopyWithoutLessonsFindsNone() throws {
        let coprod = try CoprodProcess()
        let program = try install(at: coprod.home.appendingPathComponent("bare"), withLessons: false)
        let result = try coprod.run([], input: "lesson 1\n", executable: program.path)
        #expect(
            result.standardError.contains("there is no lesson 1"), "\(result.standardOutput)\(result.standardError)")
        // $COPROD_LESSONS still works for it.
        coprod.environment["COPROD_LESSONS"] = root.appendingPathComponent("lessons").path
        let pointed = try coprod.run([], input: "lesson 1\n", executable: program.path)
        #expect(pointed.standardOutput.contains("Lesson 1: First steps"), "\(pointed.standardError)")
    }
}
