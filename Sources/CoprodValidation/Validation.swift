import CoprodModel

/// The result of one effect over the seeds.
public struct EffectResult: Hashable, Sendable {
    public let id: String
    /// Mean of the per-seed effects.
    public let mean: Double
    /// Standard error of that mean (sample SD / √n).
    public let standardError: Double
    public let band: Band
    /// Means of the two arms' measure (for the table: base → treated).
    public let baseMean: Double
    public let treatedMean: Double
    /// The per-seed effects, in seed order.
    public let values: [Double]

    public init(
        id: String, mean: Double, standardError: Double, band: Band, baseMean: Double, treatedMean: Double,
        values: [Double]
    ) {
        self.id = id
        self.mean = mean
        self.standardError = standardError
        self.band = band
        self.baseMean = baseMean
        self.treatedMean = treatedMean
        self.values = values
    }

    /// The sign is right: in the band's direction, by at least ``Band/signMargin`` SE (any amount
    /// when every seed gives the same effect); always true for a range (``Expectation/range(_:)``).
    public var signRight: Bool {
        // A "stays about the same" band (``Expectation/within(_:)``) asks for no sign.
        if band.sign == 0 { return true }
        let directed = mean * band.sign
        guard directed > 0 else { return false }
        return standardError == 0 || directed >= Band.signMargin * standardError
    }

    /// The effect lies in its band (always true for a sign-only effect).
    public var inBand: Bool { band.interval.map { $0.contains(mean) } ?? true }

    public var passed: Bool { signRight && inBand }
}

/// The result of one fact: it passes when every effect passes.
public struct FactResult: Hashable, Sendable {
    public let id: String
    public let mechanism: String
    public let effects: [EffectResult]
    public var passed: Bool { effects.allSatisfy(\.passed) }
}

/// Runs stylised facts over seeds 1…n, each distinct arm once per seed, spread over threads with
/// ``ParallelMap`` (the results do not depend on the number of threads).
public enum Validation {
    /// Seeds of a full validation (spec §11 asks for at least 20; 40 halves the variance).
    public static let defaultSeeds = 40
    /// Seeds of `--quick`.
    public static let quickSeeds = 20

    /// Each fact's result over seeds `1...seeds` with `changes` applied to every arm.
    /// - Parameters:
    ///   - facts: the facts (``FactLibrary/all``).
    ///   - seeds: number of seeds, `2...`.
    ///   - changes: parameter changes applied to every arm (a mechanism switch, a mutant), after the
    ///     arm's own constants.
    ///   - stopAtFirstFailure: run the facts in order and stop after the first that fails (the
    ///     mutation check: one failing fact kills a mutant); the results then end with it.
    /// - Returns: Each fact's result, in order.
    /// - Throws: ``ValidationError`` when a change does not apply.
    public static func run(
        _ facts: [StylisedFact], seeds: Int = defaultSeeds, changes: [ParameterChange] = [],
        stopAtFirstFailure: Bool = false
    ) throws(ValidationError) -> [FactResult] {
        precondition(seeds >= 2, "a standard error needs two seeds")
        // Check the changes once, on the default constants, before any run.
        var probe = Parameters()
        for c in changes { try c.apply(to: &probe) }
        var table: [String: [Double]] = [:]
        if !stopAtFirstFailure {
            try measure(facts.flatMap(\.effects), seeds: seeds, changes: changes, into: &table)
            return facts.map { result(of: $0, table) }
        }
        var results: [FactResult] = []
        for fact in facts {
            try measure(fact.effects, seeds: seeds, changes: changes, into: &table)
            results.append(result(of: fact, table))
            if results.last?.passed == false { break }
        }
        return results
    }

    static func result(of fact: StylisedFact, _ table: [String: [Double]]) -> FactResult {
        FactResult(
            id: fact.id, mechanism: fact.mechanism,
            effects: fact.effects.map { e in
                let base = table["\(e.base.key)/\(e.measure.key)"] ?? []
                let treated = table["\(e.treated.key)/\(e.measure.key)"] ?? []
                let reference = e.reference.map { table["\($0.key)/\(e.measure.key)"] ?? [] }
                let values = zip(base, treated).enumerated().map { s, pair in
                    let (b, t) = pair
                    switch e.kind {
                    case .difference: return t - b
                    case .relative: return b == 0 ? 0 : t / b - 1
                    case .level: return t
                    case .interaction:
                        guard reference.count == 2, s < reference[0].count, s < reference[1].count else { return t - b }
                        return (t - b) - (reference[1][s] - reference[0][s])
                    }
                }
                let (mean, se) = meanAndStandardError(values)
                return EffectResult(
                    id: e.id, mean: mean, standardError: se, band: Band(e.expectation, se: se),
                    baseMean: meanAndStandardError(base).0, treatedMean: meanAndStandardError(treated).0,
                    values: values)
            })
    }

    /// Runs the arms of `effects` that `table` lacks over the seeds, each distinct arm once per
    /// seed: `table["ARM/MEASURE"]` = per-seed values. An arm in the table with every measure it
    /// needs is not run again.
    static func measure(
        _ effects: [Effect], seeds: Int, changes: [ParameterChange], into table: inout [String: [Double]]
    ) throws(ValidationError) {
        var arms: [Arm] = []
        var measures: [String: [Measure]] = [:]
        for e in effects {
            for arm in e.arms where table["\(arm.key)/\(e.measure.key)"] == nil {
                if measures[arm.key] == nil { arms.append(arm) }
                var list = measures[arm.key] ?? []
                if !list.contains(where: { $0.key == e.measure.key }) { list.append(e.measure) }
                measures[arm.key] = list
            }
        }
        let frozenArms = arms
        let frozenMeasures = measures
        let results: [Result<[Double], ValidationError>] = ParallelMap.map(arms.count * seeds) { job in
            let arm = frozenArms[job / seeds]
            let seed = UInt64(job % seeds + 1)
            do throws(ValidationError) {
                let m = try arm.run(seed: seed, changes: changes)
                return .success((frozenMeasures[arm.key] ?? []).map { $0.read(m) })
            } catch {
                return .failure(error)
            }
        }
        for (a, arm) in arms.enumerated() {
            for (k, measure) in (measures[arm.key] ?? []).enumerated() {
                var column: [Double] = []
                for s in 0..<seeds {
                    switch results[a * seeds + s] {
                    case .success(let v): column.append(v[k])
                    case .failure(let e): throw e
                    }
                }
                table["\(arm.key)/\(measure.key)"] = column
            }
        }
    }

    /// The mean and its standard error (sample SD / √n; 0 for fewer than two values).
    public static func meanAndStandardError(_ values: [Double]) -> (Double, Double) {
        guard !values.isEmpty else { return (0, 0) }
        let n = Double(values.count)
        let mean = values.reduce(0, +) / n
        guard values.count > 1 else { return (mean, 0) }
        let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
        return (mean, (variance / n).squareRoot())
    }
}

/// Everything one `coprod validate` found: the facts, the mechanism checks, spec §13's calibration
/// and, when asked for, the mutation check and the sensitivity.
public struct ValidationReport: Sendable {
    /// Seeds of the facts.
    public let seeds: Int
    /// Spec §11's (and §12's) facts, ``FactLibrary/all``.
    public let facts: [FactResult]
    /// The checks of rules the spec states that §11's facts do not isolate, ``FactLibrary/mechanisms``.
    public let mechanisms: [FactResult]
    /// Spec §13's calibration check, ``FactLibrary/calibration`` (nil when not run).
    public let calibration: FactResult?
    /// Seeds of the mutation check (the facts' seeds: a mutant is judged by the facts that pass unmutated).
    public let mutantSeeds: Int
    public let mutants: [MutantResult]?
    public let sensitivity: Sensitivity.Report?

    public init(
        seeds: Int, facts: [FactResult], mechanisms: [FactResult] = [], calibration: FactResult? = nil,
        mutantSeeds: Int, mutants: [MutantResult]?, sensitivity: Sensitivity.Report?
    ) {
        self.seeds = seeds
        self.facts = facts
        self.mechanisms = mechanisms
        self.calibration = calibration
        self.mutantSeeds = mutantSeeds
        self.mutants = mutants
        self.sensitivity = sensitivity
    }

    /// The share of mutants killed that the mutation check requires.
    public static let requiredKillRate = 0.9

    /// Seeds of the mutation check for facts run over `seeds`: the same, so that the unmutated facts,
    /// which pass over those seeds, are the reference (fewer seeds would fail facts by noise alone).
    public static func mutantSeeds(for seeds: Int) -> Int { seeds }
    /// Seeds of the sensitivity for facts run over `seeds`: an eighth, at least 2.
    public static func sensitivitySeeds(for seeds: Int) -> Int { max(2, seeds / 8) }

    public var killRate: Double? {
        mutants.map { $0.isEmpty ? 1 : Double($0.filter(\.killed).count) / Double($0.count) }
    }

    /// Every fact, mechanism check and calibration effect passes and, when mutants ran, at least
    /// ``requiredKillRate`` of them are killed.
    public var passed: Bool {
        (facts + mechanisms).allSatisfy(\.passed) && (calibration?.passed ?? true)
            && (killRate ?? 1) >= Self.requiredKillRate
    }

    /// The facts, the mechanism checks and the calibration over `seeds` (one run of their arms).
    /// - Throws: ``ValidationError`` when a change does not apply.
    public static func checks(seeds: Int) throws(ValidationError) -> (
        facts: [FactResult], mechanisms: [FactResult], calibration: FactResult
    ) {
        let all = try Validation.run(FactLibrary.checked, seeds: seeds)
        let n = FactLibrary.all.count
        let m = FactLibrary.mechanisms.count
        return (Array(all[0..<n]), Array(all[n..<(n + m)]), all[n + m])
    }

    /// Runs the facts, mechanism checks and calibration over `seeds`, and the mutants and
    /// sensitivity when asked for.
    /// - Parameters:
    ///   - seeds: the facts' seeds, `2...`.
    ///   - mutants: whether to run the mutation check.
    ///   - sensitivity: whether to run the sensitivity.
    ///   - progress: called with a stage, the work done of it and its total: `facts` (0 of 1, then 1
    ///     of 1), `mutants` (k of n), `sensitivity` (0 of 1, then 1 of 1).
    ///   - cancelled: asked between stages and between mutants; when it answers true the run stops
    ///     and returns nil.
    /// - Returns: The report, or nil when cancelled.
    /// - Throws: ``ValidationError`` when a change does not apply.
    public static func run(
        seeds: Int, mutants: Bool, sensitivity: Bool, progress: (String, Int, Int) -> Void = { _, _, _ in },
        cancelled: () -> Bool = { false }
    ) throws(ValidationError) -> ValidationReport? {
        progress("facts", 0, 1)
        let checked = try checks(seeds: seeds)
        progress("facts", 1, 1)
        if cancelled() { return nil }
        let list = MutantLibrary.all
        var mutantResults: [MutantResult]?
        if mutants {
            guard
                let r = try MutantLibrary.run(
                    list, seeds: mutantSeeds(for: seeds), progress: { progress("mutants", $0, list.count) },
                    cancelled: cancelled)
            else { return nil }
            mutantResults = r
        }
        var sens: Sensitivity.Report?
        if sensitivity {
            if cancelled() { return nil }
            progress("sensitivity", 0, 1)
            sens = Sensitivity.run(seeds: sensitivitySeeds(for: seeds))
            progress("sensitivity", 1, 1)
        }
        return ValidationReport(
            seeds: seeds, facts: checked.facts, mechanisms: checked.mechanisms, calibration: checked.calibration,
            mutantSeeds: mutantSeeds(for: seeds), mutants: mutantResults, sensitivity: sens)
    }
}
