import CoprodModel
import Foundation

/// How much more memory this process may use: the least of what its address-space limit
/// (`ulimit -v`), its cgroup's limit (a container's memory) and the machine's available memory
/// leave, or nil where none of them can be read.
enum MemoryBudget {
    static func available() -> Int? {
        var limits: [Int] = []
        var rl = rlimit()
        if getrlimit(Int32(RLIMIT_AS.rawValue), &rl) == 0, rl.rlim_cur != rlim_t.max {
            let used = addressSpaceInUse() ?? 0
            // Virtual size grows faster than memory in use (allocator arenas, thread stacks).
            limits.append(max(0, (Int(clamping: rl.rlim_cur) - used) * 3 / 4))
        }
        if let max = number(file: "/sys/fs/cgroup/memory.max"),
            let current = number(file: "/sys/fs/cgroup/memory.current")
        {
            limits.append(Swift.max(0, max - current))
        }
        if let kb = meminfoAvailableKB() { limits.append(kb * 1024) }
        return limits.min()
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
