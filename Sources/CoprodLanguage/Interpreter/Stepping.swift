import CoprodModel

extension Interpreter {
    /// Most steps one `step` or `run` may take (docs/LANGUAGE.md, limits).
    var maxStepsPerRun: Int { options.maxStepsPerCommand }

    /// `step` / `step N`: advances the model and reports what changed on the three levels.
    mutating func step(_ n: NumberLiteral?) throws(Diagnostic) {
        let count =
            try n.map { (n) throws(Diagnostic) in try Values.integer(.number(n), "step", in: 1...Double(maxStepsPerRun))
            } ?? 1
        try advance(count, until: nil)
    }

    /// `run N` / `run until COND [max N]`.
    mutating func run(_ spec: RunSpec) throws(Diagnostic) {
        switch spec {
        case .steps(let n):
            let count = try Values.integer(.number(n), "run", in: 1...Double(maxStepsPerRun))
            try advance(count, until: nil)
        case .until(let condition, let max):
            let cap =
                try max.map { (n) throws(Diagnostic) in
                    try Values.integer(.number(n), "max", in: 1...Double(maxStepsPerRun))
                } ?? maxStepsPerRun
            // Check the condition compiles before stepping, and that it can still hold (unless it
            // holds already: then there is nothing to run, as `advance` says).
            let check = try modelCondition(condition)
            if try !check(state.model), let never = NeverHolds.reason(condition, in: state.model) {
                throw never
            }
            try advance(cap, until: condition)
        }
    }

    /// A model-level condition, re-resolved against the current model each time.
    func modelCondition(_ e: Expression) throws(Diagnostic) -> (Model) throws(Diagnostic) -> Bool {
        let model = state.model
        _ = try ExpressionCompiler { (ref) throws(Diagnostic) in try Fields.model(ref, in: model) }.condition(e)
        return { (model) throws(Diagnostic) in
            try ExpressionCompiler { (ref) throws(Diagnostic) in try Fields.model(ref, in: model) }.condition(e)(0)
        }
    }

    /// Steps `weeks` weeks (0 does nothing) with the step report, as `run N` does.
    mutating func advance(_ weeks: Int) throws(Diagnostic) {
        guard weeks > 0 else { return }
        try advance(weeks, until: nil)
    }

    private mutating func advance(_ limit: Int, until condition: Expression?) throws(Diagnostic) {
        guard state.week + limit <= Limits.maxWeek || condition != nil else {
            throw Diagnostic(
                .wouldPassLastWeek(limit: Limits.maxWeek), at: statementRange, hint: .modelIsAtWeek(state.week))
        }
        let check = try condition.map { (c) throws(Diagnostic) in try modelCondition(c) }
        if let check, try check(state.model) {
            emit(.note(.alreadyTrue(week: state.week)))
            return
        }
        let startRecord = state.model.outcomes
        let eventsBefore = state.model.events.count
        var taken = 0
        var reached = false
        var stopped = false
        while taken < limit && state.week < Limits.maxWeek {
            if interrupted() {
                stopped = true
                break
            }
            state.model.step()
            taken += 1
            if let check, try check(state.model) {
                reached = true
                break
            }
        }
        report(from: startRecord, events: Array(state.model.events[eventsBefore...]))
        if stopped {
            emit(.note(.interrupted(week: state.week, steps: taken)))
        } else if condition != nil && !reached {
            emit(
                .note(
                    state.week >= Limits.maxWeek
                        ? .conditionNotReachedByLastWeek(limit: Limits.maxWeek)
                        : .conditionNotReached(steps: taken, week: state.week)))
        }
    }

    /// The step report: what changed between `start` and now, one line per level.
    func report(from start: WeekRecord, events: [ModelEvent]) {
        let end = state.model.outcomes
        guard end.week > start.week else { return }
        let weeks = state.model.history[(start.week + 1)...end.week]
        let names = end.facilities.map(\.name)
        func total(_ key: KeyPath<FacilityOutcome, Int>) -> [Int] {
            names.indices.map { f in
                weeks.reduce(0) { $0 + (f < $1.facilities.count ? $1.facilities[f][keyPath: key] : 0) }
            }
        }
        emit(
            .step(
                StepReport(
                    from: start, to: end, facilityNames: names, newlyAware: total(\.newlyAware),
                    autonomousJoins: total(\.autonomousJoins), mobilisedJoins: total(\.mobilisedJoins),
                    lapses: total(\.lapses),
                    events: Array(events.suffix(12)), eventsLeftOut: max(0, events.count - 12))))
        if let watched = sparklines() { emit(watched) }
    }
}
