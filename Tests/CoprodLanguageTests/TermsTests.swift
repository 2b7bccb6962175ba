import CoprodModel
import Foundation
import Testing

@testable import CoprodLanguage

/// True when `text` has at least one CJK ideograph (the basic block or extension A).
private func containsCJK(_ text: String) -> Bool {
    text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3400...0x4DBF).contains($0.value) }
}

/// Every metric, setting and category word of the language has its name and doc in both languages.
@Suite struct TermsTests {
    /// The keys each table must have: LEVEL.NAME for every word of the Vocabulary's lists.
    static let expectedMetrics: Set<String> = Set(
        Vocabulary.modelFields.map { "community.\($0)" } + Vocabulary.modelFacilityFields.map { "facility.\($0)" }
            + Vocabulary.residentFields.map { "resident.\($0)" }
            + Vocabulary.residentFacilityFields.map { "residentFacility.\($0)" })

    static let expectedSettings: Set<String> = Set(
        Vocabulary.communityKeys.map { "community.\($0)" } + Vocabulary.residentKeys.map { "resident.\($0)" }
            + Vocabulary.facilityKeys.map { "facility.\($0)" } + Vocabulary.governmentKeys.map { "government.\($0)" }
            + Vocabulary.interventionKeys.map { "intervention.\($0)" }
            + Parameters.catalogue.map { "parameter.\($0.name)" } + ["typology.autonomy", "typology.publicness"])

    static let expectedWords: Set<String> = Set(
        Vocabulary.profiles.map { "profile.\($0)" } + Vocabulary.ages.map { "age.\($0)" }
            + Vocabulary.tenures.map { "tenure.\($0)" } + Vocabulary.initiators.map { "initiator.\($0)" }
            + Vocabulary.stages.map { "stage.\($0)" } + Vocabulary.channels.map { "channel.\($0)" }
            + Vocabulary.phases.map { "phase.\($0)" } + Vocabulary.facilityTypes.map { "type.\($0)" }
            + Vocabulary.interventionKinds.map { "intervention.\($0)" }
            + Vocabulary.servesScopes.map { "serves.\($0)" }
            + ["method.mobilised", "method.self-organised", "attribute.livelihood", "attribute.commons"])

    static func expectComplete(_ table: [String: TermWords], _ expected: Set<String>, _ what: String) {
        for key in expected.sorted() {
            #expect(table[key] != nil, "\(what) '\(key)' has no words")
        }
        for key in Set(table.keys).subtracting(expected).sorted() {
            #expect(Bool(false), "\(what) '\(key)' is not a word of the language")
        }
        for (key, words) in table {
            #expect(!words.name.en.isEmpty && !words.name.zh.isEmpty, "\(key): empty name")
            #expect(!words.doc.en.isEmpty && !words.doc.zh.isEmpty, "\(key): empty doc")
            #expect(containsCJK(words.name.zh), "\(key): Chinese name has no Chinese")
            #expect(containsCJK(words.doc.zh), "\(key): Chinese doc has no Chinese")
            #expect(!containsCJK(words.name.en) && !containsCJK(words.doc.en), "\(key): English has Chinese in it")
            for text in [words.name.en, words.name.zh, words.doc.en, words.doc.zh] {
                #expect(!text.contains("\n"), "\(key): the doc is more than one line")
            }
        }
    }

    @Test func everyMetricHasWords() { Self.expectComplete(Terms.metrics, Self.expectedMetrics, "metric") }

    @Test func everySettingHasWords() { Self.expectComplete(Terms.settings, Self.expectedSettings, "setting") }

    @Test func everyCategoryWordHasWords() { Self.expectComplete(Terms.words, Self.expectedWords, "word") }

    /// A number as the docs write it: a whole number with thousands separators (100,000).
    static func written(_ x: Double) -> String {
        guard x == x.rounded(), abs(x) < 1e15 else { return "\(x)" }
        var digits = String(Int(abs(x)))
        var out = ""
        while digits.count > 3 {
            out = "," + digits.suffix(3) + out
            digits.removeLast(3)
        }
        return (x < 0 ? "-" : "") + digits + out
    }

    /// A parameter's doc states its range as the catalogue has it.
    @Test func parameterDocsStateTheirRange() throws {
        for entry in Parameters.catalogue {
            let words = try #require(Terms.settings["parameter.\(entry.name)"])
            let range = "\(Self.written(entry.range.lowerBound))–\(Self.written(entry.range.upperBound))"
            #expect(words.doc.en.contains(range), "\(entry.name): '\(words.doc.en)' does not say \(range)")
            #expect(words.doc.zh.contains(range), "\(entry.name): '\(words.doc.zh)' does not say \(range)")
        }
    }

    /// Aliases are single words of the language and name an intervention kind, a type or a
    /// category word.
    @Test func aliasesNameCanonicalWords() throws {
        let categories =
            Vocabulary.ages + Vocabulary.tenures + Vocabulary.profiles + Vocabulary.initiators
            + Vocabulary.phases + Vocabulary.stages + Vocabulary.channels + Vocabulary.votes
        let canonical = Set(Vocabulary.interventionKinds + Vocabulary.facilityTypes + categories)
        let reserved = Set(Vocabulary.allCommands + Vocabulary.interventionKinds + Vocabulary.facilityTypes)
        #expect(!Terms.aliases.isEmpty)
        for (alias, word) in Terms.aliases {
            #expect(canonical.contains(word), "alias \(alias) → \(word), which is not a kind, a type or a category")
            #expect(containsCJK(alias), "alias \(alias) is not Chinese")
            #expect(!reserved.contains(alias), "alias \(alias) is already a word of the language")
            let tokens = try Lexer.tokenize(alias, lineNumber: 1)
            #expect(tokens.count == 1 && tokens.first?.kind == .word(alias), "alias \(alias) is not read as one word")
        }
        for kind in Vocabulary.interventionKinds {
            let zh = try #require(Terms.words["intervention.\(kind)"]).name.zh
            #expect(Terms.aliases[zh] == kind, "the Chinese name \(zh) of \(kind) is not an alias")
        }
        for type in Vocabulary.facilityTypes {
            let zh = try #require(Terms.words["type.\(type)"]).name.zh
            #expect(Terms.aliases[zh] == type, "the Chinese name \(zh) of type \(type) is not an alias")
        }
    }
}
