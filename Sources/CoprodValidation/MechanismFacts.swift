import CoprodModel

/// Checks of rules the spec states but §11's facts do not isolate (the mutation check's survivors,
/// issue 8), and spec §13's calibration. Each effect gives its set-up, the direction the spec's rule
/// implies and a band: a magnitude worked out from the rule where the rule gives one (then the
/// library's ±35 % / 3 SE band, as for §11), otherwise the sign by ``Band/signMargin`` SE.
extension FactLibrary {
    // MARK: Measures

    /// Share of the community aware of the facility.
    static let awareShare = Measure("awareShare") {
        Double($0.outcomes.facilities[0].aware) / Double(max(1, $0.residentCount))
    }
    /// Re-entries (entries after a lapse) per resident who ever joined.
    static let reentries = Measure("reentries") {
        let f = $0.outcomes.facilities[0]
        return f.everJoined == 0 ? 0 : Double(f.entries - f.everJoined) / Double(f.everJoined)
    }
    /// Residents whose stage on the facility is `lapsed`.
    static let lapsedNow = Measure("lapsed") { m in
        Double(m.stage.prefix(m.residentCount).filter { $0 == .lapsed }.count)
    }
    static let efficacy = Measure("efficacy") { $0.outcomes.community.efficacy }
    static let trust = Measure("trust") { $0.outcomes.community.trust }
    /// Mean trust of the residents who have ever been active on the facility.
    static let joinersTrust = Measure("joinersTrust") { m in
        var (sum, n) = (0.0, 0)
        for i in 0..<m.residentCount where m.joinedAt[i] >= 0 {
            sum += m.population.trust[i]
            n += 1
        }
        return n == 0 ? 0 : sum / Double(n)
    }

    /// `scenario()` with one intervention of `kind` at strength 0.8 over weeks `start...end`.
    static func with(_ kind: InterventionKind, from start: Int = 0, to end: Int?, _ base: Scenario = scenario())
        -> Scenario
    {
        var s = base
        s.interventions.append(Intervention(id: 1, kind: kind, target: nil, strength: 0.8, start: start, end: end))
        s.renumberInterventions()
        return s
    }

    // MARK: §3 awareness channels

    /// Mean digital literacy of profile `mixed` (spec §1: young Beta(6,2), middle Beta(4,3), older
    /// Beta(2,5) in shares 0.3/0.4/0.3).
    static let mixedDigital = 0.3 * 6 / 8 + 0.4 * 4 / 7 + 0.3 * 2 / 7

    /// M1: publicity and a platform make residents aware (spec §3). In the first week nobody is active,
    /// so §3's rule gives the aware share exactly: `1 − (1 − a0)(1 − aInfo·info)` with publicity,
    /// `1 − (1 − a0)(1 − aDig·platform·digital)` with a platform. The magnitudes are §3's defaults:
    /// `(1 − a0)·aInfo·0.8 = 0.119` and `(1 − a0)·aDig·0.8·E[digital] = 0.107`.
    public static let m1 = StylisedFact(
        id: "M1", mechanism: "awareness", section: "§3",
        effects: [
            Effect(
                "M1a", base: Arm("plain-1w", scenario(), weeks: 1),
                treated: Arm("information-1w", with([.information]), weeks: 1), measure: awareShare,
                expectation: magnitude((1 - 0.01) * 0.15 * 0.8), switchOff: [.set("aInfo", 0)]),
            Effect(
                "M1b", base: Arm("plain-1w", scenario(), weeks: 1),
                treated: Arm("platform-1w", with([.techPlatform]), weeks: 1), measure: awareShare,
                expectation: magnitude((1 - 0.01) * 0.25 * 0.8 * mixedDigital), switchOff: [.set("aDig", 0)]),
        ])

    // MARK: §6 feedback

    /// Spec §11's facility with its visibility set.
    static func visible(_ v: Double) -> Scenario { scenario { $0.visibility = v } }

    /// Spec §11's facility with the government's responsiveness set.
    static func responsive(_ r: Double) -> Scenario {
        var s = scenario()
        s.government.responsiveness = r
        return s
    }

    /// M2: visible progress raises the efficacy and trust of the residents aware of a project, and
    /// trust among participants follows the government's responsiveness (spec §6). Set-ups: visibility
    /// 0.1 against 1 (104 weeks); responsiveness 0.2 against 0.8, read at week 20, before the
    /// facility is complete (so the completion bonus plays no part), among the residents who have
    /// been active. §6 gives the directions, not sizes: sign-only.
    public static let m2 = StylisedFact(
        id: "M2", mechanism: "feedback-factors", section: "§6",
        effects: [
            Effect(
                "M2a", base: Arm("visibility0.1", visible(0.1)), treated: Arm("visibility1", visible(1)),
                measure: efficacy, expectation: .sign(1), switchOff: [.set("feedbackEfficacy", 0)]),
            Effect(
                "M2b", base: Arm("visibility0.1", visible(0.1)), treated: Arm("visibility1", visible(1)),
                measure: trust, expectation: .sign(1), switchOff: [.set("feedbackTrust", 0)]),
            Effect(
                "M2c", base: Arm("responsiveness0.2-20w", responsive(0.2), weeks: 20),
                treated: Arm("responsiveness0.8-20w", responsive(0.8), weeks: 20), measure: joinersTrust,
                expectation: .sign(1), switchOff: [.set("trustResponsiveness", 0)]),
        ])

    // MARK: §4 lapsing and re-entry

    /// A long construction: §13's lift's cost (400) on §11's facility.
    static let long = scenario { $0.cost = 400 }
    /// `long` with fatigue never building up (`fatigueGain` = 0).
    static let restful: Scenario = {
        var s = long
        s.parameters.fatigueGain = 0
        return s
    }()

    /// M3: participants lapse and come back as §4 says. M3a: lapsed residents re-enter (at a fifth of
    /// the joining probability), so there are entries after a lapse. M3b: when an incentive ends,
    /// those it drew lose the staying term `0.3·incentiveNow·incentiveDriven` and lapse: lapsed
    /// residents at week 26 with the incentive ended after week 19, against the same incentive run to
    /// week 39 (the two arms are the same run up to week 19). M3c: fatigue lowers retention in a long
    /// construction (cost 400): fatigue building at §4's rate against none (`fatigueGain` 0). The
    /// spec gives directions: sign-only.
    public static let m3 = StylisedFact(
        id: "M3", mechanism: "lapse-reentry", section: "§4",
        effects: [
            Effect(
                "M3a", base: plain, treated: plain, measure: reentries, kind: .level, expectation: .sign(1),
                switchOff: [.set("reentryShare", 0)]),
            Effect(
                "M3b", base: Arm("incentive-to39-26w", with(.incentive, to: 39), weeks: 26),
                treated: Arm("incentive-to19-26w", with(.incentive, to: 19), weeks: 26), measure: lapsedNow,
                expectation: .sign(1), switchOff: [.set("stayIncentive", 0)]),
            Effect(
                "M3c", base: Arm("long-nofatigue", restful), treated: Arm("long", long), measure: retention,
                expectation: .sign(-1), switchOff: [.set("stayFatigue", 0)]),
        ])

    // MARK: §4, §7 ease

    static func complexity(_ c: Double, _ kinds: [InterventionKind] = [], cost: Double = 80) -> Scenario {
        with(
            kinds,
            scenario {
                $0.complexity = c
                $0.cost = cost
            })
    }

    /// M4: the platform's ease gain and the council's lower design demand make perceived control
    /// depend less on complexity (spec §4 `ease`, §7): each intervention raises the ever-joined share
    /// more when the facility is complex (0.9) than when it is simple (0.1), where `ease` is near 1
    /// anyway. A difference in differences; sign-only. The council's cut acts in design only, so M4b
    /// runs a long design (cost 400: 80 work units of design instead of 16).
    public static let m4 = StylisedFact(
        id: "M4", mechanism: "ease", section: "§4, §7",
        effects: [
            Effect(
                "M4a", base: Arm("complexity0.9", complexity(0.9)),
                treated: Arm("complexity0.9-platform", complexity(0.9, [.techPlatform])),
                referenceBase: Arm("complexity0.1", complexity(0.1)),
                referenceTreated: Arm("complexity0.1-platform", complexity(0.1, [.techPlatform])),
                measure: everJoined, expectation: .sign(1), switchOff: [.set("platformEaseGain", 0)]),
            Effect(
                "M4b", base: Arm("long-complexity0.9", complexity(0.9, cost: 400)),
                treated: Arm("long-complexity0.9-council", complexity(0.9, [.council], cost: 400)),
                referenceBase: Arm("long-complexity0.1", complexity(0.1, cost: 400)),
                referenceTreated: Arm("long-complexity0.1-council", complexity(0.1, [.council], cost: 400)),
                measure: everJoined, expectation: .sign(1), switchOff: [.set("councilDemand", 0)]),
        ])

    /// The mechanism checks, in order.
    public static let mechanisms: [StylisedFact] = [m1, m2, m3, m4]

    // MARK: §13 calibration

    /// A number read from facility `f` (0 shed, 1 lift, 2 garden) of the calibration scenario.
    static func calibrationMeasure(
        _ key: String, _ f: Int, _ read: @escaping @Sendable (FacilityOutcome) -> Double
    ) -> Measure {
        Measure(key) { read($0.outcomes.facilities[f]) }
    }

    static let calibrationArm = Arm("calibration", .calibration)

    /// Week a facility completed; one that has not by week 104 counts as week 105.
    static func completion(_ f: FacilityOutcome) -> Double { Double(f.completedAt ?? 105) }

    /// Spec §13's calibration check as data: the calibration scenario (400 residents, `mixed`, shed,
    /// lift and garden, 104 weeks), each outcome's mean over the seeds against §13's range. The
    /// completion weeks count a run not complete by week 104 as 105; "the lift is still being built"
    /// and "type I / type II" are shares of runs, held to at least 0.9.
    public static let calibration: StylisedFact = {
        func level(_ id: String, _ m: Measure, _ r: ClosedRange<Double>) -> Effect {
            Effect(id, base: calibrationArm, treated: calibrationArm, measure: m, kind: .level, expectation: .range(r))
        }
        let facilities = ["shed", "lift", "garden"]
        var effects: [Effect] = []
        for (k, name) in facilities.enumerated() {
            effects.append(
                level(
                    "CAL\(["a", "b", "c"][k])", calibrationMeasure("everJoined-\(name)", k) { $0.everJoinedShare },
                    0.35...0.55))
        }
        for (k, name) in facilities.enumerated() {
            effects.append(
                level(
                    "CAL\(["d", "e", "f"][k])", calibrationMeasure("retention-\(name)", k) { $0.retention }, 0.30...0.45
                ))
        }
        effects.append(level("CALg", calibrationMeasure("completed-shed", 0, completion), 25...35))
        effects.append(level("CALh", calibrationMeasure("completed-garden", 2, completion), 25...35))
        effects.append(
            level("CALi", calibrationMeasure("building-lift", 1) { $0.completedAt == nil ? 1 : 0 }, 0.9...1))
        effects.append(
            level("CALj", calibrationMeasure("typeI-lift", 1) { $0.type == .mobilisedCompliance ? 1 : 0 }, 0.9...1))
        effects.append(
            level("CALk", calibrationMeasure("typeII-garden", 2) { $0.type == .guidedCoConstruction ? 1 : 0 }, 0.9...1))
        return StylisedFact(id: "CAL", mechanism: "calibration", section: "§13", effects: effects)
    }()

    /// Everything the mutation check runs, in order: §11's (and §12's) facts, the mechanism checks,
    /// the calibration.
    public static var checked: [StylisedFact] { all + mechanisms + [calibration] }
}
