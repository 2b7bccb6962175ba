import Foundation

/// The per-facility numbers of one week that the fused step reads for every resident, computed once
/// per facility with the same operations (and in the same order) as the reference processes.
struct FacilityWeek {
    // Who is served (spec §1): 0 all, 1 building, 2 age, 3 tenure; `servesValue` the building
    // number or raw value.
    var servesKind: UInt8
    var servesValue: Int32
    // Cognitive process (spec §3).
    var emotional: Double
    /// `(1 − min(1, a0·vet))·(1 − aInfo·info)` for vet = 1 and vet = 5.
    var awarenessBase: Double
    var awarenessBaseVeteran: Double
    /// `aDig·platform`.
    var digitalAwareness: Double
    /// `publicness·visibleProgress` (responsibility push).
    var publicVisible: Double
    // Behavioural process (spec §4).
    var salience: Double
    var halfPublicness: Double
    var complexity: Double
    var demand: Double
    var platformEase: Double
    var platform: Double
    var outreach: Double
    var role: Double
    var incentive: Double
    /// `responsiveness·visibleProgress`.
    var responsiveVisible: Double
    var effort: Double
    /// `0.05·effort`.
    var fatigueEffort: Double
    var residentsPlan: Bool
    // Production process (spec §5).
    var skillWeight: Double
    var roleBoost: Double
    var codesign: Bool
}

extension Model {
    /// True when the fused step can run this model: at most 8 facilities (one activity bit each in
    /// a byte per resident). Larger scenarios take the reference processes.
    var canFuse: Bool { facilities.count <= 8 }

    /// One week as in ``step()``, computed in two passes over the residents instead of one pass per
    /// process and facility: pass 1 runs, for each resident, the cognitive process (§3), the
    /// behavioural process (§4) on every facility and her share of the production input (§5); the
    /// facilities then advance; pass 2 runs feedback (§6) and gathers the week's record (§8).
    ///
    /// The result is bit-identical to the reference processes (`cognitiveProcess`,
    /// `behaviouralProcess`, `productionProcess`, `feedback`, `countTiesActiveTogether`, `record`):
    /// every decision reads the same start-of-process state (tie activity from a snapshot of the
    /// start of the step; a resident's own state only depends on her own earlier updates), sums over
    /// residents run in index order, and each formula is written with the same operations in the
    /// same order. The golden and equivalence tests pin this.
    /// - Complexity: O(N·F + T) for N residents, F facilities and T ties; no allocation per resident.
    mutating func fusedStep(levers: [Levers], tally: inout StepTally) {
        let n = population.count, fCount = facilities.count, p = scenario.parameters
        // Per-facility numbers of the week.
        var fw: [FacilityWeek] = []
        fw.reserveCapacity(fCount)
        let aInfoTerm = { (lev: Levers) in 1 - p.aInfo * lev.information }
        for f in 0..<fCount {
            let spec = scenario.facilities[f], st = facilities[f], lev = levers[f]
            let (kind, value): (UInt8, Int32) = switch spec.serves {
            case .all: (0, 0)
            case .building(let b): (1, Int32(truncatingIfNeeded: b))
            case .age(let a): (2, Int32(a.rawValue))
            case .tenure(let t): (3, Int32(t.rawValue))
            }
            let info = aInfoTerm(lev)
            fw.append(FacilityWeek(
                servesKind: kind, servesValue: value, emotional: lev.emotional,
                awarenessBase: (1 - min(1, p.a0 * 1.0)) * info, awarenessBaseVeteran: (1 - min(1, p.a0 * 5.0)) * info,
                digitalAwareness: p.aDig * lev.platform, publicVisible: spec.publicness * st.visibleProgress,
                salience: spec.salience, halfPublicness: 0.5 * spec.publicness, complexity: spec.complexity,
                demand: lev.demand(in: st.phase), platformEase: lev.platformEase, platform: lev.platform,
                outreach: lev.outreach, role: st.role, incentive: lev.incentive,
                responsiveVisible: lev.responsiveness * st.visibleProgress, effort: st.phase.effort,
                fatigueEffort: 0.05 * st.phase.effort,
                residentsPlan: spec.initiator == .residents && st.phase == .planning,
                skillWeight: st.phase.skillWeight, roleBoost: 1 + 0.5 * st.role,
                codesign: st.phase == .planning || st.phase == .design))
        }
        let anyEmotional = levers.contains { $0.emotional > 0 }
        let weightSum = p.weightSum
        // `(1 − aSoc)^k` for every degree, from the same `pow` calls the reference makes.
        let ties = population.ties
        let socialTable = (0...ties.maxDegree).map { pow(1 - p.aSoc, Double($0)) }
        let awareDraws = StepDraws(seed: scenario.seed, week: week, process: .awareness)
        let joinDraws = StepDraws(seed: scenario.seed, week: week, process: .join)
        let channelDraws = StepDraws(seed: scenario.seed, week: week, process: .channel)
        let stayDraws = StepDraws(seed: scenario.seed, week: week, process: .stay)
        let sustainWeeks = Int32(clamping: p.sustainWeeks)
        let currentWeek = Int32(clamping: week)

        // The arrays the passes write, moved out of the model so that each is a unique local buffer
        // (no copy unless another model shares it) and the loops hold no access to `self`.
        var stage = take(&self.stage), channel = take(&self.channel), incentiveDriven = take(&self.incentiveDriven)
        var joinedAt = take(&self.joinedAt), activeRun = take(&self.activeRun), sustained = take(&self.sustained)
        var satisfaction = take(&self.satisfaction), fatigue = take(&self.fatigue), veteran = take(&self.veteran)
        var identification = take(&population.identification), responsibility = take(&population.responsibility)
        let weekNow = week

        // Activity at the start of the step: bit f of byte i set when resident i is active on f.
        var startMask = [UInt8](repeating: 0, count: n)
        var endMask = [UInt8](repeating: 0, count: n)
        stage.withUnsafeBufferPointer { st in
            startMask.withUnsafeMutableBufferPointer { m in
                for f in 0..<fCount {
                    let bit = UInt8(1) << UInt8(f), base = f * n
                    for i in 0..<n where st[base + i] == .active { m[i] |= bit }
                }
            }
        }

        var residentInput = SIMD8<Double>(repeating: 0)
        var covered = SIMD8<UInt8>(repeating: 0)
        for f in 0..<fCount { covered[f] = facilities[f].coveredCells }
        var entries = SIMD8<Int>(repeating: 0), autonomousEntries = entries
        var newlyAware = entries, autonomousJoins = entries, mobilisedJoins = entries, lapseCount = entries
        var joins: [(Int, JoinExplanation)] = [], lapses: [(Int, LapseExplanation)] = []
        let records = recordsExplanations
        let weights = [p.wA, p.wS, p.wC, p.wI, p.wR]

        // Pass 1: cognitive, behavioural and the residents' production input, resident by resident.
        do {
            let need = population.need, attachment = population.attachment, time = population.time
            let skill = population.skill, digital = population.digital, efficacy = population.efficacy
            let trust = population.trust, age = population.age, tenure = population.tenure
            let building = population.building
            let offsets = ties.offsets, neighbours = ties.neighbours
            stage.withUnsafeMutableBufferPointer { stage in
            channel.withUnsafeMutableBufferPointer { channel in
            incentiveDriven.withUnsafeMutableBufferPointer { incentiveDriven in
            joinedAt.withUnsafeMutableBufferPointer { joinedAt in
            activeRun.withUnsafeMutableBufferPointer { activeRun in
            sustained.withUnsafeMutableBufferPointer { sustained in
            satisfaction.withUnsafeMutableBufferPointer { satisfaction in
            fatigue.withUnsafeMutableBufferPointer { fatigue in
            identification.withUnsafeMutableBufferPointer { identification in
            responsibility.withUnsafeMutableBufferPointer { responsibility in
            veteran.withUnsafeMutableBufferPointer { veteran in
            startMask.withUnsafeBufferPointer { startMask in
            endMask.withUnsafeMutableBufferPointer { endMask in
            fw.withUnsafeBufferPointer { fw in
            need.withUnsafeBufferPointer { need in
            attachment.withUnsafeBufferPointer { attachment in
            time.withUnsafeBufferPointer { time in
            skill.withUnsafeBufferPointer { skill in
            digital.withUnsafeBufferPointer { digital in
            efficacy.withUnsafeBufferPointer { efficacy in
            trust.withUnsafeBufferPointer { trust in
            age.withUnsafeBufferPointer { age in
            tenure.withUnsafeBufferPointer { tenure in
            building.withUnsafeBufferPointer { building in
            offsets.withUnsafeBufferPointer { offsets in
            neighbours.withUnsafeBufferPointer { neighbours in
            socialTable.withUnsafeBufferPointer { socialTable in
            let shifts = SIMD8<Int32>(0, 1, 2, 3, 4, 5, 6, 7)
            for i in 0..<n {
                // Tie activity at the start of the step.
                let lo = offsets[i], hi = offsets[i + 1], degree = hi - lo
                var anyCount = 0
                var onFacility = SIMD8<Int32>(repeating: 0)
                for s in lo..<hi {
                    let m = startMask[Int(neighbours[s])]
                    if m != 0 {
                        anyCount += 1
                        onFacility &+= (SIMD8<Int32>(repeating: Int32(m)) &>> shifts) & 1
                    }
                }
                let own = startMask[i]
                let solidary = own != 0 && degree > 0 ? Double(anyCount) / Double(degree) : 0

                // Cognitive process (spec §3): identification and responsibility.
                let attach = attachment[i]
                var emotionalMax = 0.0
                if anyEmotional {
                    for f in 0..<fCount where fw[f].emotional > 0 {
                        let e = stage[f * n + i] != .unaware ? fw[f].emotional * (onFacility[f] > 0 ? 1.0 : 0.4) : 0
                        emotionalMax = max(emotionalMax, e)
                    }
                }
                var ident = identification[i]
                ident += 0.02 * (emotionalMax + solidary) * (1 - ident) - 0.01 * (ident - attach)
                ident = clamp01(ident)
                identification[i] = ident
                var resp = responsibility[i]
                for f in 0..<fCount {
                    let k = f * n + i
                    let active: Double = stage[k] == .active ? (incentiveDriven[k] ? 0 : 1) : 0
                    let push = active + fw[f].publicVisible
                    resp += 0.01 * push * (1 - resp) - 0.01 * (resp - 0.5 * attach)
                }
                resp = clamp01(resp)
                responsibility[i] = resp

                // Per facility: awareness (it reads `veteran` as the step found it), the
                // behavioural process, then her production input.
                let veteranAtStart = veteran[i]
                var endBits: UInt8 = 0
                for f in 0..<fCount {
                    let k = f * n + i
                    let c = fw[f]
                    var s = stage[k]
                    let tiesOn = Int(onFacility[f])
                    if s == .unaware {
                        let dig = 1 - c.digitalAwareness * digital[i]
                        let prob = 1 - (veteranAtStart ? c.awarenessBaseVeteran : c.awarenessBase) * dig * socialTable[tiesOn]
                        if awareDraws.uniform(f, i) < prob {
                            s = .aware
                            stage[k] = .aware
                            newlyAware[f] += 1
                        }
                    }
                    if s == .aware || s == .lapsed {
                        let reentry = s == .lapsed
                        let u = joinDraws.uniform(f, i)
                        let bound = JoinDecision.probabilityBound(
                            platform: c.platform, digital: digital[i], outreach: c.outreach, trust: trust[i],
                            role: c.role, incentive: c.incentive, reentry: reentry)
                        if u < bound {
                            let served = Self.serves(c, i, building: building, age: age, tenure: tenure)
                            let d = JoinDecision(
                                need: need[i], salience: c.salience, benefit: served ? 1 : c.halfPublicness,
                                degree: degree, activeTies: tiesOn, complexity: c.complexity, skill: skill[i],
                                demand: c.demand, platformEase: c.platformEase, digital: digital[i],
                                efficacy: efficacy[i], time: time[i], identification: ident, responsibility: resp,
                                p: p, weightSum: weightSum, platform: c.platform, outreach: c.outreach,
                                trust: trust[i], role: c.role, incentive: c.incentive, reentry: reentry)
                            if u < d.probability {
                                let autonomous = c.residentsPlan || channelDraws.uniform(f, i) * (d.pAuto + d.pMob) < d.pAuto
                                let driven = !autonomous && d.incentiveTerm > d.outreachTerm
                                s = .active
                                stage[k] = .active
                                channel[k] = autonomous ? .autonomous : .mobilised
                                incentiveDriven[k] = driven
                                activeRun[k] = 1
                                if joinedAt[k] < 0 { joinedAt[k] = currentWeek }
                                veteran[i] = true
                                entries[f] += 1
                                if autonomous { autonomousEntries[f] += 1; autonomousJoins[f] += 1 } else { mobilisedJoins[f] += 1 }
                                if records {
                                    joins.append((k, JoinExplanation(
                                        week: weekNow, reentry: reentry, attitude: d.attitude, norm: d.norm, control: d.control,
                                        identification: ident, responsibility: resp, utility: d.utility, pAuto: d.pAuto,
                                        pMob: d.pMob, outreachTerm: d.outreachTerm, incentiveTerm: d.incentiveTerm,
                                        probability: d.probability, channel: autonomous ? .autonomous : .mobilised,
                                        incentiveDriven: driven, weights: weights)))
                                }
                            }
                        }
                    } else if s == .active {
                        let emo = c.emotional > 0 ? c.emotional * (tiesOn > 0 ? 1.0 : 0.4) : 0
                        let gain = clamp01(c.responsiveVisible + solidary + emo - c.effort * (1 - time[i]))
                        let sat = 0.8 * satisfaction[k] + 0.2 * gain
                        let fat = clamp01(fatigue[k] + c.fatigueEffort - 0.02)
                        satisfaction[k] = sat
                        fatigue[k] = fat
                        let incentive = incentiveDriven[k] ? c.incentive : 0
                        let pStay = logistic(8 * (0.35 * sat + 0.2 * ident + 0.2 * resp + 0.25 * solidary
                                                  - 0.3 * fat + 0.3 * incentive - 0.05))
                        if stayDraws.uniform(f, i) < pStay {
                            activeRun[k] += 1
                            if activeRun[k] >= sustainWeeks { sustained[k] = true }
                        } else {
                            s = .lapsed
                            stage[k] = .lapsed
                            activeRun[k] = 0
                            lapseCount[f] += 1
                            if records {
                                lapses.append((k, LapseExplanation(
                                    week: weekNow, satisfaction: sat, identification: ident, responsibility: resp,
                                    solidary: solidary, fatigue: fat, incentive: incentive, pStay: pStay)))
                            }
                        }
                    }
                    if s == .active {
                        if sustainWeeks <= 1 { sustained[k] = true }
                        endBits |= UInt8(1) << UInt8(f)
                        let sk = c.skillWeight
                        residentInput[f] += time[i] * (sk * skill[i] + 1 - sk) * c.roleBoost
                        if c.codesign && Self.serves(c, i, building: building, age: age, tenure: tenure) {
                            covered[f] |= 1 << UInt8(demographicCell(age[i], tenure[i]))
                        }
                    }
                }
                endMask[i] = endBits
            }
            }}}}}}}}}}}}}}}}}}}}}}}}}}}
        }
        self.stage = stage; self.channel = channel; self.incentiveDriven = incentiveDriven
        self.joinedAt = joinedAt; self.activeRun = activeRun; self.sustained = sustained
        self.satisfaction = satisfaction; self.fatigue = fatigue; self.veteran = veteran
        population.identification = identification; population.responsibility = responsibility
        for f in 0..<fCount {
            facilities[f].entries += entries[f]
            facilities[f].autonomousEntries += autonomousEntries[f]
            facilities[f].coveredCells = covered[f]
            tally.newlyAware[f] += newlyAware[f]
            tally.autonomousJoins[f] += autonomousJoins[f]
            tally.mobilisedJoins[f] += mobilisedJoins[f]
            tally.lapses[f] += lapseCount[f]
        }
        if records {
            for (k, why) in joins {
                lastJoin[k] = why
                if firstJoin[k] == nil { firstJoin[k] = why }
            }
            for (k, why) in lapses { lastLapse[k] = why }
        }

        // The facilities advance (spec §5).
        var completed: [Int] = []
        for f in 0..<fCount where advance(f, residentInput: residentInput[f], levers: levers[f]) { completed.append(f) }

        // Pass 2: feedback (spec §6) and the week's counts (spec §8), resident by resident.
        var counts = RecordCounts(facilityCount: fCount)
        do {
            struct Feedback { var visible: Double, degraded: Double, responsiveness: Double, skip: Bool, bonus: Bool }
            let fb = (0..<fCount).map { f -> Feedback in
                let st = facilities[f], resp = levers[f].responsiveness
                let deg: Double = st.degraded ? 1 : 0
                return Feedback(visible: st.visibleProgress, degraded: deg, responsiveness: resp,
                                skip: st.visibleProgress == 0 && deg == 0 && resp == 0.5,
                                bonus: completed.contains(f) && st.quality >= 0.6)
            }
            let anyBonus = fb.contains { $0.bonus }
            let age = population.age, tenure = population.tenure, building = population.building
            let identification = population.identification, responsibility = population.responsibility
            let stage = self.stage, joinedAt = self.joinedAt, sustained = self.sustained
            var efficacy = take(&population.efficacy), trust = take(&population.trust)
            var served = SIMD8<Int>(repeating: 0), everServed = served, ever = served
            var active = served, sustainedCount = served, aware = served
            var ageCount = SIMD4<Int>(repeating: 0), ageJoined = ageCount, tenureCount = ageCount, tenureJoined = ageCount
            var sumE = 0.0, sumT = 0.0, sumI = 0.0, sumR = 0.0, joinedAnyCount = 0
            efficacy.withUnsafeMutableBufferPointer { efficacy in
            trust.withUnsafeMutableBufferPointer { trust in
            fb.withUnsafeBufferPointer { fb in
            fw.withUnsafeBufferPointer { fw in
            stage.withUnsafeBufferPointer { stage in
            joinedAt.withUnsafeBufferPointer { joinedAt in
            sustained.withUnsafeBufferPointer { sustained in
            identification.withUnsafeBufferPointer { identification in
            responsibility.withUnsafeBufferPointer { responsibility in
            age.withUnsafeBufferPointer { age in
            tenure.withUnsafeBufferPointer { tenure in
            building.withUnsafeBufferPointer { building in
            for i in 0..<n {
                var eff = efficacy[i], tr = trust[i]
                var joinedAny = false
                for f in 0..<fCount {
                    let k = f * n + i
                    let s = stage[k]
                    if s != .unaware {
                        aware[f] += 1
                        let b = fb[f]
                        if !b.skip {
                            eff = clamp01(eff + 0.01 * (b.visible * (1 - eff) - 2 * b.degraded * eff))
                            let a: Double = s == .active ? 1 : 0
                            tr = clamp01(tr + 0.02 * (b.responsiveness - 0.5) * a + 0.01 * b.visible * (1 - tr) - 0.03 * b.degraded)
                        }
                        if s == .active { active[f] += 1 }
                    }
                    let joined = joinedAt[k] >= 0
                    if Self.serves(fw[f], i, building: building, age: age, tenure: tenure) {
                        served[f] += 1
                        if joined { everServed[f] += 1 }
                    }
                    if joined { ever[f] += 1; joinedAny = true }
                    if sustained[k] { sustainedCount[f] += 1 }
                }
                if anyBonus {
                    for f in 0..<fCount where fb[f].bonus && Self.serves(fw[f], i, building: building, age: age, tenure: tenure) {
                        eff = clamp01(eff + 0.08)
                        tr = clamp01(tr + 0.08)
                    }
                }
                efficacy[i] = eff
                trust[i] = tr
                let a = Int(age[i].rawValue), t = Int(tenure[i].rawValue)
                ageCount[a] += 1; tenureCount[t] += 1
                if joinedAny { ageJoined[a] += 1; tenureJoined[t] += 1; joinedAnyCount += 1 }
                sumE += eff; sumT += tr
                sumI += identification[i]; sumR += responsibility[i]
            }
            }}}}}}}}}}}}
            population.efficacy = efficacy; population.trust = trust
            for f in 0..<fCount {
                (counts.served[f], counts.everServed[f], counts.ever[f]) = (served[f], everServed[f], ever[f])
                (counts.active[f], counts.sustained[f], counts.aware[f]) = (active[f], sustainedCount[f], aware[f])
            }
            counts.ageCount = (0..<3).map { ageCount[$0] }; counts.ageJoined = (0..<3).map { ageJoined[$0] }
            counts.tenureCount = (0..<2).map { tenureCount[$0] }; counts.tenureJoined = (0..<2).map { tenureJoined[$0] }
            (counts.sumE, counts.sumT, counts.sumI, counts.sumR, counts.joinedAny) = (sumE, sumT, sumI, sumR, joinedAnyCount)
        }

        // Social capital (spec §8): ties whose two ends are both active this week.
        do {
            let a = ties.edgeA, b = ties.edgeB
            var strong = 0
            var tieWeeksTogether = take(&self.tieWeeksTogether)
            tieWeeksTogether.withUnsafeMutableBufferPointer { w in
            endMask.withUnsafeBufferPointer { m in
            a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for e in 0..<w.count {
                    var x = w[e]
                    if m[Int(a[e])] != 0 && m[Int(b[e])] != 0 && x < .max { x += 1; w[e] = x }
                    if x >= 4 { strong += 1 }
                }
            }}}}
            counts.strongTies = strong
            self.tieWeeksTogether = tieWeeksTogether
        }
        week += 1
        history.append(record(counts, tally: tally))
    }

    /// `serves` (spec §1) from a facility's precomputed rule.
    @inline(__always)
    private static func serves(_ c: FacilityWeek, _ i: Int, building: UnsafeBufferPointer<Int32>,
                               age: UnsafeBufferPointer<AgeGroup>, tenure: UnsafeBufferPointer<Tenure>) -> Bool {
        switch c.servesKind {
        case 0: true
        case 1: building[i] == c.servesValue
        case 2: Int32(age[i].rawValue) == c.servesValue
        default: Int32(tenure[i].rawValue) == c.servesValue
        }
    }

}

/// Moves an array out of a stored property, leaving it empty, so the caller holds the only
/// reference (and writes without a copy).
@inline(__always)
func take<T>(_ a: inout [T]) -> [T] {
    var r: [T] = []
    swap(&r, &a)
    return r
}
