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
    /// The government's role on the facility this week, `0...1` (spec §7 role-shift).
    public var role: Double = 0.2
    /// The responsiveness in force on the facility this week, `0...1` (spec §7).
    public var responsiveness: Double = 0.5
    /// The consent vote's state at the end of the week (spec §12): votes held, the latest count,
    /// stalled weeks, the week consent was given. Empty unless the facility is `consent civil-code-278`.
    public var vote = VoteState()
    /// Residents' work units contributed this week (spec §5 `E`; §12 satiation lowers it in maintenance).
    public var residentInput = 0.0
    /// Residents performative on it this week (spec §12).
    public var performative = 0
    /// Work units its market partner has put in so far (spec §12).
    public var partnerWork = 0.0
    /// The facility's salience in force this week, `0...1` (spec §1; `facility NAME salience X` changes it).
    public var salience = 0.0
    /// Interventions in force on it this week: those aimed at it and those on all facilities
    /// (`Intervention.isActive(at: week)`, `Intervention.applies(to:)`).
    public var interventions = 0
    /// The facility's Arnstein rung this week (spec §12), a teaching metric.
    public var rung: ArnsteinRung {
        ArnsteinRung(role: role, responsiveness: responsiveness, autonomy: autonomy)
    }

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
    /// The two groups `largestGap` lies between, in the order of their dimension (young, middle,
    /// older; owner, renter); nil while the gap is 0 (no two groups apart, as at week 0).
    public var largestGapBetween: GroupPair? = nil
    /// Government work units spent on all facilities so far.
    public var governmentWork: Double
    /// Interventions active in the week that starts now (`Intervention.isActive(at: week)`).
    public var activeInterventions: Int
    /// The community's size.
    public var residents: Int
    /// Activists active on any facility this week (spec §12).
    public var activeActivists = 0
}

/// A group of residents that participation is compared across (spec §8 equity): an age group or
/// a tenure.
public enum EquityGroup: Hashable, Sendable {
    case age(AgeGroup)
    case tenure(Tenure)
}

/// Two groups of one dimension (two age groups, or the two tenures), in the dimension's order.
public struct GroupPair: Hashable, Sendable {
    public var first: EquityGroup
    public var second: EquityGroup

    public init(_ first: EquityGroup, _ second: EquityGroup) {
        self.first = first
        self.second = second
    }
}

/// The state of the outcomes after `week` steps.
public struct WeekRecord: Hashable, Sendable {
    public var week: Int
    public var facilities: [FacilityOutcome]
    public var community: CommunityOutcome
}

/// The counts and sums a week's record is made of (spec §8), gathered in one pass over the
/// residents by ``Model/record(tally:)`` or by the fused step.
struct RecordCounts {
    var served: [Int], everServed: [Int], ever: [Int], active: [Int], sustained: [Int], aware: [Int]
    var ageCount = [0, 0, 0], ageJoined = [0, 0, 0], tenureCount = [0, 0], tenureJoined = [0, 0]
    /// Sums over residents in index order (the order matters for the last bits).
    var sumE = 0.0, sumT = 0.0, sumI = 0.0, sumR = 0.0
    var joinedAny = 0
    /// Ties active together in at least 4 weeks.
    var strongTies = 0

    init(facilityCount: Int) {
        served = Array(repeating: 0, count: facilityCount)
        everServed = served
        ever = served
        active = served
        sustained = served
        aware = served
    }
}

extension Model {
    /// Computes this week's outcome metrics (spec §8).
    func record(tally: StepTally) -> WeekRecord {
        let n = population.count
        var c = RecordCounts(facilityCount: facilities.count)
        var everAny = [Bool](repeating: false, count: n)
        for f in facilities.indices {
            let spec = scenario.facilities[f]
            let base = f * n
            var served = 0
            var everServed = 0
            var ever = 0
            var active = 0
            var sust = 0
            var aware = 0
            for i in 0..<n {
                let k = base + i
                let joined = joinedAt[k] >= 0
                let isServed = serves(spec, i)
                if isServed {
                    served += 1
                    if joined { everServed += 1 }
                }
                if joined {
                    ever += 1
                    everAny[i] = true
                }
                if stage[k] == .active { active += 1 }
                if stage[k] != .unaware { aware += 1 }
                if sustained[k] { sust += 1 }
            }
            (c.served[f], c.everServed[f], c.ever[f], c.active[f], c.sustained[f], c.aware[f]) = (
                served, everServed, ever, active, sust, aware
            )
        }
        for i in 0..<n {
            let a = Int(population.age[i].rawValue)
            let t = Int(population.tenure[i].rawValue)
            c.ageCount[a] += 1
            c.tenureCount[t] += 1
            if everAny[i] {
                c.ageJoined[a] += 1
                c.tenureJoined[t] += 1
                c.joinedAny += 1
            }
            c.sumE += population.efficacy[i]
            c.sumT += population.trust[i]
            c.sumI += population.identification[i]
            c.sumR += population.responsibility[i]
        }
        let together = UInt16(clamping: scenario.parameters.socialCapitalWeeks)
        c.strongTies = tieWeeksTogether.reduce(0) { $0 + ($1 >= together ? 1 : 0) }
        return record(c, tally: tally)
    }

    /// The record made of the week's counts (spec §8).
    func record(_ c: RecordCounts, tally: StepTally) -> WeekRecord {
        let n = population.count
        var outcomes: [FacilityOutcome] = []
        outcomes.reserveCapacity(facilities.count)
        for f in facilities.indices {
            let spec = scenario.facilities[f]
            let st = facilities[f]
            let kind = classification(of: f)
            outcomes.append(
                FacilityOutcome(
                    name: spec.name, phase: st.phase, progress: min(1, st.progress), quality: st.quality,
                    condition: st.condition, degraded: st.degraded, completedAt: st.completedAt,
                    served: c.served[f], everJoinedServed: c.everServed[f], everJoined: c.ever[f], active: c.active[f],
                    sustained: c.sustained[f], autonomy: kind.autonomy, type: kind.type,
                    governmentWork: st.governmentWork,
                    newlyAware: f < tally.newlyAware.count ? tally.newlyAware[f] : 0,
                    autonomousJoins: f < tally.autonomousJoins.count ? tally.autonomousJoins[f] : 0,
                    mobilisedJoins: f < tally.mobilisedJoins.count ? tally.mobilisedJoins[f] : 0,
                    lapses: f < tally.lapses.count ? tally.lapses[f] : 0, aware: c.aware[f],
                    entries: st.entries, autonomousEntries: st.autonomousEntries, publicness: spec.publicness,
                    role: st.role, responsiveness: st.responsiveness, vote: st.vote,
                    residentInput: st.residentInputThisWeek, performative: st.performative,
                    partnerWork: st.partnerWork, salience: spec.salience,
                    interventions: scenario.interventions.reduce(0) {
                        $0 + ($1.isActive(at: week) && $1.applies(to: spec.name) ? 1 : 0)
                    }))
        }
        func rates(_ j: [Int], _ c: [Int]) -> [Double] { zip(j, c).map { $1 == 0 ? 0 : Double($0) / Double($1) } }
        let byAge = rates(c.ageJoined, c.ageCount)
        let byTenure = rates(c.tenureJoined, c.tenureCount)
        func gap(_ r: [Double], _ c: [Int]) -> Double {
            let present = zip(r, c).filter { $1 > 0 }.map(\.0)
            return (present.max() ?? 0) - (present.min() ?? 0)
        }
        /// The groups (indices) with the lowest and the highest share among those with residents.
        func ends(_ r: [Double], _ c: [Int]) -> (low: Int, high: Int)? {
            let present = r.indices.filter { c[$0] > 0 }
            guard let low = present.min(by: { r[$0] < r[$1] }), let high = present.max(by: { r[$0] < r[$1] }),
                r[high] > r[low]
            else { return nil }
            return (low, high)
        }
        let ageGap = gap(byAge, c.ageCount)
        let tenureGap = gap(byTenure, c.tenureCount)
        var between: GroupPair?
        if ageGap >= tenureGap, let e = ends(byAge, c.ageCount) {
            let (a, b) = (min(e.low, e.high), max(e.low, e.high))
            between = GroupPair(.age(AgeGroup.allCases[a]), .age(AgeGroup.allCases[b]))
        } else if tenureGap > ageGap, let e = ends(byTenure, c.tenureCount) {
            let (a, b) = (min(e.low, e.high), max(e.low, e.high))
            between = GroupPair(.tenure(Tenure.allCases[a]), .tenure(Tenure.allCases[b]))
        }
        var community = CommunityOutcome(
            participation: Double(c.joinedAny) / Double(n),
            efficacy: c.sumE / Double(n), trust: c.sumT / Double(n),
            identification: c.sumI / Double(n), responsibility: c.sumR / Double(n),
            socialCapital: tieWeeksTogether.isEmpty ? 0 : Double(c.strongTies) / Double(tieWeeksTogether.count),
            participationByAge: byAge, participationByTenure: byTenure,
            largestGap: max(ageGap, tenureGap), largestGapBetween: between,
            governmentWork: facilities.reduce(0) { $0 + $1.governmentWork },
            activeInterventions: scenario.interventions.reduce(0) { $0 + ($1.isActive(at: week) ? 1 : 0) },
            residents: n)
        community.activeActivists = activeActivists
        return WeekRecord(week: week, facilities: outcomes, community: community)
    }

    /// The latest outcome record.
    public var outcomes: WeekRecord { history[history.count - 1] }
}
