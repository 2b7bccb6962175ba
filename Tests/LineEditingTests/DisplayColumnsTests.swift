import Foundation
import Testing

@testable import LineEditing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct DisplayColumnsTests {
    /// Without changing the process locale (other tests depend on it): in the C locale
    /// wcwidth knows no wide characters, and unknown ones count two columns.
    @Test func wideAndControlCharacters() {
        #expect(LineEditor.displayColumns("coprod w0> ") == 11)
        #expect(LineEditor.displayColumns("张三") == 4)
        #expect(LineEditor.displayColumns("a\u{1}b") == 4)
    }
}
