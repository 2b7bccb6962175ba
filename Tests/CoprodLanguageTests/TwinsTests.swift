import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// Twins and rewinding: `undo`, `back`, `goto`, `fork`, `switch`, `runs`, `compare`, and `save`
/// keeping every run.
@Suite("Twins and rewind")
struct TwinsTests {
    /// Runs `lines`, failing the test on any error.
    static func run(_ s: Session, _ lines: [String]) -> [String] {
        let out = transcript(s, lines)
        #expect(!out.contains { $0.contains("error:") }, "\(out)")
        return out
    }

    @Test("rewinding and running forward again gives the same state, byte for byte")
    func rewindThenForward() {
        let straight = Session()
        _ = Self.run(straight, ["run 20", "intervene emotional-care on garden strength 0.8", "run 15"])
        for rewind in ["back 10", "goto 25", "back 15", "goto 20"] {
            let s = Session()
            _ = Self.run(s, ["run 20", "intervene emotional-care on garden strength 0.8", "run 15", rewind])
            _ = Self.run(s, ["goto 35"])
            #expect(s.jsonReport() == straight.jsonReport(), "\(rewind)")
            #expect(s.scriptText() == straight.scriptText(), "\(rewind)")
            #expect(s.model.history == straight.model.history, "\(rewind)")
        }
    }

    @Test("going back past a change drops it, and says so; undo brings it back")
    func rewindDropsLaterChanges() throws {
        let s = Session()
        _ = Self.run(s, ["run 10", "intervene incentive on shed", "run 5"])
        let before = s.jsonReport()
        let out = Self.run(s, ["back 8"])
        #expect(out.last == "back at week 7; 1 change made after it was dropped (undo brings it back)")
        #expect(s.changes.isEmpty && s.week == 7)
        #expect(try s.replayedModel().history == s.model.history)
        _ = Self.run(s, ["undo"])
        #expect(s.jsonReport() == before)
        #expect(s.changes.count == 1)
    }

    @Test("undo takes back each command that changed a run, newest first, and only those")
    func undoStack() {
        let s = Session()
        let start = s.jsonReport()
        _ = Self.run(s, ["run 5", "show shed", "count residents", "facility shed salience 0.9", "run 3"])
        let afterFacility = transcript(Session(), ["run 5", "facility shed salience 0.9"]).count
        #expect(afterFacility > 0)
        var out = Self.run(s, ["undo"])
        #expect(out.last == "undid 'run 3'; main is at week 5")
        out = Self.run(s, ["undo"])
        #expect(out.last == "undid 'facility shed salience 0.9'; main is at week 5")
        out = Self.run(s, ["undo"])
        #expect(out.last == "undid 'run 5'; main is at week 0")
        #expect(s.jsonReport() == start)
        let refused = transcript(s, ["undo"])
        #expect(refused.joined(separator: "\n").contains("error: nothing to undo"))
    }

    @Test("undo rebuilds a large community from its source instead of keeping a copy")
    func undoLargeCommunity() {
        let s = Session(options: Session.Options(maxPopulation: 100_000))
        _ = Self.run(s, ["community size 70000", "run 3"])
        let atThree = s.jsonReport()
        _ = Self.run(s, ["intervene outreach on shed", "run 2", "undo", "undo"])
        #expect(s.jsonReport() == atThree)
    }

    @Test("twins share random numbers: a fork without changes stays identical to its parent")
    func commonRandomNumbers() {
        let s = Session()
        _ = Self.run(s, ["run 10", "fork twin", "run 30"])
        let twin = s.jsonReport()
        _ = Self.run(s, ["switch main", "run 30"])
        #expect(s.jsonReport() == twin)
        #expect(s.runNames == ["main", "twin"])
        #expect(s.currentRun == "main")
        #expect(s.prompt == "coprod main w40> ")
        let out = Self.run(s, ["compare twin"])
        #expect(out.contains("no resident's stage or channel differs"), "\(out)")
    }

    @Test("compare shows the outcomes that differ and the residents whose stage differs")
    func compareDifferences() {
        let s = Session()
        _ = Self.run(
            s,
            [
                "run 20", "fork care", "intervene emotional-care on garden strength 0.9", "run 30", "switch main",
                "run 30",
            ])
        let out = Self.run(s, ["compare main care"])
        #expect(out[0] == "compare main (week 50) with care (week 50)")
        let retention = out.first { $0.hasPrefix("  garden.retention ") } ?? ""
        #expect(retention.contains("+"), "\(out)")
        #expect(
            out.contains { $0.hasSuffix("resident-facility pairs differ in stage or channel (the first 12 shown)") })
        // Without names: the current run and its parent.
        _ = Self.run(s, ["switch care"])
        #expect(Self.run(s, ["compare"])[0] == "compare main (week 50) with care (week 50)")
    }

    @Test("save keeps every run and the current one; load restores them")
    func saveAndLoadRuns() throws {
        let s = Session()
        _ = Self.run(
            s,
            [
                "run 10", "fork care", "intervene emotional-care on all strength 0.7", "run 10", "switch main",
                "fork incentive", "intervene incentive on shed", "run 4", "switch care",
            ])
        let saved = s.scriptText()
        let loaded = Session()
        _ = Self.run(loaded, Parser.lines(of: saved))
        #expect(loaded.runNames == ["main", "care", "incentive"])
        #expect(loaded.currentRun == "care")
        #expect(loaded.scriptText() == saved)
        for run in s.runNames {
            _ = Self.run(s, ["switch \(run)"])
            _ = Self.run(loaded, ["switch \(run)"])
            #expect(loaded.jsonReport() == s.jsonReport(), "\(run)")
            #expect(loaded.changes == s.changes, "\(run)")
        }
        #expect(Self.run(loaded, ["runs"]) == Self.run(s, ["runs"]))
    }

    @Test(
        "mistakes are errors with a hint, and change nothing",
        arguments: [
            ("fork main", "there is already a run 'main'"),
            ("switch mian", "did you mean 'main'?"),
            ("back 50", "cannot go back 50 weeks from week 10"),
            ("compare", "compare needs two runs"),
            ("goto -1", "goto -1 is out of range"),
        ])
    func mistakes(_ line: String, _ expected: String) {
        let s = Session()
        _ = Self.run(s, ["run 10"])
        let before = s.jsonReport()
        let out = transcript(s, [line]).joined(separator: "\n")
        #expect(out.contains(expected), "\(out)")
        #expect(s.jsonReport() == before)
    }
}
