import CoprodModel

/// Runs one parsed command against a copy of the session state. `Session` keeps the copy only when
/// `run` returns without throwing.
struct Interpreter {
    var state: SessionState
    let options: Session.Options
    let sink: (Output, Language) -> Void
    let interrupted: () -> Bool
    /// The source line being run (kept in the timeline for mid-run changes).
    let sourceLine: String
    let statementRange: SourceRange
    /// Where relative paths in `load`/`save`/`export` and lesson files are resolved.
    let files: FileAccess
    var outcome: CommandOutcome = .continue

    /// Passes one output on, with the language in force now.
    func emit(_ output: Output) { sink(output, state.language) }

    /// Notes a mid-run change in the timeline, so `save` can replay it at the same week.
    mutating func recordChange() {
        state.timeline.append(TimelineEntry(week: state.week, source: sourceLine.trimmingWhitespace))
    }

    /// True for commands that read or write files.
    static func usesFiles(_ command: Command) -> Bool {
        switch command {
        case .save, .load, .export, .lesson(.start), .lesson(.list): true
        default: false
        }
    }

    mutating func run(_ command: Command) throws(Diagnostic) {
        if !options.allowsFiles && Self.usesFiles(command) {
            throw Diagnostic(.filesSwitchedOff, at: statementRange)
        }
        switch command {
        case .community(let name, let settings): try community(name: name, settings: settings)
        case .resident(let ref, let settings): try resident(ref, settings: settings)
        case .facility(let name, let settings): try facility(name, settings: settings)
        case .government(let settings): try government(settings)
        case .intervene(let kind, let target, let settings): try intervene(kind: kind, target: target, settings: settings)
        case .removeIntervention(let n): try removeIntervention(n)
        case .set(let ref, let atom): try set(ref, atom)
        case .step(let n): try step(n)
        case .run(let spec): try run(spec)
        case .show(let target): try show(target)
        case .count(let condition, let by): try count(where: condition, by: by)
        case .rate(let condition, let filter, let by): try rate(condition, where: filter, by: by)
        case .mean(let field, let filter, let by): try mean(field, where: filter, by: by)
        case .typology(let name): try typology(name)
        case .explain(let ref, let facility): try explain(ref, facility: facility)
        case .save(let path, let force): try save(path, force: force)
        case .load(let path): try load(path)
        case .export(let path, let force): try export(path, force: force)
        case .reset:
            let week = state.week, folded = state.timeline.count
            state.scenario = state.currentScenario
            do { try state.rebuild() } catch { throw Diagnostic(.model(error), at: statementRange) }
            emit(.note(.backAtWeekZero(was: week, folded: folded)))
        case .clear:
            var s = Scenario()
            s.seed = state.scenario.seed
            try replaceScenario(s, because: .empty)
        case .help(let topic): try help(topic)
        case .lang(let word):
            if let word {
                guard let language = Language(word: word.name) else {
                    throw Diagnostic(.unknownLanguage(word.name), at: word.range, hint: .languagesAre)
                }
                state.language = language
            }
            emit(.note(.languageSet(state.language)))
        case .lesson(let action): try lesson(action)
        case .quit: outcome = .quit
        case .title, .part, .say, .predict, .tryCommand, .check, .zh:
            throw Diagnostic(.lessonStatementOutsideLesson, at: statementRange, hint: .typeLessonToList)
        }
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
