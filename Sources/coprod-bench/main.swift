// coprod-bench: speed and memory targets of the core model, reported as per-resident-step costs and
// ratios (never as a timed unit test). Run: swift run -c release coprod-bench [--quick]
import CoprodModel
import Foundation

/// Nanoseconds since an arbitrary start (monotonic).
func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// Resident set size of this process in bytes (Linux /proc; 0 elsewhere).
func residentBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    return fields.count > 1 ? (Int(fields[1]) ?? 0) * Int(sysconf(Int32(_SC_PAGESIZE))) : 0
}

/// The calibration facilities on a community of `size` (buildings of 40, the lift serving one).
func scenario(size: Int) -> Scenario {
    var s = Scenario.calibration
    s.size = size
    return s
}

struct Measurement {
    var size: Int
    var weeks: Int
    var nsPerResidentStep: Double
    var bytesPerResident: Double
}

func measure(size: Int, weeks: Int) -> Measurement {
    let before = residentBytes()
    var model = try! Model(scenario: scenario(size: size))
    model.recordsExplanations = false
    let built = residentBytes()
    let start = now()
    for _ in 0..<weeks { model.step() }
    let elapsed = Double(now() - start)
    let after = residentBytes()
    _ = model.outcomes
    return Measurement(size: size, weeks: weeks, nsPerResidentStep: elapsed / Double(size * weeks),
                       bytesPerResident: Double(max(built, after) - before) / Double(size))
}

let quick = CommandLine.arguments.contains("--quick")
let sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000]
print("coprod-bench: calibration facilities (shed, lift, garden), profile mixed, seed 1")
print("size      weeks  ns/resident-step  bytes/resident")
var results: [Measurement] = []
for size in sizes {
    let m = measure(size: size, weeks: size >= 100_000 ? 26 : 52)
    results.append(m)
    print(String(format: "%-9d %-6d %16.1f %15.0f", m.size, m.weeks, m.nsPerResidentStep, m.bytesPerResident))
}

// Replicates: 20 seeds of the §13 scenario, serial vs concurrent, must agree exactly.
func replicateOutcomes(concurrent: Bool) -> ([String], Double) {
    let start = now()
    let body: @Sendable (Int) -> String = { k in
        var s = Scenario.calibration
        s.seed = UInt64(k + 1)
        var m = try! Model(scenario: s)
        for _ in 0..<104 { m.step() }
        return m.outcomes.facilities.map { "\($0.everJoinedShare) \($0.retention) \($0.completedAt ?? -1)" }.joined(separator: "|")
    }
    let outcomes = concurrent ? ParallelMap.map(20, body) : (0..<20).map(body)
    return (outcomes, Double(now() - start) / 1e9)
}
let (serial, serialTime) = replicateOutcomes(concurrent: false)
let (parallel, parallelTime) = replicateOutcomes(concurrent: true)
print(String(format: "20 replicates of §13: serial %.2f s, concurrent %.2f s (speed-up ×%.2f on %d cores); identical: %@",
             serialTime, parallelTime, serialTime / parallelTime, ProcessInfo.processInfo.activeProcessorCount,
             serial == parallel ? "yes" : "NO"))

// Targets.
var failures = 0
func report(_ name: String, _ ok: Bool, _ detail: String) -> Int {
    print("\(ok ? "PASS" : "FAIL")  \(name): \(detail)")
    return ok ? 0 : 1
}
let largest = results.last!, smallest = results.first!
failures += report("cost per resident-step (3 facilities)", largest.nsPerResidentStep <= 2_000,
       String(format: "%.0f ns at %d residents (target ≤ 2000 ns)", largest.nsPerResidentStep, largest.size))
let scaling = largest.nsPerResidentStep / smallest.nsPerResidentStep
failures += report("linear scaling", scaling <= 2.0,
       String(format: "per-resident-step cost at %d / at %d = %.2f (target ≤ 2)", largest.size, smallest.size, scaling))
failures += report("memory per resident", largest.bytesPerResident <= 4_096,
       String(format: "%.0f bytes at %d residents (target ≤ 4096)", largest.bytesPerResident, largest.size))
failures += report("replicates independent of threads", serial == parallel, "serial and concurrent outcomes identical")
exit(failures == 0 ? 0 : 1)
