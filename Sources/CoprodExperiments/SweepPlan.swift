import CoprodLanguage
import CoprodModel

/// The runs of a sweep: grid cells (the full factorial of the axes, or a Latin hypercube sample of
/// them) × replicates, each with its index, cell, replicate, values and seed.
///
/// Run `k` is cell `k / R`, replicate `k % R + 1` (R replicates). Cells of a full factorial are
/// numbered with the first axis varying slowest, as nested loops in the order the axes are given.
///
/// Seeds (docs/EXPERIMENTS.md): cell `c` has the seed `base` for `c = 0` and
/// `SplitMix64.derive(base, 0x43454C4C + c)` for `c ≥ 1`; replicate `r` of a cell seeded `s`
/// runs with `Scenario.replicateSeed(s, replicate: r)`, as `--replicates` does. So a sweep without
/// axes is `coprod run FILE --replicates R`, and every run's own seed is printed in its rows.
public struct SweepPlan: Hashable, Sendable {
    public enum Sampling: Hashable, Sendable {
        case factorial
        /// A Latin hypercube of this many cells.
        case latin(Int)
    }

    public let axes: [Axis]
    public let sampling: Sampling
    public let replicates: Int
    public let baseSeed: UInt64
    /// Per cell, the index of each axis's value (factorial) — or, for a Latin hypercube, the
    /// cell's own values, kept in `latinValues`.
    private let latinAxes: [Axis]?

    /// Most runs one sweep may have.
    public static let maxRuns = 10_000_000

    /// - Throws: ``ExperimentError`` when there are too many runs, or `latin` without axes.
    public init(axes: [Axis], sampling: Sampling, replicates: Int, baseSeed: UInt64) throws(ExperimentError) {
        self.axes = axes
        self.sampling = sampling
        self.replicates = max(1, replicates)
        self.baseSeed = baseSeed
        switch sampling {
        case .factorial:
            latinAxes = nil
            var cells = 1.0
            for a in axes { cells *= Double(a.values.count) }
            let runs = cells * Double(self.replicates)
            guard runs <= Double(Self.maxRuns) else {
                throw ExperimentError(.tooManyRuns(count: Int(min(runs, 9e18)), limit: Self.maxRuns))
            }
        case .latin(let n):
            guard !axes.isEmpty else { throw ExperimentError(.latinNeedsAxes) }
            let runs = n * self.replicates
            guard runs <= Self.maxRuns else { throw ExperimentError(.tooManyRuns(count: runs, limit: Self.maxRuns)) }
            latinAxes = Self.latin(axes, cells: n, seed: baseSeed)
        }
    }

    /// Number of grid cells.
    public var cells: Int {
        switch sampling {
        case .factorial: axes.reduce(1) { $0 * $1.values.count }
        case .latin(let n): n
        }
    }

    public var runs: Int { cells * replicates }

    /// The seed of cell `c`.
    public static func cellSeed(_ base: UInt64, cell c: Int) -> UInt64 {
        c == 0 ? base : SplitMix64.derive(base, 0x4345_4C4C &+ UInt64(c))
    }

    /// The seed of run `(cell, replicate)`.
    public static func runSeed(_ base: UInt64, cell: Int, replicate: Int) -> UInt64 {
        Scenario.replicateSeed(cellSeed(base, cell: cell), replicate: replicate)
    }

    /// One run of the plan.
    public struct Run: Hashable, Sendable {
        public let index: Int
        public let cell: Int
        public let replicate: Int
        public let seed: UInt64
        /// Per axis, the value's text and the value.
        public let texts: [String]
        public let values: [SettingValue]

        public init(index: Int, cell: Int, replicate: Int, seed: UInt64, texts: [String], values: [SettingValue]) {
            self.index = index
            self.cell = cell
            self.replicate = replicate
            self.seed = seed
            self.texts = texts
            self.values = values
        }
    }

    public func run(_ k: Int) -> Run {
        let cell = k / replicates
        let replicate = k % replicates + 1
        let (texts, values) = cellValues(cell)
        return Run(
            index: k, cell: cell, replicate: replicate,
            seed: Self.runSeed(baseSeed, cell: cell, replicate: replicate), texts: texts, values: values)
    }

    /// The axis values of cell `c`.
    public func cellValues(_ c: Int) -> (texts: [String], values: [SettingValue]) {
        if let latinAxes { return (latinAxes.map { $0.texts[c] }, latinAxes.map { $0.values[c] }) }
        var rest = c
        var picks = Array(repeating: 0, count: axes.count)
        for a in axes.indices.reversed() {
            picks[a] = rest % axes[a].values.count
            rest /= axes[a].values.count
        }
        return (axes.indices.map { axes[$0].texts[picks[$0]] }, axes.indices.map { axes[$0].values[picks[$0]] })
    }

    /// The run indices of shard `i` of `n`: contiguous blocks, `[i·T/n, (i+1)·T/n)`.
    public func shardRange(_ i: Int, of n: Int) -> Range<Int> {
        let t = runs
        return (i * t / n)..<((i + 1) * t / n)
    }

    /// A Latin hypercube of `cells` points: for each axis, the cells take the `cells` strata of
    /// its range (or of its list of values) in a random order, at a random point in each stratum.
    /// The draws come from a SplitMix64 stream keyed by the base seed, so the sample is the same on
    /// every machine.
    static func latin(_ axes: [Axis], cells n: Int, seed: UInt64) -> [Axis] {
        var state = SplitMix64.derive(seed, 0x4C48_5300)
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            return SplitMix64.mix(state)
        }
        func uniform() -> Double { SplitMix64.unitInterval(next()) }
        return axes.map { axis in
            var order = Array(0..<n)
            for k in stride(from: n - 1, to: 0, by: -1) {
                order.swapAt(k, Int(next() % UInt64(k + 1)))
            }
            var texts: [String] = []
            var values: [SettingValue] = []
            for c in 0..<n {
                let u = (Double(order[c]) + uniform()) / Double(n)
                if let r = axis.range {
                    var x = r.lowerBound + u * (r.upperBound - r.lowerBound)
                    if case .integer = axis.key.type {
                        x = min(r.upperBound, (r.lowerBound + u * (r.upperBound - r.lowerBound + 1)).rounded(.down))
                    } else {
                        x = (x * 1e6).rounded() / 1e6
                    }
                    let text = literal(x)
                    texts.append(text)
                    values.append((try? axis.key.value(text)) ?? .real(x))
                } else {
                    let pick = min(axis.values.count - 1, Int(u * Double(axis.values.count)))
                    texts.append(axis.texts[pick])
                    values.append(axis.values[pick])
                }
            }
            return Axis(key: axis.key, texts: texts, values: values, range: axis.range)
        }
    }
}
