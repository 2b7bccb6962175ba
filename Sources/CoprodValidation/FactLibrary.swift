import CoprodModel

/// The stylised facts of spec §11 as data: for each, the paired scenarios (spec §11's set-up: one
/// facility, publicness 0.6, salience 0.6, complexity 0.5, cost 80, visibility 0.7, serves all; 400
/// residents, profile `mixed`, 104 weeks; interventions at strength 0.8 from week 0, the incentive for
/// weeks 0–19), the effect measured per seed and its expected magnitude.
public enum FactLibrary {
    /// Relative tolerance of a magnitude band: the spec's magnitudes are means over 12–20 seeds of an
    /// independent implementation (their own sampling error is up to about a quarter of the smaller
    /// effects), and "a faithful implementation lands within a few standard errors of each"; 0.35 of
    /// the magnitude keeps every band clear of zero, so a band never accepts a wrong or missing effect.
    public static let tolerance = 0.35

    /// Spec §11's test scenario, with `configure` applied to its facility.
    public static func scenario(_ configure: (inout FacilitySpec) -> Void = { _ in }) -> Scenario {
        var s = Scenario()
        s.size = 400
        var f = FacilitySpec(name: "project")
        (f.publicness, f.salience, f.complexity, f.cost, f.visibility) = (0.6, 0.6, 0.5, 80, 0.7)
        configure(&f)
        s.facilities = [f]
        return s
    }

    /// `scenario` with interventions of `kinds` at strength 0.8 from week 0 (the incentive to week 19).
    static func with(_ kinds: [InterventionKind], _ base: Scenario = scenario()) -> Scenario {
        var s = base
        for (k, kind) in kinds.enumerated() {
            s.interventions.append(
                Intervention(
                    id: k + 1, kind: kind, target: nil, strength: 0.8, start: 0,
                    end: kind == .incentive ? 19 : nil))
        }
        s.renumberInterventions()
        return s
    }

    // MARK: Measures

    static let everJoined = Measure("everJoined") { $0.outcomes.facilities[0].everJoinedShare }
    static let retention = Measure("retention") { $0.outcomes.facilities[0].retention }
    static let active = Measure("active") { Double($0.outcomes.facilities[0].active) }
    static let responsibility = Measure("responsibility") { $0.outcomes.community.responsibility }
    static let autonomy = Measure("autonomy") { $0.outcomes.facilities[0].autonomy }
    static let selfOrganised = Measure("selfOrganised") { $0.classification(of: 0).selfOrganised ? 1 : 0 }
    static let quality = Measure("quality") { $0.outcomes.facilities[0].quality }
    static let degraded = Measure("degraded") { $0.outcomes.facilities[0].degraded ? 1 : 0 }
    static let secondEverJoined = Measure("secondEverJoined") { $0.outcomes.facilities.last?.everJoinedShare ?? 0 }
    static let ageGap = Measure("ageGap") {
        let r = $0.outcomes.community.participationByAge
        return r[0] - r[2]
    }

    // MARK: Arms

    static let plain = Arm("plain", scenario())

    static func magnitude(_ m: Double) -> Expectation { .magnitude(m, tolerance: tolerance) }

    // MARK: The facts

    /// SF1: participation rises with salience and with ease (Pestoff 2014). §11: ever-joined
    /// 0.30 → 0.41 (salience 0.3 → 0.9), 0.34 → 0.37 (complexity 0.9 → 0.1).
    public static let sf1 = StylisedFact(
        id: "SF1", mechanism: "salience-ease", section: "§4",
        effects: [
            Effect(
                "SF1a", base: Arm("salience0.3", scenario { $0.salience = 0.3 }),
                treated: Arm("salience0.9", scenario { $0.salience = 0.9 }), measure: everJoined,
                expectation: magnitude(0.41 - 0.30)),
            Effect(
                "SF1b", base: Arm("complexity0.9", scenario { $0.complexity = 0.9 }),
                treated: Arm("complexity0.1", scenario { $0.complexity = 0.1 }), measure: everJoined,
                expectation: magnitude(0.37 - 0.34)),
        ])

    /// SF2: raising self-efficacy, trust or community attachment by 0.2 for every resident raises the
    /// ever-joined share. §11: +6 %, +19 %, +32 % (relative). Raising attachment also raises what
    /// starts at it: identification by 0.2 and responsibility (0.5·attachment) by 0.1.
    public static let sf2 = StylisedFact(
        id: "SF2", mechanism: "influencing-factors", section: "§4",
        effects: [
            ("SF2a", ResidentTrait.efficacy, 0.06), ("SF2b", .trust, 0.19), ("SF2c", .attachment, 0.32),
        ].map { id, trait, m in
            Effect(
                id, base: plain,
                treated: Arm(
                    "raised-\(trait.rawValue)", scenario(),
                    prepare: { model in
                        model.shift(trait, by: 0.2)
                        if trait == .attachment {
                            model.shift(.identification, by: 0.2)
                            model.shift(.responsibility, by: 0.1)
                        }
                    }), measure: everJoined, kind: .relative, expectation: magnitude(m))
        })

    static let incentive20 = Arm("incentive-20w", with([.incentive]), weeks: 20)
    static let incentive = Arm("incentive", with([.incentive]))

    /// SF3: incentives raise initial participation; long after they end, fewer are active and public
    /// awareness is lower (crowding out, Frey & Jegen 2001). §11: active at week 104 14.2 → 8.2, mean
    /// responsibility 0.297 → 0.281; the rise in initial participation has no magnitude.
    public static let sf3 = StylisedFact(
        id: "SF3", mechanism: "crowding-out", section: "§3, §4",
        effects: [
            Effect(
                "SF3a", base: Arm("plain-20w", scenario(), weeks: 20), treated: incentive20, measure: everJoined,
                expectation: .sign(1)),
            Effect(
                "SF3b", base: plain, treated: incentive, measure: active, expectation: magnitude(8.2 - 14.2)),
            Effect(
                "SF3c", base: plain, treated: incentive, measure: responsibility,
                expectation: magnitude(0.281 - 0.297), switchOff: [.set("crowdingOut", 0)]),
        ])

    static let care = Arm("emotional-care", with([.emotionalCare]))

    /// SF4: emotional engagement raises retention more than it raises initial participation. §11:
    /// retention 0.27 → 0.61 while ever-joined 0.35 → 0.43.
    public static let sf4 = StylisedFact(
        id: "SF4", mechanism: "emotional-engagement", section: "§4, §7",
        effects: [
            Effect(
                "SF4a", base: plain, treated: care, measure: retention, expectation: magnitude(0.61 - 0.27),
                switchOff: [.set("emotionInSatisfaction", 0)]),
            Effect("SF4b", base: plain, treated: care, measure: everJoined, expectation: magnitude(0.43 - 0.35)),
        ])

    static let platform = Arm("platform", with([.techPlatform]))
    static let platformOutreach = Arm("platform-outreach", with([.techPlatform, .outreach]))

    /// SF5: a technology platform widens the young − older gap in participation unless paired with
    /// outreach. §11 gives the gap itself: +0.08 with the platform, +0.04 with platform and outreach
    /// (without either the older take part slightly more, a gap near −0.04).
    public static let sf5 = StylisedFact(
        id: "SF5", mechanism: "digital-divide", section: "§3, §4, §7",
        effects: [
            Effect("SF5a", base: plain, treated: platform, measure: ageGap, expectation: .sign(1)),
            Effect(
                "SF5b", base: platform, treated: platform, measure: ageGap, kind: .level,
                expectation: magnitude(0.08)),
            Effect(
                "SF5c", base: platformOutreach, treated: platformOutreach, measure: ageGap, kind: .level,
                expectation: magnitude(0.04)),
            Effect(
                "SF5d", base: platformOutreach, treated: platform, measure: ageGap,
                expectation: magnitude(0.08 - 0.04)),
        ])

    static let roleShift = Arm("role-shift", with([.roleShift]))

    /// SF6: role transformation moves a facility's autonomy share up and can move it across the
    /// typology. §11: autonomy 0.37 → 0.49; the change of type has no magnitude.
    public static let sf6 = StylisedFact(
        id: "SF6", mechanism: "role-transformation", section: "§4, §7, §9",
        effects: [
            Effect("SF6a", base: plain, treated: roleShift, measure: autonomy, expectation: magnitude(0.49 - 0.37)),
            Effect("SF6b", base: plain, treated: roleShift, measure: selfOrganised, expectation: .sign(1)),
        ])

    /// Co-design coverage without a council: door-to-door outreach against no outreach and a low
    /// baseline awareness, the same responsiveness in both, so quality differs through coverage only.
    static let narrow: Scenario = {
        var s = scenario { $0.outreach = 0 }
        s.parameters.a0 = 0.002
        return s
    }()
    static let reached = Arm("outreach", with([.outreach]))
    /// A commons that nobody hears of: the government alone builds it, nobody maintains it.
    static let orphan: Scenario = {
        var s = scenario {
            $0.outreach = 0
            $0.publicness = 0.9
        }
        s.parameters.a0 = 0
        return s
    }()

    /// SF7: broader co-design coverage gives higher quality; a commons with no active maintainers
    /// degrades. §11: quality 0.69 → 0.74 with a council. SF7b has no council, so coverage is the only
    /// path to quality (`coverageInQuality` = 0 removes it); SF7c runs 220 weeks.
    public static let sf7 = StylisedFact(
        id: "SF7", mechanism: "coverage-quality", section: "§5",
        effects: [
            Effect(
                "SF7a", base: plain, treated: Arm("council", with([.council])), measure: quality,
                expectation: magnitude(0.74 - 0.69)),
            Effect(
                "SF7b", base: Arm("narrow", narrow), treated: reached, measure: quality, expectation: .sign(1),
                switchOff: [.set("coverageInQuality", 0)]),
            Effect(
                "SF7c", base: Arm("maintained-220w", scenario { $0.publicness = 0.9 }, weeks: 220),
                treated: Arm("orphan-220w", orphan, weeks: 220), measure: degraded, expectation: .sign(1)),
        ])

    /// The second project of SF8: an identical facility added at week 52 and run 52 weeks.
    static let secondProject: FacilitySpec = {
        var f = scenario().facilities[0]
        f.name = "second"
        return f
    }()

    /// SF8: a second project started after a well-run first draws more participants than the same
    /// project run first (§6's feedback loop). §11: the second project's ever-joined after 52 weeks
    /// 0.10 (alone) → 0.16 (added at week 52 after an identical first project, no interventions).
    /// SF8b isolates §6: veterans hear of new projects no sooner (`veteranAwareness` = 0 in both arms).
    public static let sf8 = StylisedFact(
        id: "SF8", mechanism: "feedback", section: "§6",
        effects: [
            Effect(
                "SF8a", base: Arm("alone-52w", scenario(), weeks: 52),
                treated: Arm(
                    "after-first", scenario(), weeks: 104,
                    beforeWeek: addSecond),
                measure: secondEverJoined, expectation: magnitude(0.16 - 0.10)),
            Effect(
                "SF8b", base: Arm("alone-52w-noveteran", noVeteran, weeks: 52),
                treated: Arm(
                    "after-first-noveteran", noVeteran, weeks: 104,
                    beforeWeek: addSecond),
                measure: secondEverJoined, expectation: .sign(1), switchOff: feedbackOff),
        ])

    /// Adds the second project at week 52.
    static let addSecond: @Sendable (inout Model, Int) -> Void = { m, week in
        guard week == 52 else { return }
        do { try m.add(secondProject) } catch { preconditionFailure("the second project cannot be added: \(error)") }
    }

    /// SF8 without veterans' faster awareness (§3), so that §6's feedback is the main path left.
    static let noVeteran: Scenario = {
        var s = scenario()
        if let e = Parameters.entry(named: "veteranAwareness") { s.parameters.set(e, to: 0) }
        return s
    }()

    /// §6's feedback switched off: no efficacy or trust from visible progress, no completion bonus.
    static let feedbackOff: [ParameterChange] = [
        .set("feedbackEfficacy", 0), .set("feedbackTrust", 0), .set("completionBonus", 0),
    ]

    // MARK: Second-stage facts (spec §12)

    static let completedAt = Measure("completedAt") { m in Double(m.facilities[0].completedAt ?? m.week) }
    static let beneficiaryResponsibility = Measure("beneficiaryResponsibility") { m in
        let spec = m.scenario.facilities[0]
        var sum = 0.0
        var count = 0
        for i in 0..<m.residentCount where m.serves(spec, i) {
            sum += m.population.responsibility[i]
            count += 1
        }
        return count == 0 ? 0 : sum / Double(count)
    }

    /// SF11's community: §11's facility with outreach 0.8 from week 0, and every resident's
    /// attachment lowered by 0.25 (identification, which starts at attachment, by 0.25 and
    /// responsibility, which starts at half of it, by 0.125), performative participation on or off.
    static func lowIdentification(performative: Bool) -> Arm {
        var s = with([.outreach])
        s.performative = performative
        return Arm(
            performative ? "low-ident-outreach-performative" : "low-ident-outreach", s,
            prepare: { model in
                model.shift(.attachment, by: -0.25)
                model.shift(.identification, by: -0.25)
                model.shift(.responsibility, by: -0.125)
            })
    }

    /// SF11: where outreach mobilises many low-identification residents, performative
    /// participation leaves the active count about the same but lowers quality and input
    /// (杨帆 2020). §12: active 10.1 → 9.9, quality 0.73 → 0.66, residents' input at week 104
    /// 4.5 → 2.9. SF11a holds the active count within 5 % of the base (a level band, not a sign).
    public static let sf11 = StylisedFact(
        id: "SF11", mechanism: "performative", section: "§12",
        effects: [
            Effect(
                "SF11a", base: lowIdentification(performative: false), treated: lowIdentification(performative: true),
                measure: active, kind: .relative, expectation: .within(0.05)),
            Effect(
                "SF11b", base: lowIdentification(performative: false), treated: lowIdentification(performative: true),
                measure: quality, expectation: magnitude(0.66 - 0.73),
                switchOff: [.set("performativeIdentification", 0)]),
            Effect(
                "SF11c", base: lowIdentification(performative: false), treated: lowIdentification(performative: true),
                measure: inputThisWeek, expectation: magnitude(2.9 - 4.5), switchOff: [.set("performativeInput", 1)]),
        ])

    static let activists: Arm = {
        var s = scenario()
        s.activistShare = 0.05
        return Arm("activists-5pc", s)
    }()

    /// The switch of SF12: activists count once, raise no outreach and no emotional engagement.
    static let activistsOff: [ParameterChange] = [
        .set("activistWeight", 1), .set("activistOutreach", 0), .set("activistEmotion", 0),
    ]

    /// SF12: a 5 % share of activists raises ever-joined and retention (二次动员, 罗兴佐 & 何晓龙
    /// 2023). §12: ever-joined 0.347 → 0.364, retention 0.271 → 0.291.
    public static let sf12 = StylisedFact(
        id: "SF12", mechanism: "activists", section: "§12",
        effects: [
            Effect(
                "SF12a", base: plain, treated: activists, measure: everJoined, expectation: magnitude(0.364 - 0.347),
                switchOff: activistsOff),
            Effect(
                "SF12b", base: plain, treated: activists, measure: retention, expectation: magnitude(0.291 - 0.271),
                switchOff: activistsOff),
        ])

    /// Spec §13's lift alone in §11's community of 400 (no vote, no floors): publicness 0.2,
    /// salience 0.95, complexity 0.9, cost 400, visibility 0.6, serving building 1.
    static func lift(partner: MarketPartner?) -> Scenario {
        var s = Scenario()
        s.size = 400
        var f = Scenario.calibration.facilities[1]  // shed, lift, garden
        f.partner = partner
        s.facilities = [f]
        return s
    }

    static let liftAlone = Arm("lift-208w", lift(partner: nil), weeks: 208)
    static let liftPartner = Arm("lift-partner-208w", lift(partner: MarketPartner(budget: 7.2, fee: 0.2)), weeks: 208)

    /// SF13: a market partner with `B` twice the government's input (7.2) and fee 0.2 finishes the
    /// §13 lift sooner and lowers its beneficiaries' public awareness (王欢明 2022). §12: completion
    /// week 153 → 136 (a run not complete by week 208 counts as 208), responsibility 0.274 → 0.263.
    public static let sf13 = StylisedFact(
        id: "SF13", mechanism: "market-partner", section: "§12",
        effects: [
            Effect(
                "SF13a", base: liftAlone, treated: liftPartner, measure: completedAt, expectation: magnitude(136 - 153),
                switchOff: [.set("partnerShare", 0)]),
            Effect(
                "SF13b", base: liftAlone, treated: liftPartner, measure: beneficiaryResponsibility,
                expectation: magnitude(0.263 - 0.274), switchOff: [.set("partnerResponsibility", 1)]),
        ])

    /// Spec §11's eight facts, in order.
    public static let base: [StylisedFact] = [sf1, sf2, sf3, sf4, sf5, sf6, sf7, sf8]

    /// Spec §12's facts: the consent vote and satiation (SF9, SF10, FactLibrary+SecondStage.swift),
    /// then the partner rules (SF11–SF13).
    public static let secondStage: [StylisedFact] = [sf9, sf10, sf11, sf12, sf13]

    /// Every fact: §11's, then §12's.
    public static let all: [StylisedFact] = base + secondStage

    /// The fact with id `id`.
    public static func fact(_ id: String) -> StylisedFact? { all.first { $0.id == id } }
}
