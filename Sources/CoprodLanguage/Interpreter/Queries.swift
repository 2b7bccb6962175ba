import CoprodModel
import Foundation

extension Interpreter {
    /// Compiles resident expressions, noting the community and facility metrics they use (one
    /// value for the week, the same for every resident).
    private func residentCompiler(_ notes: WeekValueNotes) -> ExpressionCompiler {
        let model = state.model
        return ExpressionCompiler { (ref) throws(Diagnostic) in
            let field = try Fields.resident(ref, in: model)
            notes.add(field)
            return field
        }
    }

    /// The fields of `by`: categories and whole-number fields (building, flags).
    private func groupFields(_ by: [FieldRef], _ notes: WeekValueNotes) throws(Diagnostic) -> [Field] {
        try by.map { (ref) throws(Diagnostic) -> Field in
            let f = try Fields.resident(ref, in: state.model)
            if !f.isGroupable {
                throw Diagnostic(.cannotGroupBy(field: f.name), at: ref.range, hint: .groupByCategories)
            }
            notes.add(f)
            return f
        }
    }

    /// A group's key as the query prints it: its values joined by " · ".
    private static func keyText(_ values: [FieldValue]) -> String {
        values.map { v in
            switch v {
            case .word(let w): return w
            case .number(let v): return Format.literal(v)
            }
        }.joined(separator: " · ")
    }

    /// The fields of a query that have one value for the week (a community or facility metric).
    private func weekValues(_ notes: WeekValueNotes) -> [QueryResult.WeekValue] {
        notes.fields.compactMap { f in
            switch f.metric.level {
            case .community: QueryResult.WeekValue(field: f.name, level: .community)
            case .facility: QueryResult.WeekValue(field: f.name, level: .facility)
            case .resident, .residentFacility: nil
            }
        }
    }

    /// The summaries of a query, columnar (``ResidentQuery``): the total and the groups in their
    /// printed order, keyed by their printed text.
    ///
    /// The groups come in the order of their first resident and are then sorted as the
    /// per-resident form sorts them, so the order is the same. If two groups would print the same
    /// key (not possible for the groupable fields, which are categories and whole numbers), or a
    /// grouping column is not whole numbers, it answers nil and the caller takes the per-resident
    /// form, which merges them by text.
    private func summaries(
        filter: ResidentCondition?, test: ResidentCondition?, values: ResidentOperand?, by fields: [Field]
    ) -> (ResidentSummary, [(String, ResidentSummary)])? {
        let n = state.model.residentCount
        guard
            let (total, groups) = ResidentQuery.summarise(
                count: n, filter: filter, test: test, values: values, by: fields.map { $0.column() })
        else { return nil }
        var keyed = groups.map { g in
            (
                Self.keyText(
                    g.key.map { part in
                        switch part {
                        case .number(let v): FieldValue.number(v)
                        case .word(let w): FieldValue.word(w)
                        }
                    }), g.summary
            )
        }
        guard Set(keyed.map(\.0)).count == keyed.count else { return nil }
        keyed.sort { a, b in Self.groupOrder(a.0).lexicographicallyPrecedes(Self.groupOrder(b.0)) }
        return (total, keyed)
    }

    /// The residents matching `keep`, in index order (the per-resident form).
    private func selected(_ keep: ((Int) -> Bool)?) -> [Int] {
        let n = state.model.residentCount
        guard let keep else { return Array(0..<n) }
        return (0..<n).filter(keep)
    }

    /// Groups in a stable order: categories in their declared order, numbers ascending (the
    /// per-resident form).
    private func grouped(_ rows: [Int], _ fields: [Field]) -> [(String, [Int])] {
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for i in rows {
            let k = Self.keyText(fields.map { $0.read(i) })
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(i)
        }
        order.sort { a, b in Self.groupOrder(a).lexicographicallyPrecedes(Self.groupOrder(b)) }
        return order.map { ($0, groups[$0] ?? []) }
    }

    private static let categoryRank: [String: Int] = {
        var r: [String: Int] = [:]
        let lists: [[String]] = [
            AgeGroup.allCases.map(\.description), Tenure.allCases.map(\.description),
            Stage.allCases.map(\.description), Channel.allCases.map(\.description),
        ]
        for list in lists { for (k, w) in list.enumerated() { r[w] = k } }
        return r
    }()

    private static func groupOrder(_ key: String) -> [Double] {
        key.components(separatedBy: " · ").map { part in
            if let v = Double(part) { return v }
            return Double(categoryRank[part] ?? 1000)
        }
    }

    private func filterText(_ filter: Expression?) -> String? { filter.map(ExpressionPrinter.text) }

    /// `count [residents] [where C] [by F, …]`.
    func count(where filter: Expression?, by: [FieldRef]) throws(Diagnostic) {
        let notes = WeekValueNotes()
        let compiler = residentCompiler(notes)
        let keep = try filter.map { (e) throws(Diagnostic) in try compiler.residentCondition(e) }
        let fields = try groupFields(by, notes)
        let (total, groups): (QueryResult.Value, [(String, QueryResult.Value)])
        if let (t, g) = summaries(filter: keep, test: nil, values: nil, by: fields) {
            (total, groups) = (.count(t.count), g.map { ($0.0, .count($0.1.count)) })
        } else {
            let rows = selected(try filter.map { (e) throws(Diagnostic) in try compiler.condition(e) })
            (total, groups) = (.count(rows.count), grouped(rows, fields).map { ($0.0, .count($0.1.count)) })
        }
        emit(
            .query(
                QueryResult(
                    kind: .count, filter: filterText(filter), total: total, groups: groups, grouped: !by.isEmpty,
                    weekValues: weekValues(notes), groupFields: by.map { ExpressionPrinter.text(.field($0)) })))
    }

    /// `rate C [where F] [by G, …]`: share of the selected residents for whom C holds.
    func rate(_ condition: Expression, where filter: Expression?, by: [FieldRef]) throws(Diagnostic) {
        let notes = WeekValueNotes()
        let compiler = residentCompiler(notes)
        let hit = try compiler.residentCondition(condition)
        let keep = try filter.map { (e) throws(Diagnostic) in try compiler.residentCondition(e) }
        let fields = try groupFields(by, notes)
        let (total, groups): (QueryResult.Value, [(String, QueryResult.Value)])
        if let (t, g) = summaries(filter: keep, test: hit, values: nil, by: fields) {
            total = .rate(hits: t.hits, of: t.count)
            groups = g.map { ($0.0, .rate(hits: $0.1.hits, of: $0.1.count)) }
        } else {
            let test = try compiler.condition(condition)
            func value(_ set: [Int]) -> QueryResult.Value {
                .rate(hits: set.reduce(0) { $0 + (test($1) ? 1 : 0) }, of: set.count)
            }
            let rows = selected(try filter.map { (e) throws(Diagnostic) in try compiler.condition(e) })
            (total, groups) = (value(rows), grouped(rows, fields).map { ($0.0, value($0.1)) })
        }
        emit(
            .query(
                QueryResult(
                    kind: .rate(condition: ExpressionPrinter.text(condition)), filter: filterText(filter),
                    total: total, groups: groups, grouped: !by.isEmpty, weekValues: weekValues(notes),
                    groupFields: by.map { ExpressionPrinter.text(.field($0)) })))
    }

    /// `mean FIELD [where F] [by G, …]`.
    func mean(_ field: FieldRef, where filter: Expression?, by: [FieldRef]) throws(Diagnostic) {
        let notes = WeekValueNotes()
        let compiler = residentCompiler(notes)
        let values = try compiler.residentNumber(field)
        let keep = try filter.map { (e) throws(Diagnostic) in try compiler.residentCondition(e) }
        let fields = try groupFields(by, notes)
        let (total, groups): (QueryResult.Value, [(String, QueryResult.Value)])
        func value(_ s: ResidentSummary) -> QueryResult.Value { .mean(mean: s.mean, sd: s.sd, n: s.count) }
        if let (t, g) = summaries(filter: keep, test: nil, values: values, by: fields) {
            (total, groups) = (value(t), g.map { ($0.0, value($0.1)) })
        } else {
            let read = try compiler.number(field)
            func value(_ set: [Int]) -> QueryResult.Value {
                guard !set.isEmpty else { return .mean(mean: 0, sd: 0, n: 0) }
                let values = set.map(read)
                let mean = values.reduce(0, +) / Double(values.count)
                let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
                return .mean(mean: mean, sd: sd, n: set.count)
            }
            let rows = selected(try filter.map { (e) throws(Diagnostic) in try compiler.condition(e) })
            (total, groups) = (value(rows), grouped(rows, fields).map { ($0.0, value($0.1)) })
        }
        emit(
            .query(
                QueryResult(
                    kind: .mean(field: ExpressionPrinter.text(.field(field))), filter: filterText(filter),
                    total: total, groups: groups, grouped: !by.isEmpty, weekValues: weekValues(notes),
                    groupFields: by.map { ExpressionPrinter.text(.field($0)) })))
    }
}

/// The community and facility metrics a query used, each once, in the order met.
private final class WeekValueNotes {
    private(set) var fields: [Field] = []

    func add(_ field: Field) {
        guard field.isWeekValue, !fields.contains(where: { $0.name == field.name }) else { return }
        fields.append(field)
    }
}

/// Writes an expression back as source text (for query headings and saved scripts).
enum ExpressionPrinter {
    static func text(_ e: Expression) -> String {
        switch e {
        case .number(let n): n.text
        case .string(let s):
            "\"" + s.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                + "\""
        case .field(let f): f.qualifier.map { "\($0.name).\(f.name.name)" } ?? f.name.name
        case .comparison(let l, let op, let r, _): "\(text(l)) \(op.rawValue) \(text(r))"
        case .and(let l, let r): "\(wrap(l, inside: .and)) and \(wrap(r, inside: .and))"
        case .or(let l, let r): "\(text(l)) or \(text(r))"
        case .not(let x, _): "not \(wrap(x, inside: .not))"
        }
    }

    private enum Context { case and, not }

    /// Parentheses only where precedence needs them: `or` inside `and`, and any `and`/`or` under `not`.
    private static func wrap(_ e: Expression, inside context: Context) -> String {
        switch (e, context) {
        case (.or, _), (.and, .not): "(" + text(e) + ")"
        default: text(e)
        }
    }
}
