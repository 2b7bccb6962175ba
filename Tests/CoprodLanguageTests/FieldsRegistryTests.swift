import CoprodLanguage
import CoprodModel
import Foundation
import Testing

/// Fields, completion and `help fields` derive from the metric registry: every metric resolves
/// where its level allows, and `aware` and `entries` reach every listing through the registry alone.
@Suite("Fields from the metric registry")
struct FieldsRegistryTests {
    /// A session on the default scenario after 30 weeks.
    static func session() -> Session {
        let s = Session()
        _ = transcript(s, ["step 30"])
        return s
    }

    static func failed(_ out: [String]) -> Bool { out.contains { $0.contains("error:") } }

    @Test("every community and facility metric works in run until; every numeric one in mean")
    func modelMetricsResolve() {
        let s = Self.session()
        for metric in MetricRegistry.community {
            let out = transcript(s, ["run until \(metric.name) >= 0 max 1"])
            #expect(!Self.failed(out), "\(metric.name): \(out)")
        }
        for metric in MetricRegistry.facility {
            let condition: String
            if case .category(let words) = metric.kind {
                // The last word: a phase the shed has not left (phases only move forward).
                condition = "shed.\(metric.name) = \(words[words.count - 1])"
            } else {
                condition = "shed.\(metric.name) >= 0"
            }
            let out = transcript(s, ["run until \(condition) max 1", "count where \(condition)"])
            #expect(!Self.failed(out), "\(metric.name): \(out)")
            if case .category = metric.kind { continue }
            let mean = transcript(s, ["mean shed.\(metric.name)"])
            #expect(!Self.failed(mean), "\(metric.name): \(mean)")
        }
    }

    @Test("every resident and resident × facility metric works over residents")
    func residentMetricsResolve() {
        let s = Self.session()
        for metric in MetricRegistry.resident + MetricRegistry.residentFacility {
            let name = metric.level == .resident ? metric.name : "shed.\(metric.name)"
            let line: String
            if case .category(let words) = metric.kind {
                line = "rate \(name) = \(words[0])"
            } else {
                line = "mean \(name)"
            }
            let out = transcript(s, [line])
            #expect(!Self.failed(out), "\(name): \(out)")
        }
    }

    @Test("mean shed.retention is the week's retention, with a note that it is one value for everyone")
    func facilityMetricOverResidents() throws {
        let s = Self.session()
        let out = transcript(s, ["mean shed.retention"])
        let retention = s.model.outcomes.facilities[0].retention
        #expect(
            out.first == "mean shed retention (shed.retention): \(String(format: "%.3f", retention)) (sd 0.000, n 400)")
        // (The note wraps to the width, under itself.)
        #expect(out.dropFirst().joined(separator: " ").contains("note: shed retention is a facility metric") == true)
        #expect(out.count == 3)
        // A resident's own field is not noted; a resident field shadows a community metric.
        #expect(transcript(s, ["mean shed.satisfaction"]).count == 1)
        #expect(transcript(s, ["mean efficacy"]).count == 1)
        let filtered = transcript(s, ["count where shed.phase = construction"])
        #expect(filtered.first == "residents where shed.phase = construction: 400")
    }

    @Test("error texts and did-you-mean are those of 0.1")
    func errors() {
        let s = Self.session()
        let out = transcript(
            s,
            [
                "mean retention", "run until shed.retension > 0", "count where shed", "run until bogus > 1",
                "mean kiosk.stage", "count by shed.quality",
            ])
        #expect(out[0].contains("'retention' needs a facility") && out[0].contains("e.g. shed.retention"))
        #expect(out[1].contains("unknown facility field 'retension'") && out[1].contains("did you mean 'retention'?"))
        #expect(out[2].contains("'shed' is a facility, not a field"))
        #expect(out[3].contains("unknown field 'bogus'"))
        #expect(out[4].contains("unknown facility 'kiosk'"))
        #expect(out[5].contains("cannot group by 'shed.quality': it is a continuous number"))
    }

    @Test("completion and help fields list every metric, aware and entries included")
    func listings() throws {
        let s = Self.session()
        let modelWords = s.completions(for: "run until shed.")
        let residentWords = s.completions(for: "mean shed.")
        for metric in MetricRegistry.facility {
            #expect(modelWords.contains("shed.\(metric.name)"), "run until: \(metric.name)")
            #expect(residentWords.contains("shed.\(metric.name)"), "mean: \(metric.name)")
        }
        for metric in MetricRegistry.residentFacility { #expect(residentWords.contains("shed.\(metric.name)")) }
        let plainModel = s.completions(for: "run until ")
        for metric in MetricRegistry.community { #expect(plainModel.contains(metric.name)) }
        let plainResident = s.completions(for: "count where ")
        for metric in MetricRegistry.resident { #expect(plainResident.contains(metric.name)) }
        let help = try #require(HelpCatalogue.entry(named: "fields")).summary.en
        for metric in MetricRegistry.all {
            let written =
                metric.level == .facility || metric.level == .residentFacility ? "F.\(metric.name)" : metric.name
            #expect(help.contains(written), "help fields lacks \(written)")
        }
        #expect(help.contains("F.aware") && help.contains("F.entries"))
        #expect(Vocabulary.modelFacilityFields.contains("aware") && Vocabulary.modelFacilityFields.contains("entries"))
    }
}
