import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// `clear`: an empty scenario; the community's seed stays.
@Suite struct ClearCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("clear") == "clear")
        CommandTest.run(s, "resident alice")
        CommandTest.run(s, "intervene outreach")
        CommandTest.run(s, "step 2")
        CommandTest.run(s, "clear")
        #expect(s.week == 0)
        #expect(s.scenario.facilities.isEmpty && s.scenario.interventions.isEmpty)
        #expect(s.scenario.residentNames.isEmpty)
        #expect(s.scenario.seed == Scenario.calibration.seed)
    }

    /// A lesson's parts are about its scenario: `clear` during one stops it and says how to go back.
    @Test func clearDuringALessonStopsIt() {
        let s = CommandTest.session(lessons: [packageRoot.appendingPathComponent("lessons")])
        CommandTest.run(s, "lesson 2 part 2")
        let out = CommandTest.run(s, "clear").joined(separator: " ").split(separator: " ").joined(separator: " ")
        #expect(
            out.contains("lesson 2 stopped: clear removed the scenario it works on; type lesson 2 part 2"), "\(out)")
        let after = CommandTest.run(s, "run 2").joined(separator: " ")
        #expect(!after.contains("✓"), "no part passes on the cleared scenario: \(after)")
        let zh = CommandTest.session(.zh, lessons: [packageRoot.appendingPathComponent("lessons")])
        CommandTest.run(zh, "lesson 2 part 2")
        #expect(CommandTest.run(zh, "clear").joined().contains("第 2 课已停止"))
    }

    /// "The community stays" (help clear; docs/LANGUAGE.md: "the community's settings stay").
    @Test func theCommunityIsKept() {
        let s = CommandTest.session()
        CommandTest.run(s, "community size 120 profile old-estate seed 9")
        CommandTest.run(s, "clear")
        #expect(s.scenario.seed == 9)
        #expect(s.scenario.size == 120)
        #expect(s.scenario.profile == .oldEstate)
        #expect(s.model.residentCount == 120)
        #expect(s.scenario.name == "Calibration")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot("clear", language, ["clear", "show community", "clear all"])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "clear all", column: 7, en: "unexpected 'all' after the command",
            zh: "命令之后多出了 'all'",
            hint: false)
    }
}

/// `clear` in the REPL asks before discarding a scenario with facilities or weeks run.
@Suite struct ClearConfirmationTests {
    final class Asked: @unchecked Sendable {
        var questions: [String] = []
    }

    static func session(answer: Bool, _ asked: Asked) -> Session {
        var options = Session.Options()
        options.confirmDiscard = { question, language in
            asked.questions.append(question.text(language))
            return answer
        }
        return Session(options: options)
    }

    @Test func refusingKeepsTheScenario() {
        let asked = Asked()
        let s = Self.session(answer: false, asked)
        CommandTest.run(s, "run 3")
        let before = s.jsonReport()
        let out = CommandTest.run(s, "clear")
        #expect(
            asked.questions == [
                "clear discards this scenario (3 facilities, week 3); Ctrl-L only clears the screen. Discard it? [y/N] "
            ])
        #expect(out == ["kept the scenario (Ctrl-L clears the screen; undo takes back a clear)"])
        #expect(s.jsonReport() == before)
    }

    @Test func acceptingClearsAndAnEmptyScenarioIsNotAskedAbout() {
        let asked = Asked()
        let s = Self.session(answer: true, asked)
        CommandTest.run(s, "clear")
        #expect(s.model.scenario.facilities.isEmpty)
        CommandTest.run(s, "clear")
        #expect(asked.questions.count == 1, "an empty scenario at week 0 is cleared without asking")
    }
}
