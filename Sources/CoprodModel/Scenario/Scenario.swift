/// Everything that defines a run at week 0: the community, named residents, facilities, the
/// government, interventions, thresholds and constants. A `Model` is built from a scenario;
/// the same scenario and seed give the same run.
public struct Scenario: Hashable, Sendable {
    public var name = "coprod"
    /// Number of residents, `1...Limits.maxPopulation`.
    public var size = 400
    public var profile: Profile = .mixed
    public var seed: UInt64 = 1
    /// Named residents: name → 0-based index. Names are given the lowest free indices.
    public var residentNames: [String: Int] = [:]
    /// ResidentTrait changes per resident index (0-based).
    public var overrides: [Int: ResidentOverrides] = [:]
    public var facilities: [FacilitySpec] = []
    public var government = Government()
    public var interventions: [Intervention] = []
    public var thresholds = TypologyThresholds()
    public var parameters = Parameters()
    /// Share of residents flagged as activists by attachment × time (spec §12 `activists SHARE`),
    /// `0...1`, default 0 (none; `Community/Activists.swift`).
    public var activistShare = 0.0
    /// Performative participation (spec §12) is on: `community … performative on`. Default off.
    public var performative = false

    public init() {}

    /// Spec §13's calibration scenario: 400 residents, profile mixed, seed 1, shed, lift and garden,
    /// government defaults and no interventions. coprod starts on it.
    public static var calibration: Scenario {
        var s = Scenario()
        s.name = "Calibration"
        var shed = FacilitySpec(name: "shed")
        (shed.publicness, shed.salience, shed.complexity, shed.cost, shed.visibility) = (0.6, 0.8, 0.4, 60, 0.7)
        var lift = FacilitySpec(name: "lift")
        (lift.publicness, lift.salience, lift.complexity, lift.cost, lift.visibility) = (0.2, 0.95, 0.9, 400, 0.6)
        lift.serves = .building(1)
        var garden = FacilitySpec(name: "garden")
        (garden.publicness, garden.salience, garden.complexity, garden.cost, garden.visibility) = (
            0.9, 0.5, 0.2, 40, 0.9
        )
        s.facilities = [shed, lift, garden]
        return s
    }

    /// The seed of replicate `r` (1, 2, …) of a run seeded with `seed` (spec §10): a SplitMix64
    /// mix of the two, so replicates are independent streams and replicate r is the same whichever
    /// thread runs it or how many replicates there are.
    public static func replicateSeed(_ seed: UInt64, replicate r: Int) -> UInt64 {
        SplitMix64.derive(seed, 0x5245_5000 &+ UInt64(r))
    }

    /// The index of the facility called `name`.
    public func facilityIndex(_ name: String) -> Int? { facilities.firstIndex { $0.name == name } }

    /// Numbers the interventions 1, 2, … in order. A week-0 scenario is kept this way, so a saved
    /// script, which declares them in order, gives every intervention the same number on replay.
    public mutating func renumberInterventions() {
        for k in interventions.indices { interventions[k].id = k + 1 }
    }

    /// The next free intervention number.
    public var nextInterventionID: Int { (interventions.map(\.id).max() ?? 0) + 1 }

    /// The lowest resident index not taken by a name.
    public var nextFreeResidentIndex: Int? {
        let taken = Set(residentNames.values)
        return (0..<size).first { !taken.contains($0) }
    }
}

/// Hard limits that protect memory and time (docs/LANGUAGE.md lists them).
public enum Limits {
    /// Largest population a scenario may declare.
    public static let maxPopulation = 10_000_000
    /// Most facilities in one scenario.
    public static let maxFacilities = 64
    /// Most interventions in one scenario.
    public static let maxInterventions = 1_000
    /// Largest week number (about 190 years).
    public static let maxWeek = 10_000
}
