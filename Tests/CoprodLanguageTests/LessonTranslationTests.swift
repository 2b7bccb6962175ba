import Foundation
import Testing

/// Lessons 1–9 are bilingual: a `zh "…"` line gives the Chinese of the text statement before it.
/// This checks the files as text (the layout the lesson parser relies on), not through the parser.
@Suite struct LessonTranslationTests {
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons")

    static func lines(_ number: Int) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: lessons.path)
        let name = try #require(
            names.first { $0.hasPrefix(String(format: "%02d-", number)) && $0.hasSuffix(".coprod") })
        return try String(contentsOf: lessons.appendingPathComponent(name), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    static func word(_ line: String) -> String { String(line.prefix { $0 != " " }) }

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// Display columns, counting East Asian wide characters as 2.
    static func columns(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { sum, s in
            let wide =
                (0x1100...0x115F).contains(s.value) || (0x2E80...0xA4CF).contains(s.value)
                || (0xAC00...0xD7A3).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
                || (0xFE30...0xFE4F).contains(s.value) || (0xFF00...0xFF60).contains(s.value)
                || (0xFFE0...0xFFE6).contains(s.value)
            return sum + (wide ? 2 : 1)
        }
    }

    @Test(arguments: Array(1...9))
    func everyTextHasItsChinese(number: Int) throws {
        let lines = try Self.lines(number)
        for (k, line) in lines.enumerated() {
            let word = Self.word(line)
            let next = k + 1 < lines.count ? Self.word(lines[k + 1]) : ""
            let place = "lesson \(number) line \(k + 1)"
            switch word {
            case "because":
                #expect(next == "zh", "\(place): because has no zh lines after it")
            case "title", "part", "predict":
                #expect(next == "zh", "\(place): \(word) has no zh line after it")
                #expect(k + 2 >= lines.count || Self.word(lines[k + 2]) != "zh", "\(place): more than one zh line")
            case "check" where line.contains(" hint \""):
                #expect(next == "zh", "\(place): the hint has no zh line after it")
                #expect(k + 2 >= lines.count || Self.word(lines[k + 2]) != "zh", "\(place): more than one zh line")
            case "say" where next != "say":
                #expect(next == "zh", "\(place): the paragraph has no zh lines after it")
            case "zh":
                let previous = k > 0 ? Self.word(lines[k - 1]) : ""
                #expect(
                    ["title", "part", "predict", "because", "check", "say", "zh"].contains(previous),
                    "\(place): zh after \(previous)")
                #expect(Self.hasChinese(line), "\(place): zh line without Chinese")
                #expect(line.hasPrefix("zh \"") && line.hasSuffix("\""), "\(place): zh needs one quoted string")
                #expect(Self.columns(line) <= 100, "\(place): \(Self.columns(line)) columns")
            default: break
            }
        }
        #expect(
            lines.prefix { $0.hasPrefix("#") }.joined().contains("bilingual"),
            "lesson \(number): header does not say so")
    }
}
