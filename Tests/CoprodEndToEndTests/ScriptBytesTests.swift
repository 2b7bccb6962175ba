import CoprodTestSupport
import Foundation
import Testing

/// Scripts with awkward bytes: each runs (status 0) or stops with a `FILE:line:col: error:`
/// (status 1), never by a signal — as a file and piped on standard input.
@Suite(.timeLimit(.minutes(1)))
struct ScriptBytesTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        /// The expected status, and for 1 the line of the error (0: any) and part of its message.
        var status: Int32
        var errorLine = 0
        var message = ""
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "crlf", bytes: Array("step\r\nstep 2\r\ncommunity \"ok\"\r\n".utf8), status: 0),
        Case(name: "bom", bytes: [0xEF, 0xBB, 0xBF] + Array("step\n".utf8), status: 0),
        Case(name: "bom-crlf-no-final-newline", bytes: [0xEF, 0xBB, 0xBF] + Array("step\r\nstep".utf8), status: 0),
        Case(name: "nul", bytes: Array("step\nst".utf8) + [0] + Array("ep\n".utf8), status: 1, errorLine: 2),
        Case(
            name: "invalid-utf8", bytes: Array("step\ncommunity \"caf".utf8) + [0xFF, 0xC3, 0x28] + Array("\"\n".utf8),
            status: 1, errorLine: 2, message: "U+FFFD"),
        Case(
            name: "lone-continuation-byte", bytes: Array("step\n\n".utf8) + [0x80] + Array("step\n".utf8),
            status: 1, errorLine: 3, message: "U+FFFD"),
        Case(
            name: "megabyte-line",
            bytes: Array("step\ncommunity \"".utf8) + Array(repeating: 0x61, count: 1 << 20)
                + Array("\"\n".utf8), status: 1, errorLine: 2, message: "longer than"),
        Case(name: "binary-junk", bytes: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }, status: 1),
        Case(name: "unbalanced-quote", bytes: Array("step\ncommunity \"never closed\n".utf8), status: 1, errorLine: 2),
        Case(name: "huge-number", bytes: Array("step 99999999999999999999\n".utf8), status: 1, errorLine: 1),
    ]

    @Test(arguments: cases)
    func scriptFile(_ example: Case) throws {
        let coprod = try CoprodProcess()
        let path = try coprod.writeFile("\(example.name).coprod", bytes: example.bytes)
        let result = try coprod.run(["--quiet", path])
        check(result, example, fileName: path)
    }

    @Test(arguments: cases)
    func standardInput(_ example: Case) throws {
        let coprod = try CoprodProcess()
        let path = try coprod.writeFile("\(example.name).coprod", bytes: example.bytes)
        let result = try coprod.run(["--quiet"], redirections: "<'\(path)'")
        check(result, example, fileName: "<stdin>")
    }

    private func check(_ result: CoprodProcess.Result, _ example: Case, fileName: String) {
        #expect(result.reason == .exit)
        #expect(result.status == example.status, "\(result.standardError.prefix(300))")
        if example.status == 1 {
            let firstLine = result.standardError.prefix { $0 != "\n" }
            let line = example.errorLine == 0 ? "" : "\(example.errorLine):"
            #expect(firstLine.hasPrefix("\(fileName):\(line)"), "\(firstLine.prefix(300))")
            #expect(firstLine.contains(#/^[^:]+:\d+:\d+: error: /#))
            #expect(example.message.isEmpty || firstLine.contains(example.message))
        } else {
            #expect(result.standardError.isEmpty)
        }
    }
}
