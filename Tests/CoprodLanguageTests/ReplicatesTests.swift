import CoprodLanguage
import CoprodModel
import Foundation
import Testing

@Suite("Replicated batch runs")
struct ReplicatesTests {
    static let script = "community size 200 seed 5\nfacility shed cost 40 publicness 0.7\nstep 40\n"

    static func document(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("replicates are deterministic, use derived seeds, and the summary is their mean")
    func replicates() throws {
        let a = try #require(try Replicates.run(script: Self.script, fileName: "r.coprod", count: 6, options: .init()))
        let b = try #require(try Replicates.run(script: Self.script, fileName: "r.coprod", count: 6, options: .init()))
        #expect(a == b)
        let doc = try Self.document(a)
        #expect(doc["seed"] as? Int == 5)
        #expect(doc["runs"] as? Int == 6)
        let runs = try #require(doc["replicates"] as? [[String: Any]])
        #expect(runs.count == 6)
        #expect(runs.map { $0["replicate"] as? Int } == [1, 2, 3, 4, 5, 6])
        let seeds = runs.compactMap { ($0["seed"] as? NSNumber)?.uint64Value }
        #expect(seeds == (1...6).map { Scenario.replicateSeed(5, replicate: $0) })
        #expect(Set(seeds).count == 6)
        // Replicate 2 equals a single run with replicate 2's seed.
        let single = Session.empty(options: .init(seedOverride: Scenario.replicateSeed(5, replicate: 2)))
        _ = try single.runScript(
            Self.script.replacingOccurrences(of: " seed 5", with: ""), fileName: "r", emit: { _ in })
        let singleShed = try #require((try Self.document(single.jsonReport())["facilities"] as? [[String: Any]])?.first)
        let shed2 = try #require((runs[1]["facilities"] as? [[String: Any]])?.first)
        #expect(singleShed["everJoined"] as? Double == shed2["everJoined"] as? Double)
        // The summary's mean is the mean of the replicates.
        let joined = runs.compactMap { (($0["facilities"] as? [[String: Any]])?.first?["everJoined"] as? Double) }
        let summary = try #require(((doc["summary"] as? [String: Any])?["facilities"] as? [[String: Any]])?.first)
        let mean = try #require((summary["everJoined"] as? [String: Any])?["mean"] as? Double)
        #expect(abs(mean - joined.reduce(0, +) / 6) < 1e-6)
    }

    @Test("replicates run in parallel equal the same replicates run one by one on one thread")
    func threadCountDoesNotMatter() throws {
        let parallel = try Self.document(
            try #require(try Replicates.run(script: Self.script, fileName: "r", count: 8, options: .init())))
        let runs = try #require(parallel["replicates"] as? [[String: Any]])
        for r in 1...8 {
            let one = Session.empty(options: .init(replicate: r))
            _ = try one.runScript(Self.script, fileName: "r", emit: { _ in })
            let alone = try Self.document(one.jsonReport())
            let a = try JSONSerialization.data(withJSONObject: alone["facilities"]!, options: .sortedKeys)
            let b = try JSONSerialization.data(withJSONObject: runs[r - 1]["facilities"]!, options: .sortedKeys)
            #expect(a == b, "replicate \(r)")
        }
    }

    @Test("a script error is reported once, with its position")
    func error() {
        #expect(throws: LocatedDiagnostic.self) {
            _ = try Replicates.run(
                script: "facility x cost 10\nstep -2\n", fileName: "bad.coprod", count: 3, options: .init())
        }
    }

    /// What the replicates' builds told their progress displays (from several threads).
    final class Questions: @unchecked Sendable {
        let lock = NSLock()
        private var n = 0
        func ask() { lock.withLock { n += 1 } }
        var count: Int { lock.withLock { n } }
    }

    /// A signal (`interrupted`) stops every replicate, their builds of a large community too, and
    /// no document is made: a summary of some replicates would be another experiment (issue 9).
    @Test("a stop cancels the replicates' builds and gives no document")
    func stopped() throws {
        let asked = Questions()
        var options = Session.Options()
        options.buildProgress = { _ in asked.ask() }
        let script = "community size 150000 seed 5\nfacility shed cost 40\nrun 30\n"
        let document = try Replicates.run(
            script: script, fileName: "big.coprod", count: 4, options: options, interrupted: { asked.count >= 2 })
        #expect(document == nil)
        // Each replicate's build of 150,000 asks 20 times; a stopped one asks once more at most,
        // and a replicate that starts after the stop builds nothing.
        #expect(asked.count < 2 + 4, "\(asked.count) questions")
        // Not stopped, the same replicates give their document.
        let small = try Replicates.run(
            script: Self.script, fileName: "r.coprod", count: 2, options: .init(), interrupted: { false })
        #expect(try Self.document(try #require(small))["runs"] as? Int == 2)
    }
}
