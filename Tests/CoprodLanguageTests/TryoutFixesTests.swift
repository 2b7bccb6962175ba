import CoprodModel
import CoprodTestSupport
import Testing

@testable import CoprodLanguage

/// Small things a tryout of lessons 1–3 found (issue 7): each as a user sees it, in both languages.
@Suite struct TryoutFixesTests {
    @Test func lessonWithoutPartGetsAHintAndZeroSaysTheRange() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "lesson 1 4", column: 10, en: "unexpected '4'", zh: "'4'")
        let d = CommandTest.failure(s, "lesson 1 4")
        #expect(
            d.map { DiagnosticRenderer.render($0, colour: false) }?.contains("did you mean 'lesson 1 part 4'?") == true)
        let zero = CommandTest.failure(s, "lesson 0").map { DiagnosticRenderer.render($0, colour: false) } ?? ""
        #expect(zero.contains("between 1 and 9"), "\(zero)")
        #expect(!zero.contains("999"), "\(zero)")
    }

    @Test func tabAfterExplainOnOffersFacilities() {
        let s = CommandTest.session()
        #expect(s.completions(for: "explain 1 on ") == ["garden", "lift", "shed"])
        #expect(s.completions(for: "explain 1 ") == ["garden", "lift", "on", "shed"])
        #expect(s.completions(for: "explain 1 on shed ").isEmpty)
        #expect(s.completions(for: "remove ") == ["facility", "intervention"])
        #expect(s.completions(for: "remove facility g") == ["garden"])
        #expect(s.completions(for: "rename facility ") == ["garden", "lift", "shed"])
    }

    @Test func awareIsCountedOverAllResidentsAndSaysSo() {
        let en = CommandTest.run(CommandTest.session(), "show lift")
        #expect(en.contains { $0.contains("aware 0 (of all residents, served or not)") }, "\(en)")
        let zh = CommandTest.run(CommandTest.session(.zh), "show lift")
        #expect(zh.joined().contains("知晓 0 人（全体居民中，含非服务对象）"), "\(zh)")
        // A facility that serves everyone needs no such note.
        let shed = CommandTest.run(CommandTest.session(), "show shed")
        #expect(!shed.joined().contains("served or not"))
    }

    @Test func aChineseFieldWordGetsTheFieldItNames() {
        let s = CommandTest.session()
        // `年龄` itself is the age group's everyday name (ChineseInputTests); a word that only
        // begins a field's Chinese name is answered with the field.
        CommandTest.expectError(s, "rate shed.joined by 年", column: 21, en: "unknown resident field '年'", zh: "年")
        let d = CommandTest.failure(s, "rate shed.joined by 年")
        let en = d.map { DiagnosticRenderer.render($0, colour: false, language: .en) } ?? ""
        let zh = d.map { DiagnosticRenderer.render($0, colour: false, language: .zh) } ?? ""
        #expect(en.contains("'年' is 'age'"), "\(en)")
        #expect(zh.contains("'年' 写作 'age'"), "\(zh)")
        #expect(Fields.chineseField("产权", candidates: Vocabulary.residentFields) == "tenure")
        #expect(Fields.chineseField("age", candidates: Vocabulary.residentFields) == nil)
    }

    @Test func compareRowsAreChineseInAChineseSession() {
        let s = CommandTest.session(.zh)
        CommandTest.run(s, "fork b")
        CommandTest.run(s, "intervene outreach on shed")
        CommandTest.run(s, "step 6")
        let out = CommandTest.run(s, "compare main b all")
        // (Only outcomes that differ are listed: the intervention, not yet the ever-joined share.)
        #expect(out.contains { $0.hasPrefix("  生效干预数 ") }, "\(out)")
        #expect(!out.contains { $0.hasPrefix("  participation") || $0.hasPrefix("  interventions") }, "\(out)")
        #expect(out.contains { $0.hasPrefix("  shed ") }, "\(out)")
    }

    @Test func bracketsNeitherStartNorEndAWrappedLine() {
        let text = "这是一段用来测试换行的中文文字（括号里的内容）和「引号里的内容」以及更多的文字"
        for width in 8...40 {
            let lines = TextRenderer.wrap(text, width: width)
            #expect(lines.joined() == text)
            for line in lines {
                #expect(!"）」』》".contains(line.first ?? " "), "width \(width): \(lines)")
                #expect(!"（「『《".contains(line.last ?? " "), "width \(width): \(lines)")
            }
        }
    }
}
