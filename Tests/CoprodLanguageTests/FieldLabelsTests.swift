import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// Result lines name a metric by its label in both languages (one table, `Terms.metrics`), with
/// the field as typed once where the Chinese side shows it; `help FIELD` explains every metric of
/// the registry; every text that names an intervention kind takes the name from one table
/// (`Terms.kindName`, the glossary's term).
@Suite struct FieldLabelsTests {
    /// The trainer's tryout: a twin with emotional care on the shed from week 0, both at week 52.
    static func tryout(_ language: Language) -> Session {
        let s = CommandTest.session(language)
        for line in ["run 52", "fork care", "goto 0", "intervene emotional-care on shed strength 0.8 from 0", "run 52"]
        {
            CommandTest.run(s, line)
        }
        return s
    }

    @Test("compare shows readable labels in English and Chinese", arguments: Language.allCases)
    func compareLabels(_ language: Language) {
        CommandTest.snapshot("compare-labels", language, ["compare"], session: Self.tryout(language))
        let out = CommandTest.run(Self.tryout(language), "compare").joined(separator: "\n")
        for code in ["socialCapital", "largestGap", "shed.everJoined", "governmentWork", "  participation "] {
            #expect(!out.contains(code), "compare shows the code name \(code)")
        }
        let labels =
            language == .en
            ? [
                "social capital", "largest participation gap", "shed ever-joined share", "shed type",
                "types: II guided co-construction, IV autonomous co-creation",
            ]
            : ["社会资本", "最大参与差距", "shed 曾参与率", "引导共建型", "自主共创型"]
        for label in labels { #expect(out.contains(label), "\(out)") }
    }

    /// The English result lines mirror the Chinese: the label, then the field as typed once.
    @Test func englishResultLinesNameTheirField() {
        let s = CommandTest.session()
        CommandTest.run(s, "run 20")
        #expect(CommandTest.run(s, "mean efficacy").first == "mean self-efficacy (efficacy): 0.514 (sd 0.182, n 400)")
        #expect(CommandTest.run(s, "hist trust").first?.hasPrefix("trust: 400 residents") == true, "not trust (trust)")
        #expect(CommandTest.run(s, "plot largestGap").first == "largest participation gap (largestGap), weeks 0–20")
        let watch = CommandTest.run(s, "watch socialCapital shed.everJoined").joined(separator: " ")
        #expect(
            watch.replacing(/\s+/, with: " ").hasPrefix(
                "watching social capital (socialCapital), shed ever-joined share (shed.everJoined)") == true, "\(watch)"
        )
    }

    /// Every metric of the registry has a `help` page, bare, after a facility, and by its label in
    /// each language, and the page's example runs on the default scenario.
    @Test("help FIELD for every metric", arguments: Language.allCases)
    func helpForEveryMetric(_ language: Language) throws {
        let s = CommandTest.session(language)
        CommandTest.run(s, "run 10")
        for m in MetricRegistry.all {
            let perFacility = m.level == .facility || m.level == .residentFacility
            let t = try #require(Terms.metrics[m.key], "\(m.key) has no words")
            // A bare name that is also a topic gets the topic (`help interventions`), and an apostrophe
            // starts a quoted text (`residents' work`): those are reached the other ways.
            var words =
                [t.name.zh] + [m.name, t.name.en].filter { !$0.contains("'") && HelpCatalogue.entry(named: $0) == nil }
            if perFacility { words += ["shed.\(m.name)", "shed \(t.name.zh)"] }
            for word in words {
                // (Wrapped lines joined again.)
                let page = CommandTest.run(s, "help \(word)").joined(separator: " ")
                    .replacing(/\s+/, with: language == .zh ? "" : " ")
                let doc = t.doc[language].replacing(/\s+/, with: language == .zh ? "" : " ")
                #expect(page.contains(doc), "help \(word) lacks the doc of \(m.key):\n\(page)")
            }
            let page = CommandTest.run(s, "help " + (perFacility ? "shed.\(m.name)" : m.name))
            let label = language == .zh ? "  示例：" : "  example: "
            let example = try #require(page.first { $0.hasPrefix(label) }, "\(m.key): \(page)")
            CommandTest.run(s, String(example.dropFirst(label.count)))
        }
    }

    @Test func helpFieldPages() {
        CommandTest.snapshot(
            "help-field", .en, ["help largestGap", "help shed.everJoined", "help trust", "help 最大参与差距"])
        CommandTest.snapshot(
            "help-field", .zh, ["help largestGap", "help shed 曾参与率", "help trust", "help 最大参与差距"])
        CommandTest.expectError(
            CommandTest.session(), "help largestGapp", column: 6, en: "did you mean 'largestGap'?", zh: "'largestGap'")
    }

    @Test func tabOffersFieldsAfterHelp() {
        let s = CommandTest.session()
        #expect(s.completions(for: "help largest") == ["largestGap"])
        #expect(s.completions(for: "help shed.everJ") == ["shed.everJoined"])
        #expect(s.completions(for: "help ").contains("intervene") && s.completions(for: "help ").contains("shed."))
    }

    /// Every place that names an intervention kind uses ``Terms/kindName(_:)``, and that table is the
    /// glossary's term; no other name of a kind (the old variants) is printed.
    @Test("one name per intervention kind", arguments: Language.allCases)
    func kindNamesFromOneTable(_ language: Language) throws {
        let zh = language == .zh
        let stale =
            zh
            ? ["（激励）", "（培训）", "能力建设", "（宣传）", "—— 宣传", "技术创新"]
            : ["material rewards", "technological innovation", "emotional engagement", "(情感关怀)", "(增能)", "(议事会)"]
        let helpIntervene = CommandTest.run(CommandTest.session(language), "help intervene").joined()
        let helpInterventions = CommandTest.run(CommandTest.session(language), "help interventions").joined()
        for kind in InterventionKind.allCases {
            let name = Terms.kindName(kind)[language]
            let glossary = try #require(Glossary.entry(kind.rawValue), "\(kind) has a glossary entry")
            let term = glossary.term[language]
            let bare = String(term[..<(term.firstIndex(of: zh ? "（" : "(") ?? term.endIndex)])
                .trimmingCharacters(in: .whitespaces)
            #expect(name == bare, "\(kind): '\(name)' is not the glossary's '\(term)'")
            let written = zh ? "\(kind.rawValue)（\(name)" : "\(kind.rawValue) (\(name)"
            #expect(helpIntervene.replacing(/\s+/, with: zh ? "" : " ").contains(written), "help intervene: \(kind)")
            #expect(
                helpInterventions.replacing(/\s+/, with: zh ? "" : " ").contains(written), "help interventions: \(kind)"
            )

            let s = CommandTest.session(language)
            let added = CommandTest.run(s, "intervene \(kind.rawValue) on shed strength 0.8").joined(separator: " ")
            let shown = CommandTest.run(s, "show interventions").joined(separator: " ")
            CommandTest.run(s, "run 30")
            let explained = CommandTest.run(s, "explain 1 shed").joined(separator: " ")
            CommandTest.run(s, "fork twin")
            let compared = CommandTest.run(s, "compare main twin all").joined(separator: " ")
            let space = zh ? "" : " "
            for (place, text) in [("intervene", added), ("show interventions", shown)] {
                #expect(text.replacing(/\s+/, with: space).contains(name), "\(place) lacks '\(name)': \(text)")
            }
            for (place, text) in [
                ("help intervene", helpIntervene), ("help interventions", helpInterventions), ("intervene", added),
                ("show interventions", shown), ("explain", explained), ("compare", compared),
            ] {
                for old in stale {
                    #expect(!text.replacing(/\s+/, with: space).contains(old), "\(place) names a kind '\(old)'")
                }
            }
        }
    }
}
