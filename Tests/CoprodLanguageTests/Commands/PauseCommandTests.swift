import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// `pause STRING [zh STRING]`: prints the text; the outcome `.pause` lets `coprod demo` wait there,
/// while a script, a load and the prompt go straight on.
@Suite struct PauseCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() throws {
        let s = CommandTest.session()
        let example = CommandTest.example("pause")
        #expect(example.hasPrefix("pause "))
        var out: [String] = []
        #expect(try s.execute(line: example, emit: { out.append($0) }) == .pause)
        #expect(out == ["» Now the twin without the intervention."])
        #expect(s.week == 0 && s.changes.isEmpty)
    }

    @Test func theChineseTextIsShownInAChineseSession() throws {
        let zh = CommandTest.session(.zh)
        var out: [String] = []
        _ = try zh.execute(line: CommandTest.example("pause"), emit: { out.append($0) })
        #expect(out == ["» 现在看没有这项干预的孪生运行。"])
        // Without a zh text, a Chinese session shows the one text there is.
        out = []
        _ = try zh.execute(line: "pause \"Look\"", emit: { out.append($0) })
        #expect(out == ["» Look"])
    }

    @Test func aScriptGoesOnPastAPause() throws {
        let s = Session.empty()
        var out: [String] = []
        let outcome = try s.runScript(
            "community size 40\npause \"here\"\nstep 3\n", fileName: "p.coprod", emit: { out.append($0) })
        #expect(outcome == .continue)
        #expect(s.week == 3)
        #expect(out.contains("» here"))
    }

    @Test func aDemoStopsWhereTheTrainerSaysSo() throws {
        let script = "community size 40\n# a comment\npause \"one\"\nstep 2\npause \"two\"\nstep 5\n"
        // Enter at every pause: every line runs, each command shown after the prompt.
        let all = Session.empty()
        var out: [String] = []
        var pauses = 0
        let end = try all.runDemo(
            script, fileName: "d.coprod", emit: { out.append($0) }, interrupted: { false },
            atPause: {
                pauses += 1
                return .proceed
            })
        #expect(end == .finished && pauses == 2 && all.week == 7)
        #expect(out.contains("coprod w0> step 2") && out.contains("coprod w2> step 5"))
        #expect(!out.contains { $0.contains("comment") || $0.contains("pause") })
        // q at the second pause: the rest does not run, and the session keeps what ran.
        let stopped = Session.empty()
        var seen = 0
        let end2 = try stopped.runDemo(
            script, fileName: "d.coprod", emit: { _ in }, interrupted: { false },
            atPause: {
                seen += 1
                return seen == 2 ? .stop : .proceed
            })
        #expect(end2 == .stopped(line: 5, interrupted: false) && stopped.week == 2)
        // Ctrl-C at the first pause.
        let interrupted = Session.empty()
        let end3 = try interrupted.runDemo(
            script, fileName: "d.coprod", emit: { _ in }, interrupted: { false }, atPause: { .interrupt })
        #expect(end3 == .stopped(line: 3, interrupted: true) && interrupted.week == 0)
        // Ctrl-C while a command runs ends the demo after that line.
        let during = Session.empty()
        let end4 = try during.runDemo(
            "community size 40\nstep 2\nstep 5\n", fileName: "d.coprod", emit: { _ in },
            interrupted: { during.week >= 1 }, atPause: { .proceed })
        #expect(end4 == .stopped(line: 2, interrupted: true))
        #expect(during.week < 7)
    }

    @Test func aDemoThatFailsKeepsTheLinesBefore() {
        let s = Session.empty()
        var out: [String] = []
        #expect(throws: LocatedDiagnostic.self) {
            _ = try s.runDemo(
                "community size 40\nstep 2\nstpe 3\nstep 4\n", fileName: "d.coprod", emit: { out.append($0) },
                interrupted: { false }, atPause: { .proceed })
        }
        #expect(s.week == 2)
        #expect(out.last == "coprod w2> stpe 3")
    }

    @Test func aDemoCanBeUndoneAfterwards() throws {
        let s = Session.empty()
        _ = try s.runDemo(
            "community size 40\nstep 2\nfork twin\nstep 3\n", fileName: "d.coprod", emit: { _ in },
            interrupted: { false }, atPause: { .proceed })
        #expect(s.week == 5)
        _ = try s.execute(line: "undo", emit: { _ in })
        #expect(s.week == 2)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "pause", language,
            [
                CommandTest.example("pause"),
                "pause \"A two-line narration that is long enough to wrap at the width of the terminal it is shown on.\"",
                "pause", "pause look", "pause \"a\" en \"b\"", "pause \"a\" zh",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "pause", column: 6, en: "a quoted text", zh: "带引号的文字")
        CommandTest.expectError(s, "pause look", column: 7, en: "a quoted text", zh: "带引号的文字")
        CommandTest.expectError(s, "pause \"a\" en \"b\"", column: 11, en: "expected 'zh'", zh: "zh")
        CommandTest.expectError(s, "pause \"a\" zh", column: 13, en: "a quoted Chinese text", zh: "带引号的中文文字")
    }
}
