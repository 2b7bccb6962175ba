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

    /// Grouping keys for `by`: categories and whole-number fields (building, flags).
    private func groupKeys(_ by: [FieldRef], _ notes: WeekValueNotes) throws(Diagnostic) -> (Int) -> String {
        let fields = try by.map { (ref) throws(Diagnostic) -> Field in
            let f = try Fields.resident(ref, in: state.model)
            if !f.isGroupable {
                throw Diagnostic(.cannotGroupBy(field: f.name), at: ref.range, hint: .groupByCategories)
            }
            notes.add(f)
            return f
        }
        return { i in
            fields.map { f in
                switch f.read(i) {
                case .word(let w): return w
                case .number(let v): return Format.literal(v)
                }
            }.joined(separator: " · ")
        }
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

    /// The residents matching `filter`, in index order.
    private func selected(_ filter: Expression?, _ notes: WeekValueNotes) throws(Diagnostic) -> [Int] {
        let n = state.model.residentCount
        guard let filter else { return Array(0..<n) }
        let keep = try residentCompiler(notes).condition(filter)
        return (0..<n).filter(keep)
    }

    /// Groups in a stable order: categories in their declared order, numbers ascending.
    private func grouped(_ rows: [Int], _ by: [FieldRef], _ notes: WeekValueNotes) throws(Diagnostic) -> [(
        String, [Int]
    )] {
        let key = try groupKeys(by, notes)
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for i in rows {
            let k = key(i)
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
        let rows = try selected(filter, notes)
        let groups = try grouped(rows, by, notes)
        emit(
            .query(
                QueryResult(
                    kind: .count, filter: filterText(filter), total: .count(rows.count),
                    groups: groups.map { ($0.0, .count($0.1.count)) }, grouped: !by.isEmpty,
                    weekValues: weekValues(notes), groupFields: by.map { ExpressionPrinter.text(.field($0)) })))
    }

    /// `rate C [where F] [by G, …]`: share of the selected residents for whom C holds.
    func rate(_ condition: Expression, where filter: Expression?, by: [FieldRef]) throws(Diagnostic) {
        let notes = WeekValueNotes()
        let test = try residentCompiler(notes).condition(condition)
        let rows = try selected(filter, notes)
        func value(_ set: [Int]) -> QueryResult.Value {
            .rate(hits: set.reduce(0) { $0 + (test($1) ? 1 : 0) }, of: set.count)
        }
        let groups = try grouped(rows, by, notes)
        emit(
            .query(
                QueryResult(
                    kind: .rate(condition: ExpressionPrinter.text(condition)), filter: filterText(filter),
                    total: value(rows), groups: groups.map { ($0.0, value($0.1)) }, grouped: !by.isEmpty,
                    weekValues: weekValues(notes), groupFields: by.map { ExpressionPrinter.text(.field($0)) })))
    }

    /// `mean FIELD [where F] [by G, …]`.
    func mean(_ field: FieldRef, where filter: Expression?, by: [FieldRef]) throws(Diagnostic) {
        let notes = WeekValueNotes()
        let read = try residentCompiler(notes).number(field)
        let rows = try selected(filter, notes)
        func value(_ set: [Int]) -> QueryResult.Value {
            guard !set.isEmpty else { return .mean(mean: 0, sd: 0, n: 0) }
            let values = set.map(read)
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
            return .mean(mean: mean, sd: sd, n: set.count)
        }
        let groups = try grouped(rows, by, notes)
        emit(
            .query(
                QueryResult(
                    kind: .mean(field: ExpressionPrinter.text(.field(field))), filter: filterText(filter),
                    total: value(rows), groups: groups.map { ($0.0, value($0.1)) }, grouped: !by.isEmpty,
                    weekValues: weekValues(notes), groupFields: by.map { ExpressionPrinter.text(.field($0)) })))
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
