import Testing

@testable import CoprodModel

/// The catalogue of model constants (issue 8: every number of the model is a named parameter):
/// defaults in range, the names other parts and helpers rely on, and no dead parameter.
@Suite struct ParametersTests {
    /// Names promised to other work (the validation suite, the mutation check): each must stay.
    static let promised = [
        "a0", "aInfo", "aDig", "aSoc", "wA", "wS", "wC", "wI", "wR", "sustainWeeks", "kIn", "kOut", "blockSize",
        "emotionInSatisfaction", "crowdingOut", "coverageInQuality", "feedbackEfficacy", "feedbackTrust",
        "completionBonus", "veteranAwareness", "emotionBase", "emotionTie", "stayGain", "staySatisfaction",
        "stayIdentification", "stayResponsibility", "staySolidary", "stayFatigue", "stayIncentive", "stayBias",
    ]

    @Test func everyDefaultLiesInItsRangeAndNamesAreUnique() {
        let d = Parameters()
        var seen: Set<String> = []
        for e in Parameters.catalogue {
            #expect(seen.insert(e.name).inserted, "\(e.name) is listed twice")
            let v = d.value(of: e)
            #expect(e.range.contains(v), "\(e.name): default \(v) outside \(e.range)")
            if e.isInteger { #expect(v == v.rounded(), "\(e.name): integer parameter with default \(v)") }
            #expect(!e.source.isEmpty, "\(e.name) has no source")
            #expect(e.source.contains("§"), "\(e.name): source '\(e.source)' names no spec section")
            #expect(e.name.first?.isLowercase == true, "\(e.name) is not camelCase")
            if e.offAtZero { #expect(e.range.contains(0), "\(e.name) switches off at 0 but 0 is out of range") }
        }
        for name in Self.promised { #expect(Parameters.entry(named: name) != nil, "\(name) is missing") }
        #expect(Parameters.catalogue.count == Parameters.base.count + Parameters.secondStage.count)
    }

    /// Setting and reading back each parameter goes through its own field (no two entries share one).
    @Test func eachEntryWritesItsOwnField() {
        let d = Parameters()
        for e in Parameters.catalogue {
            var p = d
            let other = Self.otherValues(e, default: d.value(of: e))[0]
            p.set(e, to: other)
            #expect(p.value(of: e) == other, "\(e.name) does not read back")
            for f in Parameters.catalogue where f.name != e.name {
                #expect(p.value(of: f) == d.value(of: f), "setting \(e.name) changed \(f.name)")
            }
        }
    }

    /// In-range values other than the default: the two ends of the range and a point between the
    /// default and each end (whole numbers for integer parameters).
    static func otherValues(_ e: Parameters.Entry, default v: Double) -> [Double] {
        let lo = e.range.lowerBound
        let hi = min(e.range.upperBound, e.isInteger ? max(v * 4, v + 4) : e.range.upperBound)
        var candidates = [(v + hi) / 2, (v + lo) / 2, hi, lo]
        if e.isInteger { candidates = candidates.map { $0.rounded() } }
        var out: [Double] = []
        for c in candidates where c != v && e.range.contains(c) && !out.contains(c) { out.append(c) }
        return out
    }

    /// A scenario in which every mechanism acts: the calibration facilities (one serving a
    /// building only), a residents' project, and every kind of intervention with a start and an end.
    static var everyMechanism: Scenario {
        var s = Scenario.calibration
        s.size = 200
        s.parameters.blockSize = 20
        var yard = FacilitySpec(name: "yard")
        (yard.publicness, yard.salience, yard.complexity, yard.cost, yard.visibility) = (0.8, 0.6, 0.3, 30, 0.8)
        yard.initiator = .residents
        s.facilities.append(yard)
        s.interventions = [
            Fixture.intervention(.incentive, 0.8, on: "shed", from: 0, to: 30, id: 1),
            Fixture.intervention(.emotionalCare, 0.6, on: "garden", id: 2),
            Fixture.intervention(.techPlatform, 0.5, from: 5, id: 3),
            Fixture.intervention(.training, 0.4, on: "lift", id: 4),
            Fixture.intervention(.roleShift, 0.5, on: "garden", from: 10, id: 5),
            Fixture.intervention(.information, 0.7, from: 3, to: 30, id: 6),
            Fixture.intervention(.council, 0.5, on: "lift", id: 7),
            Fixture.intervention(.outreach, 0.6, on: "yard", id: 8),
            Fixture.intervention(.differentiated, 1, on: "shed", id: 9),
            // A cash offer on the lift when its vote comes (spec §12 crowding-out at the vote).
            Fixture.intervention(.incentive, 0.8, on: "stairlift", from: 0, id: 10),
            Fixture.intervention(.council, 0.5, on: "stairlift", id: 11),
        ]
        // The second-stage rules (spec §12): a lift by floor with a consent vote, a satiated garden,
        // government upkeep in maintenance.
        var stair = FacilitySpec(name: "stairlift")
        (stair.publicness, stair.salience, stair.complexity, stair.cost, stair.visibility) = (0.2, 0.9, 0.6, 30, 0.6)
        stair.serves = .building(2)
        stair.benefit = .byFloor
        stair.consent = .civilCode278
        s.facilities.append(stair)
        s.facilities[2].satiation = .on
        s.government.upkeep = 3
        // Spec §12's partner rules: performative participation, activists, a market partner.
        s.performative = true
        s.activistShare = 0.05
        s.facilities[1].partner = MarketPartner(budget: 7.2, fee: 0.2)
        return s
    }

    /// Everything a run produces that a user can see: the weekly records, the events, and the
    /// per-pair and per-resident state at the end.
    struct Outcome: Equatable {
        var history: [WeekRecord]
        var events: [ModelEvent]
        var satisfaction: [Double]
        var fatigue: [Double]
        var efficacy: [Double]
        var trust: [Double]
        var skill: [Double]
        var responsibility: [Double]
        var identification: [Double]

        init(_ s: Scenario, weeks: Int) throws {
            var m = try Model(scenario: s)
            for _ in 0..<weeks { m.step() }
            history = m.history
            events = m.events
            satisfaction = m.satisfaction
            fatigue = m.fatigue
            efficacy = m.population.efficacy
            trust = m.population.trust
            skill = m.population.skill
            responsibility = m.population.responsibility
            identification = m.population.identification
        }
    }

    /// ``everyMechanism`` with commons that wear out fast (condition −0.3 a week), so that the
    /// maintenance rules (condition, degradation and its feedback) act within the run.
    static var wearingOut: Scenario {
        var s = everyMechanism
        s.parameters.conditionDecay = 0.3
        return s
    }

    /// Parameters that no in-range value changes in ``everyMechanism`` or ``wearingOut`` over 156
    /// weeks, each with the reason. Empty: every parameter acts.
    static let inert: [String: String] = [:]

    /// No dead parameter: for every entry, some other in-range value changes an outcome of a
    /// scenario where every mechanism acts (or the entry is listed in ``inert`` with its reason).
    @Test func everyParameterChangesSomeOutcome() throws {
        let scenarios = [Self.everyMechanism, Self.wearingOut]
        let references = try scenarios.map { try Outcome($0, weeks: 156) }
        var dead: [String] = []
        for e in Parameters.catalogue where Self.inert[e.name] == nil {
            var changed = false
            search: for (base, reference) in zip(scenarios, references) {
                for v in Self.otherValues(e, default: base.parameters.value(of: e)) {
                    var s = base
                    s.parameters.set(e, to: v)
                    if try Outcome(s, weeks: 156) != reference {
                        changed = true
                        break search
                    }
                }
            }
            if !changed { dead.append(e.name) }
        }
        #expect(dead.isEmpty, "parameters no in-range value changes: \(dead)")
    }

    /// Setting a parameter to its default through the catalogue changes nothing (bit-identical).
    @Test func settingTheDefaultChangesNothing() throws {
        let base = Self.everyMechanism
        let reference = try Outcome(base, weeks: 40)
        for e in Parameters.catalogue {
            var s = base
            s.parameters.set(e, to: base.parameters.value(of: e))
            #expect(try Outcome(s, weeks: 40) == reference, "\(e.name)")
        }
    }

    /// The off switches of issue 8 take a term out of a rule: at 0 the rule no longer reads it.
    @Test func offSwitchesRemoveTheirTerm() throws {
        var p = Parameters()
        p.crowdingOut = 0
        p.emotionInSatisfaction = 0
        p.coverageInQuality = 0
        for name in ["crowdingOut", "emotionInSatisfaction", "coverageInQuality", "feedbackEfficacy", "feedbackTrust"] {
            #expect(Parameters.entry(named: name)?.offAtZero == true, "\(name) is not marked as an off switch")
        }
        // Staying without any weight but the bias: σ(stayGain·(−stayBias)).
        var q = Parameters()
        (q.staySatisfaction, q.stayIdentification, q.stayResponsibility) = (0, 0, 0)
        (q.staySolidary, q.stayFatigue, q.stayIncentive) = (0, 0, 0)
        let pStay = StayDecision.probability(
            satisfaction: 0.9, identification: 0.9, responsibility: 0.9, solidary: 0.9, fatigue: 0.9, incentive: 0.9, q)
        #expect(pStay == logistic(8 * -0.05))
        // Quality without coverage is the base.
        var s = Self.everyMechanism
        s.parameters = p
        var m = try Model(scenario: s)
        for _ in 0..<60 { m.step() }
        for st in m.facilities where st.phase > .design { #expect(st.quality == 0.3) }
    }
}
