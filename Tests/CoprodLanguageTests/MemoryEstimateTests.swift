import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// A community larger than the process may hold is refused at its line and column, before any
/// memory is used, and the session keeps what it had (issue 9).
@Suite struct MemoryEstimateTests {
    @Test func aCommunityTooLargeIsRefusedAndTheSessionKept() throws {
        var options = Session.Options()
        options.memoryAvailable = { 100 << 20 }
        let session = Session(options: options)
        _ = try session.execute(line: "step 2", emit: { _ in })
        #expect(throws: LocatedDiagnostic.self) {
            try session.execute(line: "community size 1000000", lineNumber: 3, emit: { _ in })
        }
        do {
            _ = try session.execute(line: "community size 1000000", lineNumber: 3, emit: { _ in })
        } catch {
            #expect(error.diagnostic.message == .needsMemory(residents: 1_000_000, megabytes: 333, mayUse: 100))
            #expect(error.diagnostic.range.start == SourceLocation(line: 3, column: 1))
            #expect(
                error.diagnostic.message.text(.en)
                    == "a community of 1,000,000 residents needs about 333 MB; this process may use 100 MB")
            #expect(error.diagnostic.message.text(.zh) == "1,000,000 位居民的社区约需 333 MB 内存；本进程最多还能使用 100 MB")
        }
        #expect(session.week == 2)
        #expect(session.scenario.size == 400)
        _ = try session.execute(line: "community size 200000", emit: { _ in })
        #expect(session.scenario.size == 200_000)
    }

    @Test func theEstimateGrowsWithResidentsAndFacilities() {
        #expect(MemoryEstimate.bytes(residents: 1_000_000, facilities: 0) == 350_000_000)
        #expect(MemoryEstimate.bytes(residents: 1_000_000, facilities: 10) == 700_000_000)
        #expect(MemoryEstimate.bytes(residents: 10_000_000, facilities: 3) == 3_500_000_000)
    }

    /// A facility added to a large community is refused at its line when the copy of every
    /// facility's per-resident state would not fit; the session keeps its facilities and week.
    @Test func aFacilityTooLargeIsRefusedAndTheSessionKept() throws {
        let may = Available()
        var options = Session.Options()
        options.memoryAvailable = { may.bytes }
        let session = Session(options: options)
        _ = try session.execute(line: "clear", emit: { _ in })
        _ = try session.execute(line: "community size 200000", emit: { _ in })
        may.bytes = 40 << 20
        _ = try session.execute(line: "facility a serves all", emit: { _ in })
        _ = try session.execute(line: "facility b serves all", emit: { _ in })
        _ = try session.execute(line: "step 1", emit: { _ in })
        // 200,000 residents × 50 bytes × 3 facilities = 28.6 MB fits; a fourth (38.1 MB) does too,
        // a fifth (47.7 MB) does not.
        _ = try session.execute(line: "facility c serves all", emit: { _ in })
        _ = try session.execute(line: "facility d serves all", emit: { _ in })
        do {
            _ = try session.execute(line: "  facility e serves all", lineNumber: 7, emit: { _ in })
            Issue.record("a fifth facility was added")
        } catch {
            #expect(
                error.diagnostic.message
                    == .facilityNeedsMemory(residents: 200_000, facilities: 5, megabytes: 47, mayUse: 40))
            #expect(error.diagnostic.range.start == SourceLocation(line: 7, column: 3))
            #expect(error.diagnostic.hint == .fewerFacilitiesOrMoreMemory)
            #expect(
                error.diagnostic.message.text(.en)
                    == "another facility for 200,000 residents (5 facilities then) needs about 47 MB; "
                    + "this process may use 40 MB")
            #expect(error.diagnostic.message.text(.zh).hasPrefix("为 200,000 位居民再添一项设施（届时共 5 项）约需 47 MB 内存"))
        }
        #expect(session.model.scenario.facilities.map(\.name) == ["a", "b", "c", "d"])
        #expect(session.model.scenario.facilities.count == 4 && session.week == 1)
        #expect(MemoryEstimate.bytes(addingFacilityTo: 1_000_000, facilities: 8) == 450_000_000)
    }

    /// `load` of a script whose community does not fit fails at the loaded file's line and column
    /// with the hint, and the session goes on as it was.
    @Test func loadingAScriptTooLargeKeepsTheSession() throws {
        let folder = temporaryFolder()
        try "# big\ncommunity \"Big\" size 3000000 seed 2\nfacility shed serves all\n".write(
            to: folder.appendingPathComponent("big.coprod"), atomically: true, encoding: .utf8)
        var options = Session.Options(directory: folder)
        options.memoryAvailable = { 100 << 20 }
        let session = Session(options: options)
        _ = try session.execute(line: "step 3", emit: { _ in })
        do {
            _ = try session.execute(line: "load \"big.coprod\"", emit: { _ in })
            Issue.record("the big script was loaded")
        } catch {
            #expect(error.fileName == "big.coprod")
            #expect(error.diagnostic.range.start == SourceLocation(line: 2, column: 1))
            #expect(error.diagnostic.message == .needsMemory(residents: 3_000_000, megabytes: 1001, mayUse: 100))
            #expect(error.diagnostic.hint == .smallerCommunityOrMoreMemory)
        }
        #expect(session.week == 3 && session.scenario.size == 400 && session.scenario.facilities.count == 3)
    }
}

/// What the tests say the process may still use (changed between commands).
private final class Available: @unchecked Sendable {
    var bytes = 1 << 40
}
