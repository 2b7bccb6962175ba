extension Model {
    /// Advances the model by one week (spec §2), in this order:
    /// 1. apply the interventions active this week (§7);
    /// 2. the cognitive process (§3);
    /// 3. the behavioural process (§4);
    /// 4. the production process (§5);
    /// 5. feedback from outcomes to influencing factors (§6);
    /// 6. record the outcome metrics (§8).
    /// Decisions in each process read the state at the start of that process (synchronous update).
    /// - Returns: counts of what changed this week.
    @discardableResult
    public mutating func step() -> StepTally {
        var tally = StepTally(facilityCount: facilities.count)
        let levers = applyInterventions()
        if canFuse {
            fusedStep(levers: levers, tally: &tally)
            return tally
        }
        return referenceStep(levers: levers, tally: tally)
    }

    /// Steps 2–6 one process at a time, exactly as spec §2 lists them: the reference the fused step
    /// (``fusedStep(levers:tally:)``) must match bit for bit, and the path for more than 8 facilities.
    mutating func referenceStep(levers: [Levers], tally: StepTally) -> StepTally {
        var tally = tally
        explanationCache = ExplanationCache()
        var start = makeContext(levers: levers)
        start.activistTies = activistTieCounts()
        cognitiveProcess(start, tally: &tally)
        behaviouralProcess(start, tally: &tally)
        let completed = productionProcess(start)
        feedback(start, completed: completed)
        countTiesActiveTogether()
        week += 1
        history.append(record(tally: tally))
        return tally
    }

    /// Social capital bookkeeping (spec §8): a tie whose two ends are both active this week.
    mutating func countTiesActiveTogether() {
        let n = population.count
        var any = [Bool](repeating: false, count: n)
        for f in facilities.indices {
            let base = f * n
            for i in 0..<n where stage[base + i] == .active { any[i] = true }
        }
        var weeks = take(&tieWeeksTogether)
        population.ties.forEachEdge { e, i, j in
            if any[i] && any[j] && weeks[e] < .max { weeks[e] += 1 }
        }
        tieWeeksTogether = weeks
    }
}
