/// How far the build of a model's week 0 has got: the population draw, then the social ties
/// (spec §1), each about half of the work.
public struct BuildStatus: Sendable, Equatable {
    /// The size of the community being built.
    public var residents: Int
    /// The share of the build done, `0...1`.
    public var fraction: Double

    public init(residents: Int, fraction: Double) {
        self.residents = residents
        self.fraction = fraction
    }
}

/// Asked while a model's week 0 is built (``Model/init(scenario:progress:)``), every
/// ``buildProgressInterval`` residents of the population draw and of the tie construction: true
/// goes on, false stops the build, which then throws ``ModelError/cancelled(residents:)``. It never
/// changes what is drawn: a build that goes on gives the same model as one without it.
public typealias BuildProgress = (BuildStatus) -> Bool

/// Residents drawn (or linked) between two questions to a ``BuildProgress``.
public let buildProgressInterval = 16_384

/// Asks `progress` at resident `i` of a phase of the build (`phase` 0: the population draw,
/// 1: the ties) when `i` starts a new interval; false means stop.
@inline(__always)
func buildGoesOn(_ progress: BuildProgress?, resident i: Int, of n: Int, phase: Int) -> Bool {
    guard let progress, i % buildProgressInterval == 0 else { return true }
    return progress(BuildStatus(residents: n, fraction: (Double(phase) + Double(i) / Double(max(1, n))) / 2))
}

/// How far a replay of a run (``Model/replay(_:changes:to:progress:)``) has got: week 0 built,
/// then stepped to its week.
public struct ReplayStatus: Sendable, Equatable {
    /// The size of the community being rebuilt.
    public var residents: Int
    /// The week reached (0 while week 0 is built).
    public var week: Int
    /// The week the replay goes to, `0...Limits.maxWeek`.
    public var target: Int
    /// The share of the replay done, `0...1`, the build counted as ``replayBuildWeight``
    /// resident-facility steps per resident.
    public var fraction: Double

    public init(residents: Int, week: Int, target: Int, fraction: Double) {
        self.residents = residents
        self.week = week
        self.target = target
        self.fraction = fraction
    }
}

/// Asked while a run is replayed: as week 0 is built (every ``buildProgressInterval`` residents),
/// then before each week is stepped: true goes on, false stops the replay, which then throws
/// ``ModelError/cancelled(residents:)``. It never changes the model a replay that goes on gives.
public typealias ReplayProgress = (ReplayStatus) -> Bool

/// How many resident-facility steps building one resident costs, for a replay's ``ReplayStatus/fraction``:
/// docs/PERFORMANCE.md measured a build of 1,000,000 residents at 2.1–3.7 s and a step at
/// 77–92 ns per resident and facility, so a build takes about as long as 30 facility-weeks
/// (10 weeks of the three-facility calibration scenario).
public let replayBuildWeight = 30.0
