import CoprodTestSupport
import Foundation
import Testing

/// A write that fails half-way (here: the file-size limit is hit) reports the error, keeps the old
/// file and removes its temporary file.
@Suite(.timeLimit(.minutes(1)))
struct FailedWriteTests {
    @Test func aWriteThatFailsHalfWayLeavesTheOldFileAndNoTemporaryFile() throws {
        let coprod = try CoprodProcess()
        _ = try coprod.writeFile("out.csv", "old\n")
        let script = try coprod.writeFile(
            "grow.coprod", CoprodProcess.defaultScenario + "community size 200\nstep 40\nexport \"out.csv\" force\n")
        // Files may grow to 4 blocks of 512 bytes; SIGXFSZ is ignored, so write(2) fails with EFBIG.
        let result = try coprod.run(["--quiet", script], shellPrefix: "trap '' XFSZ; ulimit -f 4;")
        #expect(result.status == 1)
        #expect(result.standardError.contains("cannot write 'out.csv': file too large"), "\(result.standardError)")
        #expect(try String(contentsOf: coprod.home.appendingPathComponent("out.csv"), encoding: .utf8) == "old\n")
        let left = try FileManager.default.contentsOfDirectory(atPath: coprod.home.path)
            .filter { !["grow.coprod", "out.csv", "state"].contains($0) }
        #expect(left.isEmpty, "temporary files left: \(left)")
    }
}
