import Testing

@testable import CoprodModel

/// Explanations recomputed on demand (a replay of the run) against the records a model keeps when
/// ``Model/recordsExplanations`` is on from week 0: the same values for every pair, with changes
/// made mid-run through the API.
struct ExplanationsOnDemandTests {
    /// Runs `body` on a model that records while stepping and on one that does not.
    static func both(_ body: (inout Model) throws -> Void) throws -> (recorded: Model, onDemand: Model) {
        var recorded = try Model(scenario: GoldenDeterminismTests.withInterventions)
        recorded.recordsExplanations = true
        var onDemand = try Model(scenario: GoldenDeterminismTests.withInterventions)
        try body(&recorded)
        try body(&onDemand)
        return (recorded, onDemand)
    }

    @Test func replayedRecordsEqualTheRecordedOnes() throws {
        let (recorded, onDemand) = try Self.both { m in
            for _ in 0..<10 { m.step() }
            var kiosk = FacilitySpec(name: "kiosk")
            kiosk.serves = .building(2)
            try m.add(kiosk)
            m.shift(.trust, by: 0.2)
            try m.add(Fixture.intervention(.incentive, 0.7, on: "kiosk", id: 20))
            for _ in 0..<15 { m.step() }
            m.apply(ResidentOverrides(traits: [.time: 0.9]), toResident: 3)
            _ = m.removeIntervention(id: 2)
            for _ in 0..<15 { m.step() }
        }
        #expect(onDemand.storedRecords.lastJoin.isEmpty)
        #expect(!recorded.storedRecords.lastJoin.isEmpty)
        #expect(onDemand.firstJoin == recorded.firstJoin)
        #expect(onDemand.lastJoin == recorded.lastJoin)
        #expect(onDemand.lastLapse == recorded.lastLapse)
        let pairs = onDemand.facilities.count * onDemand.residentCount
        for i in stride(from: 0, to: onDemand.residentCount, by: 53) {
            for (f, one) in try onDemand.explanations(ofResident: i).enumerated() {
                let k = onDemand.pair(f, i)
                #expect(one.firstJoin == recorded.firstJoin[k])
                #expect(one.lastJoin == recorded.lastJoin[k])
                #expect(one.lastLapse == recorded.lastLapse[k])
            }
        }
        for k in stride(from: 0, to: pairs, by: 37) {
            let one = onDemand.explanations(ofPair: k)
            #expect(one.firstJoin == recorded.firstJoin[k])
            #expect(one.lastJoin == recorded.lastJoin[k])
            #expect(one.lastLapse == recorded.lastLapse[k])
        }
    }

    /// A copy that steps on gets its own replay; the original keeps answering for its own week.
    /// A replay asked for progress gives the same explanations, reports a rising share ending before
    /// the last week, and a stop throws `cancelled` (what `explain`'s Ctrl-C relies on).
    @Test func explanationsWithProgressAndAStop() throws {
        let (_, m) = try Self.both { m in for _ in 0..<20 { m.step() } }
        final class Seen: @unchecked Sendable { var statuses: [ReplayStatus] = [] }
        let seen = Seen()
        let watched = try m.explanations(ofResident: 5) {
            seen.statuses.append($0)
            return true
        }
        let plain = try m.explanations(ofResident: 5)
        #expect(watched.map(\.firstJoin) == plain.map(\.firstJoin))
        #expect(watched.map(\.lastLapse) == plain.map(\.lastLapse))
        #expect(seen.statuses.last?.week == 19 && seen.statuses.allSatisfy { $0.target == 20 })
        #expect(zip(seen.statuses, seen.statuses.dropFirst()).allSatisfy { $0.fraction < $1.fraction })
        #expect(throws: ModelError.cancelled(residents: m.residentCount)) {
            try m.explanations(ofResident: 5) { $0.week < 10 }
        }
    }

    @Test func copiesDoNotShareStaleRecords() throws {
        var m = try Model(scenario: GoldenDeterminismTests.withInterventions)
        for _ in 0..<20 { m.step() }
        let before = m.lastJoin
        var later = m
        for _ in 0..<20 { later.step() }
        #expect(m.lastJoin == before)
        var reference = try Model(scenario: GoldenDeterminismTests.withInterventions)
        reference.recordsExplanations = true
        for _ in 0..<40 { reference.step() }
        #expect(later.lastJoin == reference.lastJoin)
        #expect(later.lastLapse == reference.lastLapse)
    }
}
