import Foundation

/// How far a student has got in a lesson, as `lesson list` shows it.
public enum LessonStatus: Hashable, Sendable {
    case notStarted
    /// At part `part` (1-based) of `parts`.
    case inProgress(part: Int, parts: Int)
    case done
}

/// Where a student is in each lesson, kept between sessions in one small JSON file:
/// `$XDG_STATE_HOME/coprod/lessons.json`, or `~/.local/state/coprod/lessons.json`
/// (docs/LANGUAGE.md §5). Writes are atomic (a new file renamed over the old one), and a missing,
/// unreadable or broken file reads as no progress: progress is a convenience, never a reason to stop.
public struct LessonProgressStore: Sendable {
    /// One lesson's entry in the file.
    struct Entry: Codable, Equatable {
        /// The part the student is at, 1-based.
        var part: Int
        var parts: Int
        var done: Bool
        /// The prediction the student gave for `part` (`answer`), kept for when she comes back;
        /// absent in files written before it was kept.
        var answer: String? = nil
        /// The commands she has typed in `part` so far, in order, typed again when she comes back
        /// (``Interpreter/resumeTyped(_:in:)``), and how many more were not kept; absent when there
        /// are none, and in files written before they were kept.
        var typed: [String]? = nil
        var notKept: Int? = nil
    }

    /// The file's shape: `{"version": 1, "lessons": {"4": {"part": 3, "parts": 6, "done": false}}}`,
    /// with `"answer": "up"` and `"typed": ["run 52"]` when the student has given an answer or typed
    /// commands in the part she is at (a file without them reads as before).
    struct File: Codable {
        var version = 1
        var lessons: [String: Entry] = [:]
    }

    public let url: URL

    public init(url: URL) { self.url = url }

    /// `$XDG_STATE_HOME/coprod/lessons.json` if `XDG_STATE_HOME` is an absolute path, else
    /// `$HOME/.local/state/coprod/lessons.json`; nil if neither is usable (progress is not kept).
    public static func defaultURL(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state, isDirectory: true).appendingPathComponent("coprod/lessons.json")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/state/coprod/lessons.json")
        }
        return nil
    }

    /// The file's entries; empty when it is missing or cannot be read as progress.
    func entries() -> [String: Entry] {
        guard let data = try? Data(contentsOf: url), data.count <= 1 << 20,
            let file = try? JSONDecoder().decode(File.self, from: data)
        else { return [:] }
        return file.lessons.filter { $0.value.parts > 0 && $0.value.part >= 1 }
    }

    /// Lesson `number`'s status.
    public func status(_ number: Int) -> LessonStatus {
        guard let e = entries()[String(number)] else { return .notStarted }
        return e.done ? .done : .inProgress(part: min(e.part, e.parts), parts: e.parts)
    }

    /// The prediction saved for part `part` (1-based) of lesson `number`, if the student gave one
    /// there and has not moved on.
    public func answer(_ number: Int, part: Int) -> String? {
        guard let e = entries()[String(number)], e.part == part else { return nil }
        return e.answer
    }

    /// The commands the student had typed in part `part` (1-based) of lesson `number` when she left
    /// it, and how many more were not kept; nil if she is not at that part.
    public func typed(_ number: Int, part: Int) -> (commands: [String], notKept: Int)? {
        guard let e = entries()[String(number)], e.part == part else { return nil }
        return (e.typed ?? [], max(0, e.notKept ?? 0))
    }

    /// Records that the student is at `part` (1-based) of lesson `number`, with her prediction for
    /// it and the commands she has typed in it, or has finished it. A finished lesson stays finished
    /// when it is taken again. Failures to write are ignored.
    func record(
        _ number: Int, part: Int, parts: Int, done: Bool, answer: String? = nil, typed: [String] = [],
        notKept: Int = 0
    ) {
        var file = File(lessons: entries())
        let key = String(number)
        let wasDone = file.lessons[key]?.done ?? false
        file.lessons[key] = Entry(
            part: part, parts: parts, done: done || wasDone, answer: answer, typed: typed.isEmpty ? nil : typed,
            notKept: notKept > 0 ? notKept : nil)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(file) else { return }
        try? FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.write(to: url, options: .atomic)
    }
}
