import CoprodModel

extension Interpreter {
    /// Most steps one `step` or `run` may take (docs/LANGUAGE.md, limits).
    var maxStepsPerRun: Int { options.maxStepsPerCommand }

    /// `step` / `step N`: advances the model and reports what changed on the three levels.
    mutating func step(_ n: NumberLiteral?) throws {
        let count = try n.map { try Values.integer(.number($0), "step", in: 1...Double(maxStepsPerRun)) } ?? 1
        try advance(count, until: nil)
    }

    /// `run N` / `run until COND [max N]`.
    mutating func run(_ spec: RunSpec) throws {
        switch spec {
        case .steps(let n):
            let count = try Values.integer(.number(n), "run", in: 1...Double(maxStepsPerRun))
            try advance(count, until: nil)
        case .until(let condition, let max):
            let cap = try max.map { try Values.integer(.number($0), "max", in: 1...Double(maxStepsPerRun)) } ?? maxStepsPerRun
            // Check the condition compiles before stepping.
            _ = try modelCondition(condition)
            try advance(cap, until: condition)
        }
    }

    /// A model-level condition, re-resolved against the current model each time.
    func modelCondition(_ e: Expression) throws -> (Model) throws -> Bool {
        _ = try ExpressionCompiler { try Fields.model($0, in: state.model) }.condition(e)
        return { model in try ExpressionCompiler { try Fields.model($0, in: model) }.condition(e)(0) }
    }

    private mutating func advance(_ limit: Int, until condition: Expression?) throws {
        guard state.week + limit <= Limits.maxWeek || condition != nil else {
            throw Diagnostic("that would pass week \(Limits.maxWeek), the longest run coprod keeps", at: statementRange,
                             hint: "the model is at week \(state.week)")
        }
        let check = try condition.map { try modelCondition($0) }
        if let check, try check(state.model) {
            emit("already true at week \(state.week); nothing to do")
            return
        }
        let startRecord = state.model.outcomes
        let eventsBefore = state.model.events.count
        var taken = 0, reached = false, stopped = false
        while taken < limit && state.week < Limits.maxWeek {
            if interrupted() { stopped = true; break }
            state.model.step()
            taken += 1
            if let check, try check(state.model) { reached = true; break }
        }
        report(from: startRecord, events: Array(state.model.events[eventsBefore...]))
        if stopped {
            emit("interrupted at week \(state.week) after \(taken) step\(taken == 1 ? "" : "s"); the model is consistent")
        } else if condition != nil && !reached {
            emit(state.week >= Limits.maxWeek
                 ? "condition not reached by week \(Limits.maxWeek), the last week coprod runs"
                 : "condition not reached after \(taken) steps (week \(state.week)); raise the cap with max N")
        }
    }

    /// The step report: what changed between `start` and now, one line per level.
    func report(from start: WeekRecord, events: [ModelEvent]) {
        let end = state.model.outcomes
        let history = state.model.history
        guard end.week > start.week else { return }
        let weeks = history[(start.week + 1)...end.week]
        let names = end.facilities.map(\.name)
        func total(_ key: KeyPath<FacilityOutcome, Int>) -> [Int] {
            names.indices.map { f in weeks.reduce(0) { $0 + (f < $1.facilities.count ? $1.facilities[f][keyPath: key] : 0) } }
        }
        let aware = total(\.newlyAware), auto = total(\.autonomousJoins), mob = total(\.mobilisedJoins), lapses = total(\.lapses)
        let c0 = start.community, c1 = end.community
        emit(end.week - start.week == 1 ? "week \(start.week) → \(end.week)" : "weeks \(start.week) → \(end.week)")
        func perFacility(_ values: [Int]) -> String {
            values.reduce(0, +) == 0 || names.count < 2 ? "" : " (" + zip(names, values).map { "\($0) \($1)" }.joined(separator: ", ") + ")"
        }
        func change(_ label: String, _ a: Double, _ b: Double) -> String { "\(label) \(Format.fixed(a, 3))→\(Format.fixed(b, 3))" }
        let pad = "               "
        emit("  cognitive    +\(aware.reduce(0, +)) aware\(perFacility(aware))")
        emit(pad + change("identification", c0.identification, c1.identification)
             + " · " + change("responsibility", c0.responsibility, c1.responsibility))
        emit(pad + change("efficacy", c0.efficacy, c1.efficacy) + " · " + change("trust", c0.trust, c1.trust))
        let joins = auto.reduce(0, +) + mob.reduce(0, +)
        emit("  behavioural  +\(joins) joined (\(auto.reduce(0, +)) autonomous, \(mob.reduce(0, +)) mobilised), "
             + "\(lapses.reduce(0, +)) lapsed · participation \(Format.percent(c1.participation))")
        if !end.facilities.isEmpty {
            emit(pad + "active: " + end.facilities.map { "\($0.name) \($0.active)" }.joined(separator: ", "))
        }
        if end.facilities.isEmpty {
            emit("  production   no facilities")
        } else {
            emit("  production   " + end.facilities.map { o in
                o.phase == .maintenance
                    ? "\(o.name) maintenance, condition \(Format.fixed(o.condition))"
                    : "\(o.name) \(o.phase) \(Format.percent(o.progress))"
            }.joined(separator: " · "))
        }
        for e in events.suffix(12) { emit("  week \(e.week): " + Self.describe(e)) }
        if events.count > 12 { emit("  … and \(events.count - 12) earlier events") }
    }

    static func describe(_ e: ModelEvent) -> String {
        switch e.kind {
        case .phase(let p): "\(e.facility) enters \(p) (\(p.coProductionStage))"
        case .completed(let q): "\(e.facility) is complete and enters maintenance (quality \(Format.fixed(q)))"
        case .degraded: "\(e.facility) is degraded (condition below 0.30)"
        }
    }
}
