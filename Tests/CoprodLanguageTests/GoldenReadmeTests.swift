import CoprodLanguage
import CoprodTestSupport
import Foundation
import Testing

/// The README's tours are real transcripts: the commands after each `coprod wN> ` prompt, run on a
/// default session, print exactly the text that follows them (the banner excepted).
@Suite("Golden README tours")
struct GoldenReadmeTests {
    struct Tour {
        /// The lines before the first prompt.
        var banner: [String]
        /// The commands typed after the prompts.
        var commands: [String]
        /// Everything from the first prompt on.
        var transcript: [String]
    }

    /// The first ```text block of the README section whose heading starts with `heading`.
    static func tour(under heading: String) throws -> Tour {
        let readme = try packageFile("README.md")
        let section = try #require(
            readme.components(separatedBy: "\n" + heading).dropFirst().first?
                .components(separatedBy: "\n## ").first, "README has a section '\(heading)'")
        let block = try #require(
            section.components(separatedBy: "```text\n").dropFirst().first?
                .components(separatedBy: "\n```").first, "section '\(heading)' has a ```text block")
        let lines = block.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let first = try #require(lines.firstIndex { promptedCommand($0) != nil }, "the tour has a prompt")
        return Tour(
            banner: Array(lines[..<first]), commands: lines.compactMap(promptedCommand),
            transcript: Array(lines[first...]))
    }

    /// The command after a `coprod wN> ` prompt, "" for a bare prompt at the end, nil for other lines.
    static func promptedCommand(_ line: String) -> String? {
        guard line.hasPrefix("coprod w"), let close = line.firstIndex(of: ">") else { return nil }
        let week = line[line.index(line.startIndex, offsetBy: 8)..<close]
        guard !week.isEmpty, week.allSatisfy(\.isNumber) else { return nil }
        return String(line[line.index(after: close)...].drop(while: { $0 == " " }))
    }

    /// What a default session prints for the tour's commands, with the bare prompt it ends on.
    static func run(_ commands: [String]) -> [String] {
        let session = Session()
        let typed = commands.last == "" ? Array(commands.dropLast()) : commands
        var out = replTranscript(session, typed)
        if commands.last == "" {
            var prompt = session.prompt
            while prompt.hasSuffix(" ") { prompt.removeLast() }
            out.append(prompt)
        }
        return out
    }

    static func check(_ tour: Tour, name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let expected = tour.transcript.joined(separator: "\n")
        let actual = run(tour.commands).joined(separator: "\n")
        if let difference = Snapshots.firstDifference(expected: expected, actual: actual) {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("coprod-readme-\(name).txt")
            try? (actual + "\n").write(to: url, atomically: true, encoding: .utf8)
            Issue.record(
                "README's \(name) tour is not what coprod prints; \(difference)\n(the real transcript is in \(url.path))",
                sourceLocation: sourceLocation)
        }
    }

    @Test("the English tour is a real transcript")
    func englishTour() throws {
        let tour = try Self.tour(under: "## A 60-second tour")
        #expect(tour.commands.count > 3)
        #expect(tour.banner.first?.hasPrefix("coprod ") == true, "the tour starts with the banner")
        Self.check(tour, name: "English")
    }

    @Test("the Chinese tour is a real transcript of the same commands after lang zh")
    func chineseTour() throws {
        let english = try Self.tour(under: "## A 60-second tour")
        let chinese = try Self.tour(under: "## 中文导览 (A tour in Chinese)")
        #expect(chinese.commands == ["lang zh"] + english.commands)
        #expect(chinese.banner.first?.hasPrefix("coprod ") == true, "the tour starts with the Chinese banner")
        #expect(chinese.banner.joined().contains("共同生产"), "the banner is the Chinese one")
        Self.check(chinese, name: "Chinese")
    }

    @Test("the Chinese tour tells how to start in Chinese")
    func chineseStart() throws {
        let readme = try packageFile("README.md")
        let section = try #require(
            readme.components(separatedBy: "\n## 中文导览 (A tour in Chinese)").dropFirst().first?
                .components(separatedBy: "\n## ").first)
        #expect(section.contains("swift run -q coprod --lang zh"))
        #expect(section.contains("LANG=zh_CN.UTF-8"))
        // Right after the English tour.
        let headings = readme.split(separator: "\n").filter { $0.hasPrefix("## ") }
        let k = try #require(headings.firstIndex { $0.hasPrefix("## A 60-second tour") })
        #expect(headings.indices.contains(k + 1) && headings[k + 1] == "## 中文导览 (A tour in Chinese)")
    }

    /// The README's paragraph on `--json` names every key of the report, at every level (a tryout
    /// found the facility's `salience` missing).
    @Test func theJSONParagraphNamesEveryKey() throws {
        let readme = try packageFile("README.md")
        let paragraph = try #require(
            readme.components(separatedBy: "`--json` prints only").dropFirst().first?
                .components(separatedBy: "The same scenario and seed always").first)
        let named = Set(paragraph.matches(of: /`([A-Za-z]+)`/).map { String($0.output.1) })
        let session = Session()
        _ = try session.execute(line: "step", lineNumber: 1, fileName: "<test>", output: { _, _ in })
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(session.jsonReport().utf8)) as? [String: Any])
        let community = try #require(report["community"] as? [String: Any])
        let facility = try #require((report["facilities"] as? [[String: Any]])?.first)
        for key in Set(report.keys).union(community.keys).union(facility.keys).subtracting(["community", "facilities"])
        {
            #expect(named.contains(key), "README's --json paragraph does not name '\(key)'")
        }
    }
}
