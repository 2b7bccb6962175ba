import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// `remove facility NAME` at week 0 and during a run: what goes with it (its pairs, its rows of
/// past weeks, the interventions aimed at it alone), `undo`, twins, `save` → `load`, and the other
/// facilities' common random numbers.
@Suite struct RemoveFacilityTests {
    /// The default scenario: shed, lift and garden.
    static func session() -> Session { CommandTest.session() }

    @Test func atWeekZeroTheScenarioLosesItAndItsInterventions() {
        let s = Self.session()
        CommandTest.run(s, "intervene outreach on lift")
        CommandTest.run(s, "intervene council on garden")
        CommandTest.run(s, "intervene information")
        let out = CommandTest.run(s, "remove facility lift")
        #expect(
            out.joined(separator: " ").replacingOccurrences(of: "   ", with: " ")
                == "removed facility lift and the intervention aimed at it: 1; the community now has 2: shed, garden (undo takes it back)",
            "\(out)")
        #expect(s.scenario.facilities.map(\.name) == ["shed", "garden"])
        // Renumbered as a saved script numbers them.
        #expect(s.scenario.interventions.map(\.id) == [1, 2])
        #expect(s.scenario.interventions.map(\.target) == ["garden", nil])
        #expect(s.changes.isEmpty)
        CommandTest.run(s, "undo")
        #expect(s.scenario.facilities.map(\.name) == ["shed", "lift", "garden"])
        #expect(s.scenario.interventions.count == 3)
    }

    @Test func duringARunTheOthersGoOnAsInATwinThatKeptIt() throws {
        let s = Self.session()
        CommandTest.run(s, "intervene outreach on lift strength 0.8")
        CommandTest.run(s, "run 10")
        CommandTest.run(s, "fork without")
        CommandTest.run(s, "remove facility shed")
        #expect(s.model.scenario.facilities.map(\.name) == ["lift", "garden"])
        #expect(s.model.history.allSatisfy { $0.facilities.map(\.name) == ["lift", "garden"] })
        #expect(s.model.stage.count == 2 * s.model.residentCount)
        #expect(s.changes.last == TimedChange(week: 10, change: .removeFacility(name: "shed")))
        // The replay from the source gives the live model, at any later week.
        CommandTest.run(s, "run 10")
        let replayed = try Model.replay(s.scenario, changes: s.changes, to: 20)
        #expect(replayed.outcomes == s.model.outcomes)
        #expect(replayed.stage == s.model.stage)
        // The garden keeps its own draws: it differs from main's only through what the shed did,
        // so in the weeks right after the removal most of its residents are where main's are.
        CommandTest.run(s, "switch main")
        CommandTest.run(s, "run 10")
        let main = s.model
        CommandTest.run(s, "switch without")
        let n = main.residentCount
        let same = (0..<n).filter { main.stage[2 * n + $0] == s.model.stage[n + $0] }.count
        #expect(same > n * 9 / 10, "\(same) of \(n)")
        let runs = CommandTest.run(s, "runs").joined(separator: "\n")
        #expect(runs.contains("week 10: remove facility shed"), "\(runs)")
    }

    @Test func explainAfterARemovalMatchesTheRecordsKeptWhileStepping() throws {
        let s = Self.session()
        CommandTest.run(s, "run 12")
        CommandTest.run(s, "remove facility shed")
        CommandTest.run(s, "run 30")
        let replayed = s.model.allExplanations
        // A model that kept every record from the start, with the same removal.
        var live = try Model(scenario: s.scenario)
        live.recordsExplanations = true
        for w in 0..<42 {
            if w == 12 { try live.removeFacility(named: "shed") }
            live.step()
        }
        #expect(live.allExplanations.firstJoin == replayed.firstJoin)
        #expect(live.allExplanations.lastLapse == replayed.lastLapse)
        let k = s.model.pair(1, 0)
        #expect(s.model.explanations(ofPair: k).firstJoin == live.allExplanations.firstJoin[k])
    }

    @Test func saveThenLoadGivesTheSameRun() {
        let folder = temporaryFolder("coprod-remove")
        let s = CommandTest.session(folder: folder)
        CommandTest.run(s, "remove facility lift")
        CommandTest.run(s, "run 8")
        CommandTest.run(s, "remove facility shed")
        CommandTest.run(s, "run 8")
        CommandTest.run(s, "save \"removed.coprod\"")
        let t = CommandTest.session(folder: folder)
        CommandTest.run(t, "load \"removed.coprod\"")
        #expect(t.week == 16)
        #expect(t.jsonReport() == s.jsonReport())
        #expect(t.model.scenario.facilities.map(\.name) == ["garden"])
    }

    @Test func errors() {
        let s = Self.session()
        CommandTest.expectError(s, "remove facility lft", column: 17, en: "did you mean 'lift'", zh: "lift")
        CommandTest.expectError(s, "remove facility", column: 16, en: "a facility name", zh: "设施名称")
        CommandTest.expectError(s, "remove facilty shed", column: 8, en: "did you mean 'facility'", zh: "facility")
    }
}
