import CoprodModel

/// The facts of spec §12's second-stage rules that the consent vote and satiation bring (SF9, SF10),
/// with bands around §12's magnitudes (the independent implementation's means over 20 seeds).
extension FactLibrary {
    /// Spec §13's lift alone in spec §13's community (400 residents, profile mixed): publicness 0.2,
    /// salience 0.95, complexity 0.9, cost 400, visibility 0.6, serving building 1 (40 residents),
    /// with floors, `benefit by-floor` and `consent civil-code-278`.
    public static let votingLift: Scenario = {
        var s = Scenario()
        s.size = 400
        var lift = FacilitySpec(name: "lift")
        (lift.publicness, lift.salience, lift.complexity, lift.cost, lift.visibility) = (0.2, 0.95, 0.9, 400, 0.6)
        lift.serves = .building(1)
        lift.benefit = .byFloor
        lift.consent = .civilCode278
        s.facilities = [lift]
        return s
    }()

    /// The first consent vote's head count, from the events (nil if none was held).
    static func firstVote(_ m: Model) -> (VoteCount, Bool)? {
        for e in m.events { if case .vote(let c, let passed, _) = e.kind { return (c, passed) } }
        return nil
    }

    static let firstPassed = Measure("firstVotePassed") { firstVote($0)?.1 == true ? 1 : 0 }
    static let firstApproval = Measure("firstVoteApproval") { m in
        guard let (c, _) = firstVote(m), c.voters > 0 else { return 0 }
        return Double(c.approvals) / Double(c.voters)
    }
    static let firstTurnout = Measure("firstVoteTurnout") { m in
        guard let (c, _) = firstVote(m), c.owners > 0 else { return 0 }
        return Double(c.voters) / Double(c.owners)
    }

    /// Weeks run for SF9: the first vote comes at about week 72 with the defaults (at most ~100).
    static let voteWeeks = 156

    static let liftPlain = Arm("lift-vote", votingLift, weeks: voteWeeks)
    static let liftCouncilCare = Arm(
        "lift-vote-council-care", with([.council, .emotionalCare], votingLift), weeks: voteWeeks)
    /// A cash incentive (0.8) in the week of the first vote only: each design week the model is
    /// stepped on a copy, and when the copy holds the vote the incentive is added for that week. The
    /// incentive adds mobilised entrants that week, whose input can only raise progress, so the vote
    /// is held in the same week as without it.
    static let liftIncentiveAtVote = Arm(
        "lift-vote-incentive", votingLift, weeks: voteWeeks,
        beforeWeek: { m, week in
            guard m.facilities[0].phase == .design, m.facilities[0].vote.votes == 0 else { return }
            var ahead = m
            ahead.step()
            guard ahead.facilities[0].vote.votes > 0 else { return }
            let iv = Intervention(
                id: m.scenario.nextInterventionID, kind: .incentive, target: nil, strength: 0.8, start: week, end: week)
            do { try m.add(iv) } catch { preconditionFailure("the incentive cannot be added: \(error)") }
        })

    /// The approval terms of council and identification switched off.
    static let voteTermsOff: [ParameterChange] = [.set("voteCouncil", 0), .set("voteIdentification", 0)]

    /// SF9: with floors, by-floor benefit and a consent vote on the §13 lift, the first vote fails in
    /// most runs; a council and emotional care (0.8 from week 0) make it pass in most; a cash incentive
    /// in the vote's week lowers approval (Frey & Oberholzer-Gee 1997). §12: passes 0/20 → 19/20,
    /// approval 0.47 (turnout 0.80) → 0.87 (0.94); incentive 0.47 → 0.25.
    public static let sf9 = StylisedFact(
        id: "SF9", mechanism: "consent-vote", section: "§12",
        effects: [
            Effect(
                "SF9a", base: liftPlain, treated: liftCouncilCare, measure: firstPassed,
                expectation: magnitude(19.0 / 20 - 0), switchOff: voteTermsOff),
            Effect(
                "SF9b", base: liftPlain, treated: liftPlain, measure: firstApproval, kind: .level,
                expectation: magnitude(0.47)),
            Effect(
                "SF9c", base: liftPlain, treated: liftPlain, measure: firstTurnout, kind: .level,
                expectation: magnitude(0.80)),
            Effect(
                "SF9d", base: liftPlain, treated: liftCouncilCare, measure: firstApproval,
                expectation: magnitude(0.87 - 0.47), switchOff: voteTermsOff),
            Effect(
                "SF9e", base: liftPlain, treated: liftIncentiveAtVote, measure: firstApproval,
                expectation: magnitude(0.25 - 0.47), switchOff: [.set("voteCrowding", 0)]),
        ])

    /// Spec §11's facility with satiation on.
    static func satiated(_ base: Scenario) -> Scenario {
        var s = base
        s.facilities[0].satiation = .on
        return s
    }

    /// A commodity estate (商品房小区) with no government upkeep.
    static let commodityNoUpkeep: Scenario = {
        var s = scenario()
        s.profile = .commodityEstate
        s.government.upkeep = 0
        return s
    }()

    static let inputThisWeek = Measure("residentInput") { $0.outcomes.facilities[0].residentInput }
    static let condition = Measure("condition") { $0.outcomes.facilities[0].condition }

    /// SF10: satiation lowers the active count and residents' input in maintenance (§11's facility,
    /// 156 weeks), and for that commons with `upkeep 0` in a commodity estate, its condition at week
    /// 156. §12: active 11.9 → 8.3, input 5.6 → 3.9, condition 0.99 → 0.83.
    public static let sf10 = StylisedFact(
        id: "SF10", mechanism: "satiation", section: "§12",
        effects: [
            Effect(
                "SF10a", base: Arm("plain-156w", scenario(), weeks: 156),
                treated: Arm("satiation-156w", satiated(scenario()), weeks: 156), measure: active,
                expectation: magnitude(8.3 - 11.9), switchOff: [.set("satiation", 1)]),
            Effect(
                "SF10b", base: Arm("plain-156w", scenario(), weeks: 156),
                treated: Arm("satiation-156w", satiated(scenario()), weeks: 156), measure: inputThisWeek,
                expectation: magnitude(3.9 - 5.6), switchOff: [.set("satiation", 1)]),
            Effect(
                "SF10c", base: Arm("commodity-upkeep0-156w", commodityNoUpkeep, weeks: 156),
                treated: Arm("commodity-upkeep0-satiation-156w", satiated(commodityNoUpkeep), weeks: 156),
                measure: condition, expectation: magnitude(0.83 - 0.99), switchOff: [.set("satiation", 1)]),
        ])
}
