import CoprodModel

/// One-at-a-time sensitivity: every constant of ``Parameters/catalogue`` moved to −20 %, +20 % and
/// the two ends of its range (one at a time, the others at their defaults), on spec §11's scenario
/// without interventions, 104 weeks; each outcome's change from the default run, paired seed by seed.
public enum Sensitivity {
    /// The outcomes read, as names of the metric registry's facility and community metrics.
    public static let outcomes: [(level: MetricLevel, name: String)] = [
        (.facility, "everJoined"), (.facility, "retention"), (.facility, "quality"), (.facility, "active"),
        (.facility, "autonomy"), (.community, "responsibility"), (.community, "trust"),
    ]

    /// Seeds of a sensitivity run (common random numbers make a paired change precise with few).
    public static let defaultSeeds = 10

    /// Which value a constant is moved to.
    public enum Point: String, CaseIterable, Hashable, Sendable {
        case minus20, plus20, low, high
    }

    /// One constant's row: its default, the four values tried and, per outcome, the mean change at each.
    public struct Row: Hashable, Sendable {
        public let parameter: String
        public let defaultValue: Double
        /// The value at each point, in ``Point`` order.
        public let values: [Double]
        /// `changes[o][p]`: the mean change of outcome o at point p.
        public let changes: [[Double]]

        /// The swing of outcome `o`: the smallest and largest change over the four points.
        public func swing(_ o: Int) -> ClosedRange<Double> {
            let c = changes[o]
            return min(0, c.min() ?? 0)...max(0, c.max() ?? 0)
        }
        /// Width of the swing of outcome `o`.
        public func width(_ o: Int) -> Double { swing(o).upperBound - swing(o).lowerBound }
    }

    /// The outcome values of the default run, per outcome, and the rows.
    public struct Report: Hashable, Sendable {
        public let seeds: Int
        public let baseline: [Double]
        public let rows: [Row]

        /// The rows ordered by the width of outcome `o`'s swing, widest first (ties by name).
        public func tornado(_ o: Int) -> [Row] {
            rows.sorted { a, b in
                a.width(o) != b.width(o) ? a.width(o) > b.width(o) : a.parameter < b.parameter
            }
        }

        /// The outcome whose change, relative to its baseline, is largest for `row`.
        public func mostMoved(_ row: Row) -> Int {
            let scaled = outcomes.indices.map { o in row.width(o) / max(abs(baseline[o]), 1e-9) }
            return scaled.indices.max { scaled[$0] < scaled[$1] } ?? 0
        }
    }

    /// The four values tried for `entry` with default `d`: ±20 % clamped to the range (rounded for a
    /// whole number), and the range's ends — the settings registry's range of the constant (an open
    /// top is taken as 10 × the default, at least 1).
    static func points(_ entry: Parameters.Entry, default d: Double) -> [Double] {
        let r = entry.range
        let top = r.upperBound.isFinite ? r.upperBound : max(1, 10 * d)
        func fit(_ v: Double) -> Double {
            let c = min(max(v, r.lowerBound), top)
            return entry.isInteger ? c.rounded() : c
        }
        // The range's ends are the settings registry's (`set NAME VALUE` accepts them), structural
        // counts included: 100 ties each (a building of 40 caps ties inside at 39), one building of
        // 100 000 (the whole community in one block).
        return [fit(d * 0.8), fit(d * 1.2), fit(r.lowerBound), fit(top)]
    }

    static func read(_ m: Model) -> [Double] {
        outcomes.map { o in
            let metric = MetricRegistry.metric(named: o.name, at: o.level)
            let value: MetricValue? =
                o.level == .facility ? metric?.value(of: m.outcomes.facilities[0]) : metric?.value(in: m.outcomes)
            switch value {
            case .number(let x): return x
            case .count(let n): return Double(n)
            case .flag(let b): return b ? 1 : 0
            default: return 0
            }
        }
    }

    /// Runs the sensitivity over seeds `1...seeds`, spread over threads (independent of their number).
    public static func run(seeds: Int = defaultSeeds, parameters: [Parameters.Entry] = Parameters.catalogue) -> Report {
        let base = FactLibrary.scenario()
        let defaults = Parameters()
        let plans: [(entry: Parameters.Entry, values: [Double])] = parameters.map {
            ($0, points($0, default: defaults.value(of: $0)))
        }
        // Job 0…seeds−1: the default; then parameter × point × seed.
        let perParameter = Point.allCases.count * seeds
        let results = ParallelMap.map(seeds + plans.count * perParameter) { job -> [Double] in
            var s = base
            if job < seeds {
                s.seed = UInt64(job + 1)
            } else {
                let k = job - seeds
                let plan = plans[k / perParameter]
                s.seed = UInt64(k % seeds + 1)
                s.parameters.set(plan.entry, to: plan.values[(k % perParameter) / seeds])
            }
            var m: Model
            do { m = try Model(scenario: s) } catch {
                preconditionFailure("a sensitivity run cannot be built: \(error)")
            }
            for _ in 0..<104 { m.step() }
            return read(m)
        }
        let baselineRuns = Array(results[0..<seeds])
        let baseline = outcomes.indices.map { o in baselineRuns.map { $0[o] }.reduce(0, +) / Double(seeds) }
        let rows = plans.enumerated().map { i, plan in
            let changes = outcomes.indices.map { o in
                Point.allCases.indices.map { p in
                    (0..<seeds).map { s in
                        results[seeds + i * perParameter + p * seeds + s][o] - baselineRuns[s][o]
                    }.reduce(0, +) / Double(seeds)
                }
            }
            return Row(
                parameter: plan.entry.name, defaultValue: defaults.value(of: plan.entry), values: plan.values,
                changes: changes)
        }
        return Report(seeds: seeds, baseline: baseline, rows: rows)
    }
}
