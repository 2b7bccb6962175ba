import CoprodLanguage
import CoprodTestSupport
import Foundation
import Testing

/// `facility NAME …` typed at the prompt that adds a facility beside others says so, and in a
/// lesson whose part is about another facility asks whether that one was meant (issue 7).
@Suite("a new facility is announced")
struct NewFacilityNoteTests {
    static func session(_ language: Language = .en) -> Session {
        Session(options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons, language: language))
    }

    @Test("a second facility at the prompt names them all; changing one or a script says nothing")
    func prompt() {
        let s = Self.session()
        let out = transcript(s, ["facility shed salience 0.5", "facility 车棚 salience 1", "facility shed salience 0.6"])
        let text = out.joined(separator: " ").replacingOccurrences(of: "   ", with: " ")
        #expect(out.filter { $0.contains("new facility") }.count == 1, "\(out)")
        #expect(
            text.contains("new facility 车棚; the community now has 4: shed, lift, garden, 车棚 (undo takes it back)"),
            "\(out)")
        let zh = transcript(Self.session(.zh), ["facility shed salience 0.5", "facility 车棚 salience 1"])
        #expect(zh.joined().contains("新设施 车棚；社区现在有 4 个设施：shed、lift、garden、车棚"), "\(zh)")
        let script = Self.session()
        var printed: [String] = []
        for (n, line) in ["facility shed", "facility lift"].enumerated() {
            _ = try? script.execute(line: line, lineNumber: n + 1, fileName: "a.coprod", emit: { printed.append($0) })
        }
        #expect(!printed.contains { $0.contains("new facility") }, "\(printed)")
    }

    @Test("in lesson 2's part about the shed, a new 车棚 asks whether the shed was meant")
    func lesson() {
        let s = Self.session()
        let out = transcript(s, ["lesson 2 part 3", "facility 车棚 salience 1"])
        #expect(out.contains { $0.contains("this part is about the shed: did you mean 'facility shed …'?") }, "\(out)")
        let right = transcript(Self.session(), ["lesson 2 part 3", "facility shed salience 1"])
        #expect(!right.contains { $0.contains("did you mean") }, "\(right)")
    }
}
