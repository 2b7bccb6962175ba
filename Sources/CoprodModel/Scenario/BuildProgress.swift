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
