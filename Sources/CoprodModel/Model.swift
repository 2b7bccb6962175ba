/// A resident's behavioural stage on one facility (spec §1).
public enum Stage: UInt8, WordCase {
    case unaware, aware, active, lapsed
    public var description: String {
        switch self {
        case .unaware: "unaware"
        case .aware: "aware"
        case .active: "active"
        case .lapsed: "lapsed"
        }
    }
}

/// How a resident last entered a facility (spec §4): not yet, on her own, or mobilised.
public enum Channel: UInt8, WordCase {
    case none, autonomous, mobilised
    public var description: String {
        switch self {
        case .none: "none"
        case .autonomous: "autonomous"
        case .mobilised: "mobilised"
        }
    }
}

/// Errors from building or changing a model. The language layer turns them into diagnostics.
public enum ModelError: Error, Hashable, Sendable {
    /// A number outside its range: name, value, range.
    case outOfRange(String, Double, ClosedRange<Double>)
    case duplicateFacility(String)
    case unknownFacility(String)
    case tooMany(String, limit: Int)
    /// A model constant's name that ``Parameters/catalogue`` does not have.
    case unknownParameter(String)
    /// The build of a community of `residents` was stopped by its ``BuildProgress``, or its
    /// replay by its ``ReplayProgress``.
    case cancelled(residents: Int)
}

/// The co-production model: residents, facilities, the government and the interventions, stepped one
/// week at a time (spec §2). A value type: copying a model is cheap until one copy changes (the arrays
/// are copy-on-write), which lets the session try a command on a copy and keep it only on success.
///
/// Layout: per-resident data in ``Population`` (one array per trait); per resident × facility state in
/// flat arrays indexed `f·N + i`, so a facility's residents are contiguous.
public struct Model: Sendable {
    /// The configuration in force (changes made mid-run are written here too).
    public internal(set) var scenario: Scenario
    public internal(set) var population: Population
    public internal(set) var facilities: [FacilityState]
    /// Weeks stepped so far; the next step is week `week`.
    public internal(set) var week = 0

    // Per resident × facility, index f·N + i.
    public internal(set) var stage: [Stage]
    public internal(set) var channel: [Channel]
    public internal(set) var incentiveDriven: [Bool]
    /// Week of the first entry, or -1.
    public internal(set) var joinedAt: [Int32]
    /// Consecutive weeks active in the current spell (saturates at 65,535; `Limits.maxWeek` is 10,000).
    public internal(set) var activeRun: [UInt16]
    /// Ever active for `sustainWeeks` consecutive weeks.
    public internal(set) var sustained: [Bool]
    public internal(set) var satisfaction: [Double]
    public internal(set) var fatigue: [Double]

    // Per resident.
    /// Ever active on any facility (`veteran_i`, spec §3).
    public internal(set) var veteran: [Bool]
    /// Per tie: weeks in which both ends were active on some facility (social capital, spec §8).
    public internal(set) var tieWeeksTogether: [UInt16]
    /// Per resident: an activist (spec §12, ``Activists/flags(share:overrides:population:)``);
    /// empty when there is none.
    public internal(set) var activist: [Bool] = []

    /// One record per week: index 0 is the state before the first step.
    public internal(set) var history: [WeekRecord] = []
    /// Events (phase changes, completion, degradation) in order.
    public internal(set) var events: [ModelEvent] = []
    /// Explanations kept while the model steps: every pair's when ``recordsExplanations``, one
    /// pair's in a replay (see `Model+Explanations.swift`).
    var storedRecords = ExplanationRecords()
    /// The pairs `f·N + i` whose join and lapse decisions a step stores in `storedRecords`.
    var recordedPairs: Range<Int> = 0..<0
    /// When not negative, only this resident's decisions (on every facility) are stored.
    var recordedResident = -1
    /// The scenario the model was built from (before any change made through the API).
    let origin: Scenario
    /// The changes made through the API, with the week of each, in order (for a replay).
    var journal: [JournalEntry] = []
    /// The explanations replayed for this state, shared by copies until one of them changes.
    var explanationCache = ExplanationCache()
    /// The threads pass 1 of the fused step uses; nil: all cores from
    /// ``Population/parallelBuildSize`` residents on, else one. The results do not depend on it
    /// (``FusedPass1/runAll(threads:sumI:sumR:joins:lapses:)``).
    var stepThreads: Int?

    /// Keep every explanation record while stepping, instead of recomputing them on demand.
    ///
    /// Off (the default), ``firstJoin``, ``lastJoin``, ``lastLapse`` and ``explanations(ofPair:)``
    /// replay the run from ``origin`` with the same draws and changes and give the same values; the
    /// model then keeps no memory per decision. On, the records are kept from the week it is set
    /// (memory grows with the decisions, ≈ 190 B per resident over 52 weeks at 1,000,000).
    public var recordsExplanations: Bool {
        get { recordedPairs == 0..<Int.max }
        set {
            recordedPairs = newValue ? 0..<Int.max : 0..<0
            explanationCache = ExplanationCache()
        }
    }

    /// Residents.
    public var residentCount: Int { population.count }

    /// Builds week 0 of a scenario: draws the population and sets every facility in planning.
    /// - Parameters:
    ///   - scenario: The scenario.
    ///   - progress: Asked as the population and its ties are drawn (see ``BuildProgress``); the
    ///     model is the same with or without it.
    /// - Throws: ``ModelError`` when the scenario breaks a limit; ``ModelError/cancelled(residents:)``
    ///   when `progress` said to stop.
    public init(scenario: Scenario, progress: BuildProgress? = nil) throws(ModelError) {
        guard (1...Limits.maxPopulation).contains(scenario.size) else {
            throw .outOfRange("size", Double(scenario.size), 1...Double(Limits.maxPopulation))
        }
        guard scenario.facilities.count <= Limits.maxFacilities else {
            throw .tooMany("facilities", limit: Limits.maxFacilities)
        }
        self.scenario = scenario
        origin = scenario
        population = try Population(
            size: scenario.size, profile: scenario.profile, seed: scenario.seed,
            overrides: scenario.overrides, parameters: scenario.parameters, progress: progress)
        let n = scenario.size
        let pairs = n * scenario.facilities.count
        stage = Array(repeating: .unaware, count: pairs)
        channel = Array(repeating: .none, count: pairs)
        incentiveDriven = Array(repeating: false, count: pairs)
        joinedAt = Array(repeating: -1, count: pairs)
        activeRun = Array(repeating: 0, count: pairs)
        sustained = Array(repeating: false, count: pairs)
        satisfaction = Array(repeating: scenario.parameters.satisfactionStart, count: pairs)
        fatigue = Array(repeating: 0, count: pairs)
        veteran = Array(repeating: false, count: n)
        tieWeeksTogether = Array(repeating: 0, count: population.ties.edgeCount)
        activist = Activists.flags(share: scenario.activistShare, overrides: scenario.overrides, population: population)
        facilities = []
        for (f, spec) in scenario.facilities.enumerated() {
            facilities.append(makeState(spec, createdAt: 0, drawIndex: f))
        }
        history = [record(tally: StepTally(facilityCount: facilities.count))]
    }

    func makeState(_ spec: FacilitySpec, createdAt: Int, drawIndex: Int) -> FacilityState {
        var st = FacilityState()
        st.createdAt = createdAt
        st.drawIndex = drawIndex
        st.role = scenario.government.role
        st.responsiveness = scenario.government.responsiveness
        var cells: UInt8 = 0
        for i in 0..<population.count where serves(spec, i) {
            cells |= 1 << demographicCell(population.age[i], population.tenure[i])
        }
        st.servedCells = cells
        st.quality = clamp01(0.3)
        return st
    }

    /// True when facility `spec` serves resident i (spec §1 `serves`).
    @inline(__always)
    public func serves(_ spec: FacilitySpec, _ i: Int) -> Bool {
        switch spec.serves {
        case .all: true
        case .building(let b): population.building[i] == Int32(b)
        case .age(let a): population.age[i] == a
        case .tenure(let t): population.tenure[i] == t
        }
    }

    /// Index into the per resident × facility arrays.
    @inline(__always)
    public func pair(_ f: Int, _ i: Int) -> Int { f * population.count + i }

    /// The current classification of facility f (spec §9). Before any entry a residents' project
    /// has autonomy 1 (self-organised), a government one 0 (docs/MODEL.md, "Entries and autonomy").
    public func classification(of f: Int) -> Classification {
        let st = facilities[f]
        let spec = scenario.facilities[f]
        let autonomy = st.entries == 0 && spec.initiator == .residents ? 1 : st.autonomy
        return Classification(
            facility: spec.name, autonomy: autonomy, entries: st.entries,
            autonomousEntries: st.autonomousEntries, publicness: spec.publicness,
            thresholds: scenario.thresholds)
    }
}
