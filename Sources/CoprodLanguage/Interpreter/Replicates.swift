import CoprodModel

/// Replicated batch runs: one script run as replicates 1…n, each with its own derived seed
/// (`Scenario.replicateSeed`), in parallel, and a summary across them (like Mesa's batch runs).
/// Replicates are independent, so the document is byte-identical whatever the thread count.
public enum Replicates {
    /// Most replicates one call runs.
    public static let maxCount = 10_000

    /// Runs `script` as replicates 1…`count` and returns one JSON document: `seed` (the base
    /// seed), `replicates` (each run's `--json` report with its `replicate` number and own seed) and
    /// `summary` (mean and standard deviation of each outcome across replicates).
    /// - Parameters:
    ///   - count: `1...maxCount`.
    ///   - options: used for every replicate (its `replicate` is set per run).
    /// - Throws: `LocatedDiagnostic` for the first script error (the same in every replicate).
    public static func run(script: String, fileName: String, count: Int,
                           options: Session.Options) throws(LocatedDiagnostic) -> String {
        let n = min(max(1, count), maxCount)
        // Each replicate returns its report and the scenario's own seed (or `--seed`).
        let outcomes = ParallelMap.map(n) { k -> Result<(JSONReport, UInt64), LocatedDiagnostic> in
            var o = options
            o.replicate = k + 1
            let session = Session.empty(options: o)
            do throws(LocatedDiagnostic) {
                _ = try session.runScript(script, fileName: fileName, emit: { _ in })
            } catch {
                return .failure(error)
            }
            return .success((JSONReport(model: session.model, replicate: k + 1),
                             options.seedOverride ?? session.scenario.seed))
        }
        var reports: [JSONReport] = [], baseSeed: UInt64 = 0
        for outcome in outcomes {
            let (report, seed) = try outcome.get()
            if reports.isEmpty { baseSeed = seed }
            reports.append(report)
        }
        let document = ReplicateDocument(seed: baseSeed, runs: reports.count, replicates: reports,
                                         summary: Summary(reports))
        return JSONReport.encode(document)
    }
}

struct ReplicateDocument: Encodable {
    var seed: UInt64
    var runs: Int
    var replicates: [JSONReport]
    var summary: Summary
}

/// Mean and standard deviation of one outcome across replicates.
struct Spread: Encodable {
    var mean: Double
    var sd: Double

    init(_ values: [Double]) {
        let m = values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
        let v = values.count < 2 ? 0 : values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(values.count - 1)
        mean = JSONReport.round(m)
        sd = JSONReport.round(v.squareRoot())
    }
}

/// The summary across replicates: per facility and for the community.
struct Summary: Encodable {
    struct FacilitySummary: Encodable {
        var name: String
        var everJoined, retention, quality, condition, autonomy, active, sustained: Spread
        /// Share of replicates in which the facility was completed, and the mean week among those.
        var completedShare: Double
        var completedAt: Spread?
        /// How many replicates ended in each type.
        var types: [String: Int]
    }

    var facilities: [FacilitySummary]
    var community: [String: Spread]

    init(_ reports: [JSONReport]) {
        let names = reports.first?.facilities.map(\.name) ?? []
        facilities = names.enumerated().map { f, name in
            let rows = reports.map { $0.facilities[f] }
            let done = rows.compactMap(\.completedAt).map(Double.init)
            return FacilitySummary(
                name: name,
                everJoined: Spread(rows.map(\.everJoined)), retention: Spread(rows.map(\.retention)),
                quality: Spread(rows.map(\.quality)), condition: Spread(rows.map(\.condition)),
                autonomy: Spread(rows.map(\.autonomy)), active: Spread(rows.map { Double($0.active) }),
                sustained: Spread(rows.map { Double($0.sustained) }),
                completedShare: JSONReport.round(Double(done.count) / Double(max(1, rows.count))),
                completedAt: done.isEmpty ? nil : Spread(done),
                types: Dictionary(rows.map { ($0.type, 1) }, uniquingKeysWith: +))
        }
        let c = reports.map(\.community)
        community = [
            "participation": Spread(c.map(\.participation)), "efficacy": Spread(c.map(\.efficacy)),
            "trust": Spread(c.map(\.trust)), "identification": Spread(c.map(\.identification)),
            "responsibility": Spread(c.map(\.responsibility)), "socialCapital": Spread(c.map(\.socialCapital)),
            "largestGap": Spread(c.map(\.largestGap)),
        ]
    }
}
