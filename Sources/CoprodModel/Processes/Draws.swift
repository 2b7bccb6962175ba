/// The counter-based draws of one step (spec §10): every random number inside a step is
/// `SplitMix64.mix(key + γ·(f·2^40 + i + 1))`, where `key` depends on the run's seed, the week and
/// the process. A decision's number depends only on its coordinates, never on the order in which
/// residents are visited or on how many threads visit them.
struct StepDraws {
    /// Processes that draw.
    enum Process: UInt64 {
        case awareness = 1
        case join = 2
        case channel = 3
        case stay = 4
        /// Whether an unaware owner is reached to vote (spec §12 consent vote).
        case voteReach = 5
        /// Whether a voter approves (spec §12 consent vote).
        case voteApproval = 6
    }

    let key: UInt64

    init(seed: UInt64, week: Int, process: Process) {
        key = SplitMix64.derive(SplitMix64.derive(seed, 0x5354_4550 &+ UInt64(week)), process.rawValue)
    }

    /// The uniform `0..<1` draw for facility f and resident i.
    @inline(__always)
    func uniform(_ f: Int, _ i: Int) -> Double {
        let counter = (UInt64(f) << 40) | UInt64(i)
        return SplitMix64.unitInterval(SplitMix64.mix(key &+ SplitMix64.gamma &* (counter &+ 1)))
    }
}

/// What one step did, counted for the step report (spec §8 and the three levels of the paper).
public struct StepTally: Hashable, Sendable {
    public var newlyAware: [Int]
    public var autonomousJoins: [Int]
    public var mobilisedJoins: [Int]
    public var lapses: [Int]

    public init(facilityCount: Int) {
        newlyAware = Array(repeating: 0, count: facilityCount)
        autonomousJoins = newlyAware
        mobilisedJoins = newlyAware
        lapses = newlyAware
    }
}

/// State read by several processes of one step, computed once at its start.
struct StepContext {
    var levers: [Levers]
    /// Per f·N + i: ties active on f at the start of the step (`k` of spec §3, §4).
    var activeTies: [Int32]
    /// Per resident: `solidary_i` (share of ties active on any facility, 0 if not active herself).
    var solidary: [Double]
    /// Per f·N + i: ties who are activists and active on f at the start of the step (spec §12);
    /// empty without activists.
    var activistTies: [Int32] = []
}
