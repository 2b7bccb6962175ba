import Foundation
import CoprodModel

extension Interpreter {
    /// Compiles resident expressions, noting the community and facility metrics they use (one
    /// value for the week, the same for every resident).
    private func residentCompiler(_ notes: WeekValueNotes) -> ExpressionCompiler {
        let model = state.model
        return ExpressionCompiler { ref in
            let field = try Fields.resident(ref, in: model)
            notes.add(field)
            return field
        }
    }

    /// Grouping keys for `by`: categories and whole-number fields (building, flags).
    private func groupKeys(_ by: [FieldRef], _ notes: WeekValueNotes) throws -> (Int) -> String {
        let fields = try by.map { ref -> Field in
            let f = try Fields.resident(ref, in: state.model)
            if !f.isGroupable {
                throw Diagnostic("cannot group by '\(f.name)': it is a continuous number", at: ref.range,
                                 hint: "group by age, tenure, building, or a facility's stage or channel (e.g. shed.stage)")
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

    /// Says which fields of a query have one value for the week (a community or facility metric).
    private func emitNotes(_ notes: WeekValueNotes) {
        for f in notes.fields {
            let level: String
            switch f.metric.level {
            case .community: level = "a community metric"
            case .facility: level = "a facility metric"
            case .resident, .residentFacility: continue
            }
            emit("  note: \(f.name) is \(level): one value for the week, the same for every resident")
        }
    }

    /// The residents matching `filter`, in index order.
    private func selected(_ filter: Expression?, _ notes: WeekValueNotes) throws -> [Int] {
        let n = state.model.residentCount
        guard let filter else { return Array(0..<n) }
        let keep = try residentCompiler(notes).condition(filter)
        return (0..<n).filter(keep)
    }

    /// Groups in a stable order: categories in their declared order, numbers ascending.
    private func grouped(_ rows: [Int], _ by: [FieldRef], _ notes: WeekValueNotes) throws -> [(String, [Int])] {
        let key = try groupKeys(by, notes)
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

    private func describe(_ filter: Expression?) -> String {
        filter.map { " where " + ExpressionPrinter.text($0) } ?? ""
    }

    /// `count [residents] [where C] [by F, …]`.
    func count(where filter: Expression?, by: [FieldRef]) throws {
        let notes = WeekValueNotes()
        let rows = try selected(filter, notes)
        let groups = try grouped(rows, by, notes)
        emit("residents\(describe(filter)): \(rows.count)")
        if !by.isEmpty {
            for line in Format.table(groups.map { [$0.0, String($0.1.count)] }) { emit(line) }
        }
        emitNotes(notes)
    }

    /// `rate C [where F] [by G, …]`: share of the selected residents for whom C holds.
    func rate(_ condition: Expression, where filter: Expression?, by: [FieldRef]) throws {
        let notes = WeekValueNotes()
        let test = try residentCompiler(notes).condition(condition)
        let rows = try selected(filter, notes)
        func line(_ set: [Int]) -> String {
            let hits = set.reduce(0) { $0 + (test($1) ? 1 : 0) }
            return set.isEmpty ? "— (no residents)" : "\(Format.fixed(Double(hits) / Double(set.count), 3)) (\(hits) of \(set.count))"
        }
        let groups = try grouped(rows, by, notes)
        emit("rate of \(ExpressionPrinter.text(condition))\(describe(filter)): " + line(rows))
        if !by.isEmpty {
            for row in Format.table(groups.map { [$0.0, line($0.1)] }) { emit(row) }
        }
        emitNotes(notes)
    }

    /// `mean FIELD [where F] [by G, …]`.
    func mean(_ field: FieldRef, where filter: Expression?, by: [FieldRef]) throws {
        let notes = WeekValueNotes()
        let value = try residentCompiler(notes).number(field)
        let rows = try selected(filter, notes)
        func line(_ set: [Int]) -> String {
            guard !set.isEmpty else { return "— (no residents)" }
            let values = set.map(value)
            let mean = values.reduce(0, +) / Double(values.count)
            let sd = (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
            return "\(Format.fixed(mean, 3)) (sd \(Format.fixed(sd, 3)), n \(set.count))"
        }
        let groups = try grouped(rows, by, notes)
        emit("mean \(ExpressionPrinter.text(.field(field)))\(describe(filter)): " + line(rows))
        if !by.isEmpty {
            for row in Format.table(groups.map { [$0.0, line($0.1)] }) { emit(row) }
        }
        emitNotes(notes)
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
