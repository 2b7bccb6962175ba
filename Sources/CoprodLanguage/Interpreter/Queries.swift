import Foundation
import CoprodModel

extension Interpreter {
    private var residentCompiler: ExpressionCompiler {
        let model = state.model
        return ExpressionCompiler { (ref) throws(Diagnostic) in try Fields.resident(ref, in: model) }
    }

    /// Grouping keys for `by`: categories and whole-number fields (building, flags).
    private func groupKeys(_ by: [FieldRef]) throws(Diagnostic) -> (Int) -> String {
        let fields = try by.map { (ref) throws(Diagnostic) -> Field in
            let f = try Fields.resident(ref, in: state.model)
            if f.type == .number, !["building", "index"].contains(f.name),
               !["joined", "sustained", "active", "served", "joinedAt"].contains(ref.name.name) {
                throw Diagnostic(.cannotGroupBy(field: f.name), at: ref.range, hint: .groupByCategories)
            }
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

    /// The residents matching `filter`, in index order.
    private func selected(_ filter: Expression?) throws(Diagnostic) -> [Int] {
        let n = state.model.residentCount
        guard let filter else { return Array(0..<n) }
        let keep = try residentCompiler.condition(filter)
        return (0..<n).filter(keep)
    }

    /// Groups in a stable order: categories in their declared order, numbers ascending.
    private func grouped(_ rows: [Int], _ by: [FieldRef]) throws(Diagnostic) -> [(String, [Int])] {
        let key = try groupKeys(by)
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for i in rows {
            let k = key(i)
            if groups[k] == nil { order.append(k) }
            groups[k, default: []].append(i)
        }
        order.sort { a, b in Self.groupOrder(a).lexicographicallyPrecedes(Self.groupOrder(b)) }
        return order.map { ($0, groups[$0]!) }
    }

    private static let categoryRank: [String: Int] = {
        var r: [String: Int] = [:]
        let lists: [[String]] = [AgeGroup.allCases.map(\.description), Tenure.allCases.map(\.description),
                                 Stage.allCases.map(\.description), Channel.allCases.map(\.description)]
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
        let rows = try selected(filter)
        let groups = try grouped(rows, by)
        emit(.query(QueryResult(kind: .count, filter: filterText(filter), total: .count(rows.count),
                                groups: groups.map { ($0.0, .count($0.1.count)) }, grouped: !by.isEmpty)))
    }

    /// `rate C [where F] [by G, …]`: share of the selected residents for whom C holds.
    func rate(_ condition: Expression, where filter: Expression?, by: [FieldRef]) throws(Diagnostic) {
        let test = try residentCompiler.condition(condition)
        let rows = try selected(filter)
        func value(_ set: [Int]) -> QueryResult.Value { .rate(hits: set.reduce(0) { $0 + (test($1) ? 1 : 0) }, of: set.count) }
        let groups = try grouped(rows, by)
        emit(.query(QueryResult(kind: .rate(condition: ExpressionPrinter.text(condition)), filter: filterText(filter),
                                total: value(rows), groups: groups.map { ($0.0, value($0.1)) }, grouped: !by.isEmpty)))
    }

    /// `mean FIELD [where F] [by G, …]`.
    func mean(_ field: FieldRef, where filter: Expression?, by: [FieldRef]) throws(Diagnostic) {
        let read = try residentCompiler.number(field)
        let rows = try selected(filter)
        func value(_ set: [Int]) -> QueryResult.Value {
            guard !set.isEmpty else { return .mean(mean: 0, sd: 0, n: 0) }
            let values = set.map(read)
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
            return .mean(mean: mean, sd: sd, n: set.count)
        }
        let groups = try grouped(rows, by)
        emit(.query(QueryResult(kind: .mean(field: ExpressionPrinter.text(.field(field))), filter: filterText(filter),
                                total: value(rows), groups: groups.map { ($0.0, value($0.1)) }, grouped: !by.isEmpty)))
    }
}

/// Writes an expression back as source text (for query headings and saved scripts).
enum ExpressionPrinter {
    static func text(_ e: Expression) -> String {
        switch e {
        case .number(let n): n.text
        case .string(let s): "\"" + s.value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
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
