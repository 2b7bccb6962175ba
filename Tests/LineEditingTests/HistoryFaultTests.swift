import CoprodTestSupport
import Foundation
import Testing

@testable import LineEditing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct HistoryFaultTests {
    @Test func oversizedFileIsMovedAsideWithoutReadingIt() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        let text = "_HiStOrY_V2_\n" + String(repeating: "step\\0401\n", count: 2000)
        try text.write(to: file, atomically: true, encoding: .utf8)
        var warnings: [String] = []
        let store = HistoryStore(fileURL: file, maxFileBytes: 1000, warn: { warnings.append($0) })
        #expect(store.entries.isEmpty)
        #expect(warnings == ["history file \(file.path) is larger than 1000 bytes; moved it to \(file.path).corrupt"])
        store.add("step 2")
        #expect(try String(contentsOf: dir.appendingPathComponent("history.corrupt"), encoding: .utf8) == text)
        #expect(try String(contentsOf: file, encoding: .utf8) == "_HiStOrY_V2_\nstep\\0402\n")
    }

    @Test func fifoIsNeverOpened() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        #expect(mkfifo(file.path, 0o600) == 0)
        var warnings: [String] = []
        let store = HistoryStore(fileURL: file, warn: { warnings.append($0) })  // would block if opened
        store.add("step")
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("is not a regular file") == true)
        #expect(store.entries == ["step"])
    }

    @Test func parentIsAFile() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "x".write(to: dir.appendingPathComponent("state"), atomically: true, encoding: .utf8)
        var warnings: [String] = []
        let store = HistoryStore(
            fileURL: dir.appendingPathComponent("state/coprod/history"), warn: { warnings.append($0) })
        store.add("step")
        store.add("step 2")
        #expect(warnings.count == 1)
        #expect(store.entries == ["step", "step 2"])
    }
}
