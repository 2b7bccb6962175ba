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
            // At the size as written.
            #expect(error.diagnostic.range.start == SourceLocation(line: 3, column: 16))
            #expect(error.diagnostic.hint == .smallerCommunityOrMoreMemory)
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

    /// A size far above what a session builds (10,000,000) is refused at its column, before any
    /// memory is used, with what it would need and what the process may use, in both languages.
    @Test(arguments: [
        (50_000_000, 16_689, "50,000,000", "16,689"), (1_000_000_000, 333_786, "1,000,000,000", "333,786"),
    ])
    func aHugeSizeSaysWhatItWouldNeed(residents: Int, megabytes: Int, n: String, mb: String) throws {
        var options = Session.Options()
        options.memoryAvailable = { 21_903 << 20 }
        let session = Session(options: options)
        _ = try session.execute(line: "step 2", emit: { _ in })
        let error = #expect(throws: LocatedDiagnostic.self) {
            try session.execute(line: "community \"Big\" size \(residents)", lineNumber: 4, emit: { _ in })
        }
        let d = try #require(error).diagnostic
        #expect(d.severity == .error)
        #expect(
            d.message
                == .sizeAboveLimit(residents: residents, limit: 10_000_000, megabytes: megabytes, mayUse: 21_903))
        #expect(d.range.start == SourceLocation(line: 4, column: 22))
        #expect(d.hint == .mustBeBetween(key: "size", low: 1, high: 10_000_000))
        #expect(
            d.message.text(.en)
                == "a community of \(n) residents is larger than this session allows (10,000,000); "
                + "it would need about \(mb) MB, and this process may use 21,903 MB")
        #expect(d.message.text(.zh) == "\(n) 位居民的社区超过了本会话允许的上限（10,000,000）；约需 \(mb) MB 内存，本进程最多还能使用 21,903 MB")
        #expect(session.week == 2 && session.scenario.size == 400 && session.scenario.name != "Big")
        // With `--max-population`, its limit is the one stated.
        var small = Session.Options(maxPopulation: 200_000)
        small.memoryAvailable = { 1 << 40 }
        do {
            _ = try Session(options: small).execute(line: "community size 300000", emit: { _ in })
            Issue.record("300,000 residents were accepted")
        } catch {
            #expect(
                error.diagnostic.message
                    == .sizeAboveLimit(residents: 300_000, limit: 200_000, megabytes: 100, mayUse: 1 << 20))
        }
    }

    /// Sizes too large to estimate, and sizes out of range below, keep the range error.
    @Test func otherSizesOutOfRangeKeepTheRangeError() {
        for line in ["community size 1e300", "community size 0", "community size -5"] {
            do {
                _ = try Session().execute(line: line, emit: { _ in })
                Issue.record("\(line) was accepted")
            } catch {
                guard case .outOfRange(key: "size", _) = error.diagnostic.message else {
                    Issue.record("\(line): \(error.diagnostic.message)")
                    continue
                }
            }
        }
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
            #expect(error.diagnostic.range.start == SourceLocation(line: 2, column: 22))
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
