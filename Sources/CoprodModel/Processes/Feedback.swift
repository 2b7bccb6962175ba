extension Model {
    /// Step 5 of spec §2, feedback from outcomes to influencing factors (spec §6). For every resident
    /// aware of facility f (defaults of ``Parameters`` in brackets):
    /// `efficacy += feedbackEfficacy·(visibleProgress·(1−efficacy) − degradedEfficacy·degraded·efficacy)`
    /// [0.01, 2] and `trust += trustResponsiveness·(responsiveness − responsivenessNeutral)·active
    /// + feedbackTrust·visibleProgress·(1−trust) − degradedTrust·degraded` [0.02, 0.5, 0.01, 0.03],
    /// both clamped; on completion with quality ≥ `completionQuality` [0.6] every beneficiary gains
    /// `completionBonus` [0.08] of each.
    mutating func feedback(_ ctx: StepContext, completed: [Int]) {
        let n = population.count
        let p = scenario.parameters
        for f in facilities.indices {
            let st = facilities[f]
            let vp = st.visibleProgress
            let deg: Double = st.degraded ? 1 : 0
            let resp = ctx.levers[f].responsiveness
            if vp == 0 && deg == 0 && resp == p.responsivenessNeutral { continue }
            let base = f * n
            for i in 0..<n {
                let s = stage[base + i]
                if s == .unaware { continue }
                let eff = population.efficacy[i]
                population.efficacy[i] = clamp01(
                    eff + p.feedbackEfficacy * (vp * (1 - eff) - p.degradedEfficacy * deg * eff))
                let tr = population.trust[i]
                let active: Double = s == .active ? 1 : 0
                population.trust[i] = clamp01(
                    tr + p.trustResponsiveness * (resp - p.responsivenessNeutral) * active + p.feedbackTrust * vp
                        * (1 - tr) - p.degradedTrust * deg)
            }
        }
        for f in completed where facilities[f].quality >= p.completionQuality {
            let spec = scenario.facilities[f]
            for i in 0..<n where serves(spec, i) {
                population.efficacy[i] = clamp01(population.efficacy[i] + p.completionBonus)
                population.trust[i] = clamp01(population.trust[i] + p.completionBonus)
            }
        }
    }
}
