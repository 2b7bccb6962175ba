import CoprodLanguage
import CoprodModel
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
}
