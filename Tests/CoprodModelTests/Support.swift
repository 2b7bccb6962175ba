import Testing

@testable import CoprodModel

// Shared builders for the model tests: small scenarios whose state the tests then set directly
// through `@testable` access.

/// The model's resident trait (Swift Testing also has a `ResidentTrait`).
typealias ResidentTrait = CoprodModel.ResidentTrait

/// `|a − b| ≤ tol`.
func close(_ a: Double, _ b: Double, _ tol: Double = 1e-9) -> Bool { abs(a - b) <= tol }

enum Fixture {
    /// A facility with the shed's attributes unless told otherwise.
    static func facility(
        _ name: String = "f", publicness: Double = 0.6, salience: Double = 0.8,
        complexity: Double = 0.4, cost: Double = 60, visibility: Double = 0.7,
        serves: Beneficiaries = .all, initiator: Initiator = .government,
        outreach: Double? = nil
    ) -> FacilitySpec {
        var s = FacilitySpec(name: name)
        s.publicness = publicness
        s.salience = salience
        s.complexity = complexity
        s.cost = cost
        s.visibility = visibility
        s.serves = serves
        s.initiator = initiator
        s.outreach = outreach
        return s
    }

    /// An intervention.
    static func intervention(
        _ kind: InterventionKind, _ strength: Double, on target: String? = nil,
        from start: Int = 0, to end: Int? = nil, id: Int = 1
    ) -> Intervention {
        Intervention(id: id, kind: kind, target: target, strength: strength, start: start, end: end)
    }

    /// A model of `size` residents. By default nobody has ties (kIn = kOut = 0), so the tie terms
    /// are 0 unless a test asks for a network.
    static func model(
        size: Int, kIn: Int = 0, kOut: Int = 0, blockSize: Int = 40, seed: UInt64 = 7,
        facilities: [FacilitySpec] = [facility()], interventions: [Intervention] = [],
        overrides: [Int: ResidentOverrides] = [:],
        edit: (inout Scenario) -> Void = { _ in }
    ) throws -> Model {
        var s = Scenario()
        s.size = size
        s.seed = seed
        s.parameters.kIn = kIn
        s.parameters.kOut = kOut
        s.parameters.blockSize = blockSize
        s.facilities = facilities
        s.interventions = interventions
        s.overrides = overrides
        edit(&s)
        return try Model(scenario: s)
    }

    /// Five residents in one building, each tied to the other four (a complete graph K5).
    static func k5(facilities: [FacilitySpec] = [facility()], interventions: [Intervention] = []) throws -> Model {
        let m = try model(size: 5, kIn: 4, blockSize: 5, facilities: facilities, interventions: interventions)
        for i in 0..<5 { precondition(m.population.ties.degree(of: i) == 4, "K5 expected") }
        return m
    }

    /// Six residents, one per age × tenure cell, in the order young owner, young renter, middle
    /// owner, middle renter, older owner, older renter.
    static var oneResidentPerCell: [Int: ResidentOverrides] {
        var o: [Int: ResidentOverrides] = [:]
        var i = 0
        for a in AgeGroup.allCases {
            for t in Tenure.allCases {
                o[i] = ResidentOverrides(age: a, tenure: t)
                i += 1
            }
        }
        return o
    }
}

extension Model {
    /// Step 1 of a week and the start-of-step snapshot, built exactly as ``step()`` builds them, so
    /// that a test can run one process on its own.
    mutating func beginStep() -> StepContext {
        let levers = applyInterventions()
        return makeContext(levers: levers)
    }

    /// Sets resident i's stage on facility f (and marks her a veteran when active, as joining does).
    mutating func put(_ i: Int, _ s: Stage, on f: Int = 0) {
        stage[pair(f, i)] = s
        if s == .active { veteran[i] = true }
    }

    /// Sets several traits of resident i.
    mutating func setTraits(_ i: Int, _ values: [ResidentTrait: Double]) {
        for (t, v) in values { population.set(t, of: i, to: v) }
    }

    /// Sets the same traits for every resident.
    mutating func setTraitsForAll(_ values: [ResidentTrait: Double]) {
        for i in 0..<residentCount { setTraits(i, values) }
    }

    /// The stages of facility f, in resident order.
    func stages(_ f: Int) -> [Stage] { Array(stage[(f * residentCount)..<((f + 1) * residentCount)]) }
}
