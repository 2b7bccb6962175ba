import CoprodModel
import Foundation
import Testing

@testable import CoprodLanguage

/// The exporters derive from the metric registry: every community and facility metric appears in
/// the CSV series, the `--json` report and the replicate summary, with the 0.1 names kept.
@Suite("Exports from the metric registry")
struct ExportTests {
    static let script =
        "community size 150 seed 3\nfacility shed cost 30 publicness 0.7\nfacility lift cost 90 publicness 0.2\nstep 60\n"

    static func object(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func session() throws -> Session {
        let s = Session.empty()
        _ = try s.runScript(script, fileName: "e.coprod", emit: { _ in })
        return s
    }

    @Test("every community and facility metric is a CSV column, a JSON key and a summary key")
    func everyMetricEverywhere() throws {
        let s = try Self.session()
        let header = try #require(s.csvSeries().split(separator: "\n").first).split(separator: ",").map(String.init)
        let json = try Self.object(s.jsonReport())
        let community = try #require(json["community"] as? [String: Any])
        let facilities = try #require(json["facilities"] as? [[String: Any]])
        let document = try Self.object(
            try #require(try Replicates.run(script: Self.script, fileName: "e", count: 3, options: .init())))
        let summary = try #require(document["summary"] as? [String: Any])
        let summaryCommunity = try #require(summary["community"] as? [String: Any])
        let summaryFacilities = try #require(summary["facilities"] as? [[String: Any]])
        #expect(facilities.count == 2 && summaryFacilities.count == 2)
        for metric in MetricRegistry.community {
            #expect(header.contains(metric.name), "CSV lacks \(metric.name)")
            #expect(community[metric.name] != nil, "JSON lacks community.\(metric.name)")
            for key in ReplicateSummary.keys(of: metric) {
                #expect(summaryCommunity[key] != nil, "summary lacks community.\(key)")
            }
        }
        for metric in MetricRegistry.facility {
            for (f, name) in ["shed", "lift"].enumerated() {
                #expect(header.contains("\(name).\(metric.name)"), "CSV lacks \(name).\(metric.name)")
                #expect(facilities[f].keys.contains(metric.name), "JSON lacks \(name).\(metric.name)")
                for key in ReplicateSummary.keys(of: metric) where !(metric.kind == .week && key == metric.name) {
                    #expect(summaryFacilities[f][key] != nil, "summary lacks \(name).\(key)")
                }
            }
        }
        // `aware` and `entries` (added to the registry only) are everywhere.
        #expect(header.contains("shed.aware") && header.contains("shed.entries"))
        #expect(facilities[0]["aware"] != nil && facilities[0]["entries"] != nil)
        #expect(summaryFacilities[0]["aware"] != nil && summaryFacilities[0]["entries"] != nil)
    }

    @Test("the 0.1 JSON keys, CSV columns and summary keys are all still there")
    func oldNamesKept() throws {
        let s = try Self.session()
        let json = try Self.object(s.jsonReport())
        #expect(Set(json.keys).isSuperset(of: ["seed", "step", "facilities", "community"]))
        let facility = try #require((json["facilities"] as? [[String: Any]])?.first)
        #expect(
            Set(facility.keys).isSuperset(of: [
                "name", "phase", "progress", "completedAt", "everJoined", "active", "sustained", "retention", "quality",
                "condition", "degraded", "autonomy", "type", "publicness",
            ]))
        #expect(facility["degraded"] is Bool)
        #expect(facility["phase"] is String)
        let community = try #require(json["community"] as? [String: Any])
        #expect(
            Set(community.keys).isSuperset(of: [
                "name", "size", "profile", "participation", "efficacy", "trust", "identification", "responsibility",
                "socialCapital", "participationByAge", "participationByTenure", "largestGap", "governmentWork",
            ]))
        let header = try #require(s.csvSeries().split(separator: "\n").first).split(separator: ",").map(String.init)
        let old = [
            "week", "participation", "efficacy", "trust", "identification", "responsibility", "socialCapital",
            "largestGap",
        ]
        #expect(Array(header.prefix(8)) == old)
        for n in ["shed", "lift"] {
            let columns = [
                "phase", "progress", "quality", "condition", "everJoined", "active", "sustained", "retention",
                "autonomy", "type",
            ].map { "\(n).\($0)" }
            #expect(Set(header).isSuperset(of: columns))
        }
        let document = try Self.object(
            try #require(try Replicates.run(script: Self.script, fileName: "e", count: 2, options: .init())))
        let summary = try #require(document["summary"] as? [String: Any])
        let f = try #require((summary["facilities"] as? [[String: Any]])?.first)
        #expect(
            Set(f.keys).isSuperset(of: [
                "name", "everJoined", "retention", "quality", "condition", "autonomy", "active",
                "sustained", "completedShare", "types",
            ]))
        let c = try #require(summary["community"] as? [String: Any])
        #expect(
            Set(c.keys).isSuperset(of: [
                "participation", "efficacy", "trust", "identification", "responsibility",
                "socialCapital", "largestGap",
            ]))
    }

    @Test("CSV cells follow the metric kinds, row by row, and match the JSON of the last week")
    func csvCells() throws {
        let s = try Self.session()
        let rows = s.csvSeries().split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        let header = rows[0]
        #expect(rows.count == 62)
        #expect(rows.allSatisfy { $0.count == header.count })
        let last = Dictionary(uniqueKeysWithValues: zip(header, rows[61]))
        let json = try Self.object(s.jsonReport())
        let shed = try #require((json["facilities"] as? [[String: Any]])?.first)
        #expect(last["week"] == "60")
        #expect(last["shed.degraded"] == ((shed["degraded"] as? Bool) == true ? "1" : "0"))
        #expect(last["shed.entries"] == (shed["entries"] as? Int).map(String.init))
        #expect(last["shed.completedAt"] == (shed["completedAt"] as? Int).map(String.init) ?? "")
        #expect(rows[1][header.firstIndex(of: "shed.completedAt")!] == "", "not complete at week 0")
        let retention = try #require(last["shed.retention"].flatMap { Double($0) })
        #expect(abs(retention - (try #require(shed["retention"] as? Double))) < 1e-9)
    }

    @Test("same seed, same bytes; the summary is byte-identical too")
    func deterministic() throws {
        #expect(try Self.session().csvSeries() == Self.session().csvSeries())
        #expect(try Self.session().jsonReport() == Self.session().jsonReport())
        let a = try #require(try Replicates.run(script: Self.script, fileName: "e", count: 4, options: .init()))
        let b = try #require(try Replicates.run(script: Self.script, fileName: "e", count: 4, options: .init()))
        #expect(a == b)
    }

    @Test("summary: a flag's mean is the share of replicates; counts per category word add up")
    func summaryKinds() throws {
        let document = try Self.object(
            try #require(try Replicates.run(script: Self.script, fileName: "e", count: 5, options: .init())))
        let runs = try #require(document["replicates"] as? [[String: Any]])
        let shed = try #require(((document["summary"] as? [String: Any])?["facilities"] as? [[String: Any]])?.first)
        let types = try #require(shed["types"] as? [String: Int])
        #expect(types.values.reduce(0, +) == 5)
        let phases = try #require(shed["phases"] as? [String: Int])
        #expect(phases.values.reduce(0, +) == 5)
        let degraded = runs.compactMap { ($0["facilities"] as? [[String: Any]])?.first?["degraded"] as? Bool }
        let mean = try #require((shed["degraded"] as? [String: Any])?["mean"] as? Double)
        #expect(abs(mean - Double(degraded.filter { $0 }.count) / 5) < 1e-9)
        let done = runs.compactMap { ($0["facilities"] as? [[String: Any]])?.first?["completedAt"] as? Int }
        #expect(abs((shed["completedShare"] as? Double ?? -1) - Double(done.count) / 5) < 1e-9)
        #expect((shed["completedAt"] != nil) == !done.isEmpty)
    }
}
