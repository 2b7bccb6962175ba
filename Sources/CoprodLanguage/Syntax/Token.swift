/// One lexical unit of a coprod line: a word, a number, a string or a punctuation symbol,
/// together with its spelling and its source range.
public struct Token: Hashable, Sendable {
    /// The punctuation symbols of the language.
    public enum Symbol: String, Hashable, Sendable, CaseIterable {
        case equal = "="
        case doubleEqual = "=="
        case notEqual = "!="
        case less = "<"
        case lessOrEqual = "<="
        case greater = ">"
        case greaterOrEqual = ">="
        case dot = "."
        case leftParen = "("
        case rightParen = ")"
        case comma = ","

        /// The comparison operator this symbol spells, if any (`==` is a synonym of `=`).
        public var comparisonOperator: ComparisonOperator? {
            switch self {
            case .equal, .doubleEqual: .equal
            case .notEqual: .notEqual
            case .less: .less
            case .lessOrEqual: .lessOrEqual
            case .greater: .greater
            case .greaterOrEqual: .greaterOrEqual
            case .dot, .leftParen, .rightParen, .comma: nil
            }
        }
    }

    /// What a token is, with its decoded value.
    public enum Kind: Hashable, Sendable {
        /// A word such as `step`, `tech-platform` or `张三`.
        case word(String)
        /// A finite number; the spelling is in `Token.text`.
        case number(Double)
        /// A string literal with its escapes resolved.
        case string(String)
        /// A punctuation symbol.
        case symbol(Symbol)
    }

    /// The decoded token.
    public var kind: Kind
    /// The token exactly as written in the source (a string keeps its quotes and escapes).
    public var text: String
    /// Where the token sits in its line.
    public var range: SourceRange

    /// Creates a token.
    /// - Parameters:
    ///   - kind: The decoded token.
    ///   - text: The spelling in the source.
    ///   - range: Where the token sits.
    public init(kind: Kind, text: String, range: SourceRange) {
        self.kind = kind
        self.text = text
        self.range = range
    }

    /// The word this token spells, or nil when it is not a word.
    public var word: String? {
        if case .word(let w) = kind { return w }
        return nil
    }

    /// The symbol this token is, or nil when it is not punctuation.
    public var symbol: Symbol? {
        if case .symbol(let s) = kind { return s }
        return nil
    }

    /// True when the token is the word `word` (keywords are matched exactly).
    /// - Parameter word: The keyword to compare with.
    /// - Returns: Whether the token is that word.
    public func isWord(_ word: String) -> Bool {
        self.word == word
    }
}
