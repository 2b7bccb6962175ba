import CoprodModel

/// Why a `run until` condition can never hold from the current week on, found before any week is
/// run (docs/LANGUAGE.md, `run`): a phase comparison asking for a phase the facility has already
/// left (phases only move forward: planning → design → construction → maintenance), or a
/// comparison of a field with a number no value in the field's range can satisfy
/// (`shed.progress > 2`). An `and` fails when either side fails, an `or` when both do; a `not`
/// and anything that does not resolve are left to run (unresolved fields are the command's errors).
enum NeverHolds {
    /// The reason `e` can never hold in `model` from now on, as the error to throw; nil when it might.
    static func reason(_ e: Expression, in model: Model) -> Diagnostic? {
        switch e {
        case .and(let l, let r):
            return reason(l, in: model) ?? reason(r, in: model)
        case .or(let l, let r):
            guard let a = reason(l, in: model), reason(r, in: model) != nil else {
                return nil
            }
            return a
        case .comparison(.field(let ref), let op, let other, _):
            return comparison(ref, op, other, in: model)
        case .comparison(let other, let op, .field(let ref), _):
            return comparison(ref, op.mirrored, other, in: model)
        case .comparison, .not, .number, .string, .field:
            return nil
        }
    }

    /// `ref OP other` (the field written first).
    private static func comparison(_ ref: FieldRef, _ op: ComparisonOperator, _ other: Expression, in model: Model)
        -> Diagnostic?
    {
        guard let field = try? Fields.model(ref, in: model) else { return nil }
        switch other {
        case .number(let n):
            guard let range = field.metric.range, !satisfiable(op, n.value, in: range) else { return nil }
            let percentage = range == 0...1 && n.value > 1 && n.value <= 100
            return Diagnostic(
                .untilOutsideRange(field: field.name, low: range.lowerBound, high: range.upperBound), at: n.range,
                hint: percentage ? .didYouMeanNumber(n.value / 100) : nil)
        case .field(let word) where word.qualifier == nil:
            return phase(field, op, word.name, in: model)
        case .string(let s):
            return phase(field, op, Identifier(name: s.value, range: s.range), in: model)
        default:
            return nil
        }
    }

    /// A phase the facility has left, asked for with `=`.
    private static func phase(_ field: Field, _ op: ComparisonOperator, _ word: Identifier, in model: Model)
        -> Diagnostic?
    {
        guard op == .equal, field.metric.name == "phase", field.metric.level == .facility,
            case .word(let now) = field.read(0), let current = Phase(word: now),
            let asked = Phase(word: Terms.aliases[word.name] ?? word.name), asked < current
        else { return nil }
        let facility = String(field.name.split(separator: ".").first ?? "")
        // The week it entered its phase, and the last week it was in the asked one.
        let events = model.events.filter { $0.facility == facility }
        func entered(_ p: Phase) -> Int? {
            events.last { e in
                switch e.kind {
                case .phase(let q): q == p
                case .completed: p == .maintenance
                default: false
                }
            }?.week
        }
        let since = entered(current)
        let left = Phase(rawValue: asked.rawValue + 1).flatMap(entered)
        return Diagnostic(
            .phaseAlreadyLeft(facility: facility, asked: asked.description, current: current.description, since: since),
            at: word.range,
            hint: left.map { w in .phaseWasLastAt(facility: facility, phase: asked.description, week: w - 1) })
    }

    /// True when some value in `range` satisfies `x OP n`.
    private static func satisfiable(_ op: ComparisonOperator, _ n: Double, in range: ClosedRange<Double>) -> Bool {
        switch op {
        case .equal: range.contains(n)
        case .notEqual: !(range.lowerBound == n && range.upperBound == n)
        case .less: range.lowerBound < n
        case .lessOrEqual: range.lowerBound <= n
        case .greater: range.upperBound > n
        case .greaterOrEqual: range.upperBound >= n
        }
    }
}

extension ComparisonOperator {
    /// The operator with its sides swapped: `2 < x` is `x > 2`.
    fileprivate var mirrored: ComparisonOperator {
        switch self {
        case .equal, .notEqual: self
        case .less: .greater
        case .lessOrEqual: .greaterOrEqual
        case .greater: .less
        case .greaterOrEqual: .lessOrEqual
        }
    }
}
