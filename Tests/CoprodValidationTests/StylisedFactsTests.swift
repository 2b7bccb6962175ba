import CoprodModel
import Dispatch
import Testing

/// The eight stylised facts of spec §11, each over 20 seeds, each required to hold by at least
/// `margin` standard errors of the difference.
@Suite("Stylised facts (spec §11)")
struct StylisedFactsTests {
    static let margin = 3.0

    static func everJoined(_ m: Model) -> Double { m.outcomes.facilities[0].everJoinedShare }

    @Test("1. participation rises with salience and with ease")
    func salienceAndEase() {
        let low = Experiment.replicate(Experiment.factsScenario { $0.salience = 0.3 }, measure: Self.everJoined)
        let high = Experiment.replicate(Experiment.factsScenario { $0.salience = 0.9 }, measure: Self.everJoined)
        #expect(high.separation(over: low) > Self.margin, "salience: \(low) → \(high)")
        let hard = Experiment.replicate(Experiment.factsScenario { $0.complexity = 0.9 }, measure: Self.everJoined)
        let easy = Experiment.replicate(Experiment.factsScenario { $0.complexity = 0.1 }, measure: Self.everJoined)
        #expect(easy.separation(over: hard) > Self.margin, "ease: \(hard) → \(easy)")
    }

    @Test(
        "2. more self-efficacy, trust or attachment raises the ever-joined share",
        arguments: [ResidentTrait.efficacy, .trust, .attachment])
    func influencingFactors(_ trait: ResidentTrait) {
        let base = Experiment.replicate(Experiment.factsScenario(), measure: Self.everJoined)
        let raised = Experiment.replicate(
            Experiment.factsScenario(),
            prepare: { m in
                m.shift(trait, by: 0.2)
                if trait == .attachment {
                    m.shift(.identification, by: 0.2)
                    m.shift(.responsibility, by: 0.1)
                }
            }, measure: Self.everJoined)
        #expect(raised.separation(over: base) > Self.margin, "\(trait): \(base) → \(raised)")
    }

    @Test("3. incentives raise initial participation but crowd out later activity and public awareness")
    func crowdingOut() {
        var withIncentive = Experiment.factsScenario()
        withIncentive.interventions = [Experiment.intervention(.incentive, id: 1, end: 19)]
        let plain = Experiment.factsScenario()
        let early0 = Experiment.replicate(plain, weeks: 20, measure: Self.everJoined)
        let early1 = Experiment.replicate(withIncentive, weeks: 20, measure: Self.everJoined)
        #expect(early1.separation(over: early0) > Self.margin, "initial: \(early0) → \(early1)")
        let active0 = Experiment.replicate(plain) { Double($0.outcomes.facilities[0].active) }
        let active1 = Experiment.replicate(withIncentive) { Double($0.outcomes.facilities[0].active) }
        #expect(active0.separation(over: active1) > Self.margin, "active at 104: \(active0) vs \(active1)")
        let resp0 = Experiment.replicate(plain) { $0.outcomes.community.responsibility }
        let resp1 = Experiment.replicate(withIncentive) { $0.outcomes.community.responsibility }
        #expect(resp0.separation(over: resp1) > Self.margin, "responsibility: \(resp0) vs \(resp1)")
    }

    @Test("4. emotional engagement raises retention more than initial participation")
    func emotionalEngagement() {
        var care = Experiment.factsScenario()
        care.interventions = [Experiment.intervention(.emotionalCare, id: 1)]
        let plain = Experiment.factsScenario()
        let ret0 = Experiment.replicate(plain) { $0.outcomes.facilities[0].retention }
        let ret1 = Experiment.replicate(care) { $0.outcomes.facilities[0].retention }
        let join0 = Experiment.replicate(plain, measure: Self.everJoined)
        let join1 = Experiment.replicate(care, measure: Self.everJoined)
        #expect(ret1.separation(over: ret0) > Self.margin, "retention: \(ret0) → \(ret1)")
        let retentionGain = ret1.mean / ret0.mean - 1
        let joinGain = join1.mean / join0.mean - 1
        #expect(retentionGain > joinGain + 0.05, "relative gains: retention \(retentionGain), joining \(joinGain)")
    }

    @Test("5. a technology platform widens the young–older gap unless paired with outreach")
    func digitalDivide() {
        @Sendable func gap(_ m: Model) -> Double {
            let r = m.outcomes.community.participationByAge
            return r[0] - r[2]
        }
        let plain = Experiment.factsScenario()
        var platform = plain
        platform.interventions = [Experiment.intervention(.techPlatform, id: 1)]
        var both = platform
        both.interventions.append(Experiment.intervention(.outreach, id: 2))
        let g0 = Experiment.replicate(plain, measure: gap)
        let g1 = Experiment.replicate(platform, measure: gap)
        let g2 = Experiment.replicate(both, measure: gap)
        #expect(g1.separation(over: g0) > Self.margin, "gap: none \(g0), platform \(g1)")
        #expect(g1.separation(over: g2) > Self.margin, "gap: platform \(g1), platform + outreach \(g2)")
    }

    @Test("6. role transformation raises the autonomy share and can change the type")
    func roleTransformation() {
        let plain = Experiment.factsScenario()
        var shifted = plain
        shifted.interventions = [Experiment.intervention(.roleShift, id: 1)]
        let a0 = Experiment.replicate(plain) { $0.outcomes.facilities[0].autonomy }
        let a1 = Experiment.replicate(shifted) { $0.outcomes.facilities[0].autonomy }
        #expect(a1.separation(over: a0) > Self.margin, "autonomy: \(a0) → \(a1)")
        let selfOrganised0 = Experiment.replicate(plain) { $0.classification(of: 0).selfOrganised ? 1 : 0 }
        let selfOrganised1 = Experiment.replicate(shifted) { $0.classification(of: 0).selfOrganised ? 1 : 0 }
        #expect(
            selfOrganised1.mean > selfOrganised0.mean,
            "self-organised share of runs: \(selfOrganised0) → \(selfOrganised1)")
    }

    @Test("7. broader co-design coverage gives higher quality; an unmaintained commons degrades")
    func qualityAndMaintenance() {
        // Coverage: door-to-door outreach brings more groups into co-design than none.
        var reached = Experiment.factsScenario()
        reached.interventions = [Experiment.intervention(.outreach, id: 1), Experiment.intervention(.council, id: 2)]
        var narrow = Experiment.factsScenario { $0.outreach = 0 }
        narrow.parameters.a0 = 0.002
        let cov0 = Experiment.replicate(narrow) { $0.facilities[0].coverage }
        let cov1 = Experiment.replicate(reached) { $0.facilities[0].coverage }
        let q0 = Experiment.replicate(narrow) { $0.outcomes.facilities[0].quality }
        let q1 = Experiment.replicate(reached) { $0.outcomes.facilities[0].quality }
        #expect(cov1.separation(over: cov0) > Self.margin, "coverage: \(cov0) → \(cov1)")
        #expect(q1.separation(over: q0) > Self.margin, "quality: \(q0) → \(q1)")
        // Nobody hears of the commons, so nobody maintains it once the government has built it.
        var orphan = Experiment.factsScenario {
            $0.outreach = 0
            $0.publicness = 0.9
        }
        orphan.parameters.a0 = 0
        let degraded = Experiment.replicate(orphan, weeks: 220) { $0.outcomes.facilities[0].degraded ? 1 : 0 }
        let completed = Experiment.replicate(orphan, weeks: 220) {
            $0.outcomes.facilities[0].completedAt == nil ? 0 : 1
        }
        #expect(completed.mean == 1, "the government alone completes it: \(completed)")
        #expect(degraded.mean == 1, "every run degrades: \(degraded)")
        let maintained = Experiment.replicate(Experiment.factsScenario { $0.publicness = 0.9 }, weeks: 220) {
            $0.outcomes.facilities[0].degraded ? 1 : 0
        }
        #expect(maintained.mean < degraded.mean, "with residents: \(maintained)")
    }

    @Test("8. a second project after a well-run first draws more participants")
    func feedbackLoop() {
        // Alone: the project runs first, for 104 weeks.
        let alone = Experiment.replicate(Experiment.factsScenario(), measure: Self.everJoined)
        // After a well-run first project (outreach and a council, 52 weeks), the same project runs 104 weeks.
        var first = Experiment.factsScenario()
        first.facilities[0].name = "first"
        first.facilities[0].cost = 40
        first.interventions = [
            Experiment.intervention(.outreach, id: 1, target: "first"),
            Experiment.intervention(.council, id: 2, target: "first"),
        ]
        let second = Experiment.factsScenario().facilities[0]
        let after = Experiment.replicate(
            first, weeks: 52 + 104,
            beforeWeek: { m, week in
                if week == 52 { try! m.add(second) }
            }, measure: { $0.outcomes.facilities[1].everJoinedShare })
        #expect(after.separation(over: alone) > Self.margin, "second project: alone \(alone), after a first \(after)")
    }
}
