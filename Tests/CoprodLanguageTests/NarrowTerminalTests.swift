import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// What a projector's 60-column terminal shows (issue 7's tryouts: text was cut mid-word by the
/// terminal): every line fits, breaks fall at word boundaries (Chinese between characters, never
/// inside a code word or before closing punctuation), continuation lines start under their text.
/// Golden snapshots `narrow-60.LANGUAGE.txt`.
@Suite struct NarrowTerminalTests {
    static let width = 60

    static func session(_ language: Language) -> Session {
        Session(
            options: .init(
                directory: temporaryFolder("coprod-narrow"), lessonDirectories: packageLessons,
                language: language, width: width))
    }

    static let commands = [
        "lesson", "help community", "help explain", "run 40", "explain 5 on lift", "explain 1 on shed",
        "show parameters", "intervene outreach on lift strength 0.6", "show interventions",
    ]

    /// The words of `lines` as they would read unwrapped: the same words in the same order, none
    /// cut in two.
    /// (A table too wide for the terminal joins its last columns with a comma: commas are left out.)
    /// (Chinese breaks between characters: pieces that meet at Chinese characters join.)
    static func words(_ lines: [String]) -> [String] {
        let pieces = lines.joined(separator: " ").split(separator: " ").map { String($0.filter { $0 != "," }) }
            .filter { !$0.isEmpty }
        var out: [String] = []
        for p in pieces {
            if let last = out.last?.last, let first = p.first, Format.cells(String(last)) == 2,
                Format.cells(String(first)) == 2
            {
                out[out.count - 1] += p
            } else {
                out.append(p)
            }
        }
        return out
    }

    @Test(arguments: Language.allCases)
    func everyLineFitsAndBreaksAtWords(_ language: Language) throws {
        let narrow = Self.session(language)
        let wide = Session(
            options: .init(
                directory: temporaryFolder("coprod-narrow"), lessonDirectories: packageLessons,
                language: language, width: 200))
        var narrowLines: [String] = []
        var wideLines: [String] = []
        for line in Self.commands {
            _ = try narrow.execute(line: line, emit: { narrowLines.append($0) })
            _ = try wide.execute(line: line, emit: { wideLines.append($0) })
        }
        for line in narrowLines {
            // A single word longer than the width (none here) is the only excuse.
            #expect(Format.cells(line) <= Self.width, "wider than \(Self.width): |\(line)|")
            #expect(!"，。、；：？！）".contains(line.trimmingPrefix(" ").first ?? "x"), "starts with punctuation: \(line)")
        }
        // English: the same words as on a wide terminal (paragraphs wrap at 78 there), none cut.
        if language == .en {
            let wideWords = Self.words(wideLines)
            let narrowWords = Self.words(narrowLines)
            let first = zip(narrowWords, wideWords).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            #expect(
                first == nil && narrowWords.count == wideWords.count,
                "first difference at word \(first ?? -1): \(narrowWords[max(0, (first ?? 0) - 3)..<min(narrowWords.count, (first ?? 0) + 3)]) / \(wideWords[max(0, (first ?? 0) - 3)..<min(wideWords.count, (first ?? 0) + 3)])"
            )
        }
        // Code words stay whole in Chinese too.
        let text = narrowLines.joined(separator: "\n")
        for code in ["commodity-estate", "performative", "0.246→0.363"] {
            #expect(text.contains(code), "\(code) was cut")
        }
        assertSnapshot(
            replTranscript(Self.session(language), Self.commands).joined(separator: "\n"),
            named: "narrow-60.\(language.rawValue)")
    }

    /// `coprod demo` shows each command after the prompt as if typed: a long one wraps under the
    /// command, not at the margin.
    @Test(arguments: Language.allCases)
    func aDemoEchoWrapsUnderItsCommand(_ language: Language) throws {
        let session = Session.empty(options: .init(language: language, width: Self.width))
        var out: [String] = []
        let script = """
            community "Yangguang" size 400 profile mixed seed 1
            facility lift publicness 0.2 salience 0.8 complexity 0.9 cost 400 visibility 0.5 serves building 1
            """
        _ = try session.runDemo(
            script, fileName: "narrow.coprod", emit: { out.append($0) }, interrupted: { false },
            atPause: { .proceed })
        let k = try #require(out.firstIndex { $0.hasPrefix("coprod w0> facility lift") })
        // Each key stays with its value (a number keeps its label).
        #expect(out[k] == "coprod w0> facility lift publicness 0.2")
        #expect(out[k + 1] == "           salience 0.8 complexity 0.9 cost 400")
        #expect(out[k + 2] == "           visibility 0.5 serves building 1")
        #expect(out.allSatisfy { Format.cells($0) <= Self.width })
    }

    /// A Chinese label is two cells a character: the continuation of a step report's level starts
    /// under its text (it started 4 cells short, under the label's second character).
    @Test func chineseTableContinuationsCountCells() {
        let lines = TextRenderer.hanging("  行为过程  新加入 +79（自主 26，动员 53），退出 55 · 参与率 18%", width: 50)
        #expect(lines.count == 2)
        #expect(
            lines[1].hasPrefix(String(repeating: " ", count: 12))
                && !lines[1].hasPrefix(String(repeating: " ", count: 13)))
    }

    /// A wide table keeps its leading columns aligned on a narrow terminal: its last cell wraps
    /// under its column, or, when that column would be too narrow, the last columns merge first.
    @Test func aTooWideTableMergesItsLastColumns() {
        let rows = [
            ["size", "1–10000000 residents", "default 400"],
            ["profile", "mixed | old-estate | commodity-estate", "default mixed"],
        ]
        #expect(Format.table(rows, width: 80, joiner: ", ") == Format.table(rows))
        #expect(
            Format.table(rows, width: 50, joiner: ", ") == [
                "  size     1–10000000 residents, default 400",
                "  profile  mixed | old-estate | commodity-estate,",
                "           default mixed",
            ])
        let sources = [["aDig", "0.25", "0…1", "spec §3; 刘淑妍 & 吕俊延 2021"], ["kIn", "6", "0…100", "spec §1"]]
        #expect(
            Format.table(sources, width: 40, joiner: ", ") == [
                "  aDig  0.25  0…1    spec §3; 刘淑妍 &",
                "                     吕俊延 2021",
                "  kIn   6     0…100  spec §1",
            ])
    }

    /// `coprod demo` reads the terminal's width before each command, as the REPL does: after a
    /// resize (120 → 60 columns at a pause) later output wraps to the new width.
    @Test func aDemoFollowsAResize() throws {
        let session = Session.empty(options: .init(language: .en, width: 120))
        var out: [String] = []
        var width = 120
        let script = """
            community size 40
            pause "Now make the window narrower."
            help community
            """
        _ = try session.runDemo(
            script, fileName: "resize.coprod", emit: { out.append($0) }, interrupted: { false },
            atPause: {
                width = 60
                return .proceed
            }, width: { width })
        let k = try #require(out.firstIndex { $0.hasPrefix("coprod w0> help community") })
        #expect(
            out[(k + 1)...].allSatisfy { Format.cells($0) <= 60 }, "\(out[(k + 1)...].filter { Format.cells($0) > 60 })"
        )
        #expect(out[(k + 1)...].contains { Format.cells($0) > 50 })
        #expect(session.options.width == 60)
    }
}
