import Foundation
import Testing

@testable import CoprodModel

/// The second-stage rules of spec §12 that the vote branch brings: floors and by-floor benefit, the
/// consent vote (PRC Civil Code art. 278), government upkeep and satiation, checked against values
/// worked out by hand.
@Suite struct ConsentVoteTests {
    /// A small facility that finishes design in a few weeks, with a consent vote.
    static func voting(
        size: Int = 60, threshold: Double = 0.47, outreach: Double? = 1, edit: (inout Scenario) -> Void = { _ in }
    ) throws -> Model {
        var f = Fixture.facility("lift", cost: 4, outreach: outreach)
        f.consent = .civilCode278
        f.benefit = .byFloor
        return try Fixture.model(size: size, kIn: 2, kOut: 1, facilities: [f]) { s in
            s.parameters.secondStageValues.voteThreshold = threshold
            edit(&s)
        }
    }

    @Test func floorsAreUniformOneToSixAndChangeNoOtherDraw() throws {
        let counts = (0..<6000).reduce(into: [Int](repeating: 0, count: 7)) { c, i in
            c[Floors.drawn(seed: 1, resident: i)] += 1
        }
        #expect(counts[0] == 0)
        for fl in 1...6 { #expect((900...1100).contains(counts[fl]), "floor \(fl): \(counts[fl])") }
        let differ = (0..<100).filter { Floors.drawn(seed: 1, resident: $0) != Floors.drawn(seed: 2, resident: $0) }
        #expect(differ.count > 60, "another seed draws other floors")
        // Switching by-floor benefit on draws the same community.
        let off = try Fixture.model(size: 80, kIn: 3, kOut: 1)
        var spec = Fixture.facility()
        spec.benefit = .byFloor
        let on = try Fixture.model(size: 80, kIn: 3, kOut: 1, facilities: [spec])
        #expect(off.population.need == on.population.need)
        #expect(off.population.ties.edgeCount == on.population.ties.edgeCount)
        #expect(off.floors == on.floors)
        // A declared floor wins over the drawn one.
        var o = ResidentOverrides()
        o.floor = 6
        let named = try Fixture.model(size: 80, overrides: [3: o])
        #expect(named.floor(of: 3) == 6)
        #expect(named.floors[3] == 6)
    }

    @Test func byFloorBenefitIsPointTwoOnTheGroundFloorAndOneOnTheSixth() throws {
        #expect(Floors.benefit(floor: 1, ground: 0.2) == 0.2)
        #expect(close(Floors.benefit(floor: 4, ground: 0.2), 0.2 + 0.8 * 3 / 5))
        #expect(Floors.benefit(floor: 6, ground: 0.2) == 1)
        var spec = Fixture.facility(salience: 0.81)
        spec.benefit = .byFloor
        var o = ResidentOverrides(traits: [.need: 0.64])
        o.floor = 1
        var m = try Fixture.model(size: 10, facilities: [spec], overrides: [0: o])
        m.stage[0] = .aware
        let terms = m.joinTerms(0, 0, levers: m.currentLevers(0), activeTies: 0)
        #expect(close(terms.attitude, 0.8 * 0.9 * 0.2))
    }

    @Test func headCountUnderArticle278() {
        #expect(VoteCount(owners: 30, voters: 20, approvals: 15).passes)
        #expect(!VoteCount(owners: 30, voters: 19, approvals: 19).passes)
        #expect(!VoteCount(owners: 30, voters: 20, approvals: 14).passes)
        #expect(!VoteCount(owners: 0, voters: 0, approvals: 0).passes)
        #expect(VoteCount(owners: 3, voters: 2, approvals: 2).passes)
    }

    @Test func approvalTermsByHand() throws {
        var o = ResidentOverrides(traits: [.need: 0.49, .identification: 0.7, .responsibility: 0.4])
        o.floor = 6
        var m = try Self.voting()
        m.scenario.overrides = [0: o]
        m.population.need[0] = 0.49
        m.population.identification[0] = 0.7
        m.population.responsibility[0] = 0.4
        var lev = m.currentLevers(0)
        lev.council = 0.8
        lev.incentive = 0.5
        let t = m.voteTerms(0, 0, levers: lev, floor: 6)
        let a = (0.49 * 0.8).squareRoot()
        #expect(close(t.attitude, a))
        #expect(close(t.identificationTerm, 0.2))
        #expect(close(t.councilTerm, 0.4))
        #expect(close(t.crowdingTerm, 0.2))
        let expected = 1 / (1 + exp(-6 * (a + 0.2 + 0.4 - 0.2 - 0.47)))
        #expect(close(t.probability, expected, 1e-12))
        #expect(close(t.recomputed, t.probability, 1e-12))
    }

    /// Runs until the first vote, returning the model and the week it was held.
    static func firstVote(_ m: inout Model, within weeks: Int = 60) -> Int? {
        for _ in 0..<weeks {
            m.step()
            if m.facilities[0].vote.votes > 0 { return m.week - 1 }
        }
        return nil
    }

    @Test func aFailedVoteHoldsDesignAtOneAndRetriesEightWeeksLater() throws {
        var m = try Self.voting(threshold: 10)
        let w = try #require(Self.firstVote(&m))
        let st = m.facilities[0]
        #expect(st.phase == .design && st.progress == 1)
        #expect(st.vote.nextVote == w + 8)
        #expect(st.vote.passedAt == nil)
        let c = try #require(st.vote.latest)
        let owners = (0..<m.residentCount).filter { m.population.tenure[$0] == .owner }.count
        #expect(c.owners == owners)
        // Outreach 1 reaches every unaware owner: all vote and become aware.
        #expect(c.voters == owners)
        #expect((0..<m.residentCount).allSatisfy { m.population.tenure[$0] == .renter || m.stage[$0] != .unaware })
        let work = (st.governmentWork, st.residentWork)
        for k in 1...7 {
            m.step()
            let h = m.facilities[0]
            #expect(h.phase == .design && h.progress == 1 && h.visibleProgress == 0)
            #expect(h.vote.votes == 1 && h.vote.stalledWeeks == k)
            #expect((h.governmentWork, h.residentWork) == work)
        }
        m.step()
        #expect(m.facilities[0].vote.votes == 2)
        #expect(m.facilities[0].vote.nextVote == w + 16)
        let events = m.events.compactMap { e -> Int? in if case .vote = e.kind { e.week } else { nil } }
        #expect(events == [w, w + 8])
    }

    @Test func aPassedVoteStartsConstruction() throws {
        var m = try Self.voting(threshold: -10)
        let w = try #require(Self.firstVote(&m))
        let st = m.facilities[0]
        #expect(st.phase == .construction && st.progress == 0)
        #expect(st.vote.passedAt == w && st.vote.approval == 1 && st.vote.turnout == 1)
        #expect(m.outcomes.facilities[0].vote.passedAt == w)
        #expect(m.events.contains { $0.week == w && $0.kind == .phase(.construction) })
    }

    @Test func withNobodyReachedTheVoteFails() throws {
        var m = try Self.voting(threshold: -10, outreach: 0) { s in s.parameters.a0 = 0 }
        let w = try #require(Self.firstVote(&m, within: 200))
        #expect(m.facilities[0].vote.latest?.voters == 0)
        #expect(m.facilities[0].vote.nextVote == w + 8)
        #expect(m.facilities[0].phase == .design)
    }

    @Test func voteDrawsAreTheirOwnStream() throws {
        // Before the vote the run with a consent rule is the run without it.
        var with = try Self.voting(threshold: 10)
        var f = with.scenario.facilities[0]
        f.consent = .none
        var without = try Fixture.model(size: 60, kIn: 2, kOut: 1, facilities: [f]) { s in
            s.parameters.secondStageValues.voteThreshold = 10
        }
        let w = try #require(Self.firstVote(&with))
        for _ in 0..<w { without.step() }
        var before = with
        before = try Self.voting(threshold: 10)
        for _ in 0..<w { before.step() }
        #expect(before.stage == without.stage)
        #expect(before.population.identification == without.population.identification)
    }

    @Test func upkeepSetsTheGovernmentInputInMaintenance() throws {
        let spec = Fixture.facility(cost: 2)
        var zero = try Fixture.model(size: 30, facilities: [spec]) { $0.government.upkeep = 0 }
        var same = try Fixture.model(size: 30, facilities: [spec]) { $0.government.upkeep = 4 }
        var plain = try Fixture.model(size: 30, facilities: [spec])
        for _ in 0..<40 {
            zero.step()
            same.step()
            plain.step()
        }
        #expect(plain.facilities[0].phase == .maintenance)
        // upkeep = budget changes nothing (the reference path gives the fused path's numbers).
        #expect(same.history == plain.history)
        let done = try #require(zero.facilities[0].completedAt)
        let g = 4 * (1 - 0.5 * 0.2)
        #expect(close(zero.facilities[0].governmentWork, Double(done + 1) * g, 1e-9))
        #expect(zero.facilities[0].condition < plain.facilities[0].condition)
    }

    @Test func satiationScalesAttitudeAndStayingInMaintenance() throws {
        var spec = Fixture.facility(salience: 0.8, cost: 2)
        spec.satiation = .on
        var m = try Fixture.model(size: 20, facilities: [spec]) { s in s.parameters.secondStageValues.satiation = 0.25 }
        while m.facilities[0].phase != .maintenance { m.step() }
        let i = try #require((0..<20).first { m.stage[$0] == .aware || m.stage[$0] == .unaware })
        m.stage[i] = .aware
        let t = m.joinTerms(0, i, levers: m.currentLevers(0), activeTies: 0)
        #expect(close(t.attitude, (m.population.need[i] * 0.8 * 0.25).squareRoot(), 1e-12))
        spec.satiation = .off
        try m.update(spec)
        let u = m.joinTerms(0, i, levers: m.currentLevers(0), activeTies: 0)
        #expect(close(u.attitude, (m.population.need[i] * 0.8).squareRoot(), 1e-12))
    }

    @Test func secondStageRulesTurnTheFusedStepOff() throws {
        var s = Scenario.calibration
        #expect(!s.usesSecondStageRules)
        s.government.upkeep = 4
        #expect(s.usesSecondStageRules)
        s = .calibration
        s.facilities[1].consent = .civilCode278
        #expect(s.usesSecondStageRules)
        let m = try Model(scenario: s)
        #expect(!m.canFuse)
    }

    @Test func explanationsReplayTheVote() throws {
        var m = try Self.voting(threshold: 0.6)
        _ = try #require(Self.firstVote(&m))
        let voters = (0..<m.residentCount).filter { m.population.tenure[$0] == .owner }
        for i in voters.prefix(10) {
            let v = try #require(m.explanations(ofPair: m.pair(0, i)).lastVote)
            #expect(close(v.recomputed, v.probability, 1e-12))
            #expect(v.floor == m.floor(of: i))
        }
        let renter = try #require((0..<m.residentCount).first { m.population.tenure[$0] == .renter })
        #expect(m.explanations(ofPair: m.pair(0, renter)).lastVote == nil)
        let approvals = voters.filter { m.explanations(ofPair: m.pair(0, $0)).lastVote?.approved == true }.count
        #expect(approvals == m.facilities[0].vote.latest?.approvals)
    }
}
