import CoprodTestSupport
import Foundation
import Testing

/// `save` and `export` write a temporary file and rename it into place: a run killed with
/// SIGKILL at any moment leaves no file, or a complete one (the previous or the new).
@Suite(.timeLimit(.minutes(1)))
struct KillMidWriteTests {
    @Test func sigkillNeverLeavesAHalfWrittenFile() throws {
        let coprod = try CoprodProcess()
        // Each week: a step, then a save and an export that grows by one row (a few hundred
        // bytes) per week, so that writes are in progress much of the time.
        let body = String(repeating: "step\nsave \"out.coprod\" force\nexport \"out.csv\" force\n", count: 3000)
        let script = try coprod.writeFile("loop.coprod", CoprodProcess.defaultScenario + "community size 5000\n" + body)
        let save = coprod.home.appendingPathComponent("out.coprod")
        let export = coprod.home.appendingPathComponent("out.csv")
        var generator = SystemRandomNumberGenerator()
        var weeksSeen: [Int] = []
        for _ in 0..<6 {
            let process = coprod.process(["--quiet", script])
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 150_000...900_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal)
            if let text = try? String(contentsOf: save, encoding: .utf8) {
                weeksSeen.append(try checkSavedScript(text))
            }
            if let csv = try? String(contentsOf: export, encoding: .utf8) { try checkCSV(csv) }
        }
        #expect(!weeksSeen.isEmpty)
        // The last file left behind replays.
        let replay = try coprod.run(["--quiet", save.path])
        #expect(replay.status == 0, "\(replay.standardError)")
        // A write killed half-way may leave its temporary file (`.out.csv.tmp-…`) behind; that
        // is allowed, but no temporary file may have replaced or truncated the real ones, and
        // nothing else may appear.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: coprod.home.path)
            .filter { !["loop.coprod", "out.coprod", "out.csv", "state"].contains($0) }
        #expect(
            leftovers.allSatisfy { $0.hasPrefix(".out.coprod.tmp-") || $0.hasPrefix(".out.csv.tmp-") }, "\(leftovers)")
        if !leftovers.isEmpty { print("temporary files left by SIGKILL: \(leftovers)") }
    }

    /// A complete saved script: header naming week N, and its last line `step N` with a newline.
    private func checkSavedScript(_ text: String) throws -> Int {
        let header = try #require(text.firstMatch(of: #/\A# coprod scenario, saved at week (\d+)\n/#))
        let week = try #require(Int(header.1))
        #expect(text.hasSuffix("\nstep \(week)\n"), "truncated save:\n\(text.suffix(200))")
        #expect(text.contains("community \"Calibration\" size 5000"))
        return week
    }

    /// A complete CSV: a header and weeks 0…N, every row with as many fields as the header.
    private func checkCSV(_ text: String) throws {
        #expect(text.hasSuffix("\n"), "truncated export")
        let rows = text.dropLast().split(separator: "\n", omittingEmptySubsequences: false)
        let fields = rows[0].split(separator: ",", omittingEmptySubsequences: false).count
        for (index, row) in rows.dropFirst().enumerated() {
            #expect(row.split(separator: ",", omittingEmptySubsequences: false).count == fields)
            #expect(row.hasPrefix("\(index),"))
        }
    }
}
