import CoprodModel
import Foundation

/// A replicated experiment for the validation suite: one scenario run over many seeds, with a
/// measurement taken from each run (`ParallelMap`: spread over threads, independent of their number).
struct Experiment {
    static let seeds: [UInt64] = Array(1...20)

    /// Spec §11's test facility: publicness 0.6, salience 0.6, complexity 0.5, cost 80, visibility 0.7, serves all.
    static func factsScenario(_ configure: (inout FacilitySpec) -> Void = { _ in }) -> Scenario {
        var s = Scenario()
        s.size = 400
        var f = FacilitySpec(name: "project")
        (f.publicness, f.salience, f.complexity, f.cost, f.visibility) = (0.6, 0.6, 0.5, 80, 0.7)
        configure(&f)
        s.facilities = [f]
        return s
    }

    /// An intervention at strength 0.8 from week 0 (spec §11), optionally ending.
    static func intervention(_ kind: InterventionKind, id: Int, end: Int? = nil, target: String? = nil) -> Intervention
    {
        Intervention(id: id, kind: kind, target: target, strength: 0.8, start: 0, end: end)
    }

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

    /// How many standard errors separate `self` from `other` (positive: self larger), pairing the
    /// runs seed by seed. Both samples come from the same seeds, so both scenarios share their
    /// population and every keyed draw (common random numbers); the paired difference removes that
    /// shared noise.
    func separation(over other: Sample) -> Double {
        precondition(values.count == other.values.count)
        let d = Sample(zip(values, other.values).map { $0 - $1 })
        return d.standardError == 0 ? (d.mean > 0 ? .infinity : 0) : d.mean / d.standardError
    }
}
