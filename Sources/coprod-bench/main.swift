// coprod-bench: the speed and memory figures of issue 10, as per-resident-facility-step costs,
// per-resident bytes and ratios (never as a timed unit test).
//
//   swift run -c release coprod-bench            1k, 10k, 100k and 1M residents (a few minutes)
//   swift run -c release coprod-bench --quick    1k, 10k and 100k (under a minute)
//   coprod-bench --replicates [N]                only the replicate speed-up (N replicates, 100 unless given;
//                                                1 thread, then all cores)
//
// Each size runs in a child process (`--size N`), so its peak memory is that process's own peak
// (VmHWM, the whole process, binary and libraries included). Times are the minimum of several
// repetitions where a run is short; on a shared machine treat them as noisy.
import CoprodModel
import Foundation

/// Nanoseconds since an arbitrary start (monotonic).
func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

/// The value of `body`, or, if it throws, the error on standard error and exit status 1.
/// - Parameters:
///   - what: What `body` does, for the message.
///   - body: The work that may throw.
/// - Returns: What `body` returns.
func orExit<T>(_ what: String, _ body: () throws -> T) -> T {
    do {
        return try body()
    } catch {
        FileHandle.standardError.write(Data("coprod-bench: \(what): \(error)\n".utf8))
        exit(1)
    }
}

/// The whole process's peak resident set size in bytes (VmHWM from /proc; 0 elsewhere).
func peakBytes() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
        let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
    else { return 0 }
    return (Int(line.split(separator: " ")[1]) ?? 0) * 1024
}

/// The calibration facilities on a community of `size` (buildings of 40, the lift serving one).
func scenario(size: Int, seed: UInt64 = 1) -> Scenario {
    var s = Scenario.calibration
    s.size = size
    s.seed = seed
    return s
}

/// The smallest of `repeats` timings of `body`, in nanoseconds.
func minTime(_ repeats: Int, _ body: () -> Void) -> Double {
    var best = UInt64.max
    for _ in 0..<repeats {
        let t0 = now()
        body()
        best = min(best, now() - t0)
    }
    return Double(best)
}

// MARK: - Queries, done the way the language layer does them

/// A value of a resident field, as the language layer's `FieldValue`.
enum Value {
    case number(Double)
    case word(String)
}

/// `count where age = older by tenure`, `rate shed.joined = 1 where tenure = owner by age` and
/// `mean efficacy where shed.active = 1 by age`, evaluated as CoprodLanguage's Queries.swift does:
/// a closure per field returning a value, the selected residents as an index array, groups keyed
/// by strings in a dictionary.
func languageLayerQueries(_ m: Model) -> [String] {
    let pop = m.population
    let n = m.residentCount
    let age: (Int) -> Value = { .word(pop.age[$0].description) }
    let tenure: (Int) -> Value = { .word(pop.tenure[$0].description) }
    let joined: (Int) -> Value = { .number(m.joinedAt[$0] >= 0 ? 1 : 0) }
    let active: (Int) -> Value = { .number(m.stage[$0] == .active ? 1 : 0) }
    let efficacy: (Int) -> Value = { .number(pop.efficacy[$0]) }
    func isWord(_ f: @escaping (Int) -> Value, _ w: String) -> (Int) -> Bool {
        {
            if case .word(let x) = f($0) { return x == w }
            return false
        }
    }
    func isOne(_ f: @escaping (Int) -> Value) -> (Int) -> Bool {
        {
            if case .number(let x) = f($0) { return x == 1 }
            return false
        }
    }
    func grouped(_ rows: [Int], _ key: (Int) -> Value) -> [(String, [Int])] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for i in rows {
            let k: String
            switch key(i) {
            case .word(let w): k = w
            case .number(let v): k = String(v)
            }
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(i)
        }
        order.sort()
        return order.map { ($0, groups[$0] ?? []) }
    }
    var out: [String] = []
    // count
    let older = (0..<n).filter(isWord(age, "older"))
    out.append("\(older.count) " + grouped(older, tenure).map { "\($0.0) \($0.1.count)" }.joined(separator: ","))
    // rate
    let owners = (0..<n).filter(isWord(tenure, "owner"))
    let hit = isOne(joined)
    out.append(
        grouped(owners, age).map { g in "\(g.0) \(g.1.reduce(0) { $0 + (hit($1) ? 1 : 0) })/\(g.1.count)" }.joined(
            separator: ","))
    // mean
    let actives = (0..<n).filter(isOne(active))
    out.append(
        grouped(actives, age).map { g -> String in
            let values = g.1.map { i -> Double in
                if case .number(let v) = efficacy(i) { return v }
                return 0
            }
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
            return "\(g.0) \(mean) \(sd)"
        }.joined(separator: ","))
    return out
}

/// The same three queries through the core's columnar engine (``ResidentQuery``), as the language
/// layer now runs them: columns read from the model's arrays, byte masks, integer group keys. The
/// answers are written as `languageLayerQueries` writes them, so the two can be compared.
func columnarQueries(_ m: Model) -> [String] {
    let n = m.residentCount
    func column(_ name: String, _ level: MetricLevel, facility f: Int = 0) -> ResidentColumn {
        guard let metric = MetricRegistry.metric(named: name, at: level),
            let c = metric.residentColumn(in: m, facility: f)
        else { fatalError("no column \(name)") }
        return c
    }
    func codes(_ c: ResidentColumn) -> ResidentCodes {
        if case .codes(let x, _) = c { return x }
        fatalError("not a category")
    }
    func numbers(_ c: ResidentColumn) -> ResidentNumbers {
        if case .numbers(let x) = c { return x }
        fatalError("not numbers")
    }
    func text(_ k: [ResidentKeyPart]) -> String {
        k.map { p in
            switch p {
            case .word(let w): w
            case .number(let v): String(v)
            }
        }.joined(separator: " · ")
    }
    func sorted(_ groups: [ResidentGroup]) -> [(String, ResidentSummary)] {
        groups.map { (text($0.key), $0.summary) }.sorted { $0.0 < $1.0 }
    }
    var out: [String] = []
    // count where age = older by tenure
    let older = ResidentCondition.isCode(codes(column("age", .resident)), code: AgeGroup.older.rawValue, equal: true)
    if let (t, g) = ResidentQuery.summarise(count: n, filter: older, by: [column("tenure", .resident)]) {
        out.append("\(t.count) " + sorted(g).map { "\($0.0) \($0.1.count)" }.joined(separator: ","))
    }
    // rate shed.joined = 1 where tenure = owner by age
    let joined = ResidentCondition.compare(
        .column(numbers(column("joined", .residentFacility))), .equal, .value(1))
    let owners = ResidentCondition.isCode(
        codes(column("tenure", .resident)), code: Tenure.owner.rawValue, equal: true)
    if let (_, g) = ResidentQuery.summarise(count: n, filter: owners, test: joined, by: [column("age", .resident)]) {
        out.append(sorted(g).map { "\($0.0) \($0.1.hits)/\($0.1.count)" }.joined(separator: ","))
    }
    // mean efficacy where shed.active = 1 by age
    let active = ResidentCondition.compare(
        .column(numbers(column("active", .residentFacility))), .equal, .value(1))
    if let (_, g) = ResidentQuery.summarise(
        count: n, filter: active, values: .column(numbers(column("efficacy", .resident))),
        by: [column("age", .resident)])
    {
        out.append(sorted(g).map { "\($0.0) \($0.1.mean) \($0.1.sd)" }.joined(separator: ","))
    }
    return out
}

// MARK: - One size, in its own process

struct SizeResult: Codable {
    var size: Int
    var weeks: Int
    var buildSeconds: Double
    var stepSeconds: Double
    /// The language layer's former per-resident way (closures, index arrays, string keys).
    var queryLanguageSeconds: Double
    /// The columnar engine the language layer now uses.
    var queryColumnarSeconds: Double
    var peakBytes: Int
    /// Peak before the queries (the language layer's way allocates index arrays of its own).
    var peakBeforeQueryBytes: Int
    var nsPerStep: Double { stepSeconds * 1e9 / Double(size * 3 * weeks) }
    var nsPerStepWithSetUp: Double { (stepSeconds + buildSeconds) * 1e9 / Double(size * 3 * weeks) }
    var stepMs: Double { stepSeconds * 1e3 / Double(weeks) }
}

func measureSize(_ size: Int, weeks: Int, explanations: Bool) -> SizeResult {
    let t0 = now()
    var model = orExit("building the model") { try Model(scenario: scenario(size: size)) }
    let t1 = now()
    model.recordsExplanations = explanations
    for _ in 0..<weeks { model.step() }
    let t2 = now()
    let peakModel = peakBytes()
    let m = model
    let repeats = size >= 1_000_000 ? 2 : 5
    var columnar: [String] = []
    let queryColumnar = minTime(repeats + 2) { columnar = columnarQueries(m) }
    // The whole-process peak with the queries as the language layer now runs them; the former
    // way's index arrays come after (timed for comparison, not counted in the peak).
    let peak = peakBytes()
    var answer: [String] = []
    let query = minTime(repeats) { answer = languageLayerQueries(m) }
    precondition(!answer.isEmpty)
    precondition(columnar == answer, "columnar queries differ: \(columnar) vs \(answer)")
    return SizeResult(
        size: size, weeks: weeks, buildSeconds: Double(t1 - t0) / 1e9,
        stepSeconds: Double(t2 - t1) / 1e9, queryLanguageSeconds: query / 3 / 1e9,
        queryColumnarSeconds: queryColumnar / 3 / 1e9,
        peakBytes: peak, peakBeforeQueryBytes: peakModel)
}

let arguments = CommandLine.arguments
if let k = arguments.firstIndex(of: "--size"), k + 1 < arguments.count, let size = Int(arguments[k + 1]) {
    let r = measureSize(size, weeks: 52, explanations: arguments.contains("--record-explanations"))
    let data = orExit("encoding the result") { try JSONEncoder().encode(r) }
    FileHandle.standardOutput.write(data)
    exit(0)
}

// `--steps N WEEKS`: build N residents and step WEEKS weeks, nothing else (for callgrind and perf:
// the instruction count of 0 weeks subtracted from that of WEEKS weeks is the cost of the steps).
if let k = arguments.firstIndex(of: "--steps"), k + 2 < arguments.count,
    let size = Int(arguments[k + 1]), let weeks = Int(arguments[k + 2])
{
    var model = orExit("building the model") { try Model(scenario: scenario(size: size)) }
    for _ in 0..<weeks { model.step() }
    print(model.outcomes.community.participation)
    exit(0)
}

// `--queries N ROUNDS`: build N residents, step 52 weeks, then run the three benchmark queries
// ROUNDS times (for perf and callgrind on the query engine alone); prints the best time per query.
if let k = arguments.firstIndex(of: "--queries"), k + 2 < arguments.count,
    let size = Int(arguments[k + 1]), let rounds = Int(arguments[k + 2])
{
    var model = orExit("building the model") { try Model(scenario: scenario(size: size)) }
    for _ in 0..<52 { model.step() }
    let m = model
    var answer: [String] = []
    let best = minTime(max(1, rounds)) { answer = columnarQueries(m) }
    print(String(format: "%d residents: %.3f ms per query", size, best / 3 / 1e6), answer.count)
    exit(0)
}

// `--replicates`: only the replicate speed-up (to repeat it when the machine is quiet).
if let flag = arguments.firstIndex(of: "--replicates") {
    let count = arguments.count > flag + 1 ? Int(arguments[flag + 1]) ?? 100 : 100
    let (serial, serialTime, parallel, parallelTime) = replicateTimings(count)
    print(
        String(
            format:
                "%d replicates: 1 thread %.3f s, concurrent %.3f s, speed-up ×%.2f; identical bytes: %@; CPU time %.3f s and %.3f s",
            count, serialTime, parallelTime, serialTime / parallelTime, serial == parallel ? "yes" : "NO",
            lastReplicateCPU.serial, lastReplicateCPU.concurrent))
    exit(0)
}

/// Runs `--size N` in a child process and reads its result.
func childMeasurement(_ size: Int, explanations: Bool = false) -> SizeResult {
    let p = Process()
    let own = URL(fileURLWithPath: arguments[0]).standardizedFileURL
    p.executableURL = own
    if !FileManager.default.isExecutableFile(atPath: own.path) {
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
    }
    p.arguments = ["--size", String(size)] + (explanations ? ["--record-explanations"] : [])
    let pipe = Pipe()
    p.standardOutput = pipe
    orExit("starting the child process") { try p.run() }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return orExit("reading the child's result") { try JSONDecoder().decode(SizeResult.self, from: data) }
}

let quick = arguments.contains("--quick")
let sizes = quick ? [1_000, 10_000, 100_000] : [1_000, 10_000, 100_000, 1_000_000]
print(
    "coprod-bench\(quick ? " --quick" : ""): calibration facilities (shed, lift, garden), profile mixed, seed 1, 52 weeks, release build"
)
print(
    "\(ProcessInfo.processInfo.activeProcessorCount) cores; times are wall clock; from 65,536 residents the build and"
        + " pass 1 of the step use every core (taskset -c 0 gives them one)")
print("")
print(
    "residents  build(s)  ns/res-fac-step  with set-up  step(ms)  query(ms)  query/step  (former way)  peak B/resident (before queries)"
)
var results: [SizeResult] = []
for size in sizes {
    let r = childMeasurement(size)
    results.append(r)
    print(
        String(
            format: "%-9d  %8.3f  %15.1f  %11.1f  %8.2f  %9.3f  %10.3f  %12.3f  %15.0f (%.0f)",
            r.size, r.buildSeconds, r.nsPerStep, r.nsPerStepWithSetUp, r.stepMs,
            r.queryColumnarSeconds * 1e3, r.queryColumnarSeconds * 1e3 / r.stepMs,
            r.queryLanguageSeconds * 1e3 / r.stepMs,
            Double(r.peakBytes) / Double(r.size), Double(r.peakBeforeQueryBytes) / Double(r.size)))
}
print(
    "(query: mean of count/rate/mean with `where` and `by`, columnar as the language layer now does them;"
        + " former way: closures per resident, index arrays, string keys)")
print("(explanations on demand, the default: none kept while stepping)")
let lean = childMeasurement(sizes[sizes.count - 1], explanations: true)
print(
    String(
        format:
            "%d residents with every explanation recorded while stepping: %.1f ns/res-fac-step, peak %.0f B/resident (%.0f before queries)",
        lean.size, lean.nsPerStep, Double(lean.peakBytes) / Double(lean.size),
        Double(lean.peakBeforeQueryBytes) / Double(lean.size)))

// MARK: - The default scenario

var base = orExit("building the default model") { try Model(scenario: .calibration) }
for _ in 0..<10 { base.step() }
let start = base
let stepLatency = minTime(20) {
    var m = start
    m.step()
}
print(
    String(
        format: "\nstep latency, default scenario (400 residents × 3 facilities, week 10): %.3f ms (min of 20)",
        stepLatency / 1e6))

// `explain` recomputes a resident's join and lapse terms by replaying the run (explanations on demand).
var explained = base
for _ in 10..<104 { explained.step() }
let explainTime = minTime(5) { precondition((try? explained.explanations(ofResident: 7))?.count == 3) }
print(
    String(
        format: "explain one resident, default scenario at week 104 (a replay of the run): %.1f ms (min of 5)",
        explainTime / 1e6))

/// The `coprod` executable next to this one: process start to exit with empty input.
func replStart() -> Double? {
    let dir = URL(fileURLWithPath: arguments[0]).standardizedFileURL.deletingLastPathComponent()
    let exe = dir.appendingPathComponent("coprod")
    guard FileManager.default.isExecutableFile(atPath: exe.path) else { return nil }
    return minTime(10) {
        let p = Process()
        p.executableURL = exe
        p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try? p.run()
        p.waitUntilExit()
    }
}
if let t = replStart() {
    print(
        String(
            format: "coprod start (launch to exit, empty input, builds the default model): %.1f ms (min of 10)", t / 1e6
        ))
} else {
    print("coprod start: build the coprod product to measure it (swift build -c release)")
}

// MARK: - Replicates

/// The outcomes of `count` replicates of §13 (seeds 1…count, 104 weeks each) on one thread and on all
/// cores, and the smallest wall time of each in seconds. The two are timed in turn, repetition by
/// repetition (about 600 replicates in all), so that both see the same moments of a shared machine.
func replicateTimings(_ count: Int) -> (serial: [String], serialTime: Double, parallel: [String], parallelTime: Double)
{
    let body: @Sendable (Int) -> String = { k in
        var s = Scenario.calibration
        s.seed = UInt64(k + 1)
        var m = orExit("building a replicate") { try Model(scenario: s) }
        for _ in 0..<104 { m.step() }
        return m.history.map { r in
            r.facilities.map { "\($0.everJoinedServed) \($0.active) \($0.sustained) \($0.progress.bitPattern)" }.joined(
                separator: ",")
                + " \(r.community.trust.bitPattern)"
        }.joined(separator: "|")
    }
    var serial: [String] = []
    var parallel: [String] = []
    var serialTime = Double.infinity
    var parallelTime = Double.infinity
    var serialCPU = Double.infinity
    var parallelCPU = Double.infinity
    for _ in 0..<max(5, 300 / max(1, count)) {
        var cpu = processCPUSeconds()
        serialTime = min(serialTime, minTime(1) { serial = (0..<count).map(body) })
        serialCPU = min(serialCPU, processCPUSeconds() - cpu)
        cpu = processCPUSeconds()
        parallelTime = min(parallelTime, minTime(1) { parallel = ParallelMap.map(count, body) })
        parallelCPU = min(parallelCPU, processCPUSeconds() - cpu)
    }
    lastReplicateCPU = (serialCPU, parallelCPU)
    return (serial, serialTime / 1e9, parallel, parallelTime / 1e9)
}

/// The CPU seconds (all threads, user and system) of the smallest serial and concurrent repetition
/// of the last `replicateTimings`: when the two are equal the work scales, and a speed-up below the
/// number of cores is time the machine did not give.
nonisolated(unsafe) var lastReplicateCPU = (serial: 0.0, concurrent: 0.0)

/// CPU seconds used so far by every thread of this process.
func processCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
let (serial, serialTime, parallel, parallelTime) = replicateTimings(100)
print(
    String(
        format:
            "100 replicates of §13 (104 weeks): 1 thread %.3f s, %d threads %.3f s, speed-up ×%.2f; identical bytes: %@",
        serialTime, ProcessInfo.processInfo.activeProcessorCount, parallelTime, serialTime / parallelTime,
        serial == parallel ? "yes" : "NO"))

// MARK: - Targets of issue 10

print("")
nonisolated(unsafe) var failures = 0
func report(_ name: String, _ ok: Bool, _ detail: String) {
    print("\(ok ? "PASS" : "FAIL")  \(name): \(detail)")
    if !ok { failures += 1 }
}
for r in results where r.size >= 100_000 {
    report(
        "cost per resident-facility-step at \(r.size)", r.nsPerStep <= 30,
        String(format: "%.1f ns steps only (target ≤ 30)", r.nsPerStep))
}
if let big = results.first(where: { $0.size == 1_000_000 }) {
    report(
        "peak memory per resident at 1,000,000 (explanations on demand, the default)",
        Double(big.peakBytes) / 1e6 <= 250, String(format: "%.0f B (target ≤ 250)", Double(big.peakBytes) / 1e6))
    print(
        String(
            format: "      (with every explanation recorded while stepping: %.0f B)", Double(lean.peakBytes) / 1e6))
    report(
        "build 1,000,000 residents with ties", big.buildSeconds <= 1,
        String(format: "%.2f s (target ≤ 1)", big.buildSeconds))
}
if let mid = results.first(where: { $0.size == 100_000 }) {
    let ratio = mid.queryColumnarSeconds * 1e3 / mid.stepMs
    report(
        "query at 100,000 (columnar, as the language layer runs it)", ratio < 0.1,
        String(format: "%.3f of a step (target < 0.1)", ratio))
}
report("replicates independent of threads", serial == parallel, "1-thread and concurrent histories identical")
report(
    "replicate speed-up", serialTime / parallelTime >= 1.8,
    String(format: "×%.2f (target ≥ 1.8 on 2 idle cores)", serialTime / parallelTime))
exit(failures == 0 ? 0 : 1)
