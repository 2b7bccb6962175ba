import CoprodTestSupport
import Foundation
import Testing

/// The recipes of docs/SCALING.md run for real: a sweep as 3 shards under GNU parallel, and as a
/// 3-task job array on a one-node Slurm cluster that the script starts and stops (by PID). Each
/// merges byte-identical to the single-machine sweep. A test skips, saying why, only when its
/// tools are not installed (`.ci/run` installs them).
@Suite(.serialized, .timeLimit(.minutes(5)))
struct ScalingTests {
    static func installed(_ tools: [String]) -> [String] {
        let path = ["/usr/bin", "/usr/sbin", "/usr/local/bin", "/bin", "/sbin"]
        return tools.filter { tool in !path.contains { FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)") } }
    }

    func runScript(_ name: String) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = [
            packageRoot.appendingPathComponent("Tests/Scaling/\(name)").path, CoprodProcess.executable,
            packageRoot.appendingPathComponent("examples/default.coprod").path,
        ]
        // A file, not a pipe: a daemon that kept the descriptor open could never let a pipe end.
        let log = temporaryFolder("coprod-scaling").appendingPathComponent("log")
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        p.waitUntilExit()
        try handle.close()
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: log.deletingLastPathComponent())
        print(text, terminator: "")
        return (p.terminationStatus, text)
    }

    @Test func gnuParallelShardsMergeByteIdentical() throws {
        let missing = Self.installed(["parallel"])
        guard missing.isEmpty else {
            print(
                "ScalingTests: skipped the GNU parallel test: \(missing.joined(separator: ", ")) not installed (apt-get install parallel)"
            )
            return
        }
        let (status, output) = try runScript("parallel-sweep.sh")
        #expect(status == 0, "\(output)")
        #expect(output.contains("merged byte-identical"))
    }

    @Test func slurmJobArrayMergesByteIdentical() throws {
        let missing = Self.installed(["slurmctld", "slurmd", "sbatch", "munged"])
        guard missing.isEmpty, getuid() == 0 else {
            print(
                "ScalingTests: skipped the Slurm test: "
                    + (missing.isEmpty
                        ? "it starts daemons and needs root" : "\(missing.joined(separator: ", ")) not installed")
                    + " (apt-get install slurmctld slurmd slurm-client munge)")
            return
        }
        let (status, output) = try runScript("slurm-sweep.sh")
        #expect(status == 0, "\(output)")
        #expect(output.contains("3 array tasks merged byte-identical"))
    }
}
