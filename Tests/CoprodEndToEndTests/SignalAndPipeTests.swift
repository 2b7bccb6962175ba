import CoprodTestSupport
import Foundation
import Testing

/// SIGTERM and Ctrl-C in batch runs, a pipe reader that goes away, broken standard output.
@Suite(.timeLimit(.minutes(1)))
struct SignalAndPipeTests {
    /// SIGTERM during `run 9999` stops it at a step boundary: what was printed is flushed, the
    /// week is named on stderr, and the status is 143 (not death by signal).
    /// Runs `script`, sends `signal` after `microseconds`, and returns the ended process, its
    /// standard output and error, and the time from the signal to the end of its output.
    static func run(_ coprod: CoprodProcess, _ script: String, signal: Int32, after microseconds: UInt32) throws
        -> (Process, String, String, Duration)
    {
        let process = coprod.process([script])
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        usleep(microseconds)
        kill(process.processIdentifier, signal)
        let sent = ContinuousClock.now
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let error = String(decoding: errors.wait(), as: UTF8.self)
        return (process, output, error, ContinuousClock.now - sent)
    }

    @Test(arguments: [(SIGTERM, Int32(143), "terminated"), (SIGINT, Int32(130), "interrupted")])
    func signalStopsABatchRunAtAStepBoundary(signal: Int32, status: Int32, verb: String) throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile(
            // 20,000 residents: 9,999 weeks take many seconds on any machine, so the signal comes mid-run.
            "long.coprod",
            CoprodProcess.defaultScenario + "community size 20000\nstep\nrun 9999\nsay \"not reached\"\n")
        let (process, output, error, took) = try Self.run(coprod, script, signal: signal, after: 600_000)
        #expect(took < .seconds(5))
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == status)
        #expect(output.contains("\nweek 0 → 1\n"))  // the first step's report, flushed
        #expect(output.contains(#/interrupted at week \d+ after \d+ steps/#))
        #expect(!output.contains("not reached"))
        #expect(error.contains(try Regex("^coprod: \(verb) at week [0-9]+\n$")))
    }

    /// A signal during the build of a large community stops the build (issue 9: it used to wait for
    /// the whole build), well before the build could have ended.
    @Test(arguments: [(SIGTERM, Int32(143), "terminated"), (SIGINT, Int32(130), "interrupted")])
    func signalStopsTheBuildOfALargeCommunity(signal: Int32, status: Int32, verb: String) throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile("big.coprod", "community size 3000000\nsay \"not reached\"\n")
        let (process, output, error, took) = try Self.run(coprod, script, signal: signal, after: 800_000)
        #expect(took < .seconds(1), "a debug build of 3,000,000 takes far longer")
        #expect(process.terminationStatus == status)
        #expect(!output.contains("not reached"))
        #expect(error == "coprod: \(verb) at week 0\n", "\(error)")
    }

    /// The same while waiting for piped input that never comes: the blocked read ends.
    @Test func sigtermWhileWaitingForInputExits() throws {
        let coprod = try CoprodProcess()
        let process = coprod.process([])
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        try stdin.fileHandleForWriting.write(contentsOf: Data("step\n".utf8))
        let errors = ErrorCollector(stderr.fileHandleForReading)
        usleep(500_000)
        process.terminate()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try stdin.fileHandleForWriting.close()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 143)
        #expect(output.hasPrefix("week 0 → 1"))
        #expect(String(decoding: errors.wait(), as: UTF8.self) == "coprod: terminated at week 1\n")
    }

    /// `coprod run x | head -1`: the reader closes the pipe after one line; coprod stops quietly.
    @Test(arguments: [false, true])
    func closedPipeEndsTheRunQuietly(fromStandardInput: Bool) throws {
        let coprod = try CoprodProcess()
        let lines = String(repeating: "step\n", count: 3000)
        let script = try coprod.writeFile("many.coprod", lines)
        let process = coprod.process(fromStandardInput ? [] : [script])
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = fromStandardInput ? stdin : FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        if fromStandardInput {
            // Written on another thread: the pipe may fill up while coprod is blocked on output.
            let writer = stdin.fileHandleForWriting
            Thread.detachNewThread {
                _ = try? writer.write(contentsOf: Data(lines.utf8))
                try? writer.close()
            }
        }
        var firstLine = Data()
        while !firstLine.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            firstLine += chunk
        }
        try stdout.fileHandleForReading.close()
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 15, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        #expect(String(decoding: firstLine, as: UTF8.self).hasPrefix("week 0 → 1"))
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: errors.wait(), as: UTF8.self) == "")
    }

    /// `coprod sweep … | head -1` and `coprod run … --replicates R --csv - | head -1`: data on
    /// standard output ends quietly too, and no new run starts (a tryout found `cannot write '-':
    /// broken pipe`, status 1).
    @Test(arguments: [
        ["sweep", "d.coprod", "--vary", "shed.salience=0.1:0.9:0.1", "--replicates", "40", "--weeks", "30", "-q"],
        [
            "sweep", "d.coprod", "--vary", "shed.salience=0.1:0.9:0.1", "--replicates", "40", "--weeks", "30",
            "--jsonl", "-",
        ],
        ["run", "d.coprod", "--replicates", "300", "--weeks", "30", "--csv", "-"],
    ])
    func closedPipeEndsASweepQuietly(arguments: [String]) throws {
        let coprod = try CoprodProcess()
        _ = try coprod.writeFile("d.coprod", CoprodProcess.defaultScenario)
        let process = coprod.process(arguments)
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let errors = ErrorCollector(stderr.fileHandleForReading)
        var firstLine = Data()
        while !firstLine.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            firstLine += chunk
        }
        try stdout.fileHandleForReading.close()
        let watchdog = DispatchWorkItem { [process] in if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 60, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        #expect(String(decoding: firstLine, as: UTF8.self).hasPrefix(arguments.contains("--jsonl") ? "{" : "# coprod"))
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        #expect(String(decoding: errors.wait(), as: UTF8.self) == "")
    }

    /// Any other failure to write standard output is one clear error and status 1.
    @Test func fullDiskIsOneErrorAndStatusOne() throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile("many.coprod", String(repeating: "step\n", count: 500))
        let result = try coprod.run([script], redirections: ">/dev/full")
        #expect(result.reason == .exit)
        #expect(result.status == 1)
        #expect(result.standardError == "coprod: error: cannot write to standard output: No space left on device\n")
    }

    /// Error output to a pipe nobody reads: no crash (Foundation's FileHandle would trap).
    @Test func closedErrorPipeIsNotACrash() throws {
        let coprod = try CoprodProcess()
        let script = try coprod.writeFile("broken.coprod", "step\nstpe\n")
        let process = coprod.process([script])
        let stderr = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = stderr
        try stderr.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
    }
}
