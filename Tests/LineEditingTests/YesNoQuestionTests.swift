import Foundation
import Testing

@testable import LineEditing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct YesNoQuestionTests {
    @Test(arguments: ["y", "Y", "yes", "YES", " yes ", "\ty\t", "是", " 是 "])
    func yes(_ answer: String) { #expect(YesNoQuestion.isYes(answer)) }

    @Test(arguments: ["", "n", "no", "yep", "ye", "y y", "oui", "\u{3}", "否", "不"])
    func no(_ answer: String) { #expect(!YesNoQuestion.isYes(answer)) }

    @Test func controlCharactersAreNotSentToTheTerminal() {
        #expect(YesNoQuestion.printable("overwrite '\u{1B}[2Jx\n'? ") == "overwrite '?[2Jx?'? ")
        #expect(YesNoQuestion.printable("héllo 张三") == "héllo 张三")
    }
}

/// `clear`'s question takes only a yes or a no (an empty line is the `[y/N]` default).
@Suite struct StrictYesNoTests {
    @Test(arguments: ["y", "yes", " YES ", "是"])
    func yes(_ answer: String) { #expect(YesNoQuestion.meaning(answer) == true) }

    @Test(arguments: ["", "  ", "n", "no", "NO", "否", "不"])
    func no(_ answer: String) { #expect(YesNoQuestion.meaning(answer) == false) }

    @Test(arguments: ["clear", "ls", "yep", "不好说", "q", "\u{3}"])
    func neither(_ answer: String) { #expect(YesNoQuestion.meaning(answer) == nil) }

    /// A Chinese student answers 好, 对 or 要 as often as 是 (and 不 for no).
    @Test func chineseYesAndNoWords() {
        for yes in ["y", "Yes", "是", "是的", "好", "好的", "对", "要", "确定", "可以", " 好。"] {
            #expect(YesNoQuestion.isYes(yes), "\(yes)")
            #expect(YesNoQuestion.meaning(yes) == true, "\(yes)")
        }
        for no in ["n", "No", "否", "不", "不要", "不是", "取消", ""] {
            #expect(!YesNoQuestion.isYes(no), "\(no)")
            #expect(YesNoQuestion.meaning(no) == false, "\(no)")
        }
        #expect(YesNoQuestion.meaning("也许") == nil)
    }
}
