import CoprodModel

extension Interpreter {
    func residentSummary(_ i: Int) -> String {
        let p = state.model.population
        return "\(p.age[i]) \(p.tenure[i]), building \(p.building[i]), "
            + ["need", "efficacy", "trust", "attachment", "time", "skill", "digital"].map { name in
                "\(name) \(Format.fixed(p.value(ResidentTrait(rawValue: name)!, of: i)))"
            }.joined(separator: ", ")
    }

    func facilitySummary(_ s: FacilitySpec) -> String {
        "publicness \(Format.literal(s.publicness)), salience \(Format.literal(s.salience)), "
            + "complexity \(Format.literal(s.complexity)), cost \(Format.literal(s.cost)), "
            + "visibility \(Format.literal(s.visibility)), serves \(s.serves), initiator \(s.initiator.rawValue)"
    }

    func interventionSummary(_ iv: Intervention) -> String {
        let window = iv.end.map { "weeks \(iv.start)–\($0)" } ?? "from week \(iv.start)"
        return "\(iv.kind.rawValue) on \(iv.target ?? "all"), strength \(Format.fixed(iv.strength)), \(window)"
            + " — \(iv.kind.strategyName)"
    }

    mutating func show(_ target: ShowTarget) throws {
        switch target {
        case .community: showCommunity()
        case .resident(let ref): showResident(try residentIndex(ref))
        case .facility(let id): showFacility(try facilityIndex(id))
        case .entity(let id):
            if let f = state.model.scenario.facilityIndex(id.name) { showFacility(f) }
            else if let i = state.model.scenario.residentNames[id.name] { showResident(i) }
            else {
                let candidates = ["community", "interventions", "government", "parameters", "resident", "facility"]
                    + state.model.scenario.facilities.map(\.name) + state.model.scenario.residentNames.keys.sorted()
                throw Fields.unknown(id, candidates: candidates, what: "thing to show")
            }
        case .interventions: showInterventions()
        case .government:
            let g = state.model.scenario.government
            emit("government (the regular producer)")
            emit("  role \(Format.fixed(g.role)) (0 director … 1 enabler), budget \(Format.literal(g.budget)) work units a week per facility, responsiveness \(Format.fixed(g.responsiveness))")
            for (f, st) in state.model.facilities.enumerated() where st.role != g.role {
                emit("  role on \(state.model.scenario.facilities[f].name) is now \(Format.fixed(st.role)) (role transformation)")
            }
        case .parameters:
            let p = state.model.scenario.parameters
            emit("parameters (set NAME VALUE)")
            for line in Format.table(Parameters.catalogue.map { e in
                [e.name, Format.literal(p.value(of: e)), "\(Format.literal(e.range.lowerBound))…\(Format.literal(e.range.upperBound))", e.source]
            }) { emit(line) }
            let t = state.model.scenario.thresholds
            emit("  typology.autonomy \(Format.literal(t.autonomy)), typology.publicness \(Format.literal(t.publicness))")
        }
    }

    private func showCommunity() {
        let m = state.model, s = m.scenario, c = m.outcomes.community
        emit("community \"\(s.name)\" — \(s.size) residents, profile \(s.profile.rawValue), seed \(s.seed), week \(m.week)")
        emit("  \(m.population.buildingCount) buildings, \(m.population.ties.edgeCount) ties, \(s.residentNames.count) named residents, \(s.facilities.count) facilities, \(s.interventions.count) interventions")
        emit("  participation \(Format.percent(c.participation)) · efficacy \(Format.fixed(c.efficacy)) · trust \(Format.fixed(c.trust)) · identification \(Format.fixed(c.identification)) · responsibility \(Format.fixed(c.responsibility)) · social capital \(Format.fixed(c.socialCapital))")
        let ages = zip(AgeGroup.allCases, c.participationByAge).map { "\($0) \(Format.percent($1))" }
        let tenures = zip(Tenure.allCases, c.participationByTenure).map { "\($0) \(Format.percent($1))" }
        emit("  participation by age: " + ages.joined(separator: ", ") + "; by tenure: " + tenures.joined(separator: ", ")
             + "; largest gap \(Format.percent(c.largestGap))")
        if !m.outcomes.facilities.isEmpty {
            emit("  facilities:")
            for line in Format.table(m.outcomes.facilities.map(facilityRow), indent: "    ") { emit(line) }
        }
    }

    private func facilityRow(_ o: FacilityOutcome) -> [String] {
        [o.name, o.phase.description, o.phase == .maintenance ? "condition \(Format.fixed(o.condition))" : "progress \(Format.percent(o.progress))",
         "joined \(Format.percent(o.everJoinedShare))", "active \(o.active)", "type \(o.type.rawValue)"]
    }

    private func showResident(_ i: Int) {
        let m = state.model, p = m.population
        let name = m.name(ofResident: i).map { "\($0) (resident \(i + 1))" } ?? "resident \(i + 1)"
        emit("\(name): \(p.age[i]) \(p.tenure[i]), building \(p.building[i]), \(p.ties.degree(of: i)) ties")
        emit("  influencing factors: " + ["need", "efficacy", "trust", "attachment", "time", "skill", "digital"].map {
            "\($0) \(Format.fixed(p.value(ResidentTrait(rawValue: $0)!, of: i)))"
        }.joined(separator: ", "))
        emit("  cognitive: identification \(Format.fixed(p.identification[i])), responsibility \(Format.fixed(p.responsibility[i]))")
        for (f, spec) in m.scenario.facilities.enumerated() {
            let k = m.pair(f, i)
            var line = "  \(spec.name): \(m.stage[k])"
            if m.joinedAt[k] >= 0 {
                line += ", joined week \(m.joinedAt[k]) (\(m.channel[k])\(m.incentiveDriven[k] ? ", incentive-driven" : ""))"
                line += ", satisfaction \(Format.fixed(m.satisfaction[k])), fatigue \(Format.fixed(m.fatigue[k]))"
                if m.sustained[k] { line += ", sustained" }
            }
            if !m.serves(spec, i) { line += " (not served)" }
            emit(line)
        }
    }

    private func showFacility(_ f: Int) {
        let m = state.model, spec = m.scenario.facilities[f], st = m.facilities[f], o = m.outcomes.facilities[f]
        emit("facility \(spec.name): " + facilitySummary(spec))
        var phase = "  \(o.phase) (\(o.phase.coProductionStage))"
        phase += o.phase == .maintenance ? ", condition \(Format.fixed(o.condition))" : ", progress \(Format.percent(o.progress))"
        phase += ", quality \(Format.fixed(o.quality))" + (o.phase <= .design ? " (projected)" : "")
        if let done = o.completedAt { phase += ", completed week \(done)" }
        if o.degraded { phase += ", DEGRADED" }
        emit(phase)
        let outside = o.everJoined - o.everJoinedServed
        emit("  served \(o.served) · aware \(o.aware) · ever joined: \(o.everJoinedServed) of \(o.served) served (\(Format.percent(o.everJoinedShare)))"
             + (outside > 0 ? " and \(outside) not served" : ""))
        emit("  active \(o.active) · sustained \(o.sustained) · retention \(Format.fixed(o.retention)) (sustained / all who ever joined)")
        emit("  entries \(st.entries) (\(st.autonomousEntries) autonomous) · autonomy \(Format.fixed(o.autonomy)) · type \(o.type.rawValue) \(o.type.title)")
        emit("  work: government \(Format.fixed(st.governmentWork, 1)), residents \(Format.fixed(st.residentWork, 1)) · role \(Format.fixed(st.role)) · co-design coverage \(Format.percent(st.coverage))")
        let ivs = m.scenario.interventions.filter { $0.applies(to: spec.name) }
        for iv in ivs { emit("  intervention \(iv.id)\(iv.isActive(at: m.week) ? "" : " (inactive)"): " + interventionSummary(iv)) }
    }

    private func showInterventions() {
        let ivs = state.model.scenario.interventions
        if ivs.isEmpty { emit("no interventions (add one: intervene outreach on shed strength 0.8)"); return }
        for iv in ivs {
            emit("\(iv.id). " + interventionSummary(iv) + (iv.isActive(at: state.week) ? " [active]" : ""))
        }
    }

    /// `typology [NAME]`: each facility's type with the numbers behind it (spec §9).
    func typology(_ name: Identifier?) throws {
        let m = state.model
        let indices = try name.map { [try facilityIndex($0)] } ?? Array(m.facilities.indices)
        let t = m.scenario.thresholds
        emit("typology at week \(m.week): participation method (autonomy ≥ \(Format.fixed(t.autonomy)) → self-organised) × attribute (publicness ≥ \(Format.fixed(t.publicness)) → commons)")
        if indices.isEmpty { emit("  no facilities"); return }
        for f in indices {
            let c = m.classification(of: f)
            emit("  \(c.facility): type \(c.type.rawValue) — \(c.type.title)")
            emit("    method: \(c.autonomousEntries) of \(c.entries) entries autonomous, autonomy \(Format.fixed(c.autonomy)) "
                 + (c.selfOrganised ? "≥" : "<") + " \(Format.fixed(t.autonomy)) → " + (c.selfOrganised ? "self-organised" : "mobilised")
                 + (c.entries == 0 ? " (no entries yet)" : ""))
            emit("    attribute: publicness \(Format.fixed(c.publicness)) " + (c.commons ? "≥" : "<")
                 + " \(Format.fixed(t.publicness)) → " + (c.commons ? "commons" : "livelihood"))
        }
    }

    /// `explain REF [NAME]`: the terms of a resident's joining and lapsing, and what tipped each.
    func explain(_ ref: ResidentRef, facility: Identifier?) throws {
        let i = try residentIndex(ref)
        let m = state.model
        let indices = try facility.map { [try facilityIndex($0)] } ?? Array(m.facilities.indices)
        let name = m.name(ofResident: i).map { "\($0) (resident \(i + 1))" } ?? "resident \(i + 1)"
        if indices.isEmpty { emit("\(name): there are no facilities to take part in"); return }
        for f in indices {
            let spec = m.scenario.facilities[f], k = m.pair(f, i)
            emit("\(name) on \(spec.name): \(m.stage[k])" + (m.serves(spec, i) ? "" : " (not served)"))
            if let j = m.firstJoin[k] {
                explainJoin(j, label: "first joined (initial behaviour)")
                if let last = m.lastJoin[k], last.week != j.week { explainJoin(last, label: "re-joined") }
            } else {
                let now = m.joinTerms(f, i, levers: m.currentLevers(f), activeTies: m.activeTies(f, i))
                if m.stage[k] == .unaware {
                    emit("  has not heard of \(spec.name) yet (awareness comes from publicity, a platform, active ties, or earlier participation)")
                    explainJoin(now, label: "once aware, this week's terms would be")
                } else {
                    explainJoin(now, label: "has not joined; this week's terms")
                }
            }
            if let l = m.lastLapse[k] {
                emit("  lapsed at week \(l.week): probability of staying \(Format.fixed(l.pStay, 3))")
                for line in Format.table(l.pulls.map { [$0.term, Format.signed($0.pull)] }, indent: "    ") { emit(line) }
                emit("    tipped by: \(l.decisiveTerm)")
            }
            if m.sustained[k] { emit("  sustained behaviour: active \(m.scenario.parameters.sustainWeeks)+ weeks in a row") }
        }
    }

    private func explainJoin(_ j: JoinExplanation, label: String) {
        emit("  \(label)\(j.channel == .none ? "" : " at week \(j.week)")\(j.reentry ? " (re-entry: probability ÷ 5)" : ""):")
        let values = [j.attitude, j.norm, j.control, j.identification, j.responsibility]
        let rows = zip(j.pulls, zip(values, j.weights)).map { pull, vw in
            [pull.term, Format.fixed(vw.0, 3), "weight \(Format.fixed(vw.1, 3))", "pull \(Format.signed(pull.pull))"]
        }
        for line in Format.table(rows, indent: "    ") { emit(line) }
        emit("    utility U \(Format.fixed(j.utility, 3)) → pAuto \(Format.fixed(j.pAuto, 4)); pMob \(Format.fixed(j.pMob, 4)) (outreach \(Format.fixed(j.outreachTerm, 4)), incentive \(Format.fixed(j.incentiveTerm, 4)))")
        if j.channel != .none {
            emit("    joined with probability \(Format.fixed(j.probability, 4)) through the \(j.channel) channel"
                 + (j.incentiveDriven ? ", driven by the incentive" : ""))
            emit("    tipped by: \(j.decisiveTerm)")
        } else {
            emit("    weekly probability of joining \(Format.fixed(j.probability, 4)); strongest pull: \(j.pulls.max { $0.pull < $1.pull }!.term), weakest: \(j.pulls.min { $0.pull < $1.pull }!.term)")
        }
    }
}
