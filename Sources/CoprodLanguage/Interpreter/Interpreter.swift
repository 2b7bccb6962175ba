import CoprodModel

/// Runs one parsed command against a copy of the session state. `Session` keeps the copy only when
/// `run` returns without throwing.
struct Interpreter {
    var state: SessionState
    let options: Session.Options
    let sink: (Output, Language) -> Void
    let interrupted: () -> Bool
    /// The source line being run (lessons note which commands a student typed).
    let sourceLine: String
    /// The file the line comes from (`<repl>` at the prompt), for warnings.
    let fileName: String
    let statementRange: SourceRange
    /// Where relative paths in `load`/`save`/`export` and lesson files are resolved.
    let files: FileAccess
    var outcome: CommandOutcome = .continue

    /// Passes one output on, with the language in force now.
    func emit(_ output: Output) { sink(output, state.language) }

    /// Runs one parsed command through its definition in the registry.
    mutating func run(_ command: Command) throws(Diagnostic) {
        let definition = CommandRegistry.definition(of: command)
        if !options.allowsFiles && definition.usesFiles && command != .lesson(.end) {
            throw Diagnostic(.filesSwitchedOff, at: statementRange)
        }
        warnAboutRanges(in: command)
        try definition.execute(command, &self)
    }

    /// `reset`: back to week 0 of the scenario in force, mid-run changes folded in.
    mutating func reset() throws(Diagnostic) {
        let week = state.week
        let folded = state.changes.count
        state.scenario = state.currentScenario
        do { try state.rebuild(progress: buildProgress) } catch { throw buildFailure(error, at: statementRange) }
        emit(.note(.backAtWeekZero(was: week, folded: folded)))
    }

    /// What a rebuild of the community asks as it goes: the session's progress display
    /// (``Session/Options/buildProgress``), and whether Ctrl-C was pressed, which stops it.
    var buildProgress: BuildProgress {
        let interrupted = self.interrupted
        let report = options.buildProgress
        let cancelled = options.buildCancelled
        return { status in
            report?(status)
            return !interrupted() && cancelled?() != true
        }
    }

    /// The diagnostic for a model error of a rebuild: a cancelled build is a note saying what was
    /// cancelled and that the session is as it was (the interpreter's copy of the state is dropped).
    func buildFailure(_ error: ModelError, at range: SourceRange) -> Diagnostic {
        guard case .cancelled(let residents) = error else { return Diagnostic(.model(error), at: range) }
        // A failed rebuild leaves the model it would have replaced: the one the session keeps.
        return Diagnostic(
            .note, .buildCancelled(residents: residents, kept: state.model.residentCount, week: state.week), at: range)
    }

    /// Resolves a resident reference to a 0-based index.
    func residentIndex(_ ref: ResidentRef) throws(Diagnostic) -> Int {
        switch ref {
        case .index(let n):
            return try Values.integer(.number(n), "resident", in: 1...Double(state.model.residentCount)) - 1
        case .name(let id):
            guard let i = state.model.scenario.residentNames[id.name] else {
                let names = state.model.scenario.residentNames.keys.sorted()
                var d = Fields.unknown(id, candidates: names, what: .resident)
                if names.isEmpty { d.hint = .nameResidentFirst(name: id.name, count: state.model.residentCount) }
                throw d
            }
            return i
        }
    }

    /// Resolves a facility name.
    func facilityIndex(_ id: Identifier) throws(Diagnostic) -> Int {
        guard let f = state.model.scenario.facilityIndex(id.name) else {
            let names = state.model.scenario.facilities.map(\.name)
            var d = Fields.unknown(id, candidates: names, what: .facility)
            if names.isEmpty { d.hint = .addFacilityFirst }
            throw d
        }
        return f
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return String(s)
    }
}
