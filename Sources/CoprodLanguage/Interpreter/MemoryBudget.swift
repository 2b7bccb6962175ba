import CoprodModel
import Foundation

/// How much more memory this process may use: the least of what its address-space limit
/// (`ulimit -v`), its cgroup's limit (a container's memory: `memory.max` of cgroup v2, or
/// `memory.limit_in_bytes` of v1, less what the cgroup uses), the machine's available memory
/// (`MemAvailable`) and its physical memory (Foundation's `ProcessInfo.physicalMemory`, where
/// `/proc` cannot be read) leave, or nil where none of them can be read. Tests inject their own
/// figure through `Session.Options.memoryAvailable`.
enum MemoryBudget {
    static func available() -> Int? {
        var limits: [Int] = []
        var rl = rlimit()
        if getrlimit(Int32(RLIMIT_AS.rawValue), &rl) == 0, rl.rlim_cur != rlim_t.max {
            let used = addressSpaceInUse() ?? 0
            // Virtual size grows faster than memory in use (allocator arenas, thread stacks).
            limits.append(max(0, (Int(clamping: rl.rlim_cur) - used) * 3 / 4))
        }
        // A cgroup without a limit says `max` (v2) or a number near Int.max (v1).
        if let max = number(file: "/sys/fs/cgroup/memory.max"),
            let current = number(file: "/sys/fs/cgroup/memory.current")
        {
            limits.append(Swift.max(0, max - current))
        } else if let max = number(file: "/sys/fs/cgroup/memory/memory.limit_in_bytes"),
            let current = number(file: "/sys/fs/cgroup/memory/memory.usage_in_bytes")
        {
            limits.append(Swift.max(0, max - current))
        }
        if let kb = meminfoAvailableKB() { limits.append(kb * 1024) }
        let physical = ProcessInfo.processInfo.physicalMemory
        if physical > 0 { limits.append(Int(clamping: physical)) }
        return limits.min()
    }

    /// Why `scenario`'s community cannot be built with `available` bytes (nil: unknown), or nil:
    /// the memory it would need (``MemoryEstimate``) above what is available. Communities of at
    /// most 100,000 residents are not checked.
    static func shortfall(for scenario: Scenario, available: @autoclosure () -> Int?) -> Message? {
        refusal(residents: scenario.size, facilities: scenario.facilities.count, limit: .max, available: available())
    }

    /// Why a community of `residents` with `facilities` cannot be built, or nil: more residents than
    /// `limit` (``Session/Options/maxPopulation``), or more memory than `available` bytes (nil:
    /// unknown; read only when needed). Communities of at most 100,000 residents are not checked
    /// for memory.
    static func refusal(residents: Int, facilities: Int, limit: Int, available: @autoclosure () -> Int?) -> Message? {
        let needs = { MemoryEstimate.bytes(residents: residents, facilities: facilities) }
        if residents > limit {
            return .sizeAboveLimit(
                residents: residents, limit: limit, megabytes: needs() >> 20, mayUse: available().map { $0 >> 20 })
        }
        guard residents > 100_000, let may = available(), needs() > may else { return nil }
        return .needsMemory(residents: residents, megabytes: needs() >> 20, mayUse: may >> 20)
    }

    private static func number(file: String) -> Int? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    /// The process's virtual size, from `/proc/self/statm` (pages).
    private static func addressSpaceInUse() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
            let pages = text.split(separator: " ").first.flatMap({ Int($0) })
        else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    private static func meminfoAvailableKB() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("MemAvailable:") {
            return line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
        }
        return nil
    }
}
