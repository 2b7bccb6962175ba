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
        // The prompt counts once: the first line is filled as far as the terminal's width.
        #expect(out[k] == "coprod w0> facility lift publicness 0.2 salience 0.8")
        #expect(out[k + 1] == "           complexity 0.9 cost 400 visibility 0.5")
        #expect(out[k + 2] == "           serves building 1")
        #expect(out.allSatisfy { Format.cells($0) <= Self.width })
    }

    /// Colour does not change the layout: a demo's pause (bold) and a warning (coloured) break
    /// where they do without colour. The escape codes once counted as cells, so a line that fitted
    /// was broken a second time on a colour terminal (`先看不采` / `取任` / `何策略的两年`).
    @Test(arguments: Language.allCases, [40, 60, 80])
    func colourKeepsTheLayout(_ language: Language, width: Int) throws {
        let lines = [
            "pause \"A charging shed, proposed by the government, for 400 residents. First: two years with no "
                + "strategy.\" zh \"政府提出的电动车充电车棚，服务 400 位居民。先看不采取任何策略的两年。\"",
            "count residents where trust > 80",
        ]
        func output(colour: Bool) throws -> [String] {
            var options = Session.Options(language: language, width: width)
            options.colour = colour
            let session = Session(options: options)
            var out: [String] = []
            for line in lines { _ = try session.execute(line: line, emit: { out.append($0) }) }
            return out
        }
        let plain = try output(colour: false)
        let coloured = try output(colour: true)
        #expect(coloured.joined().contains("\u{1B}[1m»"))
        let stripped = coloured.map { $0.replacing(#/\x{1B}\[[0-9;]*m/#, with: "") }
        #expect(stripped == plain)
        #expect(plain.allSatisfy { Format.cells($0) <= width })
    }

    @Test func escapeCodesTakeNoCells() {
        #expect(Format.cells("\u{1B}[1m» 先看\u{1B}[0m") == 6)
        #expect(Format.cells("\u{1B}[1;31merror:\u{1B}[0m x") == 8)
        #expect(Format.cells("\u{1B}7ab\u{1B}8") == 2)
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
