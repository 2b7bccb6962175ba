import CoprodModel
import Testing

/// Spec §13: the calibration scenario's means over 20 seeds land in the expected bands.
@Suite("Calibration (spec §13)")
struct CalibrationTests {
    static func run(_ measure: @escaping @Sendable (Model) -> Double) -> Sample {
        Experiment.replicate(.calibration, measure: measure)
    }

    @Test("ever-joined share of served residents is 0.35–0.55 for each facility", arguments: [0, 1, 2])
    func everJoined(_ f: Int) {
        let s = Self.run { $0.outcomes.facilities[f].everJoinedShare }
        #expect((0.35...0.55).contains(s.mean), "facility \(f): \(s)")
    }

    @Test("retention is 0.30–0.45 for each facility", arguments: [0, 1, 2])
    func retention(_ f: Int) {
        let s = Self.run { $0.outcomes.facilities[f].retention }
        #expect((0.30...0.45).contains(s.mean), "facility \(f): \(s)")
    }

    @Test("shed and garden complete around weeks 25–35; the lift is still being built at week 104")
    func completion() {
        let shed = Self.run { Double($0.outcomes.facilities[0].completedAt ?? 999) }
        let garden = Self.run { Double($0.outcomes.facilities[2].completedAt ?? 999) }
        #expect((25...35).contains(shed.mean), "shed: \(shed)")
        #expect((25...35).contains(garden.mean), "garden: \(garden)")
        let liftBuilding = Self.run { $0.outcomes.facilities[1].completedAt == nil ? 1 : 0 }
        #expect(liftBuilding.mean == 1, "lift complete in some runs: \(liftBuilding)")
    }

    @Test("the lift is type I and the garden type II")
    func types() {
        let liftI = Self.run { $0.outcomes.facilities[1].type == .mobilisedCompliance ? 1 : 0 }
        let gardenII = Self.run { $0.outcomes.facilities[2].type == .guidedCoConstruction ? 1 : 0 }
        #expect(liftI.mean == 1, "lift type I in \(liftI.mean * 20) of 20 runs")
        #expect(gardenII.mean >= 0.9, "garden type II in \(gardenII.mean * 20) of 20 runs")
    }
}
