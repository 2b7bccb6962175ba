import CoprodTestSupport
import Foundation
import Testing

/// The README's set-up promise: exactly two commands, and CI runs the same test command.
struct ReadmeTests {
    static let root = packageRoot

    static func setupCommands() throws -> [String] {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Set-up: two commands").dropFirst().first)
        let block = try #require(
            section.components(separatedBy: "```sh\n").dropFirst().first?.components(separatedBy: "```").first)
        return block.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.isEmpty }
    }

    @Test func readmeHasExactlyTwoSetupCommands() throws {
        let commands = try Self.setupCommands()
        #expect(commands.count == 2)
        #expect(commands[0].hasSuffix("swift run -q coprod"))
        #expect(commands[1].hasSuffix("swift test"))
        #expect(commands.allSatisfy { $0.contains("apt-get install -y libedit-dev") })
    }

    @Test func ciRunsTheReadmeTestCommand() throws {
        let ci = try String(contentsOf: Self.root.appendingPathComponent(".ci/run"), encoding: .utf8)
        let commands = try Self.setupCommands()
        #expect(ci.split(separator: "\n").map(String.init).contains(commands[1]))
    }
}
