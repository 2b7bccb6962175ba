// The fuzz target for the lexer, parser and interpreter (docs/RELIABILITY.md).
//
// Built with libFuzzer by Tests/Fuzz/run-fuzzer (swiftc -sanitize=fuzzer -D FUZZING) it feeds each input,
// line by line, to a session with files off and small limits. Built normally (`swift build`), the
// same binary replays files or folders given as arguments, so a crash that libFuzzer found can be
// re-run without the sanitizer.
import CoprodLanguage
import CoprodModel
import Foundation

enum FuzzHarness {
    /// Small limits keep each input fast; files are off, so no input can read or write a file.
    static let options: Session.Options = {
        var o = Session.Options(maxPopulation: 300, maxStepsPerCommand: 8)
        o.allowsFiles = false
        return o
    }()

    /// The calibration facilities on a community of 60, so an input starts with names to use.
    static let scenario: Scenario = {
        var s = Scenario.calibration
        s.size = 60
        return s
    }()

    /// Runs one input. Every outcome is fine except a crash.
    static func run(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let session = Session(scenario: scenario, options: options)
        for (k, line) in Parser.lines(of: text).prefix(64).enumerated() {
            do {
                if try session.execute(line: line, lineNumber: k + 1, emit: { _ in }) == .quit { break }
            } catch {
                _ = DiagnosticRenderer.render(error, colour: k % 2 == 0)
            }
        }
        _ = session.completions(for: String(text.prefix(80)))
    }
}

#if FUZZING
/// libFuzzer's entry: one input per call (libFuzzer supplies `main`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    FuzzHarness.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
#else
@main
struct ReplayInputs {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { continue }
            let files =
                isDir.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                data.withUnsafeBytes { FuzzHarness.run($0.bindMemory(to: UInt8.self)) }
                count += 1
            }
        }
        print("replayed \(count) inputs without a crash")
    }
}
#endif
