/// One facility's outcome metrics at the end of a week (spec §8).
public struct FacilityOutcome: Hashable, Sendable {
    public var name: String
    public var phase: Phase
    /// Progress through the current phase, `0...1`.
    public var progress: Double
    public var quality: Double
    public var condition: Double
    public var degraded: Bool
    public var completedAt: Int?
    /// Residents the facility serves.
    public var served: Int
    /// Served residents who were ever active on it.
    public var everJoinedServed: Int
    /// All residents who were ever active on it (served or not).
    public var everJoined: Int
    public var active: Int
    /// Residents with sustained behaviour (≥ `sustainWeeks` consecutive active weeks at some point).
    public var sustained: Int
    public var autonomy: Double
    public var type: FacilityType
    public var governmentWork: Double
    /// Counts for the week that ended.
    public var newlyAware: Int
    public var autonomousJoins: Int
    public var mobilisedJoins: Int
    public var lapses: Int
    /// Residents aware of the facility (any stage but unaware).
    public var aware: Int
    /// Entries so far (aware or lapsed → active, first joins and re-joins), and how many came through
    /// the autonomous channel (spec §9).
    public var entries: Int
    public var autonomousEntries: Int
    /// The facility's publicness in force this week, `0...1` (the typology's attribute, spec §9).
    public var publicness: Double

    /// Ever-joined share of served residents, `0...1`.
    public var everJoinedShare: Double { served == 0 ? 0 : Double(everJoinedServed) / Double(served) }
    /// Retention: sustained / ever joined, `0...1` (spec §1).
    public var retention: Double { everJoined == 0 ? 0 : Double(sustained) / Double(everJoined) }
}

/// Community-wide outcome metrics at the end of a week (spec §8).
public struct CommunityOutcome: Hashable, Sendable {
    /// Share of residents ever active on any facility, `0...1`.
    public var participation: Double
    public var efficacy: Double
    public var trust: Double
    public var identification: Double
    /// Mean responsibility (public awareness).
    public var responsibility: Double
    /// Share of ties whose ends were both active in the same week for at least 4 weeks, `0...1`.
    public var socialCapital: Double
    /// Participation by age group (young, middle, older).
    public var participationByAge: [Double]
    /// Participation by tenure (owner, renter).
    public var participationByTenure: [Double]
    /// The largest gap in participation between two age groups or two tenures (equity).
    public var largestGap: Double
    /// Government work units spent on all facilities so far.
    public var governmentWork: Double
    /// Interventions active in the week that starts now (`Intervention.isActive(at: week)`).
    public var activeInterventions: Int
    /// The community's size.
    public var residents: Int
}

/// The state of the outcomes after `week` steps.
public struct WeekRecord: Hashable, Sendable {
    public var week: Int
    public var facilities: [FacilityOutcome]
    public var community: CommunityOutcome
}

extension Model {
    /// Computes this week's outcome metrics (spec §8).
    func record(tally: StepTally) -> WeekRecord {
        let n = population.count
        var outcomes: [FacilityOutcome] = []
        var everAny = [Bool](repeating: false, count: n)
        for f in facilities.indices {
            let spec = scenario.facilities[f], st = facilities[f], base = f * n
            let kind = classification(of: f)
            var served = 0, everServed = 0, ever = 0, active = 0, sust = 0, aware = 0
            for i in 0..<n {
                let k = base + i
                let joined = joinedAt[k] >= 0
                let isServed = serves(spec, i)
                if isServed { served += 1; if joined { everServed += 1 } }
                if joined { ever += 1; everAny[i] = true }
                if stage[k] == .active { active += 1 }
                if stage[k] != .unaware { aware += 1 }
                if sustained[k] { sust += 1 }
            }
            outcomes.append(FacilityOutcome(
                name: spec.name, phase: st.phase, progress: min(1, st.progress), quality: st.quality,
                condition: st.condition, degraded: st.degraded, completedAt: st.completedAt,
                served: served, everJoinedServed: everServed, everJoined: ever, active: active, sustained: sust,
                autonomy: kind.autonomy, type: kind.type, governmentWork: st.governmentWork,
                newlyAware: f < tally.newlyAware.count ? tally.newlyAware[f] : 0,
                autonomousJoins: f < tally.autonomousJoins.count ? tally.autonomousJoins[f] : 0,
                mobilisedJoins: f < tally.mobilisedJoins.count ? tally.mobilisedJoins[f] : 0,
                lapses: f < tally.lapses.count ? tally.lapses[f] : 0, aware: aware,
                entries: st.entries, autonomousEntries: st.autonomousEntries, publicness: spec.publicness))
        }
        var ageCount = [0, 0, 0], ageJoined = [0, 0, 0], tenCount = [0, 0], tenJoined = [0, 0]
        var sumE = 0.0, sumT = 0.0, sumI = 0.0, sumR = 0.0, joinedAny = 0
        for i in 0..<n {
            let a = Int(population.age[i].rawValue), t = Int(population.tenure[i].rawValue)
            ageCount[a] += 1; tenCount[t] += 1
            if everAny[i] { ageJoined[a] += 1; tenJoined[t] += 1; joinedAny += 1 }
            sumE += population.efficacy[i]; sumT += population.trust[i]
            sumI += population.identification[i]; sumR += population.responsibility[i]
        }
        func rates(_ j: [Int], _ c: [Int]) -> [Double] { zip(j, c).map { $1 == 0 ? 0 : Double($0) / Double($1) } }
        let byAge = rates(ageJoined, ageCount), byTenure = rates(tenJoined, tenCount)
        func gap(_ r: [Double], _ c: [Int]) -> Double {
            let present = zip(r, c).filter { $1 > 0 }.map(\.0)
            return (present.max() ?? 0) - (present.min() ?? 0)
        }
        let strongTies = tieWeeksTogether.reduce(0) { $0 + ($1 >= 4 ? 1 : 0) }
        let community = CommunityOutcome(
            participation: Double(joinedAny) / Double(n),
            efficacy: sumE / Double(n), trust: sumT / Double(n),
            identification: sumI / Double(n), responsibility: sumR / Double(n),
            socialCapital: tieWeeksTogether.isEmpty ? 0 : Double(strongTies) / Double(tieWeeksTogether.count),
            participationByAge: byAge, participationByTenure: byTenure,
            largestGap: max(gap(byAge, ageCount), gap(byTenure, tenCount)),
            governmentWork: facilities.reduce(0) { $0 + $1.governmentWork },
            activeInterventions: scenario.interventions.reduce(0) { $0 + ($1.isActive(at: week) ? 1 : 0) },
            residents: n)
        return WeekRecord(week: week, facilities: outcomes, community: community)
    }

    /// The latest outcome record.
    public var outcomes: WeekRecord { history[history.count - 1] }
}
