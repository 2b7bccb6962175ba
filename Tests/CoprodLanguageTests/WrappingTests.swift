import CoprodTestSupport
import Testing

@testable import CoprodLanguage

/// Long lines wrap to the session's width in both languages, by display width; tables and code
/// that fit keep their layout.
@Suite struct WrappingTests {
    static func cells(_ line: String) -> Int { Format.cells(line) }

    @Test(arguments: Language.allCases)
    func helpAndNotesFitANarrowSession(language: Language) throws {
        let session = Session(options: Session.Options(language: language, width: 44))
        var out: [String] = []
        for line in ["help", "help run", "help export", "show shed", "typology", "intervene outreach on shed"] {
            _ = try session.execute(line: line, emit: { out.append($0) })
        }
        // The syntax and example lines too: they break at their spaces, under themselves.
        for line in out { #expect(Self.cells(line) <= 44, "wider than 44 cells: \(line)") }
    }

    /// On a terminal narrower than the 78 columns a step report is laid out for (a window made
    /// smaller in front of a class), its lines wrap under their text; at 78 they keep one line per
    /// level.
    @Test(arguments: Language.allCases)
    func stepReportsWrapOnANarrowTerminal(language: Language) throws {
        let narrow = Session(options: Session.Options(language: language, width: 60))
        let wide = Session(options: Session.Options(language: language, width: 78))
        var narrowLines: [String] = []
        var wideLines: [String] = []
        _ = try narrow.execute(line: "run 12", emit: { narrowLines.append($0) })
        _ = try wide.execute(line: "run 12", emit: { wideLines.append($0) })
        #expect(narrowLines.allSatisfy { Self.cells($0) <= 60 }, "\(narrowLines.filter { Self.cells($0) > 60 })")
        if wideLines.contains(where: { Self.cells($0) > 60 }) { #expect(narrowLines.count > wideLines.count) }
        if language == .en { #expect(wideLines.contains { Self.cells($0) > 60 }) }
        // The same words, only broken differently (Chinese also breaks between characters).
        func words(_ lines: [String]) -> [Substring] { lines.joined(separator: " ").split(separator: " ") }
        if language == .en { #expect(words(narrowLines) == words(wideLines)) }
        // A continuation starts under the text of its level, not at the margin.
        if language == .en {
            let label = "  behavioural  "
            let k = try #require(narrowLines.firstIndex { $0.hasPrefix(label) })
            #expect(narrowLines[k + 1].hasPrefix(String(repeating: " ", count: Self.cells(label))))
        }
    }

    /// On a terminal wider than 78 columns a step report line longer than the terminal wraps too
    /// (a tryout at 90 columns saw three facilities in maintenance, in Chinese, cut mid-number);
    /// output that is not a terminal (width 78) keeps one line per level.
    @Test func stepReportLinesLongerThanAWideTerminalWrap() throws {
        func report(width: Int) throws -> [String] {
            let s = Session(options: Session.Options(language: .zh, width: width))
            var lines: [String] = []
            _ = try s.execute(line: "run 200", emit: { lines.append($0) })
            return lines
        }
        let plain = try report(width: 78)
        let production = try #require(plain.first { $0.hasPrefix("  生产过程") })
        #expect(Self.cells(production) > 84, "three facilities in maintenance: \(production)")
        let terminal = try report(width: 84)
        #expect(terminal.allSatisfy { Self.cells($0) <= 84 }, "\(terminal.filter { Self.cells($0) > 84 })")
        #expect(terminal.count == plain.count + 1)
    }

    @Test func tableRowsHangUnderTheirSecondColumn() {
        let row = "  typology       把每个设施（或指定的一个设施）放入 coprod 的类型划分，并给出背后的数值。"
        let lines = TextRenderer.hanging(row, width: 50)
        #expect(lines.count > 1)
        #expect(
            lines.dropFirst().allSatisfy {
                $0.hasPrefix(String(repeating: " ", count: 17)) && !$0.hasPrefix(String(repeating: " ", count: 18))
            })
        #expect(lines.allSatisfy { Self.cells($0) <= 50 })
        // A line that fits is left alone, double spaces and all.
        #expect(TextRenderer.hanging("  a    b", width: 50) == ["  a    b"])
    }

    /// Closing punctuation never starts a line, and never runs past the width.
    @Test func closingPunctuationMovesDownWithWhatItCloses() {
        let text = "一二三四五六七八（九）。十"
        for width in 6...20 {
            let lines = TextRenderer.wrap(text, width: width)
            #expect(lines.joined() == text)
            for line in lines {
                #expect(Self.cells(line) <= width, "width \(width): \(lines)")
                #expect(!"，。、；：？！）".contains(line.first ?? "x"), "width \(width): \(lines)")
            }
        }
    }

    /// A code span between backticks is never broken inside; an unpaired backtick is a character.
    @Test func codeSpansStayWhole() {
        let text = "先输入 `answer` 和你的猜想，如 `answer 上升`，再试命令"
        for width in 12...40 {
            let lines = TextRenderer.wrap(text, width: width)
            #expect(lines.contains { $0.contains("`answer 上升`") }, "width \(width): \(lines)")
        }
        #expect(TextRenderer.wrap("a `b c d e f", width: 6) == ["a `b c", "d e f"])
    }
}
