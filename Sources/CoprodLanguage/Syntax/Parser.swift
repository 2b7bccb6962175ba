/// One non-blank line of a script with its parse result.
public struct ScriptLine: Hashable, Sendable {
    /// The 1-based line number.
    public var number: Int
    /// The line as written (BOM and trailing `\r` removed), for rendering diagnostics.
    public var text: String
    /// The statement, or the first error on the line.
    public var result: Result<Statement, Diagnostic>

    /// Creates a script line.
    /// - Parameters:
    ///   - number: The 1-based line number.
    ///   - text: The line's text.
    ///   - result: The statement or the error.
    public init(number: Int, text: String, result: Result<Statement, Diagnostic>) {
        self.number = number
        self.text = text
        self.result = result
    }
}

/// The coprod parser: one line in, one `Statement` (or a `Diagnostic`) out.
///
/// Commands are recognised by their first word; expressions are parsed by recursive descent
/// (`or` < `and` < `not` < comparison) with parentheses nested at most
/// `maximumNesting` deep and at most `maximumOperators` logical and comparison operators, so
/// no input can overflow the stack. Every loop consumes at least one token per iteration.
public enum Parser {
    /// The deepest parenthesis nesting accepted in an expression.
    public static let maximumNesting = 100
    /// The most operators (`and`, `or`, `not`, comparisons) accepted in one expression.
    public static let maximumOperators = 500

    /// Parses one line.
    ///
    /// A trailing `\r` and a leading byte-order mark are removed first; columns count from
    /// what remains.
    ///
    /// - Parameters:
    ///   - text: A single line without its line break.
    ///   - lineNumber: The 1-based line number, used in every range.
    /// - Returns: The statement, or nil for a blank or comment-only line.
    /// - Throws: A `Diagnostic` for the first lexical or syntax error on the line.
    public static func parseLine(_ text: String, lineNumber: Int) throws(Diagnostic) -> Statement? {
        var parser = LineParser(cleaned(text), lineNumber: lineNumber)
        return try parser.statement()
    }

    /// Parses a whole script, line by line.
    ///
    /// Lines are separated by `\n`, `\r\n` or `\r`; a byte-order mark at the very start is ignored.
    /// Blank and comment-only lines are left out, so every element is a statement or an error.
    ///
    /// - Parameter text: The script text.
    /// - Returns: One element per non-blank line, in order, with its line number.
    public static func parseScript(_ text: String) -> [ScriptLine] {
        var result: [ScriptLine] = []
        for (index, line) in lines(of: text).enumerated() {
            do {
                if let statement = try parseLine(line, lineNumber: index + 1) {
                    result.append(ScriptLine(number: index + 1, text: line, result: .success(statement)))
                }
            } catch {
                result.append(ScriptLine(number: index + 1, text: line, result: .failure(error)))
            }
        }
        return result
    }

    /// Splits a text into lines the way the parser numbers them.
    ///
    /// - Parameter text: A script text.
    /// - Returns: The lines without their breaks (`\n`, `\r\n`, `\r`) and without a leading BOM;
    ///   a final line break does not start an extra line.
    public static func lines(of text: String) -> [String] {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        var lines = body.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        return lines
    }

    /// `text` without a leading BOM and a trailing `\r`.
    static func cleaned(_ text: String) -> String {
        var body = Substring(text)
        if body.first == "\u{FEFF}" { body = body.dropFirst() }
        while let last = body.last, last == "\r" || last == "\n" || last == "\r\n" { body = body.dropLast() }
        return String(body)
    }
}

/// The state of parsing one line: a lazy lexer with one token of lookahead.
struct LineParser {
    private var lexer: Lexer
    private let line: Int
    private var peeked: Token??
    private var first: Token?
    private var previous: Token?
    private var operators = 0

    init(_ text: String, lineNumber: Int) {
        self.lexer = Lexer(text, lineNumber: lineNumber)
        self.line = lineNumber
    }

    // MARK: Tokens

    mutating func peek() throws(Diagnostic) -> Token? {
        if let peeked { return peeked }
        let token = try lexer.next()
        peeked = .some(token)
        return token
    }

    @discardableResult
    mutating func advance() throws(Diagnostic) -> Token? {
        let token = try peek()
        peeked = nil
        if let token {
            if first == nil { first = token }
            previous = token
        }
        return token
    }

    /// The rest of the line as written, not lexed (``Lexer/rest(from:)``); nil when it is empty.
    mutating func rawRest() -> StringLiteral? {
        let start = peeked.flatMap { $0 }.map { $0.range.start.column - 1 }
        peeked = .some(nil)
        guard let rest = lexer.rest(from: start) else { return nil }
        previous = Token(kind: .string(rest.value), text: rest.value, range: rest.range)
        return rest
    }

    mutating func peekWord(_ word: String) throws(Diagnostic) -> Bool {
        try peek()?.isWord(word) ?? false
    }

    mutating func peekSymbol(_ symbol: Token.Symbol) throws(Diagnostic) -> Bool {
        try peek()?.symbol == symbol
    }

    /// A zero-length range just past `token`.
    func after(_ token: Token) -> SourceRange {
        SourceRange(start: token.range.end, end: token.range.end)
    }

    private func afterPrevious() -> SourceRange {
        previous.map(after)
            ?? SourceRange(start: SourceLocation(line: line, column: 1), end: SourceLocation(line: line, column: 1))
    }

    func describe(_ token: Token) -> String { Quoting.quoted(token.text) }

    /// "expected X after 'prev'" at the point after the previous token, or ", found 'tok'" at tok.
    mutating func expected(_ what: Expectation, hint: Message? = nil) throws(Diagnostic) -> Diagnostic {
        let context = previous.map(describe)
        if let token = try peek() {
            return Diagnostic(
                .error, .expected(what, after: context, found: describe(token)), at: token.range, hint: hint)
        }
        return Diagnostic(.error, .expected(what, after: context, found: nil), at: afterPrevious(), hint: hint)
    }

    private mutating func expectEnd(after command: String) throws(Diagnostic) {
        guard let token = try peek() else { return }
        if token.symbol == .rightParen {
            throw Diagnostic(.error, .unbalancedClosingParenthesis, at: token.range)
        }
        var hint: Message? = decimalCommaHint(token)
        if case .word(let w) = token.kind, Lexer.weekUnits.contains(w.lowercased()), let n = previous,
            case .number = n.kind
        {
            hint = .countsWeeksAlready(code: "\(command) \(n.text)")
        }
        // `run 1 year`, `step 2 years`: the number is weeks.
        if case .word(let w) = token.kind, Lexer.yearUnits.contains(w.lowercased()), let n = previous,
            case .number(let years) = n.kind, years >= 1, years <= 20, years == years.rounded()
        {
            hint = .countsWeeksNotYears(years: Int(years), code: "\(command) \(Int(years) * 52)")
        }
        // `rate shed.joined 按年龄`: Chinese for `by age`.
        if case .word(let w) = token.kind, ["count", "rate", "mean", "hist"].contains(command),
            let field = Fields.byField(w)
        {
            hint = .didYouMean("by \(field)")
        }
        throw Diagnostic(.error, .unexpectedAfterCommand(quoted: describe(token)), at: token.range, hint: hint)
    }

    /// `0,4` typed for `0.4` (a decimal comma, as many locales and a Chinese input method's
    /// `，` write it): a comma right after a whole number and right before digits. The hint
    /// writes the number with a point; nil for any other comma.
    private func decimalCommaHint(_ comma: Token) -> Message? {
        guard comma.symbol == .comma, let n = previous, case .number = n.kind, n.range.end == comma.range.start,
            n.text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") })
        else { return nil }
        let chars = lexer.characters
        var k = comma.range.end.column - 1
        var digits = ""
        while k < chars.count, chars[k].isASCII, chars[k].isNumber {
            digits.append(chars[k])
            k += 1
        }
        // `1,000` is a thousands separator, not a decimal comma.
        guard !digits.isEmpty, digits.count != 3 || n.text.filter(\.isNumber).allSatisfy({ $0 == "0" }) else {
            return nil
        }
        return .decimalPoint(
            written: n.text + String(chars[comma.range.start.column - 1]) + digits, code: n.text + "." + digits)
    }

    mutating func word(_ what: Expectation, hint: Message? = nil) throws(Diagnostic) -> Identifier {
        guard let token = try peek(), case .word(let w) = token.kind else { throw try expected(what, hint: hint) }
        try advance()
        return Identifier(name: w, range: token.range)
    }

    mutating func number(_ what: Expectation, hint: Message? = nil) throws(Diagnostic) -> NumberLiteral {
        guard let token = try peek(), case .number(let v) = token.kind else { throw try expected(what, hint: hint) }
        try advance()
        return NumberLiteral(value: v, text: token.text, range: token.range)
    }

    mutating func optionalNumber(_ what: Expectation) throws(Diagnostic) -> NumberLiteral? {
        guard try peek() != nil else { return nil }
        return try number(what)
    }

    mutating func text(_ what: Expectation, example: String) throws(Diagnostic) -> StringLiteral {
        guard let token = try peek() else {
            throw try expected(what, hint: .forExample(code: example))
        }
        guard case .string(let s) = token.kind else {
            throw try expected(what, hint: .putTextInQuotes(code: example))
        }
        try advance()
        return StringLiteral(value: s, range: token.range)
    }

    private func atom(_ token: Token) -> Atom? {
        switch token.kind {
        case .word(let w): .word(Identifier(name: w, range: token.range))
        case .number(let v): .number(NumberLiteral(value: v, text: token.text, range: token.range))
        case .string(let s): .string(StringLiteral(value: s, range: token.range))
        case .symbol: nil
        }
    }

    /// The value after `key`: any atom.
    mutating func value(after key: Token) throws(Diagnostic) -> Atom {
        guard let token = try peek() else {
            throw Diagnostic(.error, .expectedValueAfter(quoted: describe(key), found: nil), at: after(key))
        }
        guard let atom = atom(token) else {
            let hint =
                token.symbol == .equal || token.symbol == .doubleEqual
                ? Message.writeValueRightAfter(key: describe(key), without: describe(token)) : nil
            throw Diagnostic(
                .error, .expectedValueAfter(quoted: describe(key), found: describe(token)), at: token.range, hint: hint)
        }
        try advance()
        return atom
    }

    enum SettingsMode { case plain, facility, intervention, resident }

    /// `{KEY ATOM}` to the end of the line; `serves` takes one or two atoms in facility mode;
    /// `on NAME` sets `target` in intervention mode.
    mutating func settings(
        _ mode: SettingsMode, example: String, target: inout Identifier?
    ) throws(Diagnostic) -> [Setting] {
        var result: [Setting] = []
        while let token = try peek() {
            guard case .word(let key) = token.kind else {
                // `from week 10`: the week is just its number.
                if case .number = token.kind, let last = result.last, case .word(let w) = last.values[0],
                    ["week", "weeks"].contains(w.name)
                {
                    throw try expected(.settingName, hint: .weekIsJustANumber(code: "\(last.key.name) \(token.text)"))
                }
                throw try expected(
                    .settingName, hint: decimalCommaHint(token) ?? .settingsAreNameAndValue(code: example))
            }
            try advance()
            var keyId = Identifier(name: key, range: token.range)
            if mode == .intervention, key == "on", target == nil {
                target = try word(.facilityNameOrAll)
                continue
            }
            // `resident ana activist` is `activist on` (spec §12): the flag may stand alone, and
            // may be written with its Chinese name (`resident 老王 积极分子`).
            if mode == .resident, key == "activist" || Terms.key(named: key, in: "resident", among: ["activist"]) != nil
            {
                keyId = Identifier(name: "activist", range: token.range)
                if let next = try peek(), case .word(let w) = next.kind, ["on", "off"].contains(w) {
                    try advance()
                    result.append(Setting(key: keyId, values: [.word(Identifier(name: w, range: next.range))]))
                } else {
                    result.append(Setting(key: keyId, values: [.word(Identifier(name: "on", range: token.range))]))
                }
                continue
            }
            var values = [try value(after: token)]
            if mode == .facility, key == "serves", case .word(let scope) = values[0],
                ["building", "age", "tenure"].contains(scope.name), let scopeToken = previous
            {
                values.append(try value(after: scopeToken))
            }
            result.append(Setting(key: keyId, values: values))
        }
        return result
    }

    // MARK: Statements

    mutating func statement() throws(Diagnostic) -> Statement? {
        guard let head = try peek() else { return nil }
        guard case .word(let name) = head.kind else {
            throw Diagnostic(
                .error, .expectedCommand(found: describe(head)), at: head.range,
                hint: .typeHelpForCommands)
        }
        guard let definition = CommandRegistry.definition(typed: name) else {
            // Two commands at the same distance are both offered, the likelier first (`setp`: a
            // transposition of step, a letter more than set).
            let nearest = Suggestions.ranked(to: name, in: Vocabulary.allCommands)
            // `run10`, `step5`: a command and its number without the space between them.
            let digits = name.reversed().prefix { $0.isASCII && $0.isNumber }.count
            let word = String(name.dropLast(digits))
            let hint: Message =
                digits > 0 && CommandRegistry.definition(named: word) != nil
                ? .didYouMean("\(word) \(name.suffix(digits))")
                : nearest.count > 1
                    ? .didYouMeanEither(nearest[0], nearest[1])
                    : nearest.first.map { .didYouMean($0) } ?? .typeHelpForCommands
            throw Diagnostic(.error, .unknownCommand(quoted: describe(head)), at: head.range, hint: hint)
        }
        try advance()
        // `exit()`, `quit()`, `help()`: a habit from other shells (a condition may start with `(`).
        if !["count", "rate", "mean", "check", "sweep", "answer"].contains(name), let open = try peek(),
            open.symbol == .leftParen
        {
            var ahead = self
            _ = try ahead.advance()
            if try ahead.peek()?.symbol == .rightParen {
                throw Diagnostic(
                    .error, .unexpectedAfterCommand(quoted: describe(open)), at: open.range,
                    hint: .withoutParentheses(code: name))
            }
        }
        let command = try definition.parse(&self)
        try expectEnd(after: name)
        let range = head.range.union((previous ?? head).range)
        return Statement(command: command, range: range)
    }

    /// The value after the token just read (`set a0 0.02`).
    mutating func valueAfterPrevious() throws(Diagnostic) -> Atom {
        guard let key = previous else { throw try expected(.value) }
        return try value(after: key)
    }

    /// `STRING [force]` after `save`, `load` or `export`, with a helpful error for an unquoted
    /// path — also when the path does not even lex (`examples/lift-retrofit.coprod`).
    mutating func filePath(for name: String, example: String, allowsForce: Bool) throws(Diagnostic)
        -> (path: StringLiteral, force: Bool)
    {
        guard let head = previous ?? first else { throw try expected(.value) }
        let pathToken: Token?
        do {
            pathToken = try peek()
        } catch {
            throw unquotedPath(name, head: head, example: example, lexError: error)
        }
        guard let pathToken else {
            throw Diagnostic(
                .error, .expectedFileName(after: describe(head)), at: after(head),
                hint: .forExample(code: "\(name) \"\(example)\""))
        }
        guard case .string(let path) = pathToken.kind else {
            throw unquotedPath(name, head: head, example: example, lexError: nil)
        }
        try advance()
        var force = false
        if allowsForce, try peekWord("force") {
            try advance()
            force = true
        }
        return (StringLiteral(value: path, range: pathToken.range), force)
    }

    private func unquotedPath(_ name: String, head: Token, example: String, lexError: Diagnostic?) -> Diagnostic {
        let chars = lexer.characters
        var start = head.range.end.column - 1
        while start < chars.count, chars[start] == " " || chars[start] == "\t" { start += 1 }
        var end = start
        while end < chars.count, !chars[end].isWhitespace, chars[end] != "#" { end += 1 }
        guard end > start, chars[start] != "\"" else {
            return lexError ?? Diagnostic(.error, .expectedFileName(after: describe(head)), at: after(head))
        }
        let written = String(chars[start..<end])
        let range = SourceRange(
            start: SourceLocation(line: line, column: start + 1), end: SourceLocation(line: line, column: end + 1))
        return Diagnostic(
            .error, .expectedQuotedFileName(after: describe(head)), at: range,
            hint: .putFileNameInQuotes(code: "\(name) \"\(Quoting.shortened(written))\""))
    }

    mutating func residentRef(_ what: Expectation) throws(Diagnostic) -> ResidentRef {
        guard let token = try peek() else { throw try expected(what) }
        switch token.kind {
        case .word(let w):
            try advance()
            return .name(Identifier(name: w, range: token.range))
        case .number(let v):
            try advance()
            return .index(NumberLiteral(value: v, text: token.text, range: token.range))
        default:
            throw try expected(what)
        }
    }

    mutating func fieldRef(_ what: Expectation, hint: Message? = nil) throws(Diagnostic) -> FieldRef {
        let name = try word(what, hint: hint)
        guard try peekSymbol(.dot) else { return FieldRef(qualifier: nil, name: name) }
        try advance()
        let member = try word(.fieldName)
        return FieldRef(qualifier: name, name: member)
    }

    mutating func runSpec() throws(Diagnostic) -> RunSpec {
        guard try peekWord("until") else {
            // A misspelt `until` (`untl`, `untill`) gets a did-you-mean; anything else the examples.
            var hint = Message.forExamples(["run 52", "run until week 52"])
            if let token = try peek(), case .word(let w) = token.kind,
                Suggestions.closest(to: w, in: ["until"]) != nil
            {
                hint = .didYouMean("until")
            }
            return .steps(try number(.numberOfWeeksOrUntil, hint: hint))
        }
        try advance()
        var condition = try expression()
        if case .field(let field) = condition, field.qualifier == nil, field.name.name == "week",
            let token = try peek(), case .number(let v) = token.kind
        {
            try advance()
            let bound = NumberLiteral(value: v, text: token.text, range: token.range)
            let operatorRange = SourceRange(start: token.range.start, end: token.range.start)
            condition = .comparison(condition, .greaterOrEqual, .number(bound), operatorRange: operatorRange)
        }
        var cap: NumberLiteral?
        if try peekWord("max") {
            try advance()
            cap = try number(.numberOfWeeks)
        }
        return .until(condition, max: cap)
    }

    mutating func showTarget() throws(Diagnostic) -> ShowTarget {
        let hint = Message.showTargets
        guard let token = try peek() else { throw try expected(.whatToShow, hint: hint) }
        guard case .word(let w) = token.kind else {
            if case .number = token.kind {
                throw try expected(.whatToShow, hint: .showResidentByNumber(code: "show resident \(token.text)"))
            }
            throw try expected(.whatToShow, hint: hint)
        }
        try advance()
        switch w {
        case "community": return .community
        case "interventions": return .interventions
        case "government": return .government
        case "parameters": return .parameters
        case "resident":
            return .resident(try residentRef(.residentNameOrNumber))
        case "facility":
            return .facility(try word(.facilityName))
        default: return .entity(Identifier(name: w, range: token.range))
        }
    }

    /// `[where EXPR] [by FIELD {, FIELD}]`, each at most once, in either order.
    mutating func clauses() throws(Diagnostic) -> (Expression?, [FieldRef]) {
        var condition: Expression?
        var by: [FieldRef] = []
        var sawBy = false
        while let token = try peek() {
            if token.isWord("where"), condition == nil {
                try advance()
                condition = try expression()
            } else if token.isWord("by"), !sawBy {
                try advance()
                sawBy = true
                by.append(try fieldRef(.field))
                while try peekSymbol(.comma) {
                    try advance()
                    by.append(try fieldRef(.field))
                }
            } else if token.isWord("where") || token.isWord("by") {
                throw Diagnostic(.error, .appearsTwice(quoted: describe(token)), at: token.range)
            } else {
                return (condition, by)
            }
        }
        return (condition, by)
    }

    // MARK: Expressions

    /// A whole expression; the caller checks what follows.
    mutating func expression() throws(Diagnostic) -> Expression {
        guard let token = try peek(), !isTerminator(token) else {
            throw try expected(.condition)
        }
        return try or(depth: 0)
    }

    private func isTerminator(_ token: Token) -> Bool {
        guard let w = token.word else { return false }
        return Vocabulary.expressionTerminators.contains(w) || w == "and" || w == "or"
    }

    private mutating func countOperator(_ token: Token) throws(Diagnostic) {
        operators += 1
        if operators > Parser.maximumOperators {
            throw Diagnostic(
                .error, .expressionTooLong, at: token.range,
                hint: .useAtMostOperators(Parser.maximumOperators))
        }
    }

    private mutating func or(depth: Int) throws(Diagnostic) -> Expression {
        var left = try and(depth: depth)
        while let token = try peek(), token.isWord("or") {
            try advance()
            try countOperator(token)
            left = .or(left, try and(depth: depth))
        }
        return left
    }

    private mutating func and(depth: Int) throws(Diagnostic) -> Expression {
        var left = try not(depth: depth)
        while let token = try peek(), token.isWord("and") {
            try advance()
            try countOperator(token)
            left = .and(left, try not(depth: depth))
        }
        return left
    }

    private mutating func not(depth: Int) throws(Diagnostic) -> Expression {
        var keywords: [SourceRange] = []
        while let token = try peek(), token.isWord("not") {
            try advance()
            try countOperator(token)
            keywords.append(token.range)
        }
        var result = try comparison(depth: depth)
        for keyword in keywords.reversed() { result = .not(result, keyword: keyword) }
        return result
    }

    private mutating func comparison(depth: Int) throws(Diagnostic) -> Expression {
        let left = try operand(depth: depth, expecting: .condition)
        guard let token = try peek(), let op = token.symbol?.comparisonOperator else { return left }
        try advance()
        try countOperator(token)
        let right = try operand(depth: depth, expecting: .value)
        return .comparison(left, op, right, operatorRange: token.range)
    }

    /// One side of a comparison, or a whole condition (`shed.joined`, a parenthesis). What is
    /// missing is named as `what`: a condition where one begins (after `where`, `and`, `not`,
    /// `(`), a value after a comparison operator.
    private mutating func operand(depth: Int, expecting what: Expectation) throws(Diagnostic) -> Expression {
        guard let token = try peek() else { throw try expected(what) }
        switch token.kind {
        case .number(let v):
            try advance()
            return .number(NumberLiteral(value: v, text: token.text, range: token.range))
        case .string(let s):
            try advance()
            return .string(StringLiteral(value: s, range: token.range))
        case .word(let w):
            if isTerminator(token) || w == "not" { throw try expected(what) }
            return .field(try fieldRef(.field))
        case .symbol(.leftParen):
            if depth >= Parser.maximumNesting {
                throw Diagnostic(
                    .error, .expressionTooDeep, at: token.range,
                    hint: .useAtMostNesting(Parser.maximumNesting))
            }
            try advance()
            let inner = try or(depth: depth + 1)
            guard let close = try peek() else {
                throw Diagnostic(
                    .error, .unclosedParenthesis, at: token.range, hint: .addClosingParenthesis)
            }
            guard close.symbol == .rightParen else {
                throw Diagnostic(
                    .error, .expectedClosingParenthesis(found: describe(close)), at: close.range,
                    hint: .parenthesisNotClosed(column: token.range.start.column))
            }
            try advance()
            return inner
        case .symbol(.rightParen):
            if previous?.symbol == .leftParen { throw try expected(.condition) }
            throw Diagnostic(.error, .unbalancedClosingParenthesis, at: token.range)
        case .symbol:
            throw try expected(what)
        }
    }
}
