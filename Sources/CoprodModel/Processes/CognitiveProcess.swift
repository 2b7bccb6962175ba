import Foundation

extension Model {
    /// Emotional engagement reaching resident i on facility f (spec §7 `emotional-care`):
    /// `strength·(emotionBase + emotionTie·[a tie active on f])` (0.4 and 0.6 by default) for a
    /// resident aware of f, else 0.
    @inline(__always)
    /// A resident with an active activist among her ties receives at least `activistEmotion`
    /// (0.5) as the strength on f (spec §12; the strongest applies).
    func emotional(_ f: Int, _ i: Int, _ ctx: StepContext) -> Double {
        var s = ctx.levers[f].emotional
        if ctx.activists(f * population.count + i) > 0 {
            s = max(s, scenario.parameters.secondStageValues.activistEmotion)
        }
        guard s > 0, stage[f * population.count + i] != .unaware else { return 0 }
        return s * scenario.parameters.emotionFactor(tieActive: ctx.activeTies[f * population.count + i] > 0)
    }

    /// Step 2 of spec §2, the cognitive process (spec §3): awareness, identification, responsibility.
    ///
    /// With the defaults of ``Parameters``:
    /// - Awareness: an unaware resident learns of f with probability
    ///   `1 − (1−a0·(1+veteranAwareness·veteran))(1−aInfo·info_f)(1−aDig·platform·digital)(1−aSoc)^k`,
    ///   an active activist tie counting `activistWeight` times in `k` (spec §12).
    /// - Identification: `+= identificationGain·(emotional + solidary)·(1−ident)
    ///   − identificationRelax·(ident − attachment)`, emotional being the strongest over facilities.
    /// - Responsibility, once per facility: `+= responsibilityGain·(active·(1−crowdingOut·incentiveDriven)
    ///   + publicness·visibleProgress)·(1−resp) − responsibilityRelax·(resp − responsibilityRest·attachment)`,
    ///   with last week's visible progress (incentives crowd out intrinsic motives: Frey & Jegen 2001);
    ///   the push from a facility with a market partner is multiplied by `partnerResponsibility`
    ///   (0.5, spec §12).
    mutating func cognitiveProcess(_ ctx: StepContext, tally: inout StepTally) {
        let n = population.count
        let p = scenario.parameters
        let draws = StepDraws(seed: scenario.seed, week: week, process: .awareness)
        // Emotional engagement and responsibility read the stages at the start of the process.
        let reach = !ctx.activistTies.isEmpty
        var emotionalMax = [Double](repeating: 0, count: ctx.levers.contains { $0.emotional > 0 } || reach ? n : 0)
        if !emotionalMax.isEmpty {
            for f in facilities.indices where ctx.levers[f].emotional > 0 || reach {
                for i in 0..<n { emotionalMax[i] = max(emotionalMax[i], emotional(f, i, ctx)) }
            }
        }
        // `1 − crowdingOut·1`: an incentive-driven participant's share of the push (0 by default).
        let drivenActive = 1 - p.crowdingOut * 1
        for i in 0..<n {
            let attach = population.attachment[i]
            var ident = population.identification[i]
            let e = emotionalMax.isEmpty ? 0 : emotionalMax[i]
            ident +=
                p.identificationGain * (e + ctx.solidary[i]) * (1 - ident) - p.identificationRelax * (ident - attach)
            population.identification[i] = clamp01(ident)
            var resp = population.responsibility[i]
            for f in facilities.indices {
                let k = f * n + i
                let active: Double = stage[k] == .active ? (incentiveDriven[k] ? drivenActive : 1) : 0
                var push = active + scenario.facilities[f].publicness * facilities[f].visibleProgress
                // A market partner halves the gain from its facility (spec §12).
                if scenario.facilities[f].activePartner != nil { push *= p.secondStageValues.partnerResponsibility }
                resp +=
                    p.responsibilityGain * push * (1 - resp) - p.responsibilityRelax
                    * (resp - p.responsibilityRest * attach)
            }
            population.responsibility[i] = clamp01(resp)
        }
        for f in facilities.indices {
            let lev = ctx.levers[f]
            let info = 1 - p.aInfo * lev.information
            let base = f * n
            for i in 0..<n where stage[base + i] == .unaware {
                let vet = veteran[i] ? 1 + p.veteranAwareness : 1.0
                let dig = 1 - p.aDig * lev.platform * population.digital[i]
                let soc = pow(1 - p.aSoc, ctx.weightedTies(base + i, weight: p.secondStageValues.activistWeight))
                let prob = 1 - (1 - min(1, p.a0 * vet)) * info * dig * soc
                if draws.uniform(facilities[f].drawIndex, i) < prob {
                    stage[base + i] = .aware
                    tally.newlyAware[f] += 1
                }
            }
        }
    }
}
