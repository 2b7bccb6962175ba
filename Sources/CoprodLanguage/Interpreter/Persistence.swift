import CoprodModel

extension Interpreter {
    /// How deep `load` may nest (a script loading another that loads another …).
    static let maxLoadDepth = 16

    /// `save "FILE" [force]`: a script that reproduces the session (ScriptWriter), written atomically.
    mutating func save(_ path: StringLiteral, force: Bool) throws(Diagnostic) {
        guard !path.value.isEmpty else { throw Diagnostic(.emptyFileName, at: path.range) }
        try checkOverwrite(path, force: force, verb: "save")
        do { try files.write(ScriptWriter.script(state), to: path.value) } catch {
            throw Diagnostic(.file(error), at: path.range)
        }
        state.savedSources = state.workspace.sources
        emit(.note(.saved(week: state.week, scenario: state.model.scenario.name, path: path.value)))
    }

    /// `export "FILE" [force]`: the weekly outcome series as CSV, written atomically.
    func export(_ path: StringLiteral, force: Bool) throws(Diagnostic) {
        guard !path.value.isEmpty else { throw Diagnostic(.emptyFileName, at: path.range) }
        try checkOverwrite(path, force: force, verb: "export")
        do { try files.write(CSVExport.series(state.model), to: path.value) } catch {
            throw Diagnostic(.file(error), at: path.range)
        }
        emit(.note(.exported(week: state.week, path: path.value)))
    }

    /// `export TABLE to "FILE" [force]`: the series, the residents or the facilities at this week,
    /// as CSV or (a name ending in `.jsonl` or `.ndjson`) JSON Lines, with a header that identifies
    /// the session (``TableExport``), streamed to a temporary file renamed into place.
    func export(_ table: ExportTable, to path: StringLiteral, force: Bool) throws(Diagnostic) {
        guard !path.value.isEmpty else { throw Diagnostic(.emptyFileName, at: path.range) }
        try checkOverwrite(path, force: force, verb: "export \(table.rawValue) to")
        let model = state.model
        let rows = TableExport.rowCount(table, model)
        let header = TableExport.Header(
            version: CoprodVersion.current, table: table, scenario: model.scenario.name,
            hash: TableExport.fnv1a64(ScriptWriter.script(state)),
            command: "export \(table.rawValue) to \(ScriptWriter.quoted(path.value))", seed: model.scenario.seed,
            week: state.week, rows: rows, date: options.exportDate?() ?? TableExport.date())
        do {
            try files.write(to: path.value) { sink in
                TableExport.write(table, ExportFormat(path: path.value), model: model, header: header, to: sink)
            }
        } catch { throw Diagnostic(.file(error), at: path.range) }
        emit(.note(.exportedTable(table, rows: rows, week: state.week, path: path.value)))
    }

    /// Refuses a path that is not a regular file or a new name in an existing folder (before asking
    /// anything), and refuses to replace an existing file unless `force` is given or the user confirms.
    private func checkOverwrite(_ path: StringLiteral, force: Bool, verb: String) throws(Diagnostic) {
        let destination: FileAccess.Destination
        do { destination = try files.destination(path.value) } catch { throw Diagnostic(.file(error), at: path.range) }
        guard destination == .existingFile, !force else { return }
        if let confirm = options.confirmOverwrite, confirm(path.value, state.language) { return }
        throw Diagnostic(
            .fileExists(path: path.value), at: path.range,
            hint: .toReplace(code: "\(verb) \(ScriptWriter.quoted(path.value)) force"))
    }

    /// `load "FILE"`: runs the script on an empty scenario; replaces the session only if it all runs.
    mutating func load(_ path: StringLiteral) throws(Diagnostic) {
        let text: String
        do { text = try files.read(path.value) } catch { throw Diagnostic(.file(error), at: path.range) }
        guard state.loadDepth < Self.maxLoadDepth else {
            throw Diagnostic(
                .loadNestedTooDeep(limit: Self.maxLoadDepth), at: path.range, hint: .loadsItself(path: path.value))
        }
        var fresh: SessionState
        do { fresh = try SessionState(scenario: Scenario(), seeds: state.seeds) } catch {
            throw Diagnostic(.model(error), at: path.range)
        }
        fresh.loadDepth = state.loadDepth + 1
        do {
            _ = try Session.run(
                script: text, fileName: path.value, state: &fresh, options: options, files: files,
                emit: { _, _ in }, interrupted: interrupted)
        } catch { throw Diagnostic(elsewhere: error) }
        fresh.lesson = nil
        fresh.loadDepth = state.loadDepth
        fresh.beforeLesson = nil
        fresh.language = state.language
        fresh.undo = state.undo
        state = fresh
        emit(
            .note(
                .loaded(
                    path: path.value, scenario: state.model.scenario.name, week: state.week,
                    facilities: state.model.scenario.facilities.count)))
    }
}
