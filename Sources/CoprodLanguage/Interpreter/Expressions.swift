import CoprodModel

/// Compiles a syntax-tree expression into a closure over resident indices (or over nothing, for
/// model-level conditions), checking types once so evaluation over many residents is a tight loop.
struct ExpressionCompiler {
    /// Resolves a field reference.
    let resolve: (FieldRef) throws(Diagnostic) -> Field

    /// A condition: true/false for index `i`.
    func condition(_ e: Expression) throws(Diagnostic) -> (Int) -> Bool {
        switch e {
        case .and(let l, let r):
            let a = try condition(l)
            let b = try condition(r)
            return { a($0) && b($0) }
        case .or(let l, let r):
            let a = try condition(l)
            let b = try condition(r)
            return { a($0) || b($0) }
        case .not(let x, _):
            let a = try condition(x)
            return { !a($0) }
        case .comparison(let l, let op, let r, let opRange):
            return try comparison(l, op, r, opRange)
        case .field(let ref):
            let field = try resolve(ref)
            guard field.type == .number else {
                throw Diagnostic(
                    .categoryIsNotCondition(field: field.name), at: ref.range,
                    hint: .compareIt(code: "\(field.name) = \(Self.firstWord(field.type))"))
            }
            return { if case .number(let v) = field.read($0) { v != 0 } else { false } }
        case .number(let n):
            throw Diagnostic(
                .numberIsNotCondition, at: n.range, hint: .compareSomethingWithIt(code: "week >= \(n.text)"))
        case .string(let s):
            throw Diagnostic(.stringIsNotCondition, at: s.range)
        }
    }

    /// A numeric field for `mean`.
    func number(_ ref: FieldRef) throws(Diagnostic) -> (Int) -> Double {
        let field = try resolve(ref)
        guard field.type == .number else {
            throw Diagnostic(
                .categoryHasNoMean(field: field.name), at: ref.range,
                hint: .countOrRateInstead(code: "rate \(field.name) = \(Self.firstWord(field.type))"))
        }
        return { if case .number(let v) = field.read($0) { v } else { 0 } }
    }

    private static func firstWord(_ t: FieldType) -> String {
        if case .category(let words) = t { return words.count > 1 ? words[1] : (words.first ?? "x") }
        return "1"
    }

    private enum Operand {
        case field(Field, SourceRange)
        case number(Double)
        case word(String, SourceRange)
    }

    private func operand(_ e: Expression, against other: FieldType?) throws(Diagnostic) -> Operand {
        switch e {
        case .number(let n): return .number(n.value)
        case .string(let s): return .word(s.value, s.range)
        case .field(let ref):
            // Against a category, a bare word is a value (`age = older`), checked against the category.
            if case .category(let words) = other, ref.qualifier == nil {
                // A Chinese alias (`引导共建型` for `II`) names the same value.
                let word = words.contains(ref.name.name) ? ref.name.name : Terms.aliases[ref.name.name] ?? ref.name.name
                guard words.contains(word) else {
                    throw Fields.unknown(ref.name, candidates: words, what: .value(key: "value"))
                }
                return .word(word, ref.range)
            }
            return .field(try resolve(ref), ref.range)
        default:
            throw Diagnostic(.expectedFieldOrValue, at: e.range, hint: .comparisonHasFieldAndValue)
        }
    }

    /// A comparison with its checks done: a category against one of its words, or two numbers.
    private enum Resolved {
        case category(Field, word: String, equal: Bool)
        case numeric(Operand, ComparisonOperator, Operand)
    }

    private func resolved(
        _ l: Expression, _ op: ComparisonOperator, _ r: Expression,
        _ opRange: SourceRange
    ) throws(Diagnostic) -> Resolved {
        let left = try operand(l, against: nil)
        var leftType: FieldType? = nil
        if case .field(let f, _) = left { leftType = f.type }
        let right = try operand(r, against: leftType)
        // Category comparisons: only = and !=, against a word.
        func categoryCheck(_ field: Field, _ range: SourceRange, _ value: Operand) throws(Diagnostic) -> Resolved {
            guard op == .equal || op == .notEqual else {
                throw Diagnostic(.categoryNeedsEquality(field: field.name), at: opRange)
            }
            let word: String
            switch value {
            case .word(let written, let wr):
                var w = written
                if case .category(let words) = field.type, !words.contains(w), let alias = Terms.aliases[w],
                    words.contains(alias)
                {
                    w = alias
                }
                if case .category(let words) = field.type, !words.contains(w) {
                    throw Fields.unknown(Identifier(name: w, range: wr), candidates: words, what: .value(key: "value"))
                }
                word = w
            default:
                throw Diagnostic(.categoryNeedsWord(field: field.name, example: Self.firstWord(field.type)), at: range)
            }
            return .category(field, word: word, equal: op == .equal)
        }
        switch (left, right) {
        case (.field(let f, let fr), _) where f.type != .number:
            return try categoryCheck(f, fr, right)
        case (_, .field(let f, let fr)) where f.type != .number:
            return try categoryCheck(f, fr, left)
        default:
            // Checks both sides are numbers.
            _ = try numeric(left)
            _ = try numeric(right)
            return .numeric(left, op, right)
        }
    }

    private func comparison(
        _ l: Expression, _ op: ComparisonOperator, _ r: Expression,
        _ opRange: SourceRange
    ) throws(Diagnostic) -> (Int) -> Bool {
        switch try resolved(l, op, r, opRange) {
        case .category(let field, let word, let equal):
            return { (field.read($0) == .word(word)) == equal }
        case .numeric(let left, let op, let right):
            let a = try numeric(left)
            let b = try numeric(right)
            switch op {
            case .equal: return { a($0) == b($0) }
            case .notEqual: return { a($0) != b($0) }
            case .less: return { a($0) < b($0) }
            case .lessOrEqual: return { a($0) <= b($0) }
            case .greater: return { a($0) > b($0) }
            case .greaterOrEqual: return { a($0) >= b($0) }
            }
        }
    }

    // MARK: Columnar form (the same checks and meaning, for ``ResidentQuery``)

    /// A condition over every resident at once: the same checks, diagnostics and meaning as
    /// ``condition(_:)``, as a ``ResidentCondition`` on the fields' columns.
    func residentCondition(_ e: Expression) throws(Diagnostic) -> ResidentCondition {
        switch e {
        case .and(let l, let r): return .and(try residentCondition(l), try residentCondition(r))
        case .or(let l, let r): return .or(try residentCondition(l), try residentCondition(r))
        case .not(let x, _): return .not(try residentCondition(x))
        case .comparison(let l, let op, let r, let opRange):
            switch try resolved(l, op, r, opRange) {
            case .category(let field, let word, let equal):
                switch field.column() {
                case .codes(let codes, let words):
                    guard let k = words.firstIndex(of: word) else { return .constant(!equal) }
                    return .isCode(codes, code: UInt8(truncatingIfNeeded: k), equal: equal)
                case .constantWord(let w): return .constant((w == word) == equal)
                case .numbers, .constant: return .constant(!equal)
                }
            case .numeric(let left, let op, let right):
                return .compare(residentOperand(left), Self.comparison(op), residentOperand(right))
            }
        default:
            // A bare field (a number used as a flag), or a literal (refused by `condition`).
            _ = try condition(e)
            guard case .field(let ref) = e else { return .constant(false) }
            switch try resolve(ref).column() {
            case .numbers(let v): return .nonZero(v)
            case .constant(let v): return .constant(v != 0)
            case .codes, .constantWord: return .constant(false)
            }
        }
    }

    /// A numeric field for `mean`, as a column: the same checks as ``number(_:)``.
    func residentNumber(_ ref: FieldRef) throws(Diagnostic) -> ResidentOperand {
        _ = try number(ref)
        switch try resolve(ref).column() {
        case .numbers(let v): return .column(v)
        case .constant(let v): return .value(v)
        case .codes, .constantWord: return .value(0)
        }
    }

    private func residentOperand(_ o: Operand) -> ResidentOperand {
        switch o {
        case .number(let v): .value(v)
        case .field(let f, _):
            switch f.column() {
            case .numbers(let v): .column(v)
            case .constant(let v): .value(v)
            case .codes, .constantWord: .value(.nan)
            }
        case .word: .value(.nan)
        }
    }

    private static func comparison(_ op: ComparisonOperator) -> ResidentComparison {
        switch op {
        case .equal: .equal
        case .notEqual: .notEqual
        case .less: .less
        case .lessOrEqual: .lessOrEqual
        case .greater: .greater
        case .greaterOrEqual: .greaterOrEqual
        }
    }

    private func numeric(_ o: Operand) throws(Diagnostic) -> (Int) -> Double {
        switch o {
        case .number(let v): return { _ in v }
        case .field(let f, _): return { if case .number(let v) = f.read($0) { v } else { .nan } }
        case .word(let w, let range):
            throw Diagnostic(.notANumber(w), at: range, hint: .compareNumbersWithNumbers)
        }
    }
}
