extension Model {
    /// Step 1 of spec §2: the active interventions set this week's levers, role-shift moves each
    /// facility's `role` by up to `roleStep` (0.05) toward its target, and training raises the skill
    /// and self-efficacy of residents aware of a trained facility by `trainingGain·strength`
    /// (0.01·strength; the strongest training among the facilities she knows, applied once).
    mutating func applyInterventions() -> [Levers] {
        let p = scenario.parameters
        var levers: [Levers] = []
        for f in facilities.indices {
            let spec = scenario.facilities[f]
            let lev = Levers.compute(
                for: spec, type: classification(of: f).type,
                government: scenario.government,
                interventions: scenario.interventions, at: week, parameters: p)
            if let target = lev.roleTarget {
                let r = facilities[f].role
                facilities[f].role = r < target ? min(target, r + p.roleStep) : max(target, r - p.roleStep)
            }
            facilities[f].responsiveness = lev.responsiveness
            levers.append(lev)
        }
        if levers.contains(where: { $0.training > 0 }) {
            let n = population.count
            for i in 0..<n {
                var best = 0.0
                for f in facilities.indices where stage[f * n + i] != .unaware { best = max(best, levers[f].training) }
                if best > 0 {
                    population.skill[i] = clamp01(population.skill[i] + p.trainingGain * best)
                    population.efficacy[i] = clamp01(population.efficacy[i] + p.trainingGain * best)
                }
            }
        }
        return levers
    }

    /// Counts of active ties, activity on any facility and `solidary_i` at the start of a step.
    func makeContext(levers: [Levers]) -> StepContext {
        let n = population.count
        let ties = population.ties
        var activeAny = [Bool](repeating: false, count: n)
        for f in facilities.indices {
            let base = f * n
            for i in 0..<n where stage[base + i] == .active { activeAny[i] = true }
        }
        var activeTies = [Int32](repeating: 0, count: n * facilities.count)
        var solidary = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let partners = ties.partners(of: i)
            if partners.isEmpty { continue }
            var anyCount = 0
            for j in partners {
                let jj = Int(j)
                if activeAny[jj] {
                    anyCount += 1
                    for f in facilities.indices where stage[f * n + jj] == .active { activeTies[f * n + i] += 1 }
                }
            }
            if activeAny[i] { solidary[i] = Double(anyCount) / Double(partners.count) }
        }
        return StepContext(levers: levers, activeTies: activeTies, solidary: solidary)
    }
}
