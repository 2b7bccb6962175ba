import CoprodLanguage
import CoprodModel
import Testing

@testable import CoprodExperiments

@Suite("Experiment keys: the settings registry, facility and intervention names, errors")
struct KeyTests {
    var scenario: Scenario {
        var s = Scenario.calibration
        s.interventions = [
            Intervention(id: 1, kind: .training, target: nil, strength: 0.5, start: 0, end: nil),
            Intervention(id: 2, kind: .incentive, target: nil, strength: 0.5, start: 0, end: nil),
        ]
        return s
    }

    func applied(_ written: String) throws -> Scenario {
        var s = scenario
        let a = try Assignment(written, scenario: s)
        try a.key.apply(a.value, to: &s)
        return s
    }

    @Test func keysReachTheirPlace() throws {
        #expect(try applied("shed.salience=0.3").facilities.map(\.salience) == [0.3, 0.95, 0.5])
        #expect(try applied("facility.cost=10").facilities.map(\.cost) == [10, 10, 10])
        #expect(try applied("salience=0.1").facilities.map(\.salience) == [0.1, 0.1, 0.1])
        #expect(try applied("budget=7").government.budget == 7)
        #expect(try applied("government.role=0.9").government.role == 0.9)
        #expect(try applied("community.size=250").size == 250)
        #expect(try applied("profile=old-estate").profile == .oldEstate)
        #expect(try applied("strength=0.2").interventions.map(\.strength) == [0.2, 0.2])
        #expect(try applied("training.strength=0.9").interventions.map(\.strength) == [0.9, 0.5])
        #expect(try applied("typology.autonomy=0.4").thresholds.autonomy == 0.4)
        #expect(try applied("parameter.a0=0.02").parameters.a0 == 0.02)
    }

    @Test func aKeySetTwiceIsAnErrorNotTheLastOneWinning() throws {
        let twice = ExperimentError(
            .setTwice(key: "shed.salience", first: "0.3", second: "0.9"),
            hint: .keepOneSet(code: "--set shed.salience=0.9"))
        #expect(throws: twice) {
            try Assignment.all(["shed.salience=0.3", "government.budget=3", "shed.salience=0.9"], scenario: scenario)
        }
        #expect(try Assignment.all(["shed.salience=0.3", "lift.salience=0.9"], scenario: scenario).count == 2)
        #expect(
            Message.setTwice(key: "shed.salience", first: "0.3", second: "0.9").text(.zh)
                == "--set 给了 shed.salience 两次（先是 0.3，后是 0.9）")
    }

    @Test func unknownKeysSuggestTheClosest() {
        #expect(throws: ExperimentError(.unknownExperimentKey("shed.salince"), hint: .didYouMean("shed.salience"))) {
            try Assignment("shed.salince=0.3", scenario: scenario)
        }
        #expect(
            throws: ExperimentError(.unknownExperimentKey("gvernment.budget"), hint: .didYouMean("government.budget"))
        ) {
            try Assignment("gvernment.budget=3", scenario: scenario)
        }
        #expect(
            throws: ExperimentError(
                .ambiguousExperimentKey("publicness", choices: ["facility.publicness", "typology.publicness"]))
        ) { try Assignment("publicness=0.3", scenario: scenario) }
        #expect(throws: ExperimentError(.keyNotVariable("community.seed"), hint: .useSeedOption)) {
            try Assignment("community.seed=3", scenario: scenario)
        }
        #expect(throws: ExperimentError(.expectedKeyValue(option: "--set", found: "budget"))) {
            try Assignment("budget", scenario: scenario)
        }
    }

    @Test func valuesAreTypedAndRangeChecked() throws {
        #expect(throws: ExperimentError(.needsNumberNot(key: "budget", found: "lots"))) {
            try Assignment("budget=lots", scenario: scenario)
        }
        #expect(throws: ExperimentError(.unknown(.value(key: "profile"), name: "mixd"), hint: .didYouMean("mixed"))) {
            try Assignment("profile=mixd", scenario: scenario)
        }
        #expect(
            throws: ExperimentError(
                .outOfRange(key: "shed.salience", written: "1.5"),
                hint: .mustBeBetween(key: "shed.salience", low: 0, high: 1))
        ) { try applied("shed.salience=1.5") }
        #expect(throws: ExperimentError(.mustBeWhole(key: "community.size"))) { try applied("community.size=10.5") }
    }

    /// An axis or `--set` value outside its key's range stops the sweep before any run, with the
    /// range, as `set` and a declaration do; so does a step that reaches past it.
    @Test func outOfRangeValuesAreRefusedUpFront() throws {
        let range = ExperimentError(
            .outOfRange(key: "shed.salience", written: "1.5"),
            hint: .mustBeBetween(key: "shed.salience", low: 0, high: 1))
        #expect(throws: range) { try Axis("shed.salience=0.5,1.5", scenario: scenario) }
        #expect(throws: range) { try Axis("shed.salience=0.5:1.5:0.5", scenario: scenario) }
        #expect(throws: range) { try Assignment("shed.salience=1.5", scenario: scenario) }
        #expect(throws: ExperimentError(.mustBeWhole(key: "community.size"))) {
            try Axis("community.size=100,150.5", scenario: scenario)
        }
        #expect(try Axis("shed.salience=0:1:0.5", scenario: scenario).texts == ["0", "0.5", "1"])
    }

    @Test func everyMessageHasBothLanguages() {
        let messages: [Message] = [
            .unknownExperimentKey("x"), .ambiguousExperimentKey("x", choices: ["a", "b"]), .keyNotVariable("x"),
            .expectedKeyValue(option: "--set", found: "x"), .badAxisRange(key: "k", written: "1:0:1"), .axisTwice("k"),
            .unknownMetric("m"), .badShard("x"), .tooManyRuns(count: 2, limit: 1), .outputExists(path: "p"),
            .resumeNeedsFile, .resumeOtherSweep(path: "p"), .shardOtherSweep(path: "p"), .notASweepFile(path: "p"),
            .shardMissing(index: 1, count: 3), .shardIncomplete(path: "p", done: 1, total: 2),
            .runsFailed(failed: 1, total: 2), .sweepStopped(done: 1, total: 2),
            .sweepPlan(runs: 4, cells: 2, replicates: 2, jobs: 2),
            .sweepProgress(done: 1, total: 2, perSecond: 1, secondsLeft: 70, failed: 1),
            .runFinished(run: 0, total: 1, cell: 0, replicate: 1, seed: 5, seconds: 0.5, error: nil),
            .summaryHeading(cells: 1, runs: 2, failed: 1), .summaryCell(cell: 0, axes: "a=1", n: 2), .summaryColumns,
            .summaryMore(shown: 6, all: 70), .summaryWritten(path: "p"), .merged(shards: 3, runs: 9, path: "p"),
            .latinNeedsAxes, .replicatesNeedOutput, .useSeedOption, .residentsAreNotVaried, .keysAre(code: "x"),
            .addForceOrResume, .continueWithResume, .metricsAre("a"),
        ]
        for m in messages {
            let en = m.text(.en)
            let zh = m.text(.zh)
            #expect(!en.isEmpty && !zh.isEmpty && en != zh, "\(m)")
            #expect(zh.unicodeScalars.contains { $0.properties.isIdeographic }, "\(m): \(zh)")
            #expect(!en.hasSuffix("."), "\(m)")
        }
    }
}
