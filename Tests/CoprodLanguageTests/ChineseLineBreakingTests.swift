import CoprodModel
import Testing

@testable import CoprodLanguage

/// The shared wrapping routine follows the usual rules of Chinese line breaking (UAX #14, W3C
/// clreq): no break inside a glossary term, between a number and its unit or label, before
/// closing or after opening punctuation; widths in cells (a Chinese character is two). English
/// still breaks at spaces only, and a number stays with its label there too.
@Suite struct ChineseLineBreakingTests {
    static let widths = [20, 40, 60]

    static func cells(_ line: String) -> Int { Format.cells(line) }

    /// `text` with `filler` characters before it, so that over the offsets `text` falls at every
    /// place of a line, across each line end.
    static func shifted(_ text: String, by offset: Int) -> String {
        String(repeating: "的", count: offset) + text
    }

    /// The tryout's three splits at 60 columns, and the same words at 20 and 40.
    @Test(arguments: widths)
    func theTryoutsSplitsNoLongerHappen(width: Int) {
        for sample in ["社区曾参与率", "可见度", "27 人"] {
            for offset in 0..<(width / 2 + 2) {
                let text = Self.shifted("，" + sample + " 是一个例子。", by: offset)
                let lines = TextRenderer.wrap(text, width: width)
                #expect(lines.contains { $0.contains(sample) }, "width \(width), offset \(offset): \(lines)")
                #expect(lines.allSatisfy { Self.cells($0) <= width }, "width \(width): \(lines)")
            }
        }
    }

    /// A Chinese student's tryout at 60 columns: `上升、下 / 降` and `停留在转变后的位 / 置` broke
    /// inside common words the catalogue does not hold, `set / typology.autonomy` split a command
    /// from its argument. None of them breaks now, wherever it falls.
    @Test(arguments: widths)
    func commonWordsAndACommandWithItsArgumentStayWhole(width: Int) {
        for (sample, whole) in [
            ("或上升、下降、不变，", ["上升", "下降", "不变"]), ("角色会停留在转变后的位置。", ["位置"]),
            ("先输入 set typology.autonomy 0.4，再输入 typology", ["set typology.autonomy"]),
        ] {
            for offset in 0..<(width / 2 + 2) {
                let lines = TextRenderer.wrap(Self.shifted(sample, by: offset), width: width)
                for word in whole where Self.cells(word) <= width {
                    #expect(lines.contains { $0.contains(word) }, "width \(width), offset \(offset): \(lines)")
                }
                #expect(lines.allSatisfy { Self.cells($0) <= width }, "width \(width): \(lines)")
            }
        }
        // English prose after a command word still breaks there: `set` is not code before `the`.
        #expect(LineBreaking.join("set", "the", gap: 1) == .free)
        #expect(LineBreaking.join("run", "alone.", gap: 1) == .free)
        #expect(LineBreaking.join("set", "typology.autonomy", gap: 1) == .avoid)
        #expect(LineBreaking.join("show", "shed", gap: 1) == .avoid)
    }

    /// Every term of the glossary, and the Chinese names of the metrics, settings and category
    /// words, stays on one line wherever it falls, unless it is wider than the line.
    @Test(arguments: widths)
    func catalogueTermsAreNeverBrokenInside(width: Int) {
        let names =
            Glossary.entries.map(\.term.zh) + Terms.metrics.values.map(\.name.zh)
            + Terms.words.values.map(\.name.zh) + Words.chineseVocabulary
        let runs = Set(
            names.flatMap {
                $0.split(whereSeparator: { !($0.isLetter && Format.cells(String($0)) == 2) }).map(String.init)
            }
        ).filter { $0.count >= 2 && Format.cells($0) <= width }
        #expect(runs.count > 100)
        for term in runs.sorted() {
            let span = Format.cells(term) / 2
            for offset in stride(from: max(0, width / 2 - span - 1), through: width / 2 + 1, by: 1) {
                let lines = TextRenderer.wrap(Self.shifted(term + "。", by: offset), width: width)
                #expect(lines.contains { $0.contains(term) }, "'\(term)' split at width \(width): \(lines)")
            }
        }
    }

    /// The unbreakable terms come from the catalogue: the glossary, `Terms` and `Words`.
    @Test func theTermsAreTheCatalogues() {
        for term in ["社区曾参与率", "可见度", "自我效能感", "主观规范", "知觉行为控制", "共同生产", "孪生运行", "老旧小区", "角色转变"] {
            #expect(LineBreaking.terms.contains(term), "\(term)")
        }
        for entry in Glossary.entries {
            // `公共意识（责任意识）` and `I 动员配合型` give their Chinese runs.
            for run in entry.term.zh.split(whereSeparator: { !($0.isLetter && Format.cells(String($0)) == 2) })
            where run.count >= 2 {
                #expect(LineBreaking.terms.contains(String(run)), "\(entry.key): \(run)")
            }
        }
        for (key, words) in Terms.metrics where words.name.zh.count >= 2 && words.name.zh.allSatisfy(\.isLetter) {
            #expect(LineBreaking.terms.contains(words.name.zh), "\(key)")
        }
        // Ordinary characters are no term: Chinese prose still breaks between them.
        #expect(!LineBreaking.terms.contains("的的"))
        #expect(TextRenderer.wrap("的的的的的的的的的的的的", width: 20) == ["的的的的的的的的的的", "的的"])
    }

    /// A term wider than the line still breaks, inside it, and no line is wider than the width.
    @Test func aTermWiderThanTheLineBreaks() {
        let lines = TextRenderer.wrap("知觉行为控制", width: 10)
        #expect(lines == ["知觉行为控", "制"])
        let long = TextRenderer.wrap("社区曾参与率社区曾参与率社区曾参与率", width: 20)
        #expect(long.allSatisfy { Self.cells($0) <= 20 }, "\(long)")
        #expect(long.joined() == "社区曾参与率社区曾参与率社区曾参与率")
    }

    /// A number never leaves the unit or classifier after it, nor the label before it.
    @Test(arguments: widths)
    func numbersStayWithTheirUnitsAndLabels(width: Int) {
        let kept = ["27 人", "40 周", "3 项", "18 次", "第 41 周", "完好度 1.00", "随机种子 1", "信任 0.69", "高飞 2022"]
        for sample in kept {
            for offset in 0..<(width / 2 + 2) {
                let text = Self.shifted("，" + sample + "，之后还有文字。", by: offset)
                let lines = TextRenderer.wrap(text, width: width)
                #expect(lines.contains { $0.contains(sample) }, "'\(sample)' split at width \(width): \(lines)")
            }
        }
        // The step report's line: the share moves down with its label, the separator stays up.
        let line = "进入 +84（自主 29，动员 55），退出 56 · 社区曾参与率 18%"
        #expect(TextRenderer.wrap(line, width: 46) == ["进入 +84（自主 29，动员 55），退出 56 ·", "社区曾参与率 18%"])
    }

    /// Closing punctuation never starts a line and opening punctuation never ends one, at every
    /// width; the text reads the same and every line fits.
    @Test func punctuationRulesHoldAtEveryWidth() {
        let text = "居民的“最后一公里”问题（如电梯、车棚）常常要《民法典》所说的业主表决：「三分之二」参与，『四分之三』同意！真的？是的……"
        for width in 8...60 {
            let lines = TextRenderer.wrap(text, width: width)
            #expect(lines.joined() == text, "width \(width)")
            for line in lines {
                #expect(Self.cells(line) <= width, "width \(width): \(lines)")
                #expect(!"，。、；：？！）」』》”…".contains(line.first ?? " "), "width \(width): \(lines)")
                #expect(!"（「『《“".contains(line.last ?? " "), "width \(width): \(lines)")
            }
        }
    }

    /// English breaks at spaces only: the words are the same, no line is wider than the width
    /// (but for a single long word), a code span stays whole, a number stays with its label and
    /// no line starts with the ` · ` separator.
    @Test(arguments: widths)
    func englishBreaksAtSpaces(width: Int) {
        let text =
            "ever joined (any facility) 18% · efficacy 0.62 · trust 0.69 · identification 0.49 · responsibility "
            + "0.36 · social capital 0.01; type `run until shed.active > 10` to wait, then week 41 shows "
            + "shed.everJoined and an extraordinarily-long-hyphenated-word-wider-than-twenty."
        let lines = TextRenderer.wrap(text, width: width)
        #expect(lines.joined(separator: " ") == text)
        for line in lines {
            #expect(Self.cells(line) <= width || !line.contains(" ") || line.contains("`"), "width \(width): \(lines)")
            #expect(!line.hasPrefix("·"), "width \(width): \(lines)")
        }
        for kept in ["`run until shed.active > 10`", "week 41", "trust 0.69", "shed.everJoined"]
        where Self.cells(kept) <= width {
            #expect(lines.contains { $0.contains(kept) }, "'\(kept)' split at width \(width): \(lines)")
        }
        // Where nothing holds, the routine fills lines as before.
        #expect(TextRenderer.wrap("aaa bbb ccc ddd eee fff", width: 11) == ["aaa bbb ccc", "ddd eee fff"])
    }

    /// Mixed Chinese and code at the REPL's widths: the code and the terms stay whole, and the
    /// width counts a Chinese character as two cells.
    @Test(arguments: widths)
    func mixedTextCountsCells(width: Int) {
        let text = "注意：shed.everJoined 是设施指标，每周只有一个值，对每位居民都相同；输入 `help fields` 查看社区曾参与率与自我效能感的定义。"
        let lines = TextRenderer.wrap(text, width: width)
        #expect(lines.allSatisfy { Self.cells($0) <= width }, "\(lines)")
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
        for kept in ["shed.everJoined", "`help fields`", "社区曾参与率", "自我效能感"] {
            #expect(lines.contains { $0.contains(kept) }, "'\(kept)' split at width \(width): \(lines)")
        }
    }
}
