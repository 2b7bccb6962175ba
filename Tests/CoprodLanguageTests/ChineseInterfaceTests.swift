import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// English left in the Chinese interface (issue 7 tryouts): each place now reads Chinese under
/// `--lang zh`, code words marked as code.
@Suite struct ChineseInterfaceTests {
    static func out(_ s: Session, _ line: String) throws -> [String] {
        var lines: [String] = []
        _ = try s.execute(line: line, emit: { lines.append($0) })
        return lines
    }

    @Test func helpLessonsHasNoEnglishProse() throws {
        let zh = try Self.out(CommandTest.session(.zh), "help lessons").joined(separator: "\n")
        #expect(!zh.contains("in a lesson file") && !zh.contains("setup commands"))
        #expect(zh.contains("  语法：lessons | lesson [list | 数 [part 节] | end]\n"))
        #expect(zh.replacing(/\n +/, with: " ").contains("先写 title"))
    }

    @Test func showParametersNamesTheSpecificationInChinese() throws {
        let zh = try Self.out(CommandTest.session(.zh), "show parameters")
        #expect(!zh.contains { $0.contains("spec ") || $0.contains("judgement") || $0.contains("survey") })
        #expect(zh.contains { $0.hasPrefix("  sustainWeeks ") && $0.hasSuffix("规范 §1") })
        #expect(zh.contains { $0.hasPrefix("  aDig ") && $0.hasSuffix("规范 §3；刘淑妍 & 吕俊延 2021") })
        let en = try Self.out(CommandTest.session(.en), "show parameters")
        #expect(en.contains { $0.hasPrefix("  aDig ") && $0.hasSuffix("spec §3; 刘淑妍 & 吕俊延 2021") })
    }

    /// The lesson prompt is in the session's language, and follows `lang`.
    @Test func theLessonPromptIsChinese() throws {
        let s = CommandTest.session(.zh)
        _ = try Self.out(s, "lesson 2")
        #expect(s.prompt == "第 2 课 · 1/5> ")
        let part = try Self.out(CommandTest.session(.zh), "lesson 2").joined(separator: "\n")
        // The prediction's instructions: code marked as code, what may be typed said in Chinese.
        #expect(part.contains("`answer`") && part.contains("`answer 上升`") && !part.contains("如 answer up"))
        _ = try Self.out(s, "lang en")
        #expect(s.prompt == "lesson 2 · 1/5> ")
    }
}

/// `explain`'s mobilised term is the government's mobilisation (the facility's mobilisation
/// effort, 0.3 by default, spec §2 and §4), not the `outreach` intervention, which no one added.
@Suite struct MobilisationTermTests {
    @Test(arguments: Language.allCases)
    func explainNamesTheGovernmentsMobilisation(_ language: Language) throws {
        let s = CommandTest.session(language)
        #expect(s.scenario.interventions.isEmpty)
        var out: [String] = []
        for line in ["run 40", "explain 5 on lift"] { _ = try s.execute(line: line, emit: { out.append($0) }) }
        let text = out.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if language == .en {
            #expect(text.contains("(government mobilisation 0.0"), "\(text)")
            #expect(!text.contains("(outreach"))
        } else {
            #expect(text.contains("（政府动员 0.0"), "\(text)")
            #expect(!text.contains("入户动员"))
        }
    }
}

/// The community's `participation` is one precise term everywhere: the share of all residents
/// ever active on any facility (社区曾参与率), distinct from a facility's ever-joined share of its
/// served residents, and from a consent vote's turnout (投票率).
@Suite struct ParticipationTermTests {
    @Test func oneTermInBothLanguages() throws {
        #expect(Terms.metrics["community.participation"]?.name.zh == "社区曾参与率")
        #expect(Terms.metrics["community.participation"]?.name.en == "community ever-joined share")
        #expect(Glossary.entry("community-ever-joined-share")?.term.zh == "社区曾参与率")
        #expect(Glossary.entry("turnout")?.term.zh == "投票率")
        for (language, word) in [(Language.zh, "社区曾参与率"), (.en, "ever joined (any facility)")] {
            let s = CommandTest.session(language)
            var out: [String] = []
            for line in ["run 40", "show community"] { _ = try s.execute(line: line, emit: { out.append($0) }) }
            #expect(out.filter { $0.contains(word) }.count >= 2, "\(language): the step report and show community")
            let shown = Double(s.model.outcomes.community.participation * 100).rounded()
            #expect(out.contains { $0.contains("\(word) \(Int(shown))%") })
            if language == .zh { #expect(!out.contains { $0.contains(" 参与率") }) }
        }
    }
}
