import Foundation
import Testing

@testable import CoprodModel

/// Spec §3, the cognitive process: awareness, identification, responsibility.
struct CognitiveProcessTests {
    /// Runs step 1 and the cognitive process of one week.
    static func cognitive(_ m: inout Model) -> StepTally {
        var tally = StepTally(facilityCount: m.facilities.count)
        let ctx = m.beginStep()
        m.cognitiveProcess(ctx, tally: &tally)
        return tally
    }

    // MARK: Awareness, cases whose outcome does not depend on the draw

    @Test func a0OfOneMakesEveryUnawareResidentAware() throws {
        var m = try Fixture.model(size: 40) { $0.parameters.a0 = 1 }
        let tally = Self.cognitive(&m)
        #expect(m.stages(0).allSatisfy { $0 == .aware })
        #expect(tally.newlyAware == [40])
    }

    @Test func noChannelMeansNobodyHears() throws {
        // a0 = 0, no ties, no publicity, no platform: the probability is exactly 0.
        var m = try Fixture.model(size: 40, facilities: [Fixture.facility("a"), Fixture.facility("b")]) {
            $0.parameters.a0 = 0
        }
        for _ in 0..<50 { m.step() }
        #expect(m.stage.allSatisfy { $0 == .unaware })
        #expect(m.outcomes.facilities.map(\.aware) == [0, 0])
    }

    /// `a0·(1 + 4·veteran)`: with a0 = 0.2 a veteran's background chance is min(1, 0.2·5) = 1.
    @Test func veteransHearFiveTimesAsOften() throws {
        var m = try Fixture.model(size: 40) { $0.parameters.a0 = 0.2 }
        for i in stride(from: 0, to: 40, by: 2) { m.veteran[i] = true }
        _ = Self.cognitive(&m)
        for i in stride(from: 0, to: 40, by: 2) { #expect(m.stage[m.pair(0, i)] == .aware) }
        // Non-veterans hear with probability 0.2, so not all of them do (for this seed).
        let others = stride(from: 1, to: 40, by: 2).filter { m.stage[m.pair(0, $0)] == .aware }.count
        #expect(others < 20)
    }

    /// `(1 − aSoc)^k`: with aSoc = 1 exactly the residents with an active tie on f hear of f.
    @Test func wordOfMouthNeedsATieActiveOnThatFacility() throws {
        var m = try Fixture.model(
            size: 80, kIn: 6, kOut: 2, facilities: [Fixture.facility("a"), Fixture.facility("b")]
        ) {
            $0.parameters.a0 = 0
            $0.parameters.aSoc = 1
        }
        // Residents 0, 10, 50 are active on a only; resident 20 is active on b only.
        for i in [0, 10, 50] { m.put(i, .active, on: 0) }
        m.put(20, .active, on: 1)
        let before = m.stage
        _ = Self.cognitive(&m)
        for i in 0..<80 {
            let tiedToActiveA = m.population.ties.partners(of: i).contains { [0, 10, 50].contains(Int($0)) }
            let tiedToActiveB = m.population.ties.partners(of: i).contains { $0 == 20 }
            if before[m.pair(0, i)] == .unaware {
                #expect(m.stage[m.pair(0, i)] == (tiedToActiveA ? .aware : .unaware), "resident \(i) on a")
            }
            if before[m.pair(1, i)] == .unaware {
                #expect(m.stage[m.pair(1, i)] == (tiedToActiveB ? .aware : .unaware), "resident \(i) on b")
            }
        }
    }

    /// `(1 − aInfo·info)`: aInfo = 1 and publicity at strength 1 reach everyone, on the targeted
    /// facility only.
    @Test func publicityReachesEveryoneOnItsFacility() throws {
        var m = try Fixture.model(
            size: 40, facilities: [Fixture.facility("a"), Fixture.facility("b")],
            interventions: [Fixture.intervention(.information, 1, on: "a")]
        ) {
            $0.parameters.a0 = 0
            $0.parameters.aInfo = 1
        }
        _ = Self.cognitive(&m)
        #expect(m.stages(0).allSatisfy { $0 == .aware })
        #expect(m.stages(1).allSatisfy { $0 == .unaware })
    }

    /// `(1 − aDig·platform·digital)`: aDig = 1 and a platform at strength 1 reach exactly the
    /// residents with digital literacy 1, and nobody with literacy 0.
    @Test func platformAwarenessGoesThroughDigitalLiteracy() throws {
        var m = try Fixture.model(size: 40, interventions: [Fixture.intervention(.techPlatform, 1)]) {
            $0.parameters.a0 = 0
            $0.parameters.aDig = 1
        }
        for i in 0..<40 { m.population.digital[i] = i < 20 ? 1 : 0 }
        _ = Self.cognitive(&m)
        #expect(m.stages(0)[0..<20].allSatisfy { $0 == .aware })
        #expect(m.stages(0)[20..<40].allSatisfy { $0 == .unaware })
    }

    // MARK: Awareness, the whole formula

    /// With all four routes on, each unaware resident hears iff her own draw is below
    /// `1 − (1 − a0(1+4v))(1 − aInfo·info)(1 − aDig·platform·digital)(1 − aSoc)^k`.
    ///
    /// Worked example (a0 = 0.05, veteran, info 0.6, platform 0.5, digital 0.8, k = 2):
    /// 1 − (1 − 0.25)(1 − 0.09)(1 − 0.1)(0.9²) = 1 − 0.75·0.91·0.9·0.81 = 0.5024575.
    @Test func awarenessProbabilityMatchesTheFormula() throws {
        let a0 = 0.05
        let info = 0.6
        let platform = 0.5
        let background: Double = 1 - a0 * 5
        let publicity: Double = 1 - 0.15 * info
        let online: Double = 1 - 0.25 * platform * 0.8
        let neighbours: Double = pow(0.9, 2)
        #expect(close(1 - background * publicity * online * neighbours, 0.5024575))
        var m = try Fixture.model(
            size: 400, kIn: 6, kOut: 2, seed: 31,
            interventions: [
                Fixture.intervention(.information, info),
                Fixture.intervention(.techPlatform, platform, id: 2),
            ]
        ) {
            $0.parameters.a0 = a0
        }
        for i in stride(from: 0, to: 400, by: 9) { m.put(i, .active) }
        for i in stride(from: 1, to: 400, by: 7) { m.veteran[i] = true }
        let before = m.stage
        let veteran = m.veteran
        let draws = StepDraws(seed: m.scenario.seed, week: m.week, process: .awareness)
        _ = Self.cognitive(&m)
        var predictedAware = 0
        var realisedAware = 0
        var sumProbability = 0.0
        for i in 0..<400 where before[i] == .unaware {
            let k = m.population.ties.partners(of: i).filter { before[Int($0)] == .active }.count
            let v = veteran[i] ? 1.0 : 0.0
            let p =
                1 - (1 - min(1, a0 * (1 + 4 * v))) * (1 - 0.15 * info)
                * (1 - 0.25 * platform * m.population.digital[i]) * pow(1 - 0.10, Double(k))
            let hears = draws.uniform(0, i) < p
            #expect((m.stage[i] == .aware) == hears, "resident \(i): p = \(p)")
            predictedAware += hears ? 1 : 0
            realisedAware += m.stage[i] == .aware ? 1 : 0
            sumProbability += p
        }
        #expect(predictedAware == realisedAware)
        // And the draws themselves are fair: the count is near its expectation (SD ≈ sqrt(Σp(1−p)) < 10).
        #expect(abs(Double(realisedAware) - sumProbability) < 35)
    }

    /// Over many weeks the realised hearing rate matches a0 for non-veterans with no other route.
    @Test func backgroundRateIsA0() throws {
        var m = try Fixture.model(size: 2000, seed: 4) { $0.parameters.a0 = 0.1 }
        let tally = Self.cognitive(&m)
        // Binomial(2000, 0.1): mean 200, SD 13.4.
        #expect(abs(Double(tally.newlyAware[0]) - 200) < 55)
    }

    // MARK: Identification

    /// `ident += 0.02·(emotional + solidary)·(1 − ident) − 0.01·(ident − attachment)`.
    /// K5, residents 0, 1, 2 active on f, emotional-care 0.6 on f: resident 0 has 2 of 4 ties active
    /// (solidary 0.5) and an active tie (emotional 0.6·1.0). With ident 0.7, attachment 0.5:
    /// 0.7 + 0.02·1.1·0.3 − 0.01·0.2 = 0.7046.
    /// Resident 3 (aware, not active): solidary 0, emotional 0.6 (she has active ties), ident 0.4,
    /// attachment 0.6: 0.4 + 0.02·0.6·0.6 − 0.01·(−0.2) = 0.4092.
    /// Resident 4 (unaware): no emotional engagement, ident 0.5, attachment 0.3: 0.5 − 0.002 = 0.498.
    @Test func identificationUpdate() throws {
        var m = try Fixture.k5(interventions: [Fixture.intervention(.emotionalCare, 0.6)])
        for i in 0...2 { m.put(i, .active) }
        m.put(3, .aware)
        m.setTraits(0, [.attachment: 0.5, .identification: 0.7])
        m.setTraits(3, [.attachment: 0.6, .identification: 0.4])
        m.setTraits(4, [.attachment: 0.3, .identification: 0.5])
        m.scenario.parameters.a0 = 0
        _ = Self.cognitive(&m)
        #expect(close(m.population.identification[0], 0.7046))
        #expect(close(m.population.identification[3], 0.4092))
        #expect(close(m.population.identification[4], 0.498))
    }

    /// Emotional engagement from two facilities does not stack: the largest applies (docs/MODEL.md).
    /// Resident 0 of K5 is aware of a (strength 0.5, no active tie: 0.5·0.4 = 0.2) and of b
    /// (strength 0.3, resident 1 active on b: 0.3). ident 0.5, attachment 0.5, not active:
    /// 0.5 + 0.02·0.3·0.5 = 0.503.
    @Test func emotionalEngagementTakesTheLargestOverFacilities() throws {
        var m = try Fixture.k5(
            facilities: [Fixture.facility("a"), Fixture.facility("b")],
            interventions: [
                Fixture.intervention(.emotionalCare, 0.5, on: "a"),
                Fixture.intervention(.emotionalCare, 0.3, on: "b", id: 2),
            ])
        m.scenario.parameters.a0 = 0
        m.put(0, .aware, on: 0)
        m.put(0, .aware, on: 1)
        m.put(1, .active, on: 1)
        m.setTraits(0, [.attachment: 0.5, .identification: 0.5])
        _ = Self.cognitive(&m)
        #expect(close(m.population.identification[0], 0.503))
    }

    // MARK: Responsibility

    /// For each facility in turn:
    /// `resp += 0.01·(active·(1 − incentiveDriven) + publicness·visibleProgress)·(1 − resp) − 0.01·(resp − 0.5·attachment)`,
    /// with last week's visible progress.
    /// Resident 0: resp 0.4, attachment 0.5, active on a (publicness 0.6, visibleProgress 0.5), not
    /// on b (publicness 0.9, visibleProgress 0.2):
    /// after a: 0.4 + 0.01·1.3·0.6 − 0.01·0.15 = 0.4063;
    /// after b: 0.4063 + 0.01·0.18·0.5937 − 0.01·0.1563 = 0.40580566.
    /// Resident 1: the same but her entry on a was incentive-driven, so only the visible-progress
    /// terms push: after a 0.4 + 0.01·0.3·0.6 − 0.0015 = 0.4003;
    /// after b 0.4003 + 0.01·0.18·0.5997 − 0.01·0.1503 = 0.39987646.
    @Test func responsibilityUpdateAndCrowdingOut() throws {
        var m = try Fixture.model(
            size: 2,
            facilities: [
                Fixture.facility("a", publicness: 0.6),
                Fixture.facility("b", publicness: 0.9),
            ]
        ) {
            $0.parameters.a0 = 0
        }
        m.facilities[0].visibleProgress = 0.5
        m.facilities[1].visibleProgress = 0.2
        for i in 0...1 {
            m.put(i, .active, on: 0)
            m.setTraits(i, [.attachment: 0.5, .responsibility: 0.4])
        }
        m.incentiveDriven[m.pair(0, 1)] = true
        _ = Self.cognitive(&m)
        #expect(close(m.population.responsibility[0], 0.40580566))
        #expect(close(m.population.responsibility[1], 0.39987646))
    }

    /// Without any push responsibility relaxes toward half of attachment (per facility):
    /// resp 0.6, attachment 0.4, one facility: 0.6 − 0.01·(0.6 − 0.2) = 0.596.
    @Test func responsibilityRelaxesTowardHalfAttachment() throws {
        var m = try Fixture.model(size: 1) { $0.parameters.a0 = 0 }
        m.setTraits(0, [.attachment: 0.4, .responsibility: 0.6])
        _ = Self.cognitive(&m)
        #expect(close(m.population.responsibility[0], 0.596))
    }

    @Test func initialCognitiveState() throws {
        let m = try Fixture.model(size: 40)
        for i in 0..<40 {
            #expect(m.population.identification[i] == m.population.attachment[i])
            #expect(close(m.population.responsibility[i], 0.5 * m.population.attachment[i]))
        }
    }
}
