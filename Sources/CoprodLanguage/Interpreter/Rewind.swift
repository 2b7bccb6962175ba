import CoprodModel

extension Interpreter {
    /// Moves the current run to `week`: forward by stepping (as `run` does, with its report), or
    /// back by rebuilding the run from its source of truth — its week-0 scenario and the changes
    /// made up to and including `week` — so that running forward again gives, byte for byte, the
    /// state the run had. Changes made after `week` are dropped (`undo` brings them back).
    mutating func move(to week: Int, at range: SourceRange) throws(Diagnostic) {
        if week >= state.week {
            try advance(week - state.week)
            return
        }
        let kept = state.changes.filter { $0.week <= week }
        let dropped = state.changes.count - kept.count
        let run = state.workspace.run.name
        do {
            state.model = try Model.replay(
                state.seeds.apply(to: state.scenario), changes: kept, to: week, progress: replayProgress(run: run))
        } catch { throw replayFailure(error, run: run, week: week, at: statementRange) }
        state.changes = kept
        emit(.note(.rewound(week: week, dropped: dropped)))
    }

    /// The run called `id`, by index, or an `unknown run` diagnostic with a did-you-mean.
    func runIndex(
        _ id: Identifier, others: [String] = [], example: (String) -> String = { "switch \($0)" }
    ) throws(Diagnostic) -> Int {
        guard let k = state.workspace.index(of: id.name) else {
            // Names are exact (a prefix never picks a run); a prefix of exactly one run's name
            // (`ma` for main) is offered as what was meant.
            let names = state.workspace.runs.map(\.name)
            var d = Fields.unknown(id, candidates: names, what: .run)
            let prefixed = names.filter { $0.hasPrefix(id.name) }
            if d.hint.map({ if case .didYouMean = $0 { false } else { true } }) ?? true, prefixed.count == 1 {
                d.hint = .didYouMean(prefixed[0])
            }
            // No name is near (a fork named `关怀` where the lesson says `care`): the runs there are,
            // and the line again with one that the line does not name already.
            if d.hint.map({ if case .didYouMean = $0 { false } else { true } }) ?? true, names.count > 1 {
                let pick = names.last { !others.contains($0) } ?? names[names.count - 1]
                d.hint = .runsAre(names, example: example(pick))
            }
            throw d
        }
        return k
    }
}
