import Foundation
import Testing

@testable import CoprodModel

/// Spec §5, the production process: inputs, the CES co-production function, phases, co-design
/// coverage and quality, maintenance and degradation. Expected numbers from Python (`/tmp/prod.py`).
struct ProductionProcessTests {
    /// One production step after step 1 (interventions), with the start-of-step snapshot.
    @discardableResult
    static func produce(_ m: inout Model) -> [Int] {
        let ctx = m.beginStep()
        return m.productionProcess(ctx)
    }

    /// Three active residents (time, skill) = (0.8, 0.3), (0.5, 0.9), (0.2, 0.5) on a facility of
    /// cost 100, complexity 0.5, visibility 0.7; budget 4.
    static func threeWorkers(role: Double, phase: Phase) throws -> Model {
        var m = try Fixture.model(size: 3, facilities: [Fixture.facility(complexity: 0.5, cost: 100, visibility: 0.7)])
        for (i, (t, s)) in [(0.8, 0.3), (0.5, 0.9), (0.2, 0.5)].enumerated() {
            m.setTraits(i, [.time: t, .skill: s])
            m.put(i, .active)
        }
        m.facilities[0].role = role
        m.facilities[0].phase = phase
        return m
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var role: Double, phase: Phase, e: Double, q: Double, gained: Double, visible: Double
        var testDescription: String { "role \(role), \(phase)" }
    }

    /// `e_i = time·(sk·skill + 1 − sk)·(1 + 0.5·role)`, `G = budget·(1 − 0.5·role)`,
    /// `Q = (a·√G + (1 − a)·√E)²`, `progress += Q/phaseWork`,
    /// `visibleProgress = min(1, visibility·min(1, 10·gained))`. E.g. planning, role 0.2:
    /// E = 1.1·(0.8·0.86 + 0.5·0.98 + 0.2·0.9) = 1.4938, G = 3.6,
    /// Q = (0.3·√3.6 + 0.7·√1.4938)² = 2.0299346649141645, gained = Q/10, visible = min(1, 0.7·1) = 0.7.
    static let cases: [Case] = [
        Case(
            role: 0.2, phase: .planning, e: 1.4938000000000002, q: 2.0299346649141645,
            gained: 0.20299346649141645, visible: 0.7),
        Case(
            role: 0.2, phase: .design, e: 1.1814, q: 1.7690477955093609,
            gained: 0.08845238977546804, visible: 0.6191667284282762),
        Case(
            role: 0.2, phase: .construction, e: 1.2595, q: 2.771688763200294,
            gained: 0.0395955537600042, visible: 0.27716887632002934),
        Case(
            role: 0.6, phase: .planning, e: 1.7654, q: 2.0508373942631946,
            gained: 0.20508373942631947, visible: 0.7),
        Case(
            role: 0.6, phase: .design, e: 1.3961999999999999, q: 1.7665662654149,
            gained: 0.088328313270745, visible: 0.6182981928952149),
        Case(
            role: 0.6, phase: .construction, e: 1.4885, q: 2.3634029977584383,
            gained: 0.03376289996797769, visible: 0.2363402997758438),
    ]

    @Test(arguments: ProductionProcessTests.cases)
    func coProductionFunction(c: Case) throws {
        var m = try Self.threeWorkers(role: c.role, phase: c.phase)
        Self.produce(&m)
        let st = m.facilities[0]
        #expect(st.phase == c.phase)
        #expect(close(st.progress, c.gained))
        #expect(close(st.visibleProgress, c.visible))
        #expect(close(st.residentWork, c.e))
        #expect(close(st.governmentWork, 4 * (1 - 0.5 * c.role)))
    }

    /// With nobody active, Q = (a·√G)² = a²·G: planning, role 0.2: 0.09·3.6 = 0.324, progress 0.0324.
    @Test func governmentAloneStillProgresses() throws {
        var m = try Fixture.model(size: 10, facilities: [Fixture.facility(cost: 100)])
        Self.produce(&m)
        #expect(close(m.facilities[0].progress, 0.0324))
        // visible: min(1, 0.7·min(1, 0.324)) = 0.2268
        #expect(close(m.facilities[0].visibleProgress, 0.2268))
    }

    @Test func budgetScalesGovernmentInput() throws {
        var m = try Fixture.model(size: 10, facilities: [Fixture.facility(cost: 100)]) { $0.government.budget = 10 }
        Self.produce(&m)
        // G = 10·0.9 = 9, Q = 0.09·9 = 0.81, progress 0.081.
        #expect(close(m.facilities[0].progress, 0.081))
        #expect(close(m.facilities[0].governmentWork, 9))
    }

    // MARK: Phases

    @Test(arguments: [Phase.planning, .design])
    func phaseTransitionResetsProgress(from phase: Phase) throws {
        var m = try Self.threeWorkers(role: 0.2, phase: phase)
        m.facilities[0].progress = 0.99
        m.week = 9
        let completed = Self.produce(&m)
        #expect(completed.isEmpty)
        #expect(m.facilities[0].phase == phase.next)
        #expect(m.facilities[0].progress == 0)
        #expect(m.facilities[0].completedAt == nil)
        #expect(m.events.last == ModelEvent(week: 9, facility: "f", kind: .phase(phase.next!)))
    }

    /// Entering maintenance sets completedAt and condition 1 and reports the completion.
    @Test func completionEntersMaintenance() throws {
        var m = try Self.threeWorkers(role: 0.2, phase: .construction)
        m.facilities[0].progress = 0.97
        m.facilities[0].condition = 0.4
        m.facilities[0].quality = 0.65
        m.week = 30
        let completed = Self.produce(&m)
        #expect(completed == [0])
        let st = m.facilities[0]
        #expect(st.phase == .maintenance && st.progress == 0)
        #expect(st.completedAt == 30)
        #expect(st.condition == 1)
        #expect(m.events.last == ModelEvent(week: 30, facility: "f", kind: .completed(quality: 0.65)))
    }

    /// Phase work is 0.1, 0.2 and 0.7 of cost: with government input alone (Q = 0.324 a week in
    /// planning and design, (0.7·√3.6)² = 1.764 in construction at complexity 0.5) a facility of
    /// cost 10 needs ⌈1/0.324⌉ = 4 weeks of planning, ⌈2/0.324⌉ = 7 of design and ⌈7/1.764⌉ = 4 of
    /// construction, so it completes in week 14.
    @Test func phaseLengthsFollowTheWorkShares() throws {
        var m = try Fixture.model(size: 1, facilities: [Fixture.facility(complexity: 0.5, cost: 10)]) {
            $0.parameters.a0 = 0
        }
        var entered: [Phase: Int] = [:]
        for _ in 0..<20 {
            let before = m.facilities[0].phase
            m.step()
            if m.facilities[0].phase != before { entered[m.facilities[0].phase] = m.week - 1 }
        }
        #expect(entered[.design] == 3)
        #expect(entered[.construction] == 10)
        #expect(entered[.maintenance] == 14)
        #expect(m.facilities[0].completedAt == 14)
    }

    // MARK: Co-design coverage and quality

    /// Six residents, one per age × tenure cell, all served. Residents 0 and 3 active in design:
    /// coverage 2/6, quality = 0.3 + 0.7·(1/3)·(0.5 + 0.5·0.5) = 0.475, fixed when design ends.
    @Test func qualityIsFixedAtTheEndOfDesign() throws {
        var m = try Fixture.model(size: 6, overrides: Fixture.oneResidentPerCell)
        #expect(m.facilities[0].servedCells == 0b11_1111)
        m.put(0, .active)
        m.put(3, .active)
        m.facilities[0].phase = .design
        m.facilities[0].progress = 0.999
        Self.produce(&m)
        #expect(m.facilities[0].phase == .construction)
        #expect(close(m.facilities[0].coverage, 2.0 / 6))
        #expect(close(m.facilities[0].quality, 0.475))
        // Later participants no longer change coverage or quality.
        for i in 0..<6 { m.put(i, .active) }
        Self.produce(&m)
        #expect(close(m.facilities[0].coverage, 2.0 / 6))
        #expect(close(m.facilities[0].quality, 0.475))
    }

    /// Coverage counts a cell once any served resident of it has been active at any time in
    /// planning or design; cells of residents not served do not count. The facility serves owners
    /// (cells of residents 0, 2, 4). Resident 2 (middle owner) is active in planning and then lapses;
    /// resident 1 (young renter, not served) and resident 4 (older owner) are active in design.
    /// Coverage 2/3; with a council of 0.5 responsiveness is 0.6 and quality
    /// 0.3 + 0.7·(2/3)·0.8 = 0.6733333333333333.
    @Test func coverageIsStickyAndCountsServedCellsOnly() throws {
        var m = try Fixture.model(
            size: 6, facilities: [Fixture.facility(serves: .tenure(.owner))],
            interventions: [Fixture.intervention(.council, 0.5)],
            overrides: Fixture.oneResidentPerCell)
        #expect(m.facilities[0].servedCells.nonzeroBitCount == 3)
        m.put(2, .active)
        Self.produce(&m)
        #expect(close(m.facilities[0].coverage, 1.0 / 3))
        // Projected quality while still in planning: 0.3 + 0.7·(1/3)·0.8.
        #expect(close(m.facilities[0].quality, 0.3 + 0.7 / 3 * 0.8))
        m.put(2, .lapsed)
        m.put(1, .active)
        m.put(4, .active)
        m.facilities[0].phase = .design
        m.facilities[0].progress = 0.999
        Self.produce(&m)
        #expect(m.facilities[0].phase == .construction)
        #expect(close(m.facilities[0].coverage, 2.0 / 3))
        #expect(close(m.facilities[0].quality, 0.6733333333333333))
    }

    @Test func fullCoverageAndResponsivenessGiveQualityOne() throws {
        var m = try Fixture.model(size: 6, overrides: Fixture.oneResidentPerCell) { $0.government.responsiveness = 1 }
        for i in 0..<6 { m.put(i, .active) }
        m.facilities[0].phase = .design
        Self.produce(&m)
        #expect(close(m.facilities[0].quality, 1))
    }

    // MARK: Maintenance

    /// `condition ← clamp(condition − 0.02 + 0.01·E + 0.002·G)`: from 0.5 with the three workers
    /// (E = 1.1·(0.8·0.86 + 0.5·0.98 + 0.2·0.9) = 1.4938, G = 3.6): 0.502138; visible progress 0.
    @Test func maintenanceCondition() throws {
        var m = try Self.threeWorkers(role: 0.2, phase: .maintenance)
        m.facilities[0].condition = 0.5
        m.facilities[0].visibleProgress = 0.6
        Self.produce(&m)
        #expect(close(m.facilities[0].condition, 0.502138))
        #expect(m.facilities[0].visibleProgress == 0)
        #expect(m.facilities[0].phase == .maintenance)
        #expect(!m.facilities[0].degraded)
    }

    /// Nobody maintains it: 0.31 − 0.02 + 0.002·3.6 = 0.2972 < 0.3, degraded; the flag stays set
    /// after maintainers restore the condition above 0.3 (docs/MODEL.md, sticky states).
    @Test func unmaintainedCommonsDegradesAndStaysDegraded() throws {
        var m = try Self.threeWorkers(role: 0.2, phase: .maintenance)
        for i in 0..<3 { m.put(i, .aware) }
        m.facilities[0].condition = 0.31
        m.week = 50
        Self.produce(&m)
        #expect(close(m.facilities[0].condition, 0.2972))
        #expect(m.facilities[0].degraded)
        #expect(m.events.last == ModelEvent(week: 50, facility: "f", kind: .degraded))
        let events = m.events.count
        for i in 0..<3 { m.put(i, .active) }
        m.facilities[0].condition = 0.35
        Self.produce(&m)
        #expect(m.facilities[0].condition > 0.35)
        #expect(m.facilities[0].degraded)
        #expect(m.events.count == events)
    }

    /// Without maintainers, condition falls by 0.02 − 0.0072 = 0.0128 a week from 1, so it drops
    /// below 0.3 after ⌈0.7/0.0128⌉ = 55 weeks.
    @Test func degradationTakesFiftyFiveWeeksFromNew() throws {
        var m = try Fixture.model(size: 1) { $0.parameters.a0 = 0 }
        m.facilities[0].phase = .maintenance
        m.facilities[0].condition = 1
        var weeks = 0
        while !m.facilities[0].degraded && weeks < 100 {
            Self.produce(&m)
            weeks += 1
        }
        #expect(weeks == 55)
    }
}
