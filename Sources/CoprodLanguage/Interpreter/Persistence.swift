import CoprodModel

extension Interpreter {
    /// How deep `load` may nest (a script loading another that loads another …).
    static let maxLoadDepth = 16

    /// `save "FILE" [force]`: a script that reproduces the session (ScriptWriter), written atomically.
    func save(_ path: StringLiteral, force: Bool) throws {
        guard !path.value.isEmpty else { throw Diagnostic("the file name is empty", at: path.range) }
        try checkOverwrite(path, force: force, verb: "save")
        do { try files.write(ScriptWriter.script(state), to: path.value) } catch { throw Diagnostic(error.message, at: path.range) }
        emit("saved week \(state.week) of \"\(state.model.scenario.name)\" to \(path.value)")
    }

    /// `export "FILE" [force]`: the weekly outcome series as CSV, written atomically.
    func export(_ path: StringLiteral, force: Bool) throws {
        guard !path.value.isEmpty else { throw Diagnostic("the file name is empty", at: path.range) }
        try checkOverwrite(path, force: force, verb: "export")
        do { try files.write(CSVExport.series(state.model), to: path.value) } catch { throw Diagnostic(error.message, at: path.range) }
        emit("exported weeks 0–\(state.week) to \(path.value)")
    }

    /// Refuses a path that is not a regular file or a new name in an existing folder (before asking
    /// anything), and refuses to replace an existing file unless `force` is given or the user confirms.
    private func checkOverwrite(_ path: StringLiteral, force: Bool, verb: String) throws {
        let destination: FileAccess.Destination
        do { destination = try files.destination(path.value) } catch { throw Diagnostic(error.message, at: path.range) }
        guard destination == .existingFile, !force else { return }
        if let confirm = options.confirmOverwrite, confirm(path.value) { return }
        throw Diagnostic("'\(path.value)' already exists", at: path.range,
                         hint: "to replace it: \(verb) \(ScriptWriter.quoted(path.value)) force")
    }

    /// `load "FILE"`: runs the script on an empty scenario; replaces the session only if it all runs.
    mutating func load(_ path: StringLiteral) throws {
        let text: String
        do { text = try files.read(path.value) } catch { throw Diagnostic(error.message, at: path.range) }
        guard state.loadDepth < Self.maxLoadDepth else {
            throw Diagnostic("load is nested more than \(Self.maxLoadDepth) deep", at: path.range,
                             hint: "does '\(path.value)' load itself, directly or through another file?")
        }
        var fresh: SessionState
        do { fresh = try SessionState(scenario: Scenario(), seeds: state.seeds) } catch {
            throw Diagnostic(Self.describe(error), at: path.range)
        }
        fresh.loadDepth = state.loadDepth + 1
        var quiet: [String] = []
        _ = try Session.run(script: text, fileName: path.value, state: &fresh, options: options, files: files,
                            emit: { quiet.append($0) }, interrupted: interrupted)
        fresh.lesson = nil
        fresh.loadDepth = state.loadDepth
        fresh.beforeLesson = nil
        state = fresh
        emit("loaded \(path.value): \"\(state.model.scenario.name)\", week \(state.week), \(state.model.scenario.facilities.count) facilities")
    }
}

/// The per-week outcome series as CSV: one row per week, community columns, then per facility.
enum CSVExport {
    static func series(_ model: Model) -> String {
        let names = model.scenario.facilities.map(\.name)
        var header = ["week", "participation", "efficacy", "trust", "identification", "responsibility", "socialCapital", "largestGap"]
        for n in names {
            header += ["phase", "progress", "quality", "condition", "everJoined", "active", "sustained", "retention", "autonomy", "type"]
                .map { "\(n).\($0)" }
        }
        var lines = [header.joined(separator: ",")]
        for r in model.history {
            let c = r.community
            var row = [String(r.week)] + [c.participation, c.efficacy, c.trust, c.identification, c.responsibility,
                                          c.socialCapital, c.largestGap].map { Format.fixed($0, 6) }
            for n in names {
                guard let o = r.facilities.first(where: { $0.name == n }) else { row += Array(repeating: "", count: 10); continue }
                row += [o.phase.description, Format.fixed(o.progress, 6), Format.fixed(o.quality, 6), Format.fixed(o.condition, 6),
                        Format.fixed(o.everJoinedShare, 6), String(o.active), String(o.sustained), Format.fixed(o.retention, 6),
                        Format.fixed(o.autonomy, 6), o.type.rawValue]
            }
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
