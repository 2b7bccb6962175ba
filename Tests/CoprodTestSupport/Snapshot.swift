import Foundation
import Testing

/// Golden snapshot files: `Tests/Snapshots/<name>.txt` (a name may hold a folder:
/// `commands/step.en`), found from this file's path (shared by the language's golden tests and the
/// end-to-end tests of the command line).
///
/// `assertSnapshot(text, named:)` compares `text` with the file. With the environment variable
/// `COPROD_RECORD_SNAPSHOTS=1` it writes the file instead and records an issue saying so, so a
/// recording run never passes silently. See Tests/Snapshots/README.md.
public enum Snapshots {
    /// `Tests/Snapshots/`.
    public static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // CoprodTestSupport
        .deletingLastPathComponent()  // Tests
        .appendingPathComponent("Snapshots", isDirectory: true)

    /// True when the run should (re)write snapshots rather than compare with them.
    public static var recording: Bool {
        ProcessInfo.processInfo.environment["COPROD_RECORD_SNAPSHOTS"] == "1"
    }

    public static func url(named name: String) -> URL {
        folder.appendingPathComponent("\(name).txt")
    }

    /// The file's contents for `text`: exactly one newline at the end.
    public static func fileText(_ text: String) -> String {
        var t = text
        while t.hasSuffix("\n") { t.removeLast() }
        return t + "\n"
    }

    /// A description of the first line where `actual` differs from `expected`, or nil if they are equal.
    public static func firstDifference(expected: String, actual: String) -> String? {
        guard expected != actual else { return nil }
        // A file's final newline ends its last line; it does not start another.
        func lines(_ text: String) -> [Substring] {
            let body = text.hasSuffix("\n") ? text.dropLast() : Substring(text)
            return body.split(separator: "\n", omittingEmptySubsequences: false)
        }
        let e = lines(expected)
        let a = lines(actual)
        for k in 0..<max(e.count, a.count) {
            let el = k < e.count ? String(e[k]) : nil
            let al = k < a.count ? String(a[k]) : nil
            if el != al {
                return """
                    first difference at line \(k + 1) (expected \(e.count) lines, got \(a.count)):
                      expected: \(el.map(quoted) ?? "(end of file)")
                      actual:   \(al.map(quoted) ?? "(end of output)")
                    """
            }
        }
        return "the texts differ in a way lines do not show"
    }

    private static func quoted(_ line: String) -> String {
        // Trailing spaces and tabs are easy to miss: show the line between bars.
        "|\(line)|"
    }
}

/// Compares `text` with the snapshot `Tests/Snapshots/<named>.txt`, or (re)writes it when
/// `COPROD_RECORD_SNAPSHOTS=1` is set (and then records an issue, so recording never passes).
public func assertSnapshot(
    _ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let url = Snapshots.url(named: name)
    let actual = Snapshots.fileText(text)
    if Snapshots.recording {
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let old = try? String(contentsOf: url, encoding: .utf8)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            let what = old == nil ? "new" : old == actual ? "unchanged" : "changed"
            Issue.record(
                "recorded snapshot '\(name)' (\(what)) in \(url.path); run again without COPROD_RECORD_SNAPSHOTS to check it",
                sourceLocation: sourceLocation)
        } catch {
            Issue.record("could not record snapshot '\(name)' at \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record(
            "no snapshot '\(name)' at \(url.path); run with COPROD_RECORD_SNAPSHOTS=1 to record it",
            sourceLocation: sourceLocation)
        return
    }
    if let difference = Snapshots.firstDifference(expected: expected, actual: actual) {
        Issue.record(
            """
            output differs from snapshot '\(name)' (\(url.lastPathComponent)); \(difference)
            (if the new output is right, record it with COPROD_RECORD_SNAPSHOTS=1)
            """, sourceLocation: sourceLocation)
    }
}
