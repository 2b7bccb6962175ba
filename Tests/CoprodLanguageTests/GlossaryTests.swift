import CoprodModel
import Foundation
import Testing

@testable import CoprodLanguage

/// True when `text` has at least one CJK ideograph (the basic block or extension A).
private func containsCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
}

/// The glossary is complete, bilingual, and the same as docs/GLOSSARY.md.
@Suite struct GlossaryTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func everyEntryIsBilingual() {
        #expect(!Glossary.entries.isEmpty)
        for e in Glossary.entries {
            #expect(!e.term.en.isEmpty && !e.term.zh.isEmpty, "\(e.key): empty term")
            #expect(!e.definition.en.isEmpty && !e.definition.zh.isEmpty, "\(e.key): empty definition")
            #expect(containsCJK(e.term.zh), "\(e.key): Chinese term has no Chinese")
            #expect(containsCJK(e.definition.zh), "\(e.key): Chinese definition has no Chinese")
            #expect(!containsCJK(e.term.en), "\(e.key): English term has Chinese in it")
            #expect(!e.source.isEmpty, "\(e.key): no source")
            for text in [e.term.en, e.term.zh, e.definition.en, e.definition.zh, e.source] {
                #expect(!text.contains("\n") && !text.contains("|"), "\(e.key): a line break or | in \(text)")
            }
        }
    }

    @Test func keysAreUniqueStableIdentifiers() {
        let keys = Glossary.entries.map(\.key)
        #expect(Set(keys).count == keys.count, "duplicate keys")
        for key in keys {
            #expect(key == key.lowercased() && !key.contains(" ") && !key.isEmpty, "bad key '\(key)'")
        }
    }

    /// The terms the project's Chinese texts rely on are all there, with the agreed Chinese.
    @Test func coreTermsHaveTheirChineseNames() throws {
        let expected: [(String, String)] = [
            ("co-production", "共同生产"), ("micro-infrastructure", "微基建"), ("self-efficacy", "自我效能感"),
            ("attitude", "态度"), ("subjective-norm", "主观规范"), ("perceived-behavioural-control", "知觉行为控制"),
            ("identification", "认同"), ("public-awareness", "公共意识"), ("trust", "信任"),
            ("place-attachment", "地方依恋"), ("social-capital", "社会资本"), ("mobilisation", "动员"),
            ("self-organisation", "自组织"), ("autonomous-participation", "自主参与"),
            ("initial-behaviour", "初始行为"), ("sustained-behaviour", "持续行为"), ("retention", "保持率"),
            ("production-outcomes", "生产结果"), ("production-process", "生产过程"),
            ("behavioural-process", "行为过程"), ("cognitive-process", "认知过程"),
            ("participation-method", "参与方式"), ("micro-infrastructure-attribute", "微基建属性"),
            ("publicness", "公共性"), ("salience", "显著性"), ("commons", "公共品"), ("livelihood", "民生"),
            ("type-i", "动员配合型"), ("type-ii", "引导共建型"), ("type-iii", "利益自助型"), ("type-iv", "自主共创型"),
            ("role-shift", "角色转变"), ("differentiated", "差异化管理"), ("tech-platform", "技术赋能"),
            ("emotional-care", "情感关怀"), ("regular-producer", "常规生产者"), ("co-producer", "共同生产者"),
            ("satisfaction", "满意度"), ("fatigue", "疲劳"), ("crowding-out", "挤出"), ("quality", "质量"),
            ("condition", "完好度"),
        ]
        for (key, zh) in expected {
            let entry = try #require(Glossary.entry(key), "no glossary entry '\(key)'")
            #expect(entry.term.zh.contains(zh), "\(key): '\(entry.term.zh)' does not contain '\(zh)'")
        }
    }

    /// Each phase's co-production stage, each intervention kind and each type has an entry.
    @Test func modelConceptsHaveEntries() {
        for phase in Phase.allCases {
            #expect(Glossary.entry(phase.coProductionStage) != nil, "no entry for \(phase.coProductionStage)")
        }
        for kind in InterventionKind.allCases {
            #expect(Glossary.entry(kind.rawValue) != nil, "no entry for intervention \(kind.rawValue)")
        }
        for type in FacilityType.allCases {
            #expect(Glossary.entry("type-\(type.rawValue.lowercased())") != nil, "no entry for type \(type.rawValue)")
        }
    }

    /// The Chinese of an intervention kind or a type is the same in the glossary and in `Terms`.
    @Test func glossaryAndTermsAgree() throws {
        for kind in Vocabulary.interventionKinds {
            let words = try #require(Terms.words["intervention.\(kind)"])
            let entry = try #require(Glossary.entry(kind))
            #expect(entry.term.zh.contains(words.name.zh), "\(kind): \(entry.term.zh) vs \(words.name.zh)")
        }
        for type in Vocabulary.facilityTypes {
            let words = try #require(Terms.words["type.\(type)"])
            let entry = try #require(Glossary.entry("type-\(type.lowercased())"))
            #expect(entry.term.zh.contains(words.name.zh), "\(type): \(entry.term.zh) vs \(words.name.zh)")
        }
    }

    @Test func lookupIgnoresCaseAndBlanksAndKnowsTheTerms() {
        #expect(Glossary.entry("  Self-Efficacy ")?.key == "self-efficacy")
        #expect(Glossary.entry("自我效能感")?.key == "self-efficacy")
        #expect(Glossary.entry("subjective norm")?.key == "subjective-norm")
        #expect(Glossary.entry("no-such-term") == nil)
        #expect(Glossary.entry("") == nil)
        let names: [(String, String)] = [
            ("技术赋能", "tech-platform"), ("技术平台", "tech-platform"), ("place attachment", "place-attachment"),
            ("社区依恋", "place-attachment"), ("公共意识", "public-awareness"), ("动员配合型", "type-i"),
            ("mobilised compliance", "type-i"), ("自主共创型", "type-iv"), ("co-assessment", "co-management"),
            ("共同评估", "co-management"), ("情感关怀", "emotional-care"), ("议事会", "council"),
        ]
        for (name, key) in names {
            #expect(Glossary.entry(name)?.key == key, "\(name) finds \(Glossary.entry(name)?.key ?? "nothing")")
        }
    }

    /// Each entry's own terms find that entry, so no two entries share a term.
    @Test func termsFindTheirOwnEntry() {
        for e in Glossary.entries {
            #expect(
                Glossary.entry(e.term.en)?.key == e.key,
                "\(e.term.en) finds \(Glossary.entry(e.term.en)?.key ?? "nothing")")
            #expect(
                Glossary.entry(e.term.zh)?.key == e.key,
                "\(e.term.zh) finds \(Glossary.entry(e.term.zh)?.key ?? "nothing")")
        }
    }

    /// Every table row of docs/GLOSSARY.md is an entry, cell for cell, and every entry has a row.
    @Test func documentMatchesTheEntries() throws {
        let text = try String(contentsOf: Self.root.appendingPathComponent("docs/GLOSSARY.md"), encoding: .utf8)
        var seen: [String] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) where line.hasPrefix("| `") {
            let cells = line.dropFirst(2).dropLast(2).components(separatedBy: " | ")
            try #require(cells.count == 6, "row with \(cells.count) cells: \(line)")
            let key = cells[0].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let entry = try #require(Glossary.entry(key), "docs/GLOSSARY.md row '\(key)' has no entry")
            #expect(entry.key == key, "row '\(key)' is not a key")
            #expect(cells[1] == entry.term.en, "\(key): English term differs")
            #expect(cells[2] == entry.term.zh, "\(key): Chinese term differs")
            #expect(cells[3] == entry.definition.en, "\(key): English definition differs")
            #expect(cells[4] == entry.definition.zh, "\(key): Chinese definition differs")
            #expect(cells[5] == entry.source, "\(key): source differs")
            seen.append(key)
        }
        #expect(seen == Glossary.entries.map(\.key), "docs/GLOSSARY.md lists other entries, or in another order")
    }
}
