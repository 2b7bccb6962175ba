import CoprodModel

/// The views of the model that commands return: pure functions of the model, no text.
enum Views {
    static func community(_ m: Model) -> CommunityView {
        let s = m.scenario
        return CommunityView(
            name: s.name, size: s.size, profile: s.profile, seed: s.seed, week: m.week,
            buildings: m.population.buildingCount, ties: m.population.ties.edgeCount,
            namedResidents: s.residentNames.count, facilityCount: s.facilities.count,
            interventionCount: s.interventions.count, outcome: m.outcomes.community, facilities: m.outcomes.facilities)
    }

    /// The order in which a resident's influencing factors are shown.
    static let factorOrder: [ResidentTrait] = [.need, .efficacy, .trust, .attachment, .time, .skill, .digital]

    static func resident(_ m: Model, _ i: Int) -> ResidentView {
        let p = m.population
        let facilities = m.scenario.facilities.enumerated().map { f, spec in
            let k = m.pair(f, i)
            return ResidentView.OnFacility(
                facility: spec.name, stage: m.stage[k], joinedAt: m.joinedAt[k] >= 0 ? Int(m.joinedAt[k]) : nil,
                channel: m.channel[k], incentiveDriven: m.incentiveDriven[k], satisfaction: m.satisfaction[k],
                fatigue: m.fatigue[k], sustained: m.sustained[k], served: m.serves(spec, i))
        }
        return ResidentView(
            number: i + 1, name: m.name(ofResident: i), age: p.age[i], tenure: p.tenure[i],
            building: Int(p.building[i]), floor: m.floor(of: i), activist: !m.activist.isEmpty && m.activist[i],
            degree: p.ties.degree(of: i), factors: factorOrder.map { ($0, p.value($0, of: i)) },
            identification: p.identification[i], responsibility: p.responsibility[i], facilities: facilities)
    }

    static func interventions(_ m: Model, for facility: String? = nil) -> [InterventionView] {
        m.scenario.interventions.filter { intervention in facility.map { intervention.applies(to: $0) } ?? true }
            .map { InterventionView(intervention: $0, active: $0.isActive(at: m.week)) }
    }

    static func facility(_ m: Model, _ f: Int) -> FacilityView {
        let spec = m.scenario.facilities[f]
        var view = FacilityView(
            spec: spec, state: m.facilities[f], outcome: m.outcomes.facilities[f],
            interventions: interventions(m, for: spec.name))
        view.secondStage = m.scenario.parameters.secondStageValues
        view.performativeOn = m.scenario.performative
        view.government = m.scenario.government
        return view
    }

    static func government(_ m: Model) -> GovernmentView {
        let g = m.scenario.government
        let shifted = m.facilities.enumerated().filter { $0.element.role != g.role }
            .map { (facility: m.scenario.facilities[$0.offset].name, role: $0.element.role) }
        return GovernmentView(government: g, shiftedRoles: shifted)
    }

    static func parameters(_ m: Model) -> ParametersView {
        let p = m.scenario.parameters
        return ParametersView(
            rows: Parameters.catalogue.map { ($0.name, p.value(of: $0), $0.range, $0.source) },
            thresholds: m.scenario.thresholds)
    }

    static func typology(_ m: Model, facilities: [Int]) -> TypologyView {
        TypologyView(week: m.week, thresholds: m.scenario.thresholds, classifications: facilities.map(m.classification))
    }

    /// - Throws: ``ModelError/cancelled(residents:)`` when `progress` stops the replay that finds her
    ///   decisions.
    static func explanation(_ m: Model, resident i: Int, facilities: [Int], progress: ReplayProgress? = nil)
        throws(ModelError) -> ExplanationView
    {
        // One replay of the run gives her explanations on every facility.
        let explained = facilities.isEmpty ? [] : try m.explanations(ofResident: i, progress: progress)
        let on = facilities.map { f -> ExplanationView.OnFacility in
            let spec = m.scenario.facilities[f]
            let k = m.pair(f, i)
            var joins: [ExplanationView.Join] = []
            var unaware = false
            let why = explained[f]
            if let j = why.firstJoin {
                joins.append(.init(label: .firstJoined, terms: j))
                if let last = why.lastJoin, last.week != j.week { joins.append(.init(label: .rejoined, terms: last)) }
            } else {
                let now = m.joinTerms(
                    f, i, levers: m.currentLevers(f), activeTies: m.activeTies(f, i), activistTies: m.activistTies(f, i)
                )
                unaware = m.stage[k] == .unaware
                joins.append(.init(label: unaware ? .onceAware : .notJoined, terms: now))
            }
            var on = ExplanationView.OnFacility(
                facility: spec.name, stage: m.stage[k], served: m.serves(spec, i), unaware: unaware, joins: joins,
                lapse: why.lastLapse, vote: why.lastVote, sustained: m.sustained[k],
                sustainWeeks: m.scenario.parameters.sustainWeeks)
            on.performative = m.performativeTerms(f, i)
            on.reach = m.activistReach(f, i)
            let reached = m.stage[k] == .unaware ? 0 : m.activistTies(f, i)
            if reached > 0 {
                let lev = m.currentLevers(f)
                let s2 = m.scenario.parameters.secondStageValues
                on.reachedBy = reached
                if m.stage[k] != .active {
                    on.raisedOutreach = (lev.outreach, s2.activistOutreach, max(lev.outreach, s2.activistOutreach))
                }
                on.raisedEmotion = (lev.emotional, s2.activistEmotion, max(lev.emotional, s2.activistEmotion))
            }
            return on
        }
        return ExplanationView(residentNumber: i + 1, residentName: m.name(ofResident: i), facilities: on)
    }

    /// The community outcomes a plain `compare` shows (when they differ): what the lessons and the
    /// demonstrations talk about — who ever joined, identification and public awareness, social
    /// capital, the gap between groups, the government's work.
    static let keyCommunityOutcomes: Set<String> = [
        "participation", "identification", "responsibility", "socialCapital", "largestGap", "governmentWork",
    ]

    /// The facility outcomes a plain `compare` shows for each facility (when they differ): joining,
    /// staying, the typology's reading and quality.
    static let keyFacilityOutcomes: Set<String> = ["quality", "everJoined", "active", "retention", "autonomy", "type"]

    /// `compare`: the community metrics, then the facility metrics of each facility both runs
    /// have (by name) that differ, at each run's current week — the key outcomes
    /// (``keyCommunityOutcomes``, ``keyFacilityOutcomes``), or with `all` every one; and up to
    /// `limit` resident × facility pairs whose stage or channel differ (the same community in
    /// both, so residents match by index).
    static func comparison(
        _ a: Model, _ nameA: String, _ b: Model, _ nameB: String, limit: Int, all: Bool = true
    ) -> ComparisonView {
        var rows: [ComparisonView.Row] = []
        var equal = 0
        var other = 0
        // Only what differs, and without `all` only the key outcomes: on a projector the rows
        // that matter stand out.
        func add(_ row: ComparisonView.Row, key: Bool) {
            if row.a == row.b {
                equal += 1
            } else if all || key {
                rows.append(row)
            } else {
                other += 1
            }
        }
        for metric in MetricRegistry.community where metric.name != "week" {
            if let x = metric.value(in: a.outcomes), let y = metric.value(in: b.outcomes) {
                add(
                    .init(field: metric.name, metric: metric, a: x, b: y),
                    key: keyCommunityOutcomes.contains(metric.name))
            }
        }
        let shared = a.outcomes.facilities.compactMap { fa in
            b.outcomes.facilities.first { $0.name == fa.name }.map { (fa, $0) }
        }
        for (fa, fb) in shared {
            for metric in MetricRegistry.facility {
                if let x = metric.value(of: fa), let y = metric.value(of: fb) {
                    add(
                        .init(field: "\(fa.name).\(metric.name)", metric: metric, a: x, b: y),
                        key: keyFacilityOutcomes.contains(metric.name))
                }
            }
        }
        var residents: [ComparisonView.ResidentDifference] = []
        var differing = 0
        let n = a.residentCount
        if n == b.residentCount {
            for (fa, fb) in shared {
                guard let f = a.scenario.facilityIndex(fa.name), let g = b.scenario.facilityIndex(fb.name) else {
                    continue
                }
                for i in 0..<n
                where a.stage[f * n + i] != b.stage[g * n + i] || a.channel[f * n + i] != b.channel[g * n + i] {
                    differing += 1
                    if residents.count < limit {
                        residents.append(
                            .init(
                                resident: i + 1, name: a.name(ofResident: i), facility: fa.name,
                                stageA: a.stage[f * n + i], channelA: a.channel[f * n + i],
                                stageB: b.stage[g * n + i], channelB: b.channel[g * n + i]))
                    }
                }
            }
        }
        return ComparisonView(
            a: nameA, b: nameB, weekA: a.week, weekB: b.week, rows: rows, equalLeftOut: equal, otherDiffering: other,
            residents: residents, residentsDiffering: differing)
    }

    /// `compare … over weeks`: `fields` (community metrics, or `F.metric` for a facility both runs
    /// have) at every `every`-th week up to the earlier of the two runs' weeks, and that week.
    static func series(
        _ a: Model, _ nameA: String, _ b: Model, _ nameB: String, fields: [(String, Metric)], every: Int
    ) -> ComparisonSeries {
        let last = min(a.week, b.week)
        var weeks = Array(stride(from: 0, through: last, by: max(1, every)))
        if weeks.last != last { weeks.append(last) }
        func values(_ m: Model, _ w: Int) -> [MetricValue] {
            fields.map { field, metric in
                let record = m.history[w]
                if let dot = field.firstIndex(of: ".") {
                    let name = String(field[..<dot])
                    guard let o = record.facilities.first(where: { $0.name == name }) else { return .week(nil) }
                    return metric.value(of: o) ?? .week(nil)
                }
                return metric.value(in: record) ?? .week(nil)
            }
        }
        return ComparisonSeries(
            a: nameA, b: nameB, fields: fields.map(\.0), weeks: weeks,
            valuesA: weeks.map { values(a, $0) }, valuesB: weeks.map { values(b, $0) })
    }
}
