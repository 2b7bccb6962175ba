import CoprodModel
import Foundation

/// A replicated experiment for the validation suite: one scenario run over many seeds, with a
/// measurement taken from each run (`ParallelMap`: spread over threads, independent of their number).
struct Experiment {
    static let seeds: [UInt64] = Array(1...20)

    /// Runs `scenario` for every seed and returns `measure` of each run. `prepare` changes the
    /// model at week 0; `beforeWeek` may change it before each week is stepped.
    static func replicate(
        _ scenario: Scenario, weeks: Int = 104, seeds: [UInt64] = seeds,
        prepare: @Sendable (inout Model) -> Void = { _ in },
        beforeWeek: @Sendable (inout Model, Int) -> Void = { _, _ in },
        measure: @Sendable (Model) -> Double
    ) -> Sample {
        Sample(
            ParallelMap.map(seeds.count) { k in
                var s = scenario
                s.seed = seeds[k]
                var m = try! Model(scenario: s)
                prepare(&m)
                for week in 0..<weeks {
                    beforeWeek(&m, week)
                    m.step()
                }
                return measure(m)
            })
    }
}

/// A sample of per-seed measurements.
struct Sample: CustomStringConvertible {
    let values: [Double]
    init(_ values: [Double]) { self.values = values }
    var mean: Double { values.reduce(0, +) / Double(values.count) }
    var variance: Double {
        let m = mean
        return values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(max(1, values.count - 1))
    }
    var standardError: Double { (variance / Double(values.count)).squareRoot() }
    var description: String { String(format: "%.4f ± %.4f", mean, standardError) }
}
