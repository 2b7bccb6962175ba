import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// `compare` on a projector (issue 7 tryouts): only the outcomes that differ, a week-by-week
/// table whose header says which run each column is and what each field means, and run names
/// that are exact, a near miss or a prefix of one run offered as what was meant.
@Suite struct CompareReadabilityTests {
    static func twins(_ language: Language, width: Int = 60) throws -> Session {
        let s = Session(options: .init(language: language, width: width))
        for line in [
            "run 10", "fork care", "intervene emotional-care on garden strength 0.9", "run 20", "switch main", "run 20",
        ] {
            _ = try s.execute(line: line, emit: { _ in })
        }
        return s
    }

    static func out(_ s: Session, _ line: String) throws -> [String] {
        var lines: [String] = []
        _ = try s.execute(line: line, emit: { lines.append($0) })
        return lines
    }

    @Test func onlyDifferingOutcomesAreListed() throws {
        let s = try Self.twins(.en)
        let all = try Self.out(s, "compare main care all")
        #expect(!all.contains { $0.hasPrefix("  residents ") || $0.hasPrefix("  activists ") })
        #expect(all.contains { $0.hasPrefix("  active interventions ") })
        #expect(all.contains { $0.hasPrefix("  (") && $0.hasSuffix("outcomes equal in both runs are left out)") })
        #expect(all.allSatisfy { Format.cells($0) <= 60 })
        // Without `all`, only the key outcomes (not the count of interventions), and a line that
        // says how many others differ and how to list them.
        let key = try Self.out(s, "compare main care")
        #expect(
            !key.contains { $0.hasPrefix("  active interventions ") }
                && key.contains { $0.hasPrefix("  garden active ") })
        #expect(key.contains { $0.hasPrefix("  (key outcomes only: ") })
        #expect(key.allSatisfy { Format.cells($0) <= 60 })
    }

    /// When no key outcome differs but others do, no empty table: the line says so.
    @Test(arguments: Language.allCases)
    func noKeyOutcomeDiffers(_ language: Language) throws {
        let s = Session(options: .init(language: language))
        for line in ["fork b", "intervene outreach on shed"] { _ = try s.execute(line: line, emit: { _ in }) }
        let out = try Self.out(s, "compare main b")
        #expect(!out.contains { $0.hasPrefix(language == .zh ? "  结果 " : "  outcome ") }, "\(out)")
        let text = out.joined(separator: " ").replacing(/\s+/, with: " ")
        #expect(
            text.contains(
                language == .zh
                    ? "（主要结果两边相同；另有 2 项不同、"
                    : "(the key outcomes are equal: 2 others differ and "), "\(text)")
        #expect(text.contains("`compare main b all`"))
        // The two: the count of interventions, the community's and the shed's.
        let all = try Self.out(s, "compare main b all")
        #expect(all.contains { $0.hasPrefix(language == .zh ? "  生效干预数 " : "  active interventions ") }, "\(all)")
        #expect(
            all.contains { $0.hasPrefix(language == .zh ? "  shed 生效干预数 " : "  shed active interventions ") }, "\(all)")
    }

    @Test(arguments: Language.allCases)
    func overWeeksSaysWhichRunEachColumnIs(_ language: Language) throws {
        let out = try Self.out(Self.twins(language), "compare main care over weeks participation garden.active")
        let header = try #require(out.firstIndex { $0.hasPrefix(language == .zh ? "  周 " : "  week ") })
        #expect(out[header].split(separator: " ") == [language == .zh ? "周" : "week", "main", "care", "main", "care"])
        // The fields head their columns by their labels, in the session's language (no code names
        // in Chinese: a student's tryout); the lines above give each field as typed.
        #expect(
            out[header - 1].trimmingCharacters(in: .whitespaces).components(separatedBy: "  ")
                == (language == .zh ? ["社区曾参与率", "garden 当前参与人数"] : ["community ever-joined share", "garden active"]))
        // Each field's meaning and unit.
        let text = out.joined(separator: " ")
        #expect(text.contains(language == .zh ? "participation：社区曾参与率" : "participation: community ever-joined share"))
        #expect(out.allSatisfy { Format.cells($0) <= 60 })
    }

    @Test func aPrefixOfOneRunIsOfferedAndNeverTaken() throws {
        let s = try Self.twins(.en)
        do {
            _ = try Self.out(s, "compare ma care")
            Issue.record("a prefix was taken as a run name")
        } catch {
            let d = try #require(error as? LocatedDiagnostic)
            #expect(d.diagnostic.message == .unknown(.run, name: "ma"))
            #expect(d.diagnostic.hint == .didYouMean("main"))
        }
    }
}
