import Foundation

/// Why residents joined and lapsed, keyed by the pair index `f·N + i`: the first and the latest
/// join of each pair and its latest lapse (what `explain` shows).
public struct ExplanationRecords: Sendable {
    /// The terms of each pair's first join (its first entry).
    public var firstJoin: [Int: JoinExplanation] = [:]
    /// The terms of each pair's latest join (the first, or a re-entry after a lapse).
    public var lastJoin: [Int: JoinExplanation] = [:]
    /// The terms of each pair's latest lapse.
    public var lastLapse: [Int: LapseExplanation] = [:]
    /// The terms of each pair's latest consent vote (spec §12).
    public var lastVote: [Int: VoteExplanation] = [:]

    public init() {}

    /// Forgets the pairs of a removed facility (`block`, its `f·N ..< (f+1)·N`) and moves the later
    /// facilities' pairs down by `block.count`.
    mutating func dropFacility(_ block: Range<Int>) {
        func moved<V>(_ d: [Int: V]) -> [Int: V] {
            var out: [Int: V] = [:]
            for (k, v) in d where !block.contains(k) { out[k >= block.upperBound ? k - block.count : k] = v }
            return out
        }
        firstJoin = moved(firstJoin)
        lastJoin = moved(lastJoin)
        lastLapse = moved(lastLapse)
    }

    /// Stores a join of pair k.
    mutating func noteJoin(_ k: Int, _ why: JoinExplanation) {
        lastJoin[k] = why
        if firstJoin[k] == nil { firstJoin[k] = why }
    }
}

/// The explanations of one resident on one facility (pair `f·N + i`): her first join, her latest
/// join and her latest lapse, each nil if it has not happened.
public struct PairExplanations: Sendable {
    /// Her first join, nil if she never joined.
    public var firstJoin: JoinExplanation?
    /// Her latest join (the same week as `firstJoin` unless she re-entered after a lapse).
    public var lastJoin: JoinExplanation?
    /// Her latest lapse, nil if she never lapsed.
    public var lastLapse: LapseExplanation?
    /// Her latest vote on the facility (spec §12), nil if she never voted on it.
    public var lastVote: VoteExplanation? = nil
}

/// A change made to a model through its public API (`Model+Changes.swift`), kept so that a run can
/// be replayed to recompute an explanation.
enum ModelChange: Sendable {
    case resident(ResidentOverrides, Int)
    case updateFacility(FacilitySpec)
    case addFacility(FacilitySpec)
    case removeFacility(String)
    case renameFacility(String, String)
    case government(Government)
    case addIntervention(Intervention)
    case renumberInterventions
    case removeIntervention(Int)
    case parameter(Parameters.Entry, Double)
    case thresholds(TypologyThresholds)
    case shift(ResidentTrait, Double)
}

/// A change and the week it was made in (before that week's step).
struct JournalEntry: Sendable {
    var week: Int
    var change: ModelChange
}

/// The explanation records replayed for one state of a model. A model gets a fresh cache whenever
/// it changes (a step or a change through the API), so copies share one only while they are equal.
final class ExplanationCache: @unchecked Sendable {
    private let lock = NSLock()
    private var records: ExplanationRecords?

    /// The cached records, made by `make` the first time.
    func value(_ make: () -> ExplanationRecords) -> ExplanationRecords {
        lock.lock()
        defer { lock.unlock() }
        if let records { return records }
        let made = make()
        records = made
        return made
    }
}

extension Model {
    /// Why residents joined (their first entry), keyed by `f·N + i`.
    ///
    /// Unless ``recordsExplanations`` is on, the first read after a change replays the run (see
    /// ``explanations(ofPair:)``) and keeps the result until the model changes again.
    /// - Complexity: O(W·(N·F + T)) for the first read after a change (W weeks stepped); O(1) after.
    public var firstJoin: [Int: JoinExplanation] { allExplanations.firstJoin }
    /// Why residents joined most recently (a re-entry after a lapse replaces the first), keyed by
    /// `f·N + i`. Computed as ``firstJoin``.
    public var lastJoin: [Int: JoinExplanation] { allExplanations.lastJoin }
    /// Why residents lapsed most recently, keyed by `f·N + i`. Computed as ``firstJoin``.
    public var lastLapse: [Int: LapseExplanation] { allExplanations.lastLapse }

    /// Every pair's explanation records: the stored ones when ``recordsExplanations`` is on, else
    /// those of a replay of the whole run, made once per state.
    public var allExplanations: ExplanationRecords {
        if recordsExplanations { return storedRecords }
        return explanationCache.value { replayedRecords(pairs: 0..<Int.max) }
    }

    /// The explanations of pair k (`f·N + i`, see ``pair(_:_:)``): the same values as
    /// ``firstJoin``, ``lastJoin`` and ``lastLapse`` hold for k, without storing any other pair's.
    ///
    /// Every draw is keyed by seed, week, process, facility and resident, so the run can be
    /// recomputed exactly: the model is rebuilt from ``origin``, the journal of changes made through
    /// the API is applied at the weeks they were made, and the weeks are stepped again, storing only
    /// pair k's decisions.
    /// - Complexity: O(W·(N·F + T)) for W weeks stepped, unless ``recordsExplanations`` is on (O(1)).
    public func explanations(ofPair k: Int) -> PairExplanations {
        let r = recordsExplanations ? storedRecords : replayedRecords(pairs: k..<(k + 1))
        return PairExplanations(
            firstJoin: r.firstJoin[k], lastJoin: r.lastJoin[k], lastLapse: r.lastLapse[k], lastVote: r.lastVote[k])
    }

    /// The explanations of resident i on every facility, in facility order: for each, the values
    /// ``explanations(ofPair:)`` gives for pair `f·N + i`, from one replay.
    /// - Parameters:
    ///   - i: The resident, `0..<residentCount`.
    ///   - progress: Asked as the replay's week 0 is built and before each week is stepped (see
    ///     ``ReplayProgress``); false stops it. The explanations are the same with or without it.
    /// - Returns: One ``PairExplanations`` per facility.
    /// - Throws: ``ModelError/cancelled(residents:)`` when `progress` said to stop.
    /// - Complexity: O(W·(N·F + T)) for W weeks stepped, unless ``recordsExplanations`` is on (O(F)).
    public func explanations(ofResident i: Int, progress: ReplayProgress? = nil) throws(ModelError)
        -> [PairExplanations]
    {
        let r =
            recordsExplanations
            ? storedRecords : try replayedRecords(pairs: 0..<Int.max, resident: i, progress: progress)
        return facilities.indices.map { f in
            let k = pair(f, i)
            return PairExplanations(
                firstJoin: r.firstJoin[k], lastJoin: r.lastJoin[k], lastLapse: r.lastLapse[k], lastVote: r.lastVote[k])
        }
    }

    /// The records of `pairs` (of `resident` only when not negative) from a replay of the run from
    /// ``origin`` to this week.
    func replayedRecords(pairs: Range<Int>, resident: Int = -1) -> ExplanationRecords {
        // Without a progress the replay cannot be stopped, and the origin built once builds again.
        (try? replayedRecords(pairs: pairs, resident: resident, progress: nil)) ?? ExplanationRecords()
    }

    /// ``replayedRecords(pairs:resident:)`` asking `progress` as it goes (the build's share of the
    /// work counted as in ``Model/replay(_:changes:to:progress:)``).
    /// - Throws: ``ModelError/cancelled(residents:)`` when `progress` said to stop.
    func replayedRecords(pairs: Range<Int>, resident: Int, progress: ReplayProgress?) throws(ModelError)
        -> ExplanationRecords
    {
        guard week > 0 else { return ExplanationRecords() }
        let target = week
        let n = origin.size
        let build = replayBuildWeight / Double(max(1, origin.facilities.count))
        let total = build + Double(target)
        var m: Model
        do {
            m = try Model(
                scenario: origin,
                progress: progress.map { report in
                    { status in
                        report(
                            ReplayStatus(
                                residents: n, week: 0, target: target, fraction: status.fraction * build / total))
                    }
                })
        } catch {
            // The origin built once, so only a stop can fail it.
            if case .cancelled = error { throw error }
            return ExplanationRecords()
        }
        // A removed facility moves the later facilities' pairs: record them all, keyed as now.
        let removes = journal.contains { if case .removeFacility = $0.change { true } else { false } }
        m.recordedPairs = removes ? 0..<Int.max : pairs
        m.recordedResident = resident
        var c = 0
        for w in 0..<week {
            while c < journal.count && journal[c].week == w {
                m.replay(journal[c].change)
                c += 1
            }
            if let progress {
                let done = (build + Double(w)) / total
                guard progress(ReplayStatus(residents: n, week: w, target: target, fraction: done)) else {
                    throw .cancelled(residents: n)
                }
            }
            m.step()
        }
        return m.storedRecords
    }

    /// Applies a journalled change again, through the same API call.
    mutating func replay(_ change: ModelChange) {
        switch change {
        case .resident(let o, let i): apply(o, toResident: i)
        case .updateFacility(let spec): try? update(spec)
        case .addFacility(let spec): try? add(spec)
        case .removeFacility(let name): _ = try? removeFacility(named: name)
        case .renameFacility(let old, let new): try? renameFacility(old, to: new)
        case .government(let g): setGovernment(g)
        case .addIntervention(let iv): try? add(iv)
        case .renumberInterventions: renumberInterventions()
        case .removeIntervention(let id): _ = removeIntervention(id: id)
        case .parameter(let entry, let value): set(entry, to: value)
        case .thresholds(let t): setThresholds(t)
        case .shift(let trait, let delta): shift(trait, by: delta)
        }
    }

    /// Notes a change made through the API: journalled for a replay; replayed records are stale.
    mutating func noteChange(_ change: ModelChange) {
        journal.append(JournalEntry(week: week, change: change))
        explanationCache = ExplanationCache()
    }
}
