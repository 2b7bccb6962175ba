import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// `export residents|facilities|series to "FILE"`: the per-resident and per-facility tables at the
/// current week, as CSV (with `#` header lines) or JSON Lines, columns from the metric registry.
@Suite struct ExportTablesTests {
    /// A small session: 30 residents (one named), two facilities, 30 weeks; the date fixed.
    static func session(_ folder: URL) -> Session {
        var o = Session.Options(directory: folder)
        o.exportDate = { "2026-12-01T00:00:00Z" }
        let s = Session(options: o)
        for line in [
            "clear", "community \"Tiny\" size 30 profile mixed seed 4", "resident alice age older tenure renter",
            "facility shed publicness 0.6 salience 0.9 complexity 0.3 cost 20 serves all",
            "facility lift publicness 0.2 salience 0.95 complexity 0.9 cost 400 serves building 1", "step 30",
        ] {
            CommandTest.run(s, line)
        }
        return s
    }

    static func read(_ folder: URL, _ name: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)) ?? "<missing>"
    }

    @Test func residentsAndFacilitiesAsCSVAndJSONLines() {
        let folder = temporaryFolder()
        let s = Self.session(folder)
        let out = CommandTest.run(s, "export residents to \"r.csv\"")
        #expect(out == ["exported 30 residents at week 30 to r.csv"])
        CommandTest.run(s, "export facilities to \"f.csv\"")
        CommandTest.run(s, "export residents to \"r.jsonl\"")
        CommandTest.run(s, "export facilities \"f.jsonl\"")
        CommandTest.run(s, "export series to \"s.csv\"")
        assertSnapshot(Self.read(folder, "r.csv"), named: "export-residents.csv")
        assertSnapshot(Self.read(folder, "f.csv"), named: "export-facilities.csv")
        assertSnapshot(Self.read(folder, "r.jsonl"), named: "export-residents.jsonl")
        assertSnapshot(Self.read(folder, "f.jsonl"), named: "export-facilities.jsonl")
        // The series with its header is the plain export's table after the `#` lines.
        let series = Self.read(folder, "s.csv").split(separator: "\n", omittingEmptySubsequences: false)
            .filter { !$0.hasPrefix("#") }.joined(separator: "\n")
        #expect(series == s.csvSeries())
        #expect(s.changes.isEmpty && s.week == 30, "exporting changes nothing")
    }

    @Test func columnsComeFromTheMetricRegistry() {
        let folder = temporaryFolder()
        let s = Self.session(folder)
        CommandTest.run(s, "export residents to \"r.csv\"")
        CommandTest.run(s, "export facilities to \"f.csv\"")
        let rows = Self.read(folder, "r.csv").split(separator: "\n").filter { !$0.hasPrefix("#") }
        let header = rows[0].split(separator: ",").map(String.init)
        for metric in MetricRegistry.resident { #expect(header.contains(metric.name), "\(metric.name)") }
        for f in ["shed", "lift"] {
            for metric in MetricRegistry.residentFacility {
                #expect(header.contains("\(f).\(metric.name)"), "\(f).\(metric.name)")
            }
        }
        #expect(rows.count == 1 + 30)
        #expect(
            Set(rows.dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).count }) == [
                header.count
            ])
        // The named resident's row carries her name and the traits the model holds.
        let alice = s.scenario.residentNames["alice"]!
        let cells = rows[1 + alice].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(cells[1] == "\(alice + 1)" && cells[2] == "alice")
        #expect(cells[header.firstIndex(of: "age")!] == "older" && cells[header.firstIndex(of: "tenure")!] == "renter")
        let trust = s.model.population.value(.trust, of: alice)
        #expect(cells[header.firstIndex(of: "trust")!] == String(format: "%.6f", trust))
        let f = Self.read(folder, "f.csv").split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(f[0] == (["week", "facility"] + MetricRegistry.facility.map(\.name)).joined(separator: ","))
        #expect(f.count == 3 && f[1].hasPrefix("30,shed,") && f[2].hasPrefix("30,lift,"))
    }

    @Test func headerIdentifiesTheSession() {
        let folder = temporaryFolder()
        let s = Self.session(folder)
        CommandTest.run(s, "export residents to \"r.csv\"")
        CommandTest.run(s, "save \"s.coprod\"")
        let saved = Self.read(folder, "s.coprod")
        let lines = Self.read(folder, "r.csv").split(separator: "\n").prefix(7).map(String.init)
        #expect(lines[0] == "# coprod \(CoprodVersion.current) export residents")
        #expect(
            lines[1] == "# scenario: Tiny (FNV-1a 64 \(TableExport.fnv1a64(saved)) of the session as save writes it)")
        #expect(lines[2] == "# command: export residents to \"r.csv\"")
        #expect(lines[3] == "# seed: 4" && lines[4] == "# week: 30" && lines[5] == "# rows: 30, one per resident")
        #expect(lines[6] == "# date: 2026-12-01T00:00:00Z")
    }

    @Test func fastNumbersMatchTheFormatter() {
        var g = SystemRandomNumberGenerator()
        var values: [Double] = [
            0, -0.0, 0.5, 1, 0.0000005, 0.0000015, 0.1234565, -0.0000004, 123456.5, 1e9, 1e12, -3.25,
        ]
        for _ in 0..<20_000 { values.append(Double.random(in: -2...2, using: &g)) }
        for _ in 0..<2_000 { values.append(Double(Int.random(in: 0...2_000_000, using: &g)) / 2e6) }
        for x in values { #expect(TableExport.fixed6(x) == String(format: "%.6f", x), "\(x)") }
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        let s = Self.session(temporaryFolder())
        if language == .zh { CommandTest.run(s, "lang zh") }
        CommandTest.snapshot(
            "export-tables", language,
            [
                "export residents to \"r.csv\"", "export facilities to \"f.jsonl\"", "export series to \"s.csv\"",
                "export residents to \"r.csv\"", "export residents to r.csv", "export facilities",
            ], session: s)
    }

    @Test func errorsAndOverwrite() {
        let folder = temporaryFolder()
        let s = Self.session(folder)
        CommandTest.run(s, "export residents to \"r.csv\"")
        CommandTest.expectError(
            s, "export residents to \"r.csv\"", column: 21, en: "'r.csv' already exists", zh: "'r.csv' 已经存在")
        CommandTest.run(s, "export residents to \"r.csv\" force")
        CommandTest.expectError(
            s, "export residents to r.csv", column: 21, en: "expected a file name in quotes after 'to'",
            zh: "文件名应放在引号中")
        CommandTest.expectError(
            s, "export facilities to", column: 21, en: "expected a file name after 'to'", zh: "文件名")
        try? FileManager.default.createDirectory(
            at: folder.appendingPathComponent("d"), withIntermediateDirectories: true)
        CommandTest.expectError(
            s, "export residents to \"d\"", column: 21, en: "'d' is a folder, not a file", zh: "d", hint: false)
    }
}
