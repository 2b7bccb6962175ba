import Testing

@testable import CoprodModel

/// Spec §7 and the refinements in docs/MODEL.md: each intervention's effect on this week's levers,
/// windows, strongest-of-a-kind, targets, and differentiated management's fit table (§9).
struct InterventionTests {
    static let spec = Fixture.facility("f", visibility: 0.7)

    static func levers(
        _ ivs: [Intervention], at week: Int = 0, type: FacilityType = .mobilisedCompliance,
        spec: FacilitySpec = InterventionTests.spec, government: Government = Government()
    ) -> Levers {
        Levers.compute(
            for: spec, type: type, government: government, interventions: ivs, at: week, parameters: Parameters())
    }

    @Test func baseLeversWithoutInterventions() {
        let l = Self.levers([])
        #expect(l.outreach == 0.3)
        #expect(l.incentive == 0 && l.information == 0 && l.platform == 0 && l.platformEase == 0)
        #expect(l.visibility == 0.7)
        #expect(l.emotional == 0 && l.training == 0 && l.council == 0)
        #expect(l.responsiveness == 0.5)
        #expect(l.roleTarget == nil)
        #expect(Phase.allCases.map { l.demand(in: $0, Parameters()) } == [0.3, 0.6, 0.8, 0.3])
    }

    // MARK: Each kind

    /// role-shift 0.5: target role₀ + 0.5 = 0.7, responsiveness 0.5 + 0.3·0.5 = 0.65.
    @Test func roleShiftLevers() {
        let l = Self.levers([Fixture.intervention(.roleShift, 0.5)])
        #expect(close(l.roleTarget!, 0.7))
        #expect(close(l.responsiveness, 0.65))
        // The target is capped at 1.
        var g = Government()
        g.role = 0.8
        #expect(Self.levers([Fixture.intervention(.roleShift, 0.5)], government: g).roleTarget == 1)
    }

    /// The role moves toward the target by 0.05 a week (0.2 → 0.7 in ten weeks), then holds; it
    /// keeps its value after the intervention ends, and the responsiveness boost ends with it.
    @Test func roleMovesFivePointsAWeekAndPersists() throws {
        var m = try Fixture.model(size: 2, interventions: [Fixture.intervention(.roleShift, 0.5, to: 14)]) {
            $0.parameters.a0 = 0
        }
        var roles: [Double] = []
        for _ in 0..<16 {
            m.step()
            roles.append(m.facilities[0].role)
        }
        for (w, r) in roles.enumerated() { #expect(close(r, min(0.7, 0.2 + 0.05 * Double(w + 1))), "week \(w)") }
        #expect(close(m.currentLevers(0).responsiveness, 0.5))
        #expect(m.currentLevers(0).roleTarget == nil)
    }

    /// A role above the target moves down toward it.
    @Test func roleMovesDownTowardALowerTarget() throws {
        var m = try Fixture.model(size: 2, interventions: [Fixture.intervention(.roleShift, 0.1)]) {
            $0.parameters.a0 = 0
        }
        m.facilities[0].role = 0.5
        _ = m.applyInterventions()
        #expect(close(m.facilities[0].role, 0.45))
        for _ in 0..<10 { _ = m.applyInterventions() }
        #expect(close(m.facilities[0].role, 0.3))
    }

    /// tech-platform 0.5: platform 0.5, platformEase 0.15, visibility 0.7 + 0.1 = 0.8 (clamped at 1).
    @Test func techPlatformLevers() {
        let l = Self.levers([Fixture.intervention(.techPlatform, 0.5)])
        #expect(l.platform == 0.5)
        #expect(close(l.platformEase, 0.15))
        #expect(close(l.visibility, 0.8))
        let bright = Self.levers(
            [Fixture.intervention(.techPlatform, 0.5)], spec: Fixture.facility("f", visibility: 0.95))
        #expect(bright.visibility == 1)
    }

    /// emotional-care 0.7: 0.7·0.4 = 0.28 for an aware resident without an active tie, 0.7 with
    /// one, 0 for an unaware resident.
    @Test func emotionalCareReachesAwareResidentsThroughTies() throws {
        var m = try Fixture.model(size: 40, kIn: 6, interventions: [Fixture.intervention(.emotionalCare, 0.7)]) {
            $0.parameters.a0 = 0
        }
        m.put(0, .active)
        for i in 1..<20 { m.put(i, .aware) }
        let ctx = m.beginStep()
        #expect(ctx.levers[0].emotional == 0.7)
        for i in 0..<40 {
            let tied = m.population.ties.partners(of: i).contains(0)
            let expected = i >= 20 ? 0 : (tied ? 0.7 : 0.28)
            #expect(close(m.emotional(0, i, ctx), expected), "resident \(i)")
        }
    }

    /// council 0.5: design demand 0.6 − 0.15 = 0.45 (other phases unchanged), responsiveness
    /// 0.5 + 0.1 = 0.6. A council of 1 with role-shift 1: 0.5 + 0.2 + 0.3 = 1.0, clamped.
    @Test func councilLevers() {
        let l = Self.levers([Fixture.intervention(.council, 0.5)])
        #expect(l.council == 0.5)
        #expect(close(l.demand(in: .design, Parameters()), 0.45))
        #expect(
            l.demand(in: .planning, Parameters()) == 0.3 && l.demand(in: .construction, Parameters()) == 0.8
                && l.demand(in: .maintenance, Parameters()) == 0.3)
        #expect(close(l.responsiveness, 0.6))
        var g = Government()
        g.responsiveness = 0.9
        let both = Self.levers(
            [Fixture.intervention(.council, 1), Fixture.intervention(.roleShift, 1, id: 2)], government: g)
        #expect(both.responsiveness == 1)
    }

    /// outreach replaces the base outreach (0.3), higher or lower.
    @Test(arguments: [0.8, 0.1, 0.0])
    func outreachReplacesTheBase(strength: Double) {
        #expect(Self.levers([Fixture.intervention(.outreach, strength)]).outreach == strength)
    }

    @Test func incentiveAndInformationLevers() {
        let l = Self.levers([Fixture.intervention(.incentive, 0.4), Fixture.intervention(.information, 0.6, id: 2)])
        #expect(l.incentive == 0.4)
        #expect(l.information == 0.6)
    }

    /// training 0.5: skill and efficacy of residents aware of f rise by 0.005 a week (clamped);
    /// unaware residents are untouched. Two trainings on two facilities she knows apply once, the
    /// stronger (docs comment of `applyInterventions`).
    @Test func trainingRaisesSkillAndEfficacyOfAwareResidents() throws {
        var m = try Fixture.model(
            size: 4, facilities: [Fixture.facility("a"), Fixture.facility("b")],
            interventions: [
                Fixture.intervention(.training, 0.5, on: "a"),
                Fixture.intervention(.training, 0.8, on: "b", id: 2),
            ])
        m.setTraitsForAll([.skill: 0.3, .efficacy: 0.4])
        m.population.skill[2] = 0.999
        m.put(0, .aware, on: 0)
        m.put(1, .active, on: 0)
        m.put(1, .aware, on: 1)
        m.put(2, .lapsed, on: 0)
        _ = m.applyInterventions()
        #expect(close(m.population.skill[0], 0.305) && close(m.population.efficacy[0], 0.405))
        #expect(close(m.population.skill[1], 0.308) && close(m.population.efficacy[1], 0.408))
        #expect(m.population.skill[2] == 1 && close(m.population.efficacy[2], 0.405))
        #expect(m.population.skill[3] == 0.3 && m.population.efficacy[3] == 0.4)
    }

    // MARK: Windows, targets, several of a kind

    /// Active when `start ≤ t ≤ end`, both ends included; open-ended without an end.
    @Test(arguments: [(2, false), (3, true), (4, true), (5, true), (6, false)])
    func windowEndsAreInclusive(week: Int, active: Bool) {
        let iv = Fixture.intervention(.incentive, 0.4, from: 3, to: 5)
        #expect(iv.isActive(at: week) == active)
        #expect(Self.levers([iv], at: week).incentive == (active ? 0.4 : 0))
        #expect(Fixture.intervention(.incentive, 0.4, from: 3).isActive(at: week) == (week >= 3))
    }

    @Test func openEndedInterventionStaysOn() {
        #expect(Fixture.intervention(.outreach, 1, from: 0).isActive(at: Limits.maxWeek))
    }

    @Test func targetedInterventionsAffectOnlyTheirFacility() {
        let ivs = [Fixture.intervention(.incentive, 0.4, on: "other"), Fixture.intervention(.information, 0.6, id: 2)]
        let l = Self.levers(ivs)
        #expect(l.incentive == 0)
        #expect(l.information == 0.6)
    }

    /// Several of one kind on one facility: the strongest applies, they do not add up.
    @Test(arguments: InterventionKind.allCases.filter { $0 != .differentiated })
    func strongestOfAKindApplies(kind: InterventionKind) {
        let single = Self.levers([Fixture.intervention(kind, 0.7)])
        let several = Self.levers([
            Fixture.intervention(kind, 0.4), Fixture.intervention(kind, 0.7, id: 2),
            Fixture.intervention(kind, 0.2, on: "f", id: 3),
        ])
        #expect(single == several)
        #expect(close(Self.strength(of: kind, in: several), 0.7))
    }

    // MARK: Differentiated management

    /// The strength a lever shows for a kind (role-shift as its target's distance from role₀ = 0.2).
    static func strength(of kind: InterventionKind, in l: Levers) -> Double {
        switch kind {
        case .roleShift: (l.roleTarget ?? 0.2) - 0.2
        case .techPlatform: l.platform
        case .emotionalCare: l.emotional
        case .incentive: l.incentive
        case .information: l.information
        case .training: l.training
        case .council: l.council
        case .outreach: l.outreach
        case .differentiated: 0
        }
    }

    /// The fit table of spec §9, written out independently of the model's.
    static let fitTable: [FacilityType: Set<InterventionKind>] = [
        .mobilisedCompliance: [.roleShift, .techPlatform, .incentive, .information],
        .guidedCoConstruction: [.emotionalCare, .council, .outreach],
        .interestDrivenSelfHelp: [.training, .techPlatform, .council],
        .autonomousCoCreation: [.emotionalCare, .training],
    ]

    static let typeKindPairs: [(FacilityType, InterventionKind)] =
        FacilityType.allCases.flatMap { t in InterventionKind.allCases.filter { $0 != .differentiated }.map { (t, $0) }
        }

    /// With `differentiated` on the facility, each other kind works at full strength where it fits
    /// the facility's type and at half strength where it does not; without it, always full.
    @Test(arguments: InterventionTests.typeKindPairs)
    func differentiatedHalvesNonFittingKinds(type: FacilityType, kind: InterventionKind) {
        let iv = Fixture.intervention(kind, 0.6)
        let plain = Self.strength(of: kind, in: Self.levers([iv], type: type))
        let managed = Self.strength(
            of: kind, in: Self.levers([iv, Fixture.intervention(.differentiated, 1, id: 2)], type: type))
        let fits = Self.fitTable[type]!.contains(kind)
        #expect(close(plain, 0.6))
        #expect(close(managed, fits ? 0.6 : 0.3))
        #expect(InterventionFit.fits(kind, type) == fits)
    }

    /// Differentiated management aimed at another facility changes nothing here.
    @Test func differentiatedOnlyOnItsTarget() {
        let l = Self.levers(
            [Fixture.intervention(.outreach, 0.6), Fixture.intervention(.differentiated, 1, on: "other", id: 2)],
            type: .mobilisedCompliance)
        #expect(l.outreach == 0.6)
    }

    /// Halved kinds carry their derived effects: tech-platform at 0.3 gives platformEase 0.09 and
    /// visibility +0.06; council at 0.25 cuts design demand by 0.075 and adds 0.05 responsiveness.
    @Test func differentiatedScalesDerivedEffects() {
        let l = Self.levers(
            [
                Fixture.intervention(.techPlatform, 0.6), Fixture.intervention(.council, 0.5, id: 2),
                Fixture.intervention(.differentiated, 1, id: 3),
            ], type: .autonomousCoCreation)
        #expect(close(l.platformEase, 0.09))
        #expect(close(l.visibility, 0.76))
        #expect(close(l.demand(in: .design, Parameters()), 0.525))
        #expect(close(l.responsiveness, 0.55))
    }

    /// In a model, differentiated management reads the facility's current type: a commons with no
    /// entries is type II (mobilised), where outreach fits and incentive does not.
    @Test func differentiatedUsesTheCurrentType() throws {
        let m = try Fixture.model(
            size: 5, facilities: [Fixture.facility("f", publicness: 0.9)],
            interventions: [
                Fixture.intervention(.outreach, 0.6), Fixture.intervention(.incentive, 0.6, id: 2),
                Fixture.intervention(.differentiated, 1, id: 3),
            ])
        #expect(m.classification(of: 0).type == .guidedCoConstruction)
        let l = m.currentLevers(0)
        #expect(close(l.outreach, 0.6))
        #expect(close(l.incentive, 0.3))
    }
}
