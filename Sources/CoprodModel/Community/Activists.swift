/// Activists, the key minority of 二次动员 (spec §12; 罗兴佐 & 何晓龙 2023): residents flagged one by
/// one (`resident NAME activist`) or as a share of the community (`community … activists SHARE`).
public enum Activists {
    /// Which residents are activists: the `round(share·N)` residents with the highest
    /// `attachment × time` (ties broken by the lower index), then each resident's own flag
    /// (``ResidentOverrides/activist``: true adds her, false removes her).
    /// - Parameters:
    ///   - share: `activists SHARE`, `0...1` (values outside are clamped).
    ///   - overrides: per resident index (0-based); indices outside the population are ignored.
    ///   - population: the drawn residents with their overrides applied.
    /// - Returns: One flag per resident; empty when nobody is an activist (the rule is then off).
    public static func flags(share: Double, overrides: [Int: ResidentOverrides], population: Population) -> [Bool] {
        let n = population.count
        let wanted = min(n, max(0, Int((min(1, max(0, share)) * Double(n)).rounded())))
        let personal = overrides.contains { $0.key < n && $0.value.activist != nil }
        guard wanted > 0 || personal else { return [] }
        var flags = [Bool](repeating: false, count: n)
        if wanted > 0 {
            let order = (0..<n).sorted { a, b in
                let (x, y) = (
                    population.attachment[a] * population.time[a], population.attachment[b] * population.time[b]
                )
                return x != y ? x > y : a < b
            }
            for i in order.prefix(wanted) { flags[i] = true }
        }
        for (i, o) in overrides where i < n {
            if let a = o.activist { flags[i] = a }
        }
        return flags.contains(true) ? flags : []
    }
}

extension Model {
    /// True when resident i is an activist (spec §12).
    public func isActivist(_ i: Int) -> Bool { !activist.isEmpty && activist[i] }

    /// Activists active on any facility now (the community metric `activists`).
    public var activeActivists: Int {
        guard !activist.isEmpty else { return 0 }
        let n = population.count
        var count = 0
        for i in 0..<n where activist[i] {
            if facilities.indices.contains(where: { stage[$0 * n + i] == .active }) { count += 1 }
        }
        return count
    }

    /// Resident i's ties who are activists and active on facility f now (the activists who reach
    /// her on f, spec §12).
    public func activistTies(_ f: Int, _ i: Int) -> Int {
        guard !activist.isEmpty else { return 0 }
        let base = f * population.count
        return population.ties.partners(of: i).reduce(0) {
            $0 + (activist[Int($1)] && stage[base + Int($1)] == .active ? 1 : 0)
        }
    }

    /// What an activist's activity on f does for her ties now (for `explain`): how many of her
    /// ties it reaches (aware of f), how many of those feel the raised outreach (aware, not active),
    /// and the weight she has in their subjective norm and awareness count. Nil unless she is an
    /// activist active on f.
    public func activistReach(_ f: Int, _ i: Int) -> ActivistReach? {
        guard isActivist(i), stage[f * population.count + i] == .active else { return nil }
        let base = f * population.count
        var aware = 0
        var outreach = 0
        var unaware = 0
        for j in population.ties.partners(of: i) {
            switch stage[base + Int(j)] {
            case .unaware: unaware += 1
            case .active: aware += 1
            case .aware, .lapsed:
                aware += 1
                outreach += 1
            }
        }
        let p = scenario.parameters.secondStageValues
        return ActivistReach(
            ties: population.ties.degree(of: i), aware: aware, raisedOutreach: outreach, unaware: unaware,
            weight: p.activistWeight, outreach: p.activistOutreach, emotion: p.activistEmotion)
    }
}

/// An active activist's reach on one facility (spec §12), for `explain`.
public struct ActivistReach: Hashable, Sendable {
    /// Her ties in all.
    public var ties: Int
    /// Ties aware of the facility (they get emotional engagement at least ``emotion``).
    public var aware: Int
    /// Aware ties not active on it (they feel outreach at least ``outreach``).
    public var raisedOutreach: Int
    /// Unaware ties (she counts ``weight`` times in their awareness count).
    public var unaware: Int
    /// `activistWeight`: how many times she counts in her ties' subjective norm and awareness count.
    public var weight: Double
    /// `activistOutreach`.
    public var outreach: Double
    /// `activistEmotion`.
    public var emotion: Double
}
