import CoprodTestSupport
import Foundation
import Testing

@testable import LineEditing

@Suite struct HistoryStoreTests {
    @Test func savesAndReloads() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("state/coprod/history")
        do {
            let store = HistoryStore(fileURL: file, warn: { Issue.record("warning: \($0)") })
            store.add("step 3")
            store.add("say \"héllo wörld\"")
            store.add("   ")
            store.add("say \"héllo wörld\"")
            #expect(store.entries == ["step 3", "say \"héllo wörld\""])
        }
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("_HiStOrY_V2_\n"))
        let reloaded = HistoryStore(fileURL: file, warn: { Issue.record("warning: \($0)") })
        #expect(reloaded.entries == ["step 3", "say \"héllo wörld\""])
    }

    @Test func saveIsAtomicAndLeavesNoTemporaryFile() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        let store = HistoryStore(fileURL: file, warn: { Issue.record("warning: \($0)") })
        store.add("run 10")
        let before = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber]
        store.add("run 20")
        let after = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber]
        // A rename replaces the file (a new inode); writing in place would keep the old one.
        #expect(before as? Int != after as? Int)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["history"])
    }

    @Test func capacityDropsOldestEntries() {
        let store = HistoryStore(fileURL: nil, capacity: 2)
        for n in 1...4 { store.add("step \(n)") }
        #expect(store.entries == ["step 3", "step 4"])
        #expect(!store.save())
    }

    @Test func foreignFileIsMovedAsideNotOverwritten() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        let readline = "ls -la\ncd /tmp\n"
        try readline.write(to: file, atomically: true, encoding: .utf8)
        var warnings: [String] = []
        let store = HistoryStore(fileURL: file, warn: { warnings.append($0) })
        store.add("step")
        #expect(store.entries == ["step"])
        #expect(warnings.count == 1)
        #expect(warnings.first?.contains("not in libedit format") == true)
        let aside = dir.appendingPathComponent("history.corrupt")
        #expect(try String(contentsOf: aside, encoding: .utf8) == readline)
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("_HiStOrY_V2_\n"))
    }

    @Test func secondCorruptFileGetsANewName() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        try "old".write(to: dir.appendingPathComponent("history.corrupt"), atomically: true, encoding: .utf8)
        try Data([0xFF, 0x00, 0x13, 0x37]).write(to: file)
        _ = HistoryStore(fileURL: file, warn: { _ in })
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("history.corrupt-2").path))
        #expect(!FileManager.default.fileExists(atPath: file.path))
    }

    @Test(arguments: [
        "_HiStOrY_V2_\nok\nbad\\\n", "_HiStOrY_V2_\nok\n\\777\nafter\n", "_HiStOrY_V2_\nok\n\u{0}\u{1}\n",
        "_HiStOrY_V2_\n" + String(repeating: "x", count: 100_000) + "\n", "_HiStOrY_V2_\n",
    ])
    func damagedLibeditFileLoadsWithoutCrashing(text: String) throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let store = HistoryStore(fileURL: file, warn: { _ in })
        store.add("step")
        #expect(store.entries.last == "step")
        #expect(try String(contentsOf: file, encoding: .utf8).hasPrefix("_HiStOrY_V2_\n"))
    }

    @Test func emptyFileIsAnEmptyHistory() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        try Data().write(to: file)
        let store = HistoryStore(fileURL: file, warn: { Issue.record("warning: \($0)") })
        #expect(store.entries.isEmpty)
    }

    @Test func unwritableLocationWarnsOnceAndGoesOn() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        // The parent "directory" is a regular file, so nothing can be created under it
        // (this holds even for root, unlike permission bits).
        let blocker = dir.appendingPathComponent("blocker")
        try Data().write(to: blocker)
        var warnings: [String] = []
        let store = HistoryStore(
            fileURL: blocker.appendingPathComponent("coprod/history"), warn: { warnings.append($0) })
        store.add("step")
        store.add("run 3")
        #expect(store.entries == ["step", "run 3"])
        #expect(warnings.count == 1)
    }

    @Test func directoryInsteadOfFileIsLeftAlone() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        try FileManager.default.createDirectory(at: file, withIntermediateDirectories: true)
        var warnings: [String] = []
        let store = HistoryStore(fileURL: file, warn: { warnings.append($0) })
        store.add("step")
        #expect(warnings.count == 1)
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory))
        #expect(isDirectory.boolValue)
    }
}

@Suite struct HistorySharingTests {
    @Test func twoSessionsSharingAFileKeepBothSessionsLines() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        let first = HistoryStore(fileURL: file, warn: { Issue.record("warning: \($0)") })
        let second = HistoryStore(fileURL: file, warn: { Issue.record("warning: \($0)") })
        first.add("step 1")
        second.add("run 10")
        first.add("show community")
        second.add("plot aware")
        let reloaded = HistoryStore(fileURL: file, warn: { Issue.record("warning: \($0)") })
        #expect(reloaded.entries == ["step 1", "run 10", "show community", "plot aware"])
        // Each session's own Up-arrow history is the file at its start plus its own lines.
        #expect(first.entries == ["step 1", "show community"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["history"])
    }

    @Test func mergedFileKeepsTheNewestEntriesWithinCapacity() {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        let first = HistoryStore(fileURL: file, capacity: 3, warn: { Issue.record("warning: \($0)") })
        let second = HistoryStore(fileURL: file, capacity: 3, warn: { Issue.record("warning: \($0)") })
        first.add("a 1")
        second.add("b 1")
        first.add("a 2")
        second.add("b 2")
        let reloaded = HistoryStore(fileURL: file, capacity: 10, warn: { Issue.record("warning: \($0)") })
        #expect(reloaded.entries == ["b 1", "a 2", "b 2"])
    }

    @Test func aFileReplacedByAnotherFormatIsMovedAsideOnSave() throws {
        let dir = temporaryFolder("coprod-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("history")
        var warnings: [String] = []
        let store = HistoryStore(fileURL: file, warn: { warnings.append($0) })
        store.add("step 1")
        try "readline history\n".write(to: file, atomically: true, encoding: .utf8)
        store.add("step 2")
        #expect(
            try String(contentsOf: URL(fileURLWithPath: file.path + ".corrupt"), encoding: .utf8)
                == "readline history\n")
        #expect(warnings.count == 1)
    }
}
