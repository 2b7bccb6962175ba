import Testing

@testable import CoprodModel

/// Spec §9 and docs/MODEL.md §9: the typology from autonomy share × publicness, thresholds, and
/// resident-initiated facilities.
struct TypologyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var autonomy: Double, publicness: Double, type: FacilityType
        var testDescription: String { "autonomy \(autonomy), publicness \(publicness) → \(type.rawValue)" }
    }

    /// Default thresholds 0.5 and 0.5, both inclusive ("at least").
    static let cases: [Case] = [
        Case(autonomy: 0.2, publicness: 0.2, type: .mobilisedCompliance),
        Case(autonomy: 0.2, publicness: 0.9, type: .guidedCoConstruction),
        Case(autonomy: 0.8, publicness: 0.2, type: .interestDrivenSelfHelp),
        Case(autonomy: 0.8, publicness: 0.9, type: .autonomousCoCreation),
        Case(autonomy: 0.5, publicness: 0.5, type: .autonomousCoCreation),
        Case(autonomy: 0.4999, publicness: 0.5, type: .guidedCoConstruction),
        Case(autonomy: 0.5, publicness: 0.4999, type: .interestDrivenSelfHelp),
        Case(autonomy: 0, publicness: 0, type: .mobilisedCompliance),
        Case(autonomy: 1, publicness: 1, type: .autonomousCoCreation),
    ]

    @Test(arguments: TypologyTests.cases)
    func classification(c: Case) {
        let k = Classification(
            facility: "f", autonomy: c.autonomy, entries: 10, autonomousEntries: Int(c.autonomy * 10),
            publicness: c.publicness, thresholds: TypologyThresholds())
        #expect(k.type == c.type)
        #expect(k.selfOrganised == (c.autonomy >= 0.5))
        #expect(k.commons == (c.publicness >= 0.5))
    }

    @Test func thresholdsAreSettable() {
        var t = TypologyThresholds()
        t.autonomy = 0.7
        t.publicness = 0.3
        let k = Classification(
            facility: "f", autonomy: 0.6, entries: 5, autonomousEntries: 3, publicness: 0.3, thresholds: t)
        #expect(k.type == .guidedCoConstruction)
        t.autonomy = 0.6
        #expect(
            Classification(
                facility: "f", autonomy: 0.6, entries: 5, autonomousEntries: 3, publicness: 0.29,
                thresholds: t
            ).type == .interestDrivenSelfHelp)
    }

    /// Autonomy is autonomous entries over all entries, read from the model's tallies.
    @Test func modelClassificationUsesEntryCounts() throws {
        var m = try Fixture.model(size: 5, facilities: [Fixture.facility("lift", publicness: 0.2)])
        m.facilities[0].entries = 8
        m.facilities[0].autonomousEntries = 3
        var k = m.classification(of: 0)
        #expect(close(k.autonomy, 0.375))
        #expect(k.type == .mobilisedCompliance)
        m.facilities[0].autonomousEntries = 4
        k = m.classification(of: 0)
        #expect(k.type == .interestDrivenSelfHelp)
        m.setThresholds(
            {
                var t = TypologyThresholds()
                t.autonomy = 0.6
                return t
            }())
        #expect(m.classification(of: 0).type == .mobilisedCompliance)
    }

    /// No entries yet: a government project counts as mobilised (autonomy 0).
    @Test func governmentProjectWithoutEntriesIsMobilised() throws {
        let m = try Fixture.model(
            size: 5, facilities: [Fixture.facility("a", publicness: 0.2), Fixture.facility("b", publicness: 0.9)])
        #expect(m.classification(of: 0).autonomy == 0)
        #expect(m.classification(of: 0).type == .mobilisedCompliance)
        #expect(m.classification(of: 1).type == .guidedCoConstruction)
        #expect(m.outcomes.facilities.map(\.type) == [.mobilisedCompliance, .guidedCoConstruction])
    }

    /// No entries yet on a residents' project: autonomy 1, so it counts as self-organised
    /// (docs/MODEL.md, "Entries and autonomy"), in the classification and in the recorded outcomes.
    @Test func residentsProjectWithoutEntriesIsSelfOrganised() throws {
        let m = try Fixture.model(
            size: 5,
            facilities: [
                Fixture.facility("a", publicness: 0.2, initiator: .residents),
                Fixture.facility("b", publicness: 0.9, initiator: .residents),
            ])
        #expect(m.classification(of: 0).autonomy == 1)
        #expect(m.classification(of: 0).type == .interestDrivenSelfHelp)
        #expect(m.classification(of: 1).type == .autonomousCoCreation)
        #expect(m.outcomes.facilities.map(\.type) == [.interestDrivenSelfHelp, .autonomousCoCreation])
        #expect(m.outcomes.facilities.map(\.autonomy) == [1, 1])
    }

    /// A residents' project has base outreach 0 (an explicit outreach still applies); a government
    /// one 0.3.
    @Test func residentsProjectsStartWithoutOutreach() {
        #expect(Fixture.facility(initiator: .residents).baseOutreach == 0)
        #expect(Fixture.facility(initiator: .government).baseOutreach == 0.3)
        #expect(Fixture.facility(initiator: .residents, outreach: 0.5).baseOutreach == 0.5)
        let l = Levers.compute(
            for: Fixture.facility(initiator: .residents), type: .autonomousCoCreation,
            government: Government(), interventions: [], at: 0, parameters: Parameters())
        #expect(l.outreach == 0)
    }

    /// On a residents' project every entry during planning counts as autonomous, even when the
    /// mobilised chance dominates (incentive 1: pMob ≥ 0.1 against pAuto ≤ 0.03); after planning the
    /// channel draw decides again.
    @Test func residentsProjectEntriesInPlanningAreAutonomous() throws {
        var m = try Fixture.model(
            size: 800, seed: 17, facilities: [Fixture.facility(initiator: .residents)],
            interventions: [Fixture.intervention(.incentive, 1)])
        for i in 0..<800 { m.put(i, .aware) }
        var ctx = m.beginStep()
        var tally = StepTally(facilityCount: 1)
        m.behaviouralProcess(ctx, tally: &tally)
        let planningJoins = (0..<800).filter { m.stage[$0] == .active }
        #expect(planningJoins.count > 20)
        #expect(planningJoins.allSatisfy { m.channel[$0] == .autonomous && !m.incentiveDriven[$0] })
        #expect(m.facilities[0].autonomousEntries == m.facilities[0].entries)

        // The same residents' project in design: most entries are now mobilised.
        var d = try Fixture.model(
            size: 800, seed: 17, facilities: [Fixture.facility(initiator: .residents)],
            interventions: [Fixture.intervention(.incentive, 1)])
        for i in 0..<800 { d.put(i, .aware) }
        d.facilities[0].phase = .design
        ctx = d.beginStep()
        d.behaviouralProcess(ctx, tally: &tally)
        let designJoins = (0..<800).filter { d.stage[$0] == .active }
        let mobilised = designJoins.filter { d.channel[$0] == .mobilised }
        #expect(mobilised.count * 2 > designJoins.count)
        #expect(mobilised.allSatisfy { d.incentiveDriven[$0] })
    }
}
