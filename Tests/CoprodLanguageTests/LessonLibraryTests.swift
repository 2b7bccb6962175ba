import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// Lessons are found from `$COPROD_LESSONS`, `./lessons` and the program's own location, never
/// from where the sources were compiled.
@Suite("Finding lessons")
struct LessonLibraryTests {
    static let lesson = """
        title "Injected"
        community "Demo" size 50 seed 1
        part "One week"
        say "Time moves in weeks."
        try "step"
        check week >= 1 hint "type step"

        """

    /// Creates `path` (and its folders) below `root` with `text`.
    @discardableResult
    static func file(_ root: URL, _ path: String, _ text: String = "") throws -> URL {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("lesson files are NN-title.coprod")
    func lessonFileNames() {
        #expect(LessonLibrary.number(ofLessonFile: "01-first-steps.coprod") == 1)
        #expect(LessonLibrary.number(ofLessonFile: "12-x.coprod") == 12)
        #expect(LessonLibrary.number(ofLessonFile: "01-first-steps.txt") == nil)
        #expect(LessonLibrary.number(ofLessonFile: "notes.coprod") == nil)
        #expect(LessonLibrary.number(ofLessonFile: "2024.coprod") == nil)
    }

    @Test("a build inside a source tree finds the nearest lessons folder that holds lessons, above the program")
    func walkUpFromTheProgram() throws {
        let root = temporaryFolder()
        let program = try Self.file(root, "pkg/.build/x86_64/debug/coprod")
        try Self.file(root, "pkg/lessons/01-a.coprod", Self.lesson)
        try Self.file(root, "pkg/.build/lessons/README")  // a lessons folder without lessons is passed over
        try Self.file(root, "lessons/01-outer.coprod", Self.lesson)  // further up: not reached
        let folders = LessonLibrary.directories(nearExecutable: program)
        let real = root.resolvingSymlinksInPath()
        #expect(
            folders.map(\.path) == [
                real.appendingPathComponent("pkg/.build/x86_64/share/coprod/lessons").path,
                real.appendingPathComponent("pkg/lessons").path,
            ])
    }

    @Test("an installed program uses PREFIX/share/coprod/lessons, also through a symbolic link")
    func installPrefix() throws {
        let root = temporaryFolder()
        let program = try Self.file(root, "prefix/bin/coprod")
        try Self.file(root, "prefix/share/coprod/lessons/01-a.coprod", Self.lesson)
        let link = root.appendingPathComponent("elsewhere/coprod")
        try FileManager.default.createDirectory(at: link.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: program.path)
        let share = root.resolvingSymlinksInPath().appendingPathComponent("prefix/share/coprod/lessons")
        for executable in [program, link] {
            let index = LessonLibrary.index(LessonLibrary.directories(nearExecutable: executable))
            #expect(index[1]?.deletingLastPathComponent().path == share.path, "from \(executable.path)")
        }
    }

    @Test("$COPROD_LESSONS comes first, then ./lessons, then the program's folders")
    func order() throws {
        let root = temporaryFolder()
        let program = try Self.file(root, "prefix/bin/coprod")
        let folders = LessonLibrary.standardDirectories(
            environment: ["COPROD_LESSONS": "mine"], directory: root.appendingPathComponent("work"), executable: program
        )
        #expect(folders.count == 3)
        #expect(folders[0].path == root.appendingPathComponent("work/mine").path)
        #expect(folders[1].path == root.appendingPathComponent("work/lessons").path)
        #expect(folders[2].lastPathComponent == "lessons")
        let noVariable = LessonLibrary.standardDirectories(
            environment: ["COPROD_LESSONS": ""], directory: root, executable: nil)
        #expect(noVariable == [root.appendingPathComponent("lessons")])
    }

    @Test("a session reads lessons from the folders it is given")
    func injectedFolders() throws {
        let root = temporaryFolder()
        try Self.file(root, "course/01-injected.coprod", Self.lesson)
        let s = Session(
            options: .init(
                directory: root,
                lessonDirectories: [
                    root.appendingPathComponent("empty"),
                    root.appendingPathComponent("course"),
                ]))
        let out = transcript(s, ["lesson", "lesson 1"])
        #expect(out.contains("  1. Injected"), "\(out)")
        #expect(out.contains { $0.hasPrefix("Lesson 1: Injected") }, "\(out)")
        #expect(s.inLesson)
        let none = Session(options: .init(directory: root, lessonDirectories: [root.appendingPathComponent("empty")]))
        // The note wraps to the session's width: its continuation lines start with two spaces.
        let missing = transcript(none, ["lesson", "lesson 1"]).joined(separator: "\n")
            .replacingOccurrences(of: "\n  ", with: " ").components(separatedBy: "\n")
        #expect(
            missing[0].hasPrefix("no lessons found (looked in \(root.appendingPathComponent("empty").path)"),
            "\(missing)")
        #expect(missing[1].contains("there is no lesson 1"))
    }
}
