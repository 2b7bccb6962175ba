/// Splits one line of coprod source into tokens, on demand.
///
/// The lexer works on a single line (without its line break) and counts columns in Swift
/// `Character`s. It is lazy: the parser pulls one token at a time with `next()`, so a 1 MB line of
/// `(` costs nothing beyond the point where the parser gives up. Every call consumes at least one
/// character or reaches the end, so the lexer cannot loop; scanning is linear in the line length.
///
/// Rules (from the grammar contract): `#` starts a comment; words start with a letter or `_` and
/// continue with letters, digits, `_` and `-`; numbers have an optional sign, digits, an optional
/// fraction and exponent and an optional `%` (`95%` is 0.95), must be finite and must not run into
/// a letter; strings are
/// double-quoted with `\"`, `\\`, `\n`, `\t` escapes; punctuation is `= == != < <= > >= . ( ) ,`.
/// Anything else — including NUL, control characters and the replacement character left by
/// invalid UTF-8 — is an "unexpected character" error at its column.
public struct Lexer: Sendable {
    private let chars: [Character]
    private let line: Int
    private var position = 0
    /// The source line as characters, for callers that need raw text between tokens.
    var characters: [Character] { chars }

    /// Consumes the rest of the line from character `start` (the lexer's position when nil) and
    /// returns it as written, without blanks around it and without a `#` comment: the options of
    /// `sweep`, which are the command line's (`--vary shed.salience=0.3,0.9`), not tokens. Nil when
    /// nothing is left.
    mutating func rest(from start: Int? = nil) -> StringLiteral? {
        var first = start ?? position
        position = chars.count
        while first < chars.count, Lexer.isBlank(chars[first]) { first += 1 }
        var end = first
        while end < chars.count, !(chars[end] == "#" && (end == first || Lexer.isBlank(chars[end - 1]))) { end += 1 }
        while end > first, Lexer.isBlank(chars[end - 1]) { end -= 1 }
        guard end > first else { return nil }
        return StringLiteral(
            value: String(chars[first..<end]),
            range: SourceRange(
                start: SourceLocation(line: line, column: first + 1), end: SourceLocation(line: line, column: end + 1)))
    }

    /// Creates a lexer for one line.
    /// - Parameters:
    ///   - text: The line, without its line break.
    ///   - lineNumber: The 1-based line number used in token ranges.
    public init(_ text: String, lineNumber: Int) {
        self.chars = Array(text)
        self.line = lineNumber
    }

    /// Tokenizes a whole line.
    /// - Parameters:
    ///   - text: The line, without its line break.
    ///   - lineNumber: The 1-based line number used in token ranges.
    /// - Returns: The tokens, comments and whitespace dropped.
    /// - Throws: The first lexical error in the line.
    public static func tokenize(_ text: String, lineNumber: Int) throws(Diagnostic) -> [Token] {
        var lexer = Lexer(text, lineNumber: lineNumber)
        var tokens: [Token] = []
        while let token = try lexer.next() { tokens.append(token) }
        return tokens
    }

    /// The location of the character at `offset` (0-based) in this line.
    func location(_ offset: Int) -> SourceLocation {
        SourceLocation(line: line, column: offset + 1)
    }

    private func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: location(start), end: location(end))
    }

    private func char(_ offset: Int) -> Character? {
        offset < chars.count ? chars[offset] : nil
    }

    /// Words people write after a number of weeks (`10 weeks`, `52周`), which coprod's numbers
    /// already count: answered with ``Message/countsWeeksAlready(code:)``.
    /// Words for years typed after a number of weeks (`run 1 year`).
    static let yearUnits: Set<String> = ["year", "years", "yr", "yrs", "年", "个年"]

    static let weekUnits: Set<String> = [
        "week", "weeks", "wk", "wks", "周", "周数", "个周", "星期", "个星期", "礼拜", "个礼拜",
    ]

    private static func isDigit(_ c: Character?) -> Bool {
        guard let c, c.isASCII, let a = c.asciiValue else { return false }
        return a >= 48 && a <= 57
    }

    private static func isWordStart(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c == "_" || (c.isLetter && !Quoting.isInvisible(c))
    }

    private static func isWordContinuation(_ c: Character?) -> Bool {
        guard let c else { return false }
        return isWordStart(c) || c == "-" || (c.isNumber && !Quoting.isInvisible(c))
    }

    private static func isBlank(_ c: Character) -> Bool {
        c == " " || c == "\t" || c == "\r" || c == "\r\n" || c == "\n"
            || (c.isWhitespace && c.firstScalar.properties.generalCategory == .spaceSeparator)
    }

    /// Returns the next token, or nil at the end of the line (or at a `#` comment).
    /// - Returns: The next token, or nil when none is left.
    /// - Throws: A `Diagnostic` for an unexpected character, a malformed or infinite number, or a
    ///   string that is not terminated or contains an unknown escape.
    public mutating func next() throws(Diagnostic) -> Token? {
        while let c = char(position), Lexer.isBlank(c) { position += 1 }
        guard let c = char(position) else { return nil }
        let start = position
        if c == "#" {
            position = chars.count
            return nil
        }
        if c == "\"" || c == "\u{201C}" { return try string() }
        if Lexer.isDigit(c)
            || (c == "." && Lexer.isDigit(char(start + 1)) && !followsWord(start))
            || ((c == "-" || c == "+")
                && (Lexer.isDigit(char(start + 1)) || (char(start + 1) == "." && Lexer.isDigit(char(start + 2)))))
        {
            return try number()
        }
        if Lexer.isWordStart(c) {
            position += 1
            while Lexer.isWordContinuation(char(position)) { position += 1 }
            let text = String(chars[start..<position])
            return Token(kind: .word(text), text: text, range: range(start, position))
        }
        if let symbol = self.symbol(at: start) {
            position += symbol.rawValue.count
            return Token(kind: .symbol(symbol), text: symbol.rawValue, range: range(start, position))
        }
        throw unexpected(c, at: start)
    }

    /// True when the character before `offset` belongs to a word or number (so `shed.5` keeps its dot).
    private func followsWord(_ offset: Int) -> Bool {
        offset > 0 && (Lexer.isWordContinuation(chars[offset - 1]) || Lexer.isDigit(chars[offset - 1]))
    }

    /// The ASCII punctuation a full-width character stands for where it cannot mean anything
    /// else (`（）＝＜＞！，．`, typed with a Chinese input method), else the character itself.
    static func halfWidth(_ c: Character) -> Character {
        switch c {
        case "\u{FF08}": "("
        case "\u{FF09}": ")"
        case "\u{FF1D}": "="
        case "\u{FF1C}": "<"
        case "\u{FF1E}": ">"
        case "\u{FF01}": "!"
        case "\u{FF0C}": ","
        case "\u{FF0E}": "."
        default: c
        }
    }

    /// The value of a full-width digit `０`…`９` (typed with a Chinese input method in full-width
    /// mode), else nil. Numbers are read in ASCII only, so such a digit gets a hint.
    static func fullWidthDigit(_ c: Character) -> Int? {
        guard c.unicodeScalars.count == 1, let v = c.unicodeScalars.first?.value, (0xFF10...0xFF19).contains(v)
        else { return nil }
        return Int(v - 0xFF10)
    }

    /// A symbol's length in characters is its ASCII length: each full-width character stands for one.
    private func symbol(at offset: Int) -> Token.Symbol? {
        let c = Self.halfWidth(chars[offset])
        let nextIsEqual = char(offset + 1).map(Self.halfWidth) == "="
        switch c {
        case "=": return nextIsEqual ? .doubleEqual : .equal
        case "!": return nextIsEqual ? .notEqual : nil
        case "<": return nextIsEqual ? .lessOrEqual : .less
        case ">": return nextIsEqual ? .greaterOrEqual : .greater
        case ".": return .dot
        case "(": return .leftParen
        case ")": return .rightParen
        case ",": return .comma
        default: return nil
        }
    }

    private func unexpected(_ c: Character, at offset: Int) -> Diagnostic {
        var hint: Message?
        switch c {
        case "'", "\u{2018}", "\u{2019}", "\u{201D}":
            hint = .useStraightQuotes
        case "\u{FF1B}", ";":
            hint = .oneCommandPerLine
        case _ where Self.fullWidthDigit(c) != nil:
            hint = .digitsAreASCII(fullWidth: String(c), ascii: String(Self.fullWidthDigit(c) ?? 0))
        case "\u{FF1A}", "\u{3002}", "\u{3001}", "\u{FF1F}", "\u{3010}", "\u{3011}", "\u{300A}", "\u{300B}":
            hint = .punctuationIsASCII
        case "\u{FFFD}":
            hint = .notValidUTF8
        case "!":
            hint = .useNotEqualOrNot
        case ":" where offset == 0:
            hint = .noColonBeforeCommands
        default:
            break
        }
        return Diagnostic(
            .error, .unexpectedCharacter(quoted: Quoting.describe(c)), at: range(offset, offset + 1), hint: hint)
    }

    /// What follows a resident's number in a Chinese sentence (`1号居民`, `3号`, `第2位居民`).
    static let residentMarks: Set<String> = ["号居民", "号", "位居民", "居民", "号的居民"]

    private mutating func number() throws(Diagnostic) -> Token {
        let start = position
        if chars[position] == "-" || chars[position] == "+" { position += 1 }
        while Lexer.isDigit(char(position)) { position += 1 }
        if char(position) == ".", Lexer.isDigit(char(position + 1)) {
            position += 1
            while Lexer.isDigit(char(position)) { position += 1 }
        }
        if char(position) == "e" || char(position) == "E" {
            var p = position + 1
            if char(p) == "+" || char(p) == "-" { p += 1 }
            if Lexer.isDigit(char(p)) {
                position = p
                while Lexer.isDigit(char(position)) { position += 1 }
            }
        }
        // `95%` is 0.95: a percentage is a share written the way people say it.
        let percent = char(position) == "%"
        if percent { position += 1 }
        let next = char(position)
        if Lexer.isWordContinuation(next) || next == "." || Lexer.isDigit(next) {
            var end = position
            while let c = char(end), Lexer.isWordContinuation(c) || c == "." || Lexer.isDigit(c) { end += 1 }
            let text = String(chars[start..<end])
            let unit = String(chars[position..<end]).lowercased()
            // `run 52周`, `step 10weeks`: the unit is the mistake, not the missing space.
            let hint: Message =
                Lexer.weekUnits.contains(unit)
                ? .countsWeeksAlready(code: String(chars[..<position]).trimmingCharacters(in: .whitespaces))
                : .spaceBetweenNumberAndWord
            // `explain 1号居民`, `show 3号`: a resident as a Chinese sentence says it; she is her
            // number alone, and the hint gives the line with it.
            if Lexer.residentMarks.contains(unit) {
                // (`show 3号`: a resident is shown as `show resident 3`.)
                var before = String(chars[..<start])
                if before.trimmingCharacters(in: .whitespaces) == "show" { before += "resident " }
                let line = before + String(chars[start..<position]) + String(chars[end...])
                let code = line.trimmingCharacters(in: .whitespaces)
                let message: Message =
                    unit.contains("居民")
                    ? .residentWrittenInWords(quoted: Quoting.quoted(text))
                    : .invalidNumber(quoted: Quoting.quoted(text))
                position = end
                throw Diagnostic(.error, message, at: range(start, end), hint: .forExample(code: code))
            }
            position = end
            throw Diagnostic(
                .error, .invalidNumber(quoted: Quoting.quoted(text)), at: range(start, end), hint: hint)
        }
        let text = String(chars[start..<position])
        guard let written = Double(percent ? String(text.dropLast()) : text), written.isFinite else {
            throw Diagnostic(.error, .numberTooLarge, at: range(start, position))
        }
        let value = percent ? written / 100 : written
        // -0, -0.0 and -0e5 are zero: a negative zero would print as "-0" in JSON but be saved as 0.
        return Token(kind: .number(value == 0 ? 0 : value), text: text, range: range(start, position))
    }

    /// A string in straight double quotes, or in the curly ones a Chinese input method types
    /// (`“老年”`, closed by `”` or `"`).
    private mutating func string() throws(Diagnostic) -> Token {
        let start = position
        let curly = chars[start] == "\u{201C}"
        position += 1
        var value = ""
        while let c = char(position) {
            switch c {
            case "\"",
                "\u{201D}" where curly:
                position += 1
                return Token(kind: .string(value), text: String(chars[start..<position]), range: range(start, position))
            case "\\":
                guard let escaped = char(position + 1) else {
                    position += 1
                    continue
                }
                switch escaped {
                case "\"": value.append("\"")
                case "\\": value.append("\\")
                case "n": value.append("\n")
                case "t": value.append("\t")
                default:
                    throw Diagnostic(
                        .error, .unknownEscape(Quoting.isInvisible(escaped) ? "?" : String(escaped)),
                        at: range(position, position + 2),
                        hint: .escapesAre)
                }
                position += 2
            default:
                let scalar = c.firstScalar
                if c != "\t" && (scalar.properties.generalCategory == .control || scalar.value == 0xFFFD) {
                    throw unexpected(c, at: position)
                }
                value.append(c)
                position += 1
            }
        }
        throw Diagnostic(
            .error, .unterminatedString, at: range(start, start + 1),
            hint: .addClosingQuote)
    }
}
