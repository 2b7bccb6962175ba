import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// `zh STRING` (lesson files only): the Chinese of the statement just before it.
@Suite struct ZhCommandTests {
    @Test func helpExampleIsRefusedOutsideALessonFile() {
        CommandTest.expectRefusedOutsideLessons("zh")
    }

    @Test func inALessonEachTextHasItsChineseUnderLangZh() {
        let s = CommandTest.lessonSession(CommandTest.sampleLesson)
        let en = CommandTest.run(s, "lesson 1").joined(separator: "\n")
        CommandTest.run(s, "lesson end")
        CommandTest.run(s, "lang zh")
        let zh = CommandTest.run(s, "lesson 1").joined(separator: "\n")
        for text in ["测试课程", "一周", "时间以周为单位推进。", "会有人参与吗？"] {
            #expect(zh.contains(text) && !en.contains(text), "\(text)")
        }
        #expect(CommandTest.run(s, "hint") == ["提示：输入 step"])
        // A text without a zh line is shown in English in both languages.
        CommandTest.run(s, "next")
        #expect(CommandTest.run(s, "hint") == ["试试：show shed"])
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        var lines = replTranscript(CommandTest.session(language), ["zh \"输入 step 10\"", "zh 输入"])
        lines += CommandTest.lessonTranscript(CommandTest.sampleLesson, language)
        lines += CommandTest.lessonTranscript("title \"T\"\npart \"p\"\ntry \"step\"\nzh \"走一步\"\n", language)
        lines += CommandTest.lessonTranscript("zh \"标题\"\ntitle \"T\"\npart \"p\"\n", language)
        assertSnapshot(lines.joined(separator: "\n"), named: "commands/zh.\(language.rawValue)")
    }

    @Test func errors() {
        let (d, text) = try! #require(CommandTest.lessonError("title \"T\"\npart \"p\"\ntry \"step\"\nzh \"走一步\"\n"))
        #expect(d.diagnostic.range.start.line == 4 && d.diagnostic.range.start.column == 1)
        #expect(text.contains("'zh' must follow a title, part, say, predict, because or check with a hint"))
        let (_, chinese) = try! #require(
            CommandTest.lessonError("title \"T\"\npart \"p\"\ncheck week > 1\nzh \"x\"\n", .zh))
        #expect(chinese.contains("'zh' 必须紧跟在"))
        CommandTest.expectError(CommandTest.session(), "zh 输入", column: 4, en: "zh", zh: "zh")
    }
}
