extension Model {
    /// Step 5 of spec §2, feedback from outcomes to influencing factors (spec §6). For every resident
    /// aware of facility f:
    /// `efficacy += 0.01·(visibleProgress·(1−efficacy) − 2·degraded·efficacy)` and
    /// `trust += 0.02·(responsiveness − 0.5)·active + 0.01·visibleProgress·(1−trust) − 0.03·degraded`,
    /// both clamped; on completion with quality ≥ 0.6 every beneficiary gains 0.08 of each.
    mutating func feedback(_ ctx: StepContext, completed: [Int]) {
        let n = population.count
        for f in facilities.indices {
            let st = facilities[f]
            let vp = st.visibleProgress
            let deg: Double = st.degraded ? 1 : 0
            let resp = ctx.levers[f].responsiveness
            if vp == 0 && deg == 0 && resp == 0.5 { continue }
            let base = f * n
            for i in 0..<n {
                let s = stage[base + i]
                if s == .unaware { continue }
                let eff = population.efficacy[i]
                population.efficacy[i] = clamp01(eff + 0.01 * (vp * (1 - eff) - 2 * deg * eff))
                let tr = population.trust[i]
                let active: Double = s == .active ? 1 : 0
                population.trust[i] = clamp01(tr + 0.02 * (resp - 0.5) * active + 0.01 * vp * (1 - tr) - 0.03 * deg)
            }
        }
        for f in completed where facilities[f].quality >= 0.6 {
            let spec = scenario.facilities[f]
            for i in 0..<n where serves(spec, i) {
                population.efficacy[i] = clamp01(population.efficacy[i] + 0.08)
                population.trust[i] = clamp01(population.trust[i] + 0.08)
            }
        }
    }
}
