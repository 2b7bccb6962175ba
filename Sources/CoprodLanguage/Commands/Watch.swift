import CoprodModel

extension CommandRegistry {
    /// The `watch` command.
    static let watch = CommandDefinition(
        help: HelpEntry(
            name: "watch",
            syntax: "watch [FIELD {FIELD} | off]",
            summary: Bilingual(
                en: "Watches community or facility fields: after each step and run report, one line per field with "
                    + "a sparkline (▁▂▃▄▅▆▇█) of its weeks so far and its value now. `watch` alone lists what is "
                    + "watched; `watch off` stops.",
                zh: "观察社区或设施字段：每次 step 和 run 的报告之后，每个字段显示一行迷你走势图（▁▂▃▄▅▆▇█），"
                    + "画出到目前为止的各周，并给出当前值。只输入 `watch` 列出正在观察的字段；`watch off` 停止观察。"),
            example: "watch participation shed.active",
            seeAlso: ["plot", "step", "run"]),
        group: .looking,
        keywords: ["off"] + Vocabulary.modelFields,
        parse: { p throws(Diagnostic) in
            guard try p.peek() != nil else { return .watch(.list) }
            if try p.peekWord("off") {
                _ = try p.advance()
                return .watch(.off)
            }
            var fields: [FieldRef] = []
            while try p.peek() != nil { fields.append(try p.fieldRef(.field)) }
            return .watch(.fields(fields))
        },
        execute: { command, i throws(Diagnostic) in
            guard case .watch(let action) = command else { return }
            try i.watch(action)
        })
}

extension Interpreter {
    /// `watch …`: adds fields to the watched list (checked now), lists it, or empties it.
    mutating func watch(_ action: WatchAction) throws(Diagnostic) {
        switch action {
        case .list:
            let names = state.watched.compactMap { try? Fields.model($0, in: state.model).name }
            emit(.note(names.isEmpty ? .watchingNothing : .watching(names)))
        case .off:
            emit(.note(.watchStopped(count: state.watched.count)))
            state.watched = []
        case .fields(let refs):
            for ref in refs {
                let name = try Fields.model(ref, in: state.model).name
                let known = state.watched.compactMap { try? Fields.model($0, in: state.model).name }
                if !known.contains(name) { state.watched.append(ref) }
            }
            emit(.note(.watching(state.watched.compactMap { try? Fields.model($0, in: state.model).name })))
            if let lines = sparklines() { emit(lines) }
        }
    }

    /// The watched fields' sparklines over the current run's weeks, or nil when nothing is
    /// watched. A field the current run lacks (a facility only a twin has) is left out.
    func sparklines() -> Output? {
        let model = state.model
        let views = state.watched.compactMap { ref -> SparklineView? in
            guard let field = try? Fields.model(ref, in: model) else { return nil }
            return SparklineView(
                field: field.name, metric: field.metric, values: Views.weekly(field.name, field.metric, in: model))
        }
        return views.isEmpty ? nil : .sparklines(views)
    }
}
