import CoprodModel

/// One scenario of a paired comparison: the scenario, how many weeks it runs, a change made to the
/// model at week 0 and one made before a given week. Two arms with the same ``key`` are the same
/// runs, so a validation steps each distinct arm once per seed, whichever effects read it.
public struct Arm: Sendable {
    /// Identifies the arm within a fact library (same key, same runs).
    public let key: String
    public let scenario: Scenario
    /// Weeks stepped, `0...Limits.maxWeek`.
    public let weeks: Int
    let prepare: @Sendable (inout Model) -> Void
    let beforeWeek: @Sendable (inout Model, Int) -> Void

    public init(
        _ key: String, _ scenario: Scenario, weeks: Int = 104,
        prepare: @escaping @Sendable (inout Model) -> Void = { _ in },
        beforeWeek: @escaping @Sendable (inout Model, Int) -> Void = { _, _ in }
    ) {
        self.key = key
        self.scenario = scenario
        self.weeks = weeks
        self.prepare = prepare
        self.beforeWeek = beforeWeek
    }

    /// Runs the arm from `seed` with `changes` applied to its constants, and returns the model at
    /// its last week.
    /// - Throws: ``ValidationError`` when a change does not apply.
    func run(seed: UInt64, changes: [ParameterChange]) throws(ValidationError) -> Model {
        var s = scenario
        s.seed = seed
        for c in changes { try c.apply(to: &s.parameters) }
        // A scenario built by the fact library with a valid change is valid; a failure here is a bug.
        var m: Model
        do { m = try Model(scenario: s) } catch { preconditionFailure("a fact's scenario cannot be built: \(error)") }
        prepare(&m)
        for week in 0..<weeks {
            beforeWeek(&m, week)
            m.step()
        }
        return m
    }
}

/// A number read from an arm's model at its last week.
public struct Measure: Sendable {
    /// Identifies the measurement (arms × measures are computed once per seed).
    public let key: String
    let read: @Sendable (Model) -> Double

    public init(_ key: String, _ read: @escaping @Sendable (Model) -> Double) {
        self.key = key
        self.read = read
    }
}

/// How one seed's effect is computed from its two paired runs (common random numbers: both arms of
/// a seed share the population and every keyed draw, so the difference removes that shared noise).
public enum EffectKind: String, Hashable, Sendable {
    /// treated − base.
    case difference
    /// treated / base − 1 (a seed whose base is 0 counts as 0).
    case relative
    /// The treated arm's value itself (a level §11 gives, such as a gap); `base` is not read.
    case level
    /// A difference in differences: (treated − base) − (the reference pair's treated − base), the
    /// same treatment's effect in two set-ups (how a second condition changes the first's effect).
    case interaction
}

/// Where an effect must lie for its fact to pass.
public enum Expectation: Hashable, Sendable {
    /// Spec §11 gives the magnitude: the effect must have its sign and lie in
    /// `magnitude ± max(3·SE, tolerance·|magnitude|)` (see ``Band``).
    case magnitude(Double, tolerance: Double)
    /// Spec §11 gives only the direction (`+1` or `−1`): the effect must have that sign by at least
    /// ``Band/signMargin`` standard errors.
    case sign(Double)
    /// Spec §13 gives a range for a mean (a calibration target): the mean must lie in it; no sign
    /// and no standard-error margin (the spec states the range for the mean itself).
    case range(ClosedRange<Double>)
    /// The effect stays about the same: it must lie in `−half…half` (spec §12's SF11, "within
    /// 5 %", a relative effect in `−0.05…0.05`); no sign is asked for (``Band/sign`` is 0).
    case within(Double)
}

/// A fact's band for one validation: the interval its effect must lie in, and the sign it must have.
public struct Band: Hashable, Sendable {
    /// The direction the effect must have, `+1` or `−1`; 0 for a range (``Expectation/range(_:)``)
    /// or ``Expectation/within(_:)``, which ask for no sign.
    public let sign: Double
    /// The interval for the effect; nil for a sign-only fact.
    public let interval: ClosedRange<Double>?

    /// Standard errors of the paired difference a sign must hold by (2: about a 2.5 % one-sided
    /// chance of a wrong sign when the true effect is zero).
    public static let signMargin = 2.0
    /// Standard errors of half a magnitude band: our mean and the reference's each carry about one
    /// SE of sampling error, and the spec's independent implementation agrees with coprod within 2 SE,
    /// so 2·√2 ≈ 2.8, rounded up to 3.
    public static let seMultiplier = 3.0

    /// The band of `expectation` for an effect measured with standard error `se`.
    public init(_ expectation: Expectation, se: Double) {
        switch expectation {
        case .magnitude(let m, let tolerance):
            sign = m < 0 ? -1 : 1
            let half = max(Band.seMultiplier * se, tolerance * abs(m))
            interval = (m - half)...(m + half)
        case .sign(let s):
            sign = s < 0 ? -1 : 1
            interval = nil
        case .range(let r):
            sign = 0
            interval = r
        case .within(let half):
            sign = 0
            interval = (-half)...half
        }
    }
}

/// One measured effect of a stylised fact: two arms, what is read from them, how the per-seed
/// effect is formed and what it must be.
public struct Effect: Sendable {
    /// `SF1a`, `SF3c`, …: the fact's number and a letter per effect. Its words are in the language
    /// library's catalogue under this id.
    public let id: String
    public let base: Arm
    public let treated: Arm
    public let measure: Measure
    public let kind: EffectKind
    public let expectation: Expectation
    /// The mechanism the effect is about, as constants that switch it off: with them applied to both
    /// arms the effect must fail (empty when the effect is not a mechanism's own test).
    public let switchOff: [ParameterChange]
    /// For ``EffectKind/interaction``: the reference pair (base, treated) whose difference is
    /// subtracted; empty otherwise.
    public let reference: [Arm]

    public init(
        _ id: String, base: Arm, treated: Arm, measure: Measure, kind: EffectKind = .difference,
        expectation: Expectation, switchOff: [ParameterChange] = []
    ) {
        self.id = id
        self.base = base
        self.treated = treated
        self.measure = measure
        self.kind = kind
        self.expectation = expectation
        self.switchOff = switchOff
        self.reference = []
    }

    /// A difference in differences (``EffectKind/interaction``): `(treated − base) −
    /// (referenceTreated − referenceBase)`, paired by seed over all four arms.
    public init(
        _ id: String, base: Arm, treated: Arm, referenceBase: Arm, referenceTreated: Arm, measure: Measure,
        expectation: Expectation, switchOff: [ParameterChange] = []
    ) {
        self.id = id
        self.base = base
        self.treated = treated
        self.measure = measure
        self.kind = .interaction
        self.expectation = expectation
        self.switchOff = switchOff
        self.reference = [referenceBase, referenceTreated]
    }

    /// Every arm the effect reads.
    var arms: [Arm] { [base, treated] + reference }
}

/// A stylised fact of spec §11 (or §12), a mechanism check of a rule the spec states, or spec §13's
/// calibration: its number and the effects that together show it.
public struct StylisedFact: Sendable {
    /// `SF1` … `SF8`, `M1` … (mechanism checks), `CAL` (spec §13).
    public let id: String
    /// The mechanism it is about (a stable word; its name in both languages is in the catalogue):
    /// `salience-ease`, `influencing-factors`, `crowding-out`, `emotional-engagement`,
    /// `digital-divide`, `role-transformation`, `coverage-quality`, `feedback`.
    public let mechanism: String
    /// The spec section the fact comes from.
    public let section: String
    public let effects: [Effect]

    public init(id: String, mechanism: String, section: String, effects: [Effect]) {
        self.id = id
        self.mechanism = mechanism
        self.section = section
        self.effects = effects
    }
}
