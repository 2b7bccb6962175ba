extension Model {
    /// Per `f·N + i`: resident i's ties who are activists and active on f at the start of the step
    /// (spec §12); empty when the community has no activist, so the rule costs nothing then.
    func activistTieCounts() -> [Int32] {
        guard !activist.isEmpty else { return [] }
        let n = population.count
        var counts = [Int32](repeating: 0, count: n * facilities.count)
        for j in 0..<n where activist[j] {
            for f in facilities.indices where stage[f * n + j] == .active {
                for i in population.ties.partners(of: j) { counts[f * n + Int(i)] += 1 }
            }
        }
        return counts
    }
}

extension StepContext {
    /// Resident i's awareness count `k` on f (spec §3), with each active activist tie counted
    /// `weight` times (spec §12): `activeTies + (weight − 1)·activistTies`.
    @inline(__always)
    func weightedTies(_ k: Int, weight: Double) -> Double {
        activistTies.isEmpty ? Double(activeTies[k]) : Double(activeTies[k]) + (weight - 1) * Double(activistTies[k])
    }

    /// Active activists among pair k's ties at the start of the step (0 without activists).
    @inline(__always)
    func activists(_ k: Int) -> Int { activistTies.isEmpty ? 0 : Int(activistTies[k]) }
}
