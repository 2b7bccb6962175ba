import Foundation

/// The per-facility numbers of one week that the fused step reads for every resident, computed once
/// per facility with the same operations (and in the same order) as the reference processes.
struct FacilityWeek {
    /// The facility's draw index (``FacilityState/drawIndex``): its coordinate in the week's draws.
    var drawIndex: Int
    // Who is served (spec §1): 0 all, 1 building, 2 age, 3 tenure; `servesValue` the building
    // number or raw value.
    var servesKind: UInt8
    var servesValue: Int32
    // Cognitive process (spec §3).
    var emotional: Double
    /// `(1 − min(1, a0·vet))·(1 − aInfo·info)` for vet = 1 and vet = 1 + veteranAwareness.
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
    /// `fatigueGain·effort`.
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
    var canFuse: Bool {
        facilities.count <= 8 && population.ties.maxDegree <= Int(UInt16.max) && !scenario.usesSecondStageRules
    }

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
        explanationCache = ExplanationCache()
        let n = population.count
        let fCount = facilities.count
        let p = scenario.parameters
        // Per-facility numbers of the week.
        var fw: [FacilityWeek] = []
        fw.reserveCapacity(fCount)
        let aInfoTerm = { (lev: Levers) in 1 - p.aInfo * lev.information }
        for f in 0..<fCount {
            let spec = scenario.facilities[f]
            let st = facilities[f]
            let lev = levers[f]
            let (kind, value): (UInt8, Int32) =
                switch spec.serves {
                case .all: (0, 0)
                case .building(let b): (1, Int32(truncatingIfNeeded: b))
                case .age(let a): (2, Int32(a.rawValue))
                case .tenure(let t): (3, Int32(t.rawValue))
                }
            let info = aInfoTerm(lev)
            fw.append(
                FacilityWeek(
                    drawIndex: st.drawIndex, servesKind: kind, servesValue: value, emotional: lev.emotional,
                    awarenessBase: (1 - min(1, p.a0 * 1.0)) * info,
                    awarenessBaseVeteran: (1 - min(1, p.a0 * (1 + p.veteranAwareness))) * info,
                    digitalAwareness: p.aDig * lev.platform, publicVisible: spec.publicness * st.visibleProgress,
                    salience: spec.salience, halfPublicness: p.nonServedBenefit * spec.publicness,
                    complexity: spec.complexity, demand: lev.demand(in: st.phase, p), platformEase: lev.platformEase,
                    platform: lev.platform,
                    outreach: lev.outreach, role: st.role, incentive: lev.incentive,
                    responsiveVisible: lev.responsiveness * st.visibleProgress, effort: p.effort(st.phase),
                    fatigueEffort: p.fatigueGain * p.effort(st.phase),
                    residentsPlan: spec.initiator == .residents && st.phase == .planning,
                    skillWeight: p.skillWeight(st.phase), roleBoost: 1 + p.roleResidentBoost * st.role,
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
        var stage = take(&self.stage)
        var channel = take(&self.channel)
        var incentiveDriven = take(&self.incentiveDriven)
        var joinedAt = take(&self.joinedAt)
        var activeRun = take(&self.activeRun)
        var sustained = take(&self.sustained)
        var satisfaction = take(&self.satisfaction)
        var fatigue = take(&self.fatigue)
        var veteran = take(&self.veteran)
        var identification = take(&population.identification)
        var responsibility = take(&population.responsibility)
        let weekNow = week
        let passThreads = stepThreads ?? Population.buildThreads(n)

        // Activity at the start of the step: bit f of byte i set when resident i is active on f.
        var startMask = [UInt8](repeating: 0, count: n)
        // After pass 1, per resident: bit f set when active on f (`endMask`), aware of f
        // (`awareMask`), ever joined f (`joinedMask`); filled from the stage slices after pass 1.
        var endMask = [UInt8](repeating: 0, count: n)
        var awareMask = [UInt8](repeating: 0, count: n)
        var joinedMask = [UInt8](repeating: 0, count: n)
        // Bit f of a partner's byte as 16-bit lanes: facilities 0–3 in `spreadLow`, 4–7 in `spreadHigh`.
        var spreadLow = [UInt64](repeating: 0, count: 256)
        var spreadHigh = spreadLow
        for m in 0..<256 {
            for f in 0..<4 where m & (1 << f) != 0 { spreadLow[m] |= 1 << (16 * UInt64(f)) }
            for f in 4..<8 where m & (1 << f) != 0 { spreadHigh[m] |= 1 << (16 * UInt64(f - 4)) }
        }
        var sumI = 0.0
        var sumR = 0.0
        // Stage raw values: unaware 0, aware 1, active 2, lapsed 3 (so "ever joined" is ≥ 2).
        stage.withUnsafeBytes { st in
            startMask.withUnsafeMutableBytes {
                Model.stageBits(st, n: n, facilities: fCount, into: $0, StageBits.active)
            }
        }

        // With at most 3 facilities and degrees below 256, the tie activity of every resident is
        // counted by scattering from the residents active at the start (usually a small share)
        // into 8-bit lanes — facility f in bits 8f…8f+7, "active on any" in bits 24…31 — instead
        // of gathering every partner's byte in pass 1. Ties are symmetric and never repeated, so
        // the counts are the same integers either way.
        let scatter = fCount <= 3 && ties.maxDegree < 256
        let tieCounts = UnsafeMutablePointer<UInt32>.allocate(capacity: scatter ? n : 1)
        tieCounts.initialize(repeating: 0, count: scatter ? n : 1)
        defer { tieCounts.deallocate() }
        if scatter {
            var spread = [UInt32](repeating: 0, count: 8)
            for m in 1..<8 {
                spread[m] = 1 << 24
                for f in 0..<3 where m & (1 << f) != 0 { spread[m] |= 1 << (8 * UInt32(f)) }
            }
            startMask.withUnsafeBufferPointer { m in
                ties.offsets.withUnsafeBufferPointer { offsets in
                    ties.neighbours.withUnsafeBufferPointer { neighbours in
                        for j in 0..<n where m[j] != 0 {
                            let add = spread[Int(m[j])]
                            for s in Int(offsets[j])..<Int(offsets[j + 1]) { tieCounts[Int(neighbours[s])] &+= add }
                        }
                    }
                }
            }
        }

        // Per-facility counters of the pass, in one scratch block (8 slots per counter).
        let counters = UnsafeMutablePointer<Int>.allocate(capacity: 8 * 6)
        counters.initialize(repeating: 0, count: 8 * 6)
        defer { counters.deallocate() }
        let entries = counters
        let autonomousEntries = counters + 8
        let newlyAware = counters + 16
        let autonomousJoins = counters + 24
        let mobilisedJoins = counters + 32
        let lapseCount = counters + 40
        let residentInput = UnsafeMutablePointer<Double>.allocate(capacity: 8)
        residentInput.initialize(repeating: 0, count: 8)
        defer { residentInput.deallocate() }
        let covered = UnsafeMutablePointer<UInt8>.allocate(capacity: 8)
        covered.initialize(repeating: 0, count: 8)
        defer { covered.deallocate() }
        for f in 0..<fCount { covered[f] = facilities[f].coveredCells }
        var joins: [(Int, JoinExplanation)] = []
        var lapses: [(Int, LapseExplanation)] = []
        let records = !recordedPairs.isEmpty
        let recordFrom = recordedPairs.lowerBound
        let recordTo = recordedPairs.upperBound
        let recordResident = recordedResident
        let weights = [p.wA, p.wS, p.wC, p.wI, p.wR]

        // Pass 1: cognitive, behavioural and the residents' production input, resident by resident.
        do {
            let need = population.need
            let attachment = population.attachment
            let time = population.time
            let skill = population.skill
            let digital = population.digital
            let efficacy = population.efficacy
            let trust = population.trust
            let age = population.age
            let tenure = population.tenure
            let building = population.building
            let offsets = ties.offsets
            let neighbours = ties.neighbours
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
                                                            spreadLow.withUnsafeBufferPointer { spreadLow in
                                                                spreadHigh.withUnsafeBufferPointer {
                                                                    spreadHigh in
                                                                    fw.withUnsafeBufferPointer { fw in
                                                                        need.withUnsafeBufferPointer { need in
                                                                            attachment.withUnsafeBufferPointer {
                                                                                attachment in
                                                                                time.withUnsafeBufferPointer {
                                                                                    time in
                                                                                    skill
                                                                                        .withUnsafeBufferPointer {
                                                                                            skill in
                                                                                            digital
                                                                                                .withUnsafeBufferPointer
                                                                                            { digital in
                                                                                                efficacy
                                                                                                    .withUnsafeBufferPointer
                                                                                                { efficacy in
                                                                                                    trust
                                                                                                        .withUnsafeBufferPointer
                                                                                                    { trust in
                                                                                                        age
                                                                                                            .withUnsafeBufferPointer
                                                                                                        { age in
                                                                                                            tenure
                                                                                                                .withUnsafeBufferPointer
                                                                                                            {
                                                                                                                tenure
                                                                                                                in
                                                                                                                building
                                                                                                                    .withUnsafeBufferPointer
                                                                                                                {
                                                                                                                    building
                                                                                                                    in
                                                                                                                    offsets
                                                                                                                        .withUnsafeBufferPointer
                                                                                                                    {
                                                                                                                        offsets
                                                                                                                        in
                                                                                                                        neighbours
                                                                                                                            .withUnsafeBufferPointer
                                                                                                                        {
                                                                                                                            neighbours
                                                                                                                            in
                                                                                                                            socialTable
                                                                                                                                .withUnsafeBufferPointer
                                                                                                                            {
                                                                                                                                socialTable
                                                                                                                                in
                                                                                                                                FusedPass1(
                                                                                                                                    stage:
                                                                                                                                        stage,
                                                                                                                                    channel:
                                                                                                                                        channel,
                                                                                                                                    incentiveDriven:
                                                                                                                                        incentiveDriven,
                                                                                                                                    joinedAt:
                                                                                                                                        joinedAt,
                                                                                                                                    activeRun:
                                                                                                                                        activeRun,
                                                                                                                                    sustained:
                                                                                                                                        sustained,
                                                                                                                                    satisfaction:
                                                                                                                                        satisfaction,
                                                                                                                                    fatigue:
                                                                                                                                        fatigue,
                                                                                                                                    identification:
                                                                                                                                        identification,
                                                                                                                                    responsibility:
                                                                                                                                        responsibility,
                                                                                                                                    veteran:
                                                                                                                                        veteran,
                                                                                                                                    startMask:
                                                                                                                                        startMask,
                                                                                                                                    tieCounts:
                                                                                                                                        tieCounts,
                                                                                                                                    scatter:
                                                                                                                                        scatter,
                                                                                                                                    spreadLow:
                                                                                                                                        spreadLow,
                                                                                                                                    spreadHigh:
                                                                                                                                        spreadHigh,
                                                                                                                                    fw:
                                                                                                                                        fw,
                                                                                                                                    need:
                                                                                                                                        need,
                                                                                                                                    attachment:
                                                                                                                                        attachment,
                                                                                                                                    time:
                                                                                                                                        time,
                                                                                                                                    skill:
                                                                                                                                        skill,
                                                                                                                                    digital:
                                                                                                                                        digital,
                                                                                                                                    efficacy:
                                                                                                                                        efficacy,
                                                                                                                                    trust:
                                                                                                                                        trust,
                                                                                                                                    age:
                                                                                                                                        age,
                                                                                                                                    tenure:
                                                                                                                                        tenure,
                                                                                                                                    building:
                                                                                                                                        building,
                                                                                                                                    offsets:
                                                                                                                                        offsets,
                                                                                                                                    neighbours:
                                                                                                                                        neighbours,
                                                                                                                                    socialTable:
                                                                                                                                        socialTable,
                                                                                                                                    n:
                                                                                                                                        n,
                                                                                                                                    fCount:
                                                                                                                                        fCount,
                                                                                                                                    p:
                                                                                                                                        p,
                                                                                                                                    weightSum:
                                                                                                                                        weightSum,
                                                                                                                                    anyEmotional:
                                                                                                                                        anyEmotional,
                                                                                                                                    awareDraws:
                                                                                                                                        awareDraws,
                                                                                                                                    joinDraws:
                                                                                                                                        joinDraws,
                                                                                                                                    channelDraws:
                                                                                                                                        channelDraws,
                                                                                                                                    stayDraws:
                                                                                                                                        stayDraws,
                                                                                                                                    sustainWeeks:
                                                                                                                                        sustainWeeks,
                                                                                                                                    currentWeek:
                                                                                                                                        currentWeek,
                                                                                                                                    weekNow:
                                                                                                                                        weekNow,
                                                                                                                                    records:
                                                                                                                                        records,
                                                                                                                                    recordFrom:
                                                                                                                                        recordFrom,
                                                                                                                                    recordTo:
                                                                                                                                        recordTo,
                                                                                                                                    recordResident:
                                                                                                                                        recordResident,
                                                                                                                                    weights:
                                                                                                                                        weights,
                                                                                                                                    entries:
                                                                                                                                        entries,
                                                                                                                                    autonomousEntries:
                                                                                                                                        autonomousEntries,
                                                                                                                                    newlyAware:
                                                                                                                                        newlyAware,
                                                                                                                                    autonomousJoins:
                                                                                                                                        autonomousJoins,
                                                                                                                                    mobilisedJoins:
                                                                                                                                        mobilisedJoins,
                                                                                                                                    lapseCount:
                                                                                                                                        lapseCount,
                                                                                                                                    residentInput:
                                                                                                                                        residentInput,
                                                                                                                                    covered:
                                                                                                                                        covered
                                                                                                                                )
                                                                                                                                .runAll(
                                                                                                                                    threads:
                                                                                                                                        passThreads,
                                                                                                                                    sumI:
                                                                                                                                        &sumI,
                                                                                                                                    sumR:
                                                                                                                                        &sumR,
                                                                                                                                    joins:
                                                                                                                                        &joins,
                                                                                                                                    lapses:
                                                                                                                                        &lapses
                                                                                                                                )
                                                                                                                            }
                                                                                                                        }
                                                                                                                    }
                                                                                                                }
                                                                                                            }
                                                                                                        }
                                                                                                    }
                                                                                                }
                                                                                            }
                                                                                        }
                                                                                }
                                                                            }
                                                                        }
                                                                    }
                                                                }
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        // Who is active, aware and ever joined after pass 1, from the stage slices eight residents
        // at a time (ever joined: active or lapsed; a resident leaves `aware` only by joining).
        stage.withUnsafeBytes { st in
            endMask.withUnsafeMutableBytes { Model.stageBits(st, n: n, facilities: fCount, into: $0, StageBits.active) }
            awareMask.withUnsafeMutableBytes {
                Model.stageBits(st, n: n, facilities: fCount, into: $0, StageBits.aware)
            }
            joinedMask.withUnsafeMutableBytes {
                Model.stageBits(st, n: n, facilities: fCount, into: $0, StageBits.joined)
            }
        }
        self.stage = stage
        self.channel = channel
        self.incentiveDriven = incentiveDriven
        self.joinedAt = joinedAt
        self.activeRun = activeRun
        self.sustained = sustained
        self.satisfaction = satisfaction
        self.fatigue = fatigue
        self.veteran = veteran
        population.identification = identification
        population.responsibility = responsibility
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
            for (k, why) in joins { storedRecords.noteJoin(k, why) }
            for (k, why) in lapses { storedRecords.lastLapse[k] = why }
        }

        // The facilities advance (spec §5).
        var completed: [Int] = []
        for f in 0..<fCount where advance(f, residentInput: residentInput[f], levers: levers[f]) { completed.append(f) }

        // Pass 2: feedback (spec §6) and the sums of the week's record (spec §8).
        var counts = RecordCounts(facilityCount: fCount)
        do {
            var nonSkip: UInt8 = 0
            var bonusBits: UInt8 = 0
            var visible = [Double](repeating: 0, count: fCount)
            var degraded = visible
            var responsiveness = visible
            for f in 0..<fCount {
                let st = facilities[f]
                let resp = levers[f].responsiveness
                let deg: Double = st.degraded ? 1 : 0
                (visible[f], degraded[f], responsiveness[f]) = (st.visibleProgress, deg, resp)
                if !(st.visibleProgress == 0 && deg == 0 && resp == p.responsivenessNeutral) {
                    nonSkip |= 1 << UInt8(f)
                }
                if completed.contains(f) && st.quality >= p.completionQuality { bonusBits |= 1 << UInt8(f) }
            }
            let age = population.age
            let tenure = population.tenure
            let building = population.building
            let feedbackEfficacy = p.feedbackEfficacy
            let degradedEfficacy = p.degradedEfficacy
            let trustResponsiveness = p.trustResponsiveness
            let responsivenessNeutral = p.responsivenessNeutral
            let feedbackTrust = p.feedbackTrust
            let degradedTrust = p.degradedTrust
            let completionBonus = p.completionBonus
            var efficacy = take(&population.efficacy)
            var trust = take(&population.trust)
            // Residents (slot 2·age + tenure) and those who ever joined (8 + 2·age + tenure), one
            // add each per resident without a branch; summed per age and per tenure afterwards.
            let cells = UnsafeMutablePointer<Int>.allocate(capacity: 16)
            cells.initialize(repeating: 0, count: 16)
            defer { cells.deallocate() }
            var sumE = 0.0
            var sumT = 0.0
            var joinedAnyCount = 0
            efficacy.withUnsafeMutableBufferPointer { efficacy in
                trust.withUnsafeMutableBufferPointer { trust in
                    endMask.withUnsafeBufferPointer { endMask in
                        awareMask.withUnsafeBufferPointer { awareMask in
                            joinedMask.withUnsafeBufferPointer { joinedMask in
                                visible.withUnsafeBufferPointer { visible in
                                    degraded.withUnsafeBufferPointer { degraded in
                                        responsiveness.withUnsafeBufferPointer { responsiveness in
                                            age.withUnsafeBufferPointer { age in
                                                tenure.withUnsafeBufferPointer { tenure in
                                                    building.withUnsafeBufferPointer { building in
                                                        fw.withUnsafeBufferPointer { fw in
                                                            for i in 0..<n {
                                                                var eff = efficacy[i]
                                                                var tr = trust[i]
                                                                var update = awareMask[i] & nonSkip
                                                                var bonus: UInt8 = 0
                                                                if bonusBits != 0 {
                                                                    for f in 0..<fCount
                                                                    where bonusBits & (1 << UInt8(f)) != 0
                                                                        && Model.serves(
                                                                            fw[f].servesKind, fw[f].servesValue, i,
                                                                            building: building, age: age, tenure: tenure
                                                                        )
                                                                    {
                                                                        bonus |= 1 << UInt8(f)
                                                                    }
                                                                }
                                                                if update | bonus != 0 {
                                                                    let activeBits = endMask[i]
                                                                    while update != 0 {
                                                                        let f = Int(update.trailingZeroBitCount)
                                                                        update &= update &- 1
                                                                        let vp = visible[f]
                                                                        let deg = degraded[f]
                                                                        eff = clamp01(
                                                                            eff + feedbackEfficacy
                                                                                * (vp * (1 - eff) - degradedEfficacy
                                                                                    * deg
                                                                                    * eff))
                                                                        let a: Double =
                                                                            activeBits & (1 << UInt8(f)) != 0 ? 1 : 0
                                                                        tr = clamp01(
                                                                            tr + trustResponsiveness
                                                                                * (responsiveness[f]
                                                                                    - responsivenessNeutral)
                                                                                * a + feedbackTrust * vp * (1 - tr)
                                                                                - degradedTrust * deg)
                                                                    }
                                                                    var b = bonus
                                                                    while b != 0 {
                                                                        b &= b &- 1
                                                                        eff = clamp01(eff + completionBonus)
                                                                        tr = clamp01(tr + completionBonus)
                                                                    }
                                                                    efficacy[i] = eff
                                                                    trust[i] = tr
                                                                }
                                                                let cell =
                                                                    2 * Int(age[i].rawValue) + Int(tenure[i].rawValue)
                                                                let joined = joinedMask[i] != 0 ? 1 : 0
                                                                cells[cell] &+= 1
                                                                cells[8 + cell] &+= joined
                                                                joinedAnyCount &+= joined
                                                                sumE += eff
                                                                sumT += tr
                                                            }
                                                        }
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            population.efficacy = efficacy
            population.trust = trust
            counts.ageCount = (0..<3).map { cells[2 * $0] + cells[2 * $0 + 1] }
            counts.ageJoined = (0..<3).map { cells[8 + 2 * $0] + cells[8 + 2 * $0 + 1] }
            counts.tenureCount = (0..<2).map { t in (0..<3).reduce(0) { $0 + cells[2 * $1 + t] } }
            counts.tenureJoined = (0..<2).map { t in (0..<3).reduce(0) { $0 + cells[8 + 2 * $1 + t] } }
            (counts.sumE, counts.sumT, counts.sumI, counts.sumR, counts.joinedAny) = (
                sumE, sumT, sumI, sumR, joinedAnyCount
            )
            // Per-facility counts, one contiguous slice of each array at a time, on the raw bytes
            // (branch-free loops the compiler vectorises).
            stage.withUnsafeBytes { stage in
                sustained.withUnsafeBytes { sustained in
                    building.withUnsafeBufferPointer { building in
                        age.withUnsafeBytes { age in
                            tenure.withUnsafeBytes { tenure in
                                let activeRaw = Stage.active.rawValue
                                let joinedRaw = Stage.active.rawValue
                                for f in 0..<fCount {
                                    let base = f * n
                                    // Eight residents at a time, in 8-bit lanes emptied every 255 words.
                                    var active = 0
                                    var aware = 0
                                    var ever = 0
                                    var sust = 0
                                    let words = n / 8
                                    var w = 0
                                    while w < words {
                                        let end = min(words, w + 255)
                                        var la: UInt64 = 0
                                        var lw: UInt64 = 0
                                        var le: UInt64 = 0
                                        var ls: UInt64 = 0
                                        while w < end {
                                            let v = stage.loadUnaligned(fromByteOffset: base + 8 * w, as: UInt64.self)
                                            la &+= StageBits.active(v)
                                            lw &+= StageBits.aware(v)
                                            le &+= StageBits.joined(v)
                                            ls &+= sustained.loadUnaligned(
                                                fromByteOffset: base + 8 * w, as: UInt64.self)
                                            w += 1
                                        }
                                        active &+= Model.laneSum(la)
                                        aware &+= Model.laneSum(lw)
                                        ever &+= Model.laneSum(le)
                                        sust &+= Model.laneSum(ls)
                                    }
                                    for i in (base + 8 * words)..<(base + n) {
                                        let s = stage[i]
                                        active &+= s == activeRaw ? 1 : 0
                                        aware &+= s != 0 ? 1 : 0
                                        ever &+= s >= joinedRaw ? 1 : 0
                                        sust &+= Int(sustained[i])
                                    }
                                    var served = n
                                    var everServed = ever
                                    let kind = fw[f].servesKind
                                    let value = fw[f].servesValue
                                    // One loop per rule, so that none tests the rule per resident.
                                    @inline(__always) func countServed(_ hit: (Int) -> Bool) {
                                        served = 0
                                        everServed = 0
                                        for i in 0..<n {
                                            let h = hit(i)
                                            served &+= h ? 1 : 0
                                            everServed &+= h && stage[base + i] >= joinedRaw ? 1 : 0
                                        }
                                    }
                                    switch kind {
                                    case 0: break
                                    case 1: countServed { building[$0] == value }
                                    case 2: countServed { Int32(age[$0]) == value }
                                    default: countServed { Int32(tenure[$0]) == value }
                                    }
                                    (counts.active[f], counts.aware[f], counts.ever[f]) = (active, aware, ever)
                                    (counts.sustained[f], counts.served[f], counts.everServed[f]) = (
                                        sust, served, everServed
                                    )
                                }
                            }
                        }
                    }
                }
            }
        }

        // Social capital (spec §8): ties whose two ends are both active this week.
        do {
            var strong = 0
            let together = UInt16(clamping: p.socialCapitalWeeks)
            var weeks = take(&self.tieWeeksTogether)
            let ownStart = ties.ownStart
            let edgeOffset = ties.edgeOffset
            let offsets = ties.offsets
            let neighbours = ties.neighbours
            weeks.withUnsafeMutableBufferPointer { w in
                endMask.withUnsafeBufferPointer { m in
                    ownStart.withUnsafeBufferPointer { ownStart in
                        edgeOffset.withUnsafeBufferPointer { edgeOffset in
                            offsets.withUnsafeBufferPointer { offsets in
                                neighbours.withUnsafeBufferPointer { neighbours in
                                    // Edge order: resident i's own ties, contiguous in her row (see `SocialTies`); only
                                    // the ties of residents active this week can count.
                                    for i in 0..<n where m[i] != 0 {
                                        let first = Int(edgeOffset[i])
                                        let count = Int(edgeOffset[i + 1]) - first
                                        let start = Int(offsets[i]) + Int(ownStart[i])
                                        for t in 0..<count
                                        where m[Int(neighbours[start + t])] != 0 && w[first + t] < .max {
                                            w[first + t] += 1
                                        }
                                    }
                                    strong = Model.countAtLeast(together, in: UnsafeBufferPointer(w))
                                }
                            }
                        }
                    }
                }
            }
            counts.strongTies = strong
            self.tieWeeksTogether = weeks
        }
        week += 1
        history.append(record(counts, tally: tally))
    }

    /// For every resident i, bit f of `out[i]` is set when `select` keeps bit 0 of her stage byte
    /// on facility f. `select` works on eight stage bytes at once (one per resident, raw values
    /// 0…3) and must leave only bit 0 of each byte, 0 or 1: see ``StageBits``. `out` starts at 0.
    @inline(__always)
    static func stageBits(
        _ stage: UnsafeRawBufferPointer, n: Int, facilities: Int, into out: UnsafeMutableRawBufferPointer,
        _ select: (UInt64) -> UInt64
    ) {
        let words = n / 8
        for f in 0..<facilities {
            let base = f * n
            for w in 0..<words {
                let v = stage.loadUnaligned(fromByteOffset: base + 8 * w, as: UInt64.self)
                let old = out.loadUnaligned(fromByteOffset: 8 * w, as: UInt64.self)
                out.storeBytes(of: old | select(v) << UInt64(f), toByteOffset: 8 * w, as: UInt64.self)
            }
            for i in (8 * words)..<n {
                out[i] |= UInt8(truncatingIfNeeded: select(UInt64(stage[base + i])) << UInt64(f))
            }
        }
    }

    /// The sum of the eight bytes of `x`.
    @inline(__always)
    static func laneSum(_ x: UInt64) -> Int {
        let pairs = (x & 0x00FF_00FF_00FF_00FF) &+ ((x >> 8) & 0x00FF_00FF_00FF_00FF)
        return Int((pairs &* 0x0001_0001_0001_0001) >> 48)
    }

    /// The number of values in `w` that are at least `threshold`, four 16-bit lanes at a time
    /// when `threshold` is at most 2¹⁵: a lane's top bit counts as at least the threshold, and
    /// for its low 15 bits `((low | 2¹⁵) − threshold)` keeps the top bit exactly when low ≥
    /// threshold (and borrows from no other lane).
    static func countAtLeast(_ threshold: UInt16, in w: UnsafeBufferPointer<UInt16>) -> Int {
        guard threshold <= 0x8000, let base = w.baseAddress else {
            var c = 0
            for x in w { c &+= x >= threshold ? 1 : 0 }
            return c
        }
        let raw = UnsafeRawPointer(base)
        let quads = w.count / 4
        let top: UInt64 = 0x8000_8000_8000_8000
        let t = UInt64(threshold) &* 0x0001_0001_0001_0001
        var c = 0
        for q in 0..<quads {
            let x = raw.loadUnaligned(fromByteOffset: 8 * q, as: UInt64.self)
            let low = x & ~top
            c &+= (((low | top) &- t) & top | x & top).nonzeroBitCount
        }
        for k in (4 * quads)..<w.count { c &+= w[k] >= threshold ? 1 : 0 }
        return c
    }

    /// `serves` (spec §1) from a facility's precomputed rule.
    @inline(__always)
    static func serves(
        _ kind: UInt8, _ value: Int32, _ i: Int, building: UnsafeBufferPointer<Int32>,
        age: UnsafeBufferPointer<AgeGroup>, tenure: UnsafeBufferPointer<Tenure>
    ) -> Bool {
        switch kind {
        case 0: true
        case 1: building[i] == value
        case 2: Int32(age[i].rawValue) == value
        default: Int32(tenure[i].rawValue) == value
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

/// Pass 1 of the fused step over its buffers: a plain function of plain values, so the optimiser
/// keeps every pointer in a register (closures nested thirty deep defeat it).
///
/// `@unchecked Sendable`: on several threads (``runAll(threads:sumI:sumR:joins:lapses:)``) each
/// thread writes only the slots of its own residents and its own counters.
struct FusedPass1: @unchecked Sendable {
    // The buffers (named as the arrays they view) and the week's constants; see `fusedStep`.
    let stage: UnsafeMutableBufferPointer<Stage>
    let channel: UnsafeMutableBufferPointer<Channel>
    let incentiveDriven: UnsafeMutableBufferPointer<Bool>
    let joinedAt: UnsafeMutableBufferPointer<Int32>
    let activeRun: UnsafeMutableBufferPointer<UInt16>
    let sustained: UnsafeMutableBufferPointer<Bool>
    let satisfaction: UnsafeMutableBufferPointer<Double>
    let fatigue: UnsafeMutableBufferPointer<Double>
    let identification: UnsafeMutableBufferPointer<Double>
    let responsibility: UnsafeMutableBufferPointer<Double>
    let veteran: UnsafeMutableBufferPointer<Bool>
    let startMask: UnsafeBufferPointer<UInt8>
    /// Per resident, her partners active at the start in 8-bit lanes (see `fusedStep`), when `scatter`.
    let tieCounts: UnsafeMutablePointer<UInt32>
    let scatter: Bool
    let spreadLow: UnsafeBufferPointer<UInt64>
    let spreadHigh: UnsafeBufferPointer<UInt64>
    let fw: UnsafeBufferPointer<FacilityWeek>
    let need: UnsafeBufferPointer<Double>
    let attachment: UnsafeBufferPointer<Double>
    let time: UnsafeBufferPointer<Double>
    let skill: UnsafeBufferPointer<Double>
    let digital: UnsafeBufferPointer<Double>
    let efficacy: UnsafeBufferPointer<Double>
    let trust: UnsafeBufferPointer<Double>
    let age: UnsafeBufferPointer<AgeGroup>
    let tenure: UnsafeBufferPointer<Tenure>
    let building: UnsafeBufferPointer<Int32>
    let offsets: UnsafeBufferPointer<Int32>
    let neighbours: UnsafeBufferPointer<Int32>
    let socialTable: UnsafeBufferPointer<Double>
    let n: Int
    let fCount: Int
    let p: Parameters
    let weightSum: Double
    let anyEmotional: Bool
    let awareDraws: StepDraws
    let joinDraws: StepDraws
    let channelDraws: StepDraws
    let stayDraws: StepDraws
    let sustainWeeks: Int32
    let currentWeek: Int32
    let weekNow: Int
    let records: Bool
    let recordFrom: Int
    let recordTo: Int
    let recordResident: Int
    let weights: [Double]
    var entries: UnsafeMutablePointer<Int>
    var autonomousEntries: UnsafeMutablePointer<Int>
    var newlyAware: UnsafeMutablePointer<Int>
    var autonomousJoins: UnsafeMutablePointer<Int>
    var mobilisedJoins: UnsafeMutablePointer<Int>
    var lapseCount: UnsafeMutablePointer<Int>
    var residentInput: UnsafeMutablePointer<Double>
    var covered: UnsafeMutablePointer<UInt8>

    /// Runs pass 1 for every resident as ``run(_:sumI:sumR:joins:lapses:)`` does for all of them,
    /// on `threads` threads, each taking one contiguous range of residents with counters of its
    /// own. The result does not depend on `threads`: every decision reads only start-of-step
    /// state and the resident's own earlier updates; the integer counters are added and the
    /// covered cells or-ed afterwards; the explanations are joined in range order (so in index
    /// order); and the sums of identification, responsibility and each facility's production
    /// input, which would round differently as partial sums, are taken afterwards over the
    /// residents in index order, with the same operations as in the pass.
    func runAll(
        threads: Int, sumI: inout Double, sumR: inout Double, joins: inout [(Int, JoinExplanation)],
        lapses: inout [(Int, LapseExplanation)]
    ) {
        let t = max(1, min(threads, n))
        if t == 1 {
            run(0..<n, sumI: &sumI, sumR: &sumR, joins: &joins, lapses: &lapses)
            return
        }
        let scratch = Pass1Scratch(threads: t)
        defer { scratch.deallocate() }
        let parts = ParallelMap.map(t) { k -> ([(Int, JoinExplanation)], [(Int, LapseExplanation)]) in
            var pass = self
            let c = scratch.counters + 48 * k
            (pass.entries, pass.autonomousEntries, pass.newlyAware) = (c, c + 8, c + 16)
            (pass.autonomousJoins, pass.mobilisedJoins, pass.lapseCount) = (c + 24, c + 32, c + 40)
            pass.residentInput = scratch.inputs + 8 * k
            pass.covered = scratch.covered + 8 * k
            var (ignoredI, ignoredR) = (0.0, 0.0)
            var j: [(Int, JoinExplanation)] = []
            var l: [(Int, LapseExplanation)] = []
            pass.run(n * k / t..<n * (k + 1) / t, sumI: &ignoredI, sumR: &ignoredR, joins: &j, lapses: &l)
            return (j, l)
        }
        for k in 0..<t {
            let c = scratch.counters + 48 * k
            for f in 0..<fCount {
                entries[f] += c[f]
                autonomousEntries[f] += c[8 + f]
                newlyAware[f] += c[16 + f]
                autonomousJoins[f] += c[24 + f]
                mobilisedJoins[f] += c[32 + f]
                lapseCount[f] += c[40 + f]
                covered[f] |= scratch.covered[8 * k + f]
            }
            joins += parts[k].0
            lapses += parts[k].1
        }
        var (localSumI, localSumR) = (0.0, 0.0)
        for i in 0..<n {
            localSumI += identification[i]
            localSumR += responsibility[i]
        }
        (sumI, sumR) = (localSumI, localSumR)
        for f in 0..<fCount {
            let c = fw[f]
            let sk = c.skillWeight
            let base = f * n
            for i in 0..<n where stage[base + i] == .active {
                residentInput[f] += time[i] * (sk * skill[i] + 1 - sk) * c.roleBoost
            }
        }
    }

    /// Runs pass 1 for the residents of `range` in index order; the explanations of joins and
    /// lapses go to `joins` and `lapses` when `records`, and the sums of identification and
    /// responsibility (in index order) to `sumI` and `sumR`.
    @inline(never)
    func run(
        _ range: Range<Int>, sumI: inout Double, sumR: inout Double, joins: inout [(Int, JoinExplanation)],
        lapses: inout [(Int, LapseExplanation)]
    ) {
        // The usual three facilities get a copy of the loop of their own, in which the loops over
        // facilities have a known length (the compiler unrolls them): the same operations in
        // the same order as for any other count.
        if fCount == 3 {
            runFacilities(3, range, sumI: &sumI, sumR: &sumR, joins: &joins, lapses: &lapses)
        } else {
            runFacilities(fCount, range, sumI: &sumI, sumR: &sumR, joins: &joins, lapses: &lapses)
        }
    }

    /// The loop of ``run(_:sumI:sumR:joins:lapses:)`` for `fCount` facilities.
    @inline(__always)
    func runFacilities(
        _ fCount: Int, _ range: Range<Int>, sumI: inout Double, sumR: inout Double,
        joins: inout [(Int, JoinExplanation)], lapses: inout [(Int, LapseExplanation)]
    ) {
        let stage = self.stage
        let channel = self.channel
        let incentiveDriven = self.incentiveDriven
        let joinedAt = self.joinedAt
        let activeRun = self.activeRun
        let sustained = self.sustained
        let satisfaction = self.satisfaction
        let fatigue = self.fatigue
        let identification = self.identification
        let responsibility = self.responsibility
        let veteran = self.veteran
        let startMask = self.startMask
        let tieCounts = self.tieCounts
        let scatter = self.scatter
        let spreadLow = self.spreadLow
        let spreadHigh = self.spreadHigh
        let fw = self.fw
        let need = self.need
        let attachment = self.attachment
        let time = self.time
        let skill = self.skill
        let digital = self.digital
        let efficacy = self.efficacy
        let trust = self.trust
        let age = self.age
        let tenure = self.tenure
        let building = self.building
        let offsets = self.offsets
        let neighbours = self.neighbours
        let socialTable = self.socialTable
        let n = self.n
        let p = self.p
        let weightSum = self.weightSum
        let anyEmotional = self.anyEmotional
        let awareDraws = self.awareDraws
        let joinDraws = self.joinDraws
        let channelDraws = self.channelDraws
        let stayDraws = self.stayDraws
        let sustainWeeks = self.sustainWeeks
        let currentWeek = self.currentWeek
        let weekNow = self.weekNow
        let records = self.records
        let recordFrom = self.recordFrom
        let recordTo = self.recordTo
        let recordResident = self.recordResident
        let weights = self.weights
        let entries = self.entries
        let autonomousEntries = self.autonomousEntries
        let newlyAware = self.newlyAware
        let autonomousJoins = self.autonomousJoins
        let mobilisedJoins = self.mobilisedJoins
        let lapseCount = self.lapseCount
        let residentInput = self.residentInput
        let covered = self.covered
        // The constants of the rules, hoisted out of the loop (spec §3, §4, §7).
        let emotionBase = p.emotionFactor(tieActive: false)
        let emotionFull = p.emotionFactor(tieActive: true)
        let identificationGain = p.identificationGain
        let identificationRelax = p.identificationRelax
        let responsibilityGain = p.responsibilityGain
        let responsibilityRelax = p.responsibilityRelax
        let responsibilityRest = p.responsibilityRest
        let drivenActive = 1 - p.crowdingOut * 1
        let emotionInSatisfaction = p.emotionInSatisfaction
        let satisfactionKeep = p.satisfactionKeep
        let satisfactionGain = p.satisfactionGain
        let fatigueRecovery = p.fatigueRecovery
        var localSumI = 0.0
        var localSumR = 0.0
        for i in range {
            // Tie activity at the start of the step: partners active on any facility, and on
            // each facility as 16-bit lanes (no branch on a partner's activity).
            let lo = Int(offsets[i])
            let hi = Int(offsets[i + 1])
            let degree = hi - lo
            var anyCount = 0
            var lanesLow: UInt64 = 0
            var lanesHigh: UInt64 = 0
            if scatter {
                let c = UInt64(tieCounts[i])
                anyCount = Int(c >> 24)
                lanesLow = (c & 0xFF) | (c & 0xFF00) << 8 | (c & 0xFF_0000) << 16
            } else if fCount <= 4 {
                for s in lo..<hi {
                    let m = Int(startMask[Int(neighbours[s])])
                    anyCount &+= m != 0 ? 1 : 0
                    lanesLow &+= spreadLow[m]
                }
            } else {
                for s in lo..<hi {
                    let m = Int(startMask[Int(neighbours[s])])
                    anyCount &+= m != 0 ? 1 : 0
                    lanesLow &+= spreadLow[m]
                    lanesHigh &+= spreadHigh[m]
                }
            }
            let own = startMask[i]
            let solidary = own != 0 && degree > 0 ? Double(anyCount) / Double(degree) : 0

            // Cognitive process (spec §3): identification and responsibility.
            let attach = attachment[i]
            var emotionalMax = 0.0
            if anyEmotional {
                for f in 0..<fCount where fw[f].emotional > 0 {
                    let tiesOn =
                        f < 4 ? (lanesLow >> (16 * UInt64(f))) & 0xFFFF : (lanesHigh >> (16 * UInt64(f - 4))) & 0xFFFF
                    let e =
                        stage[f * n + i] != .unaware ? fw[f].emotional * (tiesOn > 0 ? emotionFull : emotionBase) : 0
                    emotionalMax = max(emotionalMax, e)
                }
            }
            var ident = identification[i]
            ident +=
                identificationGain * (emotionalMax + solidary) * (1 - ident) - identificationRelax * (ident - attach)
            ident = clamp01(ident)
            identification[i] = ident
            var resp = responsibility[i]
            for f in 0..<fCount {
                var active = 0.0
                if own & (1 << UInt8(f)) != 0 { active = incentiveDriven[f * n + i] ? drivenActive : 1 }
                let push = active + fw[f].publicVisible
                resp +=
                    responsibilityGain * push * (1 - resp) - responsibilityRelax * (resp - responsibilityRest * attach)
            }
            resp = clamp01(resp)
            responsibility[i] = resp
            localSumI += ident
            localSumR += resp

            // Per facility: awareness (it reads `veteran` as the step found it), the
            // behavioural process, then her production input.
            let veteranAtStart = veteran[i]
            for f in 0..<fCount {
                let k = f * n + i
                // `fw` holds `fCount` facilities and f < fCount here, so it is not empty and its base
                // address is not nil; a checked unwrap in this innermost per-resident, per-facility
                // loop would add a branch to the hottest path of the step.
                // swift-format-ignore: NeverForceUnwrap
                let c = fw.baseAddress! + f
                var s = stage[k]
                let tiesOn = Int(
                    f < 4 ? (lanesLow >> (16 * UInt64(f))) & 0xFFFF : (lanesHigh >> (16 * UInt64(f - 4))) & 0xFFFF)
                if s == .unaware {
                    let dig = 1 - c.pointee.digitalAwareness * digital[i]
                    let prob =
                        1 - (veteranAtStart ? c.pointee.awarenessBaseVeteran : c.pointee.awarenessBase) * dig
                        * socialTable[tiesOn]
                    if awareDraws.uniform(c.pointee.drawIndex, i) < prob {
                        s = .aware
                        stage[k] = .aware
                        newlyAware[f] += 1
                    }
                }
                if s == .aware || s == .lapsed {
                    let reentry = s == .lapsed
                    let u = joinDraws.uniform(c.pointee.drawIndex, i)
                    let bound = JoinDecision.probabilityBound(
                        platform: c.pointee.platform, digital: digital[i], outreach: c.pointee.outreach,
                        trust: trust[i],
                        role: c.pointee.role, incentive: c.pointee.incentive, reentry: reentry, p: p)
                    if u < bound {
                        let served = Model.serves(
                            c.pointee.servesKind, c.pointee.servesValue, i, building: building, age: age, tenure: tenure
                        )
                        let d = JoinDecision(
                            need: need[i], salience: c.pointee.salience, benefit: served ? 1 : c.pointee.halfPublicness,
                            degree: degree, activeTies: tiesOn, complexity: c.pointee.complexity, skill: skill[i],
                            demand: c.pointee.demand, platformEase: c.pointee.platformEase, digital: digital[i],
                            efficacy: efficacy[i], time: time[i], identification: ident, responsibility: resp,
                            p: p, weightSum: weightSum, platform: c.pointee.platform, outreach: c.pointee.outreach,
                            trust: trust[i], role: c.pointee.role, incentive: c.pointee.incentive, reentry: reentry)
                        if u < d.probability {
                            let autonomous =
                                c.pointee.residentsPlan
                                || channelDraws.uniform(c.pointee.drawIndex, i) * (d.pAuto + d.pMob) < d.pAuto
                            let driven = !autonomous && d.incentiveTerm > d.outreachTerm
                            s = .active
                            stage[k] = .active
                            channel[k] = autonomous ? .autonomous : .mobilised
                            incentiveDriven[k] = driven
                            activeRun[k] = 1
                            if joinedAt[k] < 0 { joinedAt[k] = currentWeek }
                            veteran[i] = true
                            entries[f] += 1
                            if autonomous {
                                autonomousEntries[f] += 1
                                autonomousJoins[f] += 1
                            } else {
                                mobilisedJoins[f] += 1
                            }
                            if records && k >= recordFrom && k < recordTo && (recordResident < 0 || recordResident == i)
                            {
                                joins.append(
                                    (
                                        k,
                                        JoinExplanation(
                                            week: weekNow, reentry: reentry, attitude: d.attitude, norm: d.norm,
                                            control: d.control,
                                            identification: ident, responsibility: resp, utility: d.utility,
                                            pAuto: d.pAuto,
                                            pMob: d.pMob, outreachTerm: d.outreachTerm, incentiveTerm: d.incentiveTerm,
                                            probability: d.probability, channel: autonomous ? .autonomous : .mobilised,
                                            incentiveDriven: driven, weights: weights,
                                            onlineTerm: d.onlineTerm, reentryDivisor: 1 / p.reentryShare,
                                            joinRate: p.autonomousJoinRate, joinSteepness: p.joinSteepness,
                                            joinThreshold: p.joinThreshold)
                                    ))
                            }
                        }
                    }
                } else if s == .active {
                    let emo =
                        c.pointee.emotional > 0 ? c.pointee.emotional * (tiesOn > 0 ? emotionFull : emotionBase) : 0
                    let gain = clamp01(
                        c.pointee.responsiveVisible + solidary + emotionInSatisfaction * emo - c.pointee.effort
                            * (1 - time[i]))
                    let sat = satisfactionKeep * satisfaction[k] + satisfactionGain * gain
                    let fat = clamp01(fatigue[k] + c.pointee.fatigueEffort - fatigueRecovery)
                    satisfaction[k] = sat
                    fatigue[k] = fat
                    let incentive = incentiveDriven[k] ? c.pointee.incentive : 0
                    let pStay = StayDecision.probability(
                        satisfaction: sat, identification: ident, responsibility: resp, solidary: solidary,
                        fatigue: fat, incentive: incentive, p)
                    if stayDraws.uniform(c.pointee.drawIndex, i) < pStay {
                        let run = activeRun[k] == .max ? activeRun[k] : activeRun[k] + 1
                        activeRun[k] = run
                        if Int32(run) >= sustainWeeks { sustained[k] = true }
                    } else {
                        s = .lapsed
                        stage[k] = .lapsed
                        activeRun[k] = 0
                        lapseCount[f] += 1
                        if records && k >= recordFrom && k < recordTo && (recordResident < 0 || recordResident == i) {
                            lapses.append(
                                (
                                    k,
                                    LapseExplanation(
                                        week: weekNow, satisfaction: sat, identification: ident, responsibility: resp,
                                        solidary: solidary, fatigue: fat, incentive: incentive, pStay: pStay,
                                        parameters: p)
                                ))
                        }
                    }
                }
                if s == .active {
                    if sustainWeeks <= 1 { sustained[k] = true }
                    let sk = c.pointee.skillWeight
                    residentInput[f] += time[i] * (sk * skill[i] + 1 - sk) * c.pointee.roleBoost
                    if c.pointee.codesign
                        && Model.serves(
                            c.pointee.servesKind, c.pointee.servesValue, i, building: building, age: age, tenure: tenure
                        )
                    {
                        covered[f] |= 1 << UInt8(demographicCell(age[i], tenure[i]))
                    }
                }
            }
        }
        sumI = localSumI
        sumR = localSumR
    }
}

/// Selections of stage bytes for ``Model/stageBits(_:n:facilities:into:_:)``, eight at a time:
/// in each byte (unaware 0, aware 1, active 2 = 0b10, lapsed 3 = 0b11) they leave 1 in bit 0
/// when the stage is of the kind, else 0. `>> 1` moves a byte's bit 1 to its bit 0 (the bit it
/// takes from the next byte lands in bit 7, which the mask clears).
enum StageBits {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    /// Active: bit 1 set, bit 0 clear.
    static func active(_ v: UInt64) -> UInt64 { (v >> 1) & ~v & ones }
    /// Aware, active or lapsed: not 0.
    static func aware(_ v: UInt64) -> UInt64 { (v | v >> 1) & ones }
    /// Ever joined (active or lapsed): bit 1 set.
    static func joined(_ v: UInt64) -> UInt64 { (v >> 1) & ones }
}

/// Per-thread counters of pass 1 (``FusedPass1/runAll(threads:sumI:sumR:joins:lapses:)``):
/// for thread k, six counters of 8 facilities at `counters + 48·k` (as `fusedStep` lays them
/// out), production inputs at `inputs + 8·k` and covered cells at `covered + 8·k`, all zero.
private struct Pass1Scratch: @unchecked Sendable {
    let counters: UnsafeMutablePointer<Int>
    let inputs: UnsafeMutablePointer<Double>
    let covered: UnsafeMutablePointer<UInt8>
    init(threads: Int) {
        counters = .allocate(capacity: 48 * threads)
        counters.initialize(repeating: 0, count: 48 * threads)
        inputs = .allocate(capacity: 8 * threads)
        inputs.initialize(repeating: 0, count: 8 * threads)
        covered = .allocate(capacity: 8 * threads)
        covered.initialize(repeating: 0, count: 8 * threads)
    }
    func deallocate() {
        counters.deallocate()
        inputs.deallocate()
        covered.deallocate()
    }
}
