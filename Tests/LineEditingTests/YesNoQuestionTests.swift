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
