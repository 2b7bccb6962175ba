import Foundation
import Testing

@testable import CoprodModel

/// Spec §12's partner rules — performative participation, activists, the market partner — each
/// against values worked out by hand, switched off by its own constants, and run on the reference
/// path only.
@Suite struct SecondStagePartnerTests {
    // MARK: Which path

    @Test func everyPartnerRuleTurnsTheFusedStepOff() throws {
        #expect(!Scenario.calibration.usesSecondStageRules)
        #expect(try Model(scenario: .calibration).canFuse)
        var performative = Scenario.calibration
        performative.performative = true
        var share = Scenario.calibration
        share.activistShare = 0.05
        var one = Scenario.calibration
        one.overrides[3] = ResidentOverrides()
        one.overrides[3]?.activist = true
        var partner = Scenario.calibration
        partner.facilities[1].partner = MarketPartner(budget: 7.2, fee: 0.2)
        for s in [performative, share, one, partner] {
            #expect(s.usesSecondStageRules)
            #expect(try !Model(scenario: s).canFuse)
        }
        var notOne = Scenario.calibration
        notOne.overrides[3] = ResidentOverrides()
        notOne.overrides[3]?.activist = false
        #expect(!notOne.usesSecondStageRules)
    }

    // MARK: Activists

    @Test func aShareFlagsTheHighestAttachmentTimesTimeAndOwnFlagsWin() throws {
        let m = try Model(scenario: .calibration)
        let p = m.population
        let order = (0..<400).sorted {
            let (x, y) = (p.attachment[$0] * p.time[$0], p.attachment[$1] * p.time[$1])
            return x != y ? x > y : $0 < $1
        }
        var flags = Activists.flags(share: 0.05, overrides: [:], population: p)
        #expect(flags.filter { $0 }.count == 20)
        #expect(Set(flags.indices.filter { flags[$0] }) == Set(order.prefix(20)))
        var o: [Int: ResidentOverrides] = [order[0]: ResidentOverrides(), order[399]: ResidentOverrides()]
        o[order[0]]?.activist = false
        o[order[399]]?.activist = true
        flags = Activists.flags(share: 0.05, overrides: o, population: p)
        #expect(!flags[order[0]] && flags[order[399]] && flags.filter { $0 }.count == 20)
        #expect(Activists.flags(share: 0, overrides: [:], population: p).isEmpty)
        #expect(Activists.flags(share: 0.001, overrides: [:], population: p).isEmpty)  // round(0.4) = 0
    }

    /// A resident whose only active tie is an activist: S = min(1, w/degree), awareness count w,
    /// outreach at least 0.5, emotional care at least 0.5 (all by hand).
    @Test func anActiveActivistCountsThreeTimesAndRaisesOutreachAndCare() throws {
        var m = try Model(scenario: .calibration)
        let i = 0
        let j = Int(m.population.ties.partners(of: i)[0])
        m.scenario.overrides[j] = ResidentOverrides()
        m.scenario.overrides[j]?.activist = true
        m.activist = Activists.flags(share: 0, overrides: m.scenario.overrides, population: m.population)
        let n = m.residentCount
        m.stage[j] = .active
        m.stage[i] = .aware
        let ctx0 = m.makeContext(levers: (0..<3).map { m.currentLevers($0) })
        var ctx = ctx0
        ctx.activistTies = m.activistTieCounts()
        #expect(ctx.activists(i) == 1)
        #expect(ctx.weightedTies(i, weight: 3) == Double(ctx0.activeTies[i]) + 2)
        let degree = m.population.ties.degree(of: i)
        let terms = m.joinTerms(0, i, levers: ctx.levers[0], activeTies: Int(ctx0.activeTies[i]), activistTies: 1)
        #expect(close(terms.norm, min(1, (Double(ctx0.activeTies[i]) + 2) / Double(degree))))
        #expect(close(terms.outreach, 0.5) && close(terms.leverOutreach, 0.3))
        let p = m.scenario.parameters
        let expectedOutreach =
            0.5 * m.population.trust[i] * (1 - p.roleOutreachCut * m.facilities[0].role) * p.outreachJoinRate
        #expect(close(terms.outreachTerm, expectedOutreach))
        #expect(close(terms.recomputedProbability, terms.probability))
        // Emotional engagement: strength 0.5 with a tie active, 0.5·(0.4 + 0.6).
        #expect(close(m.emotional(0, i, ctx), 0.5))
        #expect(m.emotional(0, i, ctx0) == 0)
        _ = n
    }

    @Test func activistsRaiseParticipationAndTheirSwitchOffRestoresTheRun() throws {
        var with = Scenario.calibration
        with.activistShare = 0.05
        var a = try Model(scenario: with)
        var b = try Model(scenario: .calibration)
        for _ in 0..<52 {
            a.step()
            b.step()
        }
        let joined = { (m: Model) in m.joinedAt.filter { $0 >= 0 }.count }
        #expect(joined(a) > joined(b))
        #expect(a.outcomes.community.activeActivists == a.activeActivists)
        #expect(a.outcomes.community.activeActivists > 0)
        // activistWeight 1, no outreach, no care: the activists change nothing.
        with.parameters.secondStageValues.activistWeight = 1
        with.parameters.secondStageValues.activistOutreach = 0
        with.parameters.secondStageValues.activistEmotion = 0
        var off = try Model(scenario: with)
        for _ in 0..<52 { off.step() }
        #expect(off.stage == b.stage && off.population.identification == b.population.identification)
    }

    // MARK: Performative participation

    @Test func performativeParticipantsAreCountedCutAndLeaveCoverage() throws {
        var s = Scenario.calibration
        s.performative = true
        s.interventions = [Intervention(id: 1, kind: .outreach, target: nil, strength: 0.8, start: 0, end: nil)]
        var m = try Model(scenario: s)
        for _ in 0..<6 { m.step() }
        let n = m.residentCount
        for f in 0..<3 {
            var count = 0
            for i in 0..<n where m.stage[f * n + i] == .active && m.channel[f * n + i] == .mobilised {
                if m.population.identification[i] < 0.3 { count += 1 }
            }
            #expect(m.facilities[f].performative == count)
            #expect(m.outcomes.facilities[f].performative == count)
        }
        // Input by hand: the sum of inputs with 0.3 for each performative participant.
        let p = m.scenario.parameters
        let st = m.facilities[0]
        let sk = p.skillWeight(st.phase)
        var e = 0.0
        for i in 0..<n where m.stage[i] == .active {
            let input = m.population.time[i] * (sk * m.population.skill[i] + 1 - sk) * (1 + 0.5 * st.role)
            e += m.isPerformative(0, i) ? 0.3 * input : input
        }
        #expect(close(m.facilities[0].residentInputThisWeek, e))
        // Off by default: nobody is performative and the run is the fused one.
        s.performative = false
        var plain = try Model(scenario: s)
        for _ in 0..<6 { plain.step() }
        #expect(plain.facilities.allSatisfy { $0.performative == 0 })
    }

    @Test func performativeTermsExplainTheThreshold() throws {
        var s = Scenario.calibration
        s.performative = true
        var m = try Model(scenario: s)
        #expect(m.performativeTerms(0, 0) == nil)
        m.stage[0] = .active
        m.channel[0] = .mobilised
        m.population.identification[0] = 0.25
        let t = try #require(m.performativeTerms(0, 0))
        #expect(t.performative && t.threshold == 0.3 && t.inputFactor == 0.3)
        m.population.identification[0] = 0.3
        #expect(m.performativeTerms(0, 0)?.performative == false)
    }

    // MARK: Market partner

    /// One production week of the shed with a partner, by hand: G = max(0, 4·0.9 − 0.2·7.2) =
    /// 2.16, P = 7.2, E = 0 at week 0, a = 0.3 in planning, b = 0.3:
    /// Q = (0.3·0.7·√2.16 + 0.3·√7.2 + 0)², progress Q/(0.1·60).
    @Test func thePartnerIsAThirdProducerUntilCompletion() throws {
        var s = Scenario.calibration
        s.facilities[0].partner = MarketPartner(budget: 7.2, fee: 0.2)
        var m = try Model(scenario: s)
        m.step()
        let e = m.facilities[0].residentWork
        let root = 0.3 * 0.7 * 2.16.squareRoot() + 0.3 * 7.2.squareRoot() + 0.7 * 0.7 * e.squareRoot()
        #expect(close(m.facilities[0].governmentWork, 2.16))
        #expect(close(m.facilities[0].partnerWork, 7.2))
        #expect(close(m.facilities[0].progress, root * root / 6))
        #expect(close(m.currentLevers(0).visibility, 0.8))
        #expect(close(m.outcomes.facilities[0].partnerWork, 7.2))
        // A fee above the government's input leaves it nothing, never less.
        #expect(MarketPartner(budget: 10, fee: 1).governmentInput(3.6) == 0)
        while m.facilities[0].phase != .maintenance { m.step() }
        let done = m.facilities[0].partnerWork
        m.step()
        #expect(m.facilities[0].partnerWork == done)
    }

    @Test func aPartnerWithEveryTermOffChangesNothing() throws {
        var s = Scenario.calibration
        s.parameters.secondStageValues.partnerShare = 0
        s.parameters.secondStageValues.partnerVisibility = 0
        s.parameters.secondStageValues.partnerResponsibility = 1
        var plain = try Model(scenario: s)
        s.facilities[0].partner = MarketPartner(budget: 7.2, fee: 0)
        var partner = try Model(scenario: s)
        for _ in 0..<40 {
            plain.step()
            partner.step()
        }
        #expect(plain.stage == partner.stage)
        #expect(plain.population.responsibility == partner.population.responsibility)
        #expect(plain.facilities[0].progress == partner.facilities[0].progress)
        // A budget of 0 (a sweep's "no partner" cell) is no partner at all, whatever the constants.
        var zero = Scenario.calibration
        zero.facilities[0].partner = MarketPartner(budget: 0, fee: 0.5)
        #expect(!zero.usesSecondStageRules)
        var z = try Model(scenario: zero)
        var c = try Model(scenario: .calibration)
        for _ in 0..<30 {
            z.step()
            c.step()
        }
        #expect(z.stage == c.stage && z.facilities[0].progress == c.facilities[0].progress)
        // Halving the responsibility gain alone lowers public awareness.
        s.parameters.secondStageValues.partnerResponsibility = 0.5
        var halved = try Model(scenario: s)
        for _ in 0..<40 { halved.step() }
        let mean = { (m: Model) in m.population.responsibility.reduce(0, +) / Double(m.residentCount) }
        #expect(mean(halved) < mean(plain))
    }

    // MARK: Explanations

    /// Every join an activist reached recomputes from its listed terms: the norm from the tie
    /// counts and the weight, the outreach term from the raised outreach, the probability from all.
    @Test func activistReachedJoinsRecomputeFromTheirTerms() throws {
        var s = Scenario.calibration
        s.activistShare = 0.1
        s.performative = true
        s.interventions = [Intervention(id: 1, kind: .emotionalCare, target: "shed", strength: 0.3, start: 0, end: nil)]
        var reached = 0
        for seed: UInt64 in [1, 2] {
            s.seed = seed
            var m = try Model(scenario: s)
            m.recordsExplanations = true
            for _ in 0..<40 { m.step() }
            for j in m.allExplanations.firstJoin.values {
                #expect(abs(j.recomputedProbability - j.probability) < 1e-12)
                if j.activistTies > 0 {
                    reached += 1
                    #expect(abs(j.recomputedNorm - j.norm) < 1e-12)
                    #expect(abs(j.outreach * j.outreachPerUnit - j.outreachTerm) < 1e-12)
                    #expect(j.outreach == max(j.leverOutreach, j.outreachFloor) && j.outreachFloor == 0.5)
                }
            }
            // The replay on demand gives the records kept while stepping.
            var replay = m
            replay.recordsExplanations = false
            #expect(replay.allExplanations.firstJoin == m.allExplanations.firstJoin)
        }
        #expect(reached > 20)
    }
}
