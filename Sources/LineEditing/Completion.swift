/// The result of pressing Tab: text to insert at the cursor, or candidates to list.
///
/// This is the pure part of completion: ``LineEditor`` asks its completer for candidates and
/// uses ``Completion/resolve(lineUpToCursor:candidates:)`` to decide what to do with them.
public struct Completion: Sendable, Equatable {
    /// Text to insert at the cursor; empty if there is nothing more to insert.
    public var insertion: String
    /// Candidates to list below the line: non-empty only when several candidates match and
    /// nothing more can be inserted.
    public var alternatives: [String]
    /// Characters of the typed word to erase before inserting: a word typed in Chinese that
    /// completes to the English word it names (`车` → `shed`).
    public var erase: Int

    /// Creates a completion result; the default is "nothing to do".
    ///
    /// - Parameters:
    ///   - insertion: Text to insert at the cursor.
    ///   - alternatives: Candidates to list below the line.
    ///   - erase: Characters before the cursor to delete first.
    public init(insertion: String = "", alternatives: [String] = [], erase: Int = 0) {
        self.insertion = insertion
        self.alternatives = alternatives
        self.erase = erase
    }

    /// Characters that end a word for completion purposes: whitespace and the language's
    /// punctuation except `.` (so `shed.ph` is one typed word).
    static func isSeparator(_ c: Character) -> Bool {
        c.isWhitespace || "=!<>(),\"#".contains(c)
    }

    /// The partial word that ends `lineUpToCursor` (empty after a space).
    ///
    /// - Parameter lineUpToCursor: The line from its start up to the cursor.
    /// - Returns: The trailing run of non-separator characters.
    public static func typedWord(in lineUpToCursor: String) -> Substring {
        let start =
            lineUpToCursor.lastIndex(where: isSeparator).map(lineUpToCursor.index(after:))
            ?? lineUpToCursor.startIndex
        return lineUpToCursor[start...]
    }

    /// The longest common prefix of `strings`, compared by `Character` so that a multi-byte
    /// character is never split.
    ///
    /// - Parameter strings: Any strings; an empty array gives `""`.
    /// - Returns: The longest string that every element starts with.
    /// - Complexity: O(*n* · *m*) for *n* strings of length at most *m*.
    public static func longestCommonPrefix<S: StringProtocol>(_ strings: [S]) -> String {
        guard let first = strings.first else { return "" }
        var prefix = String(first)
        for s in strings.dropFirst() {
            let common = zip(prefix, s).prefix { $0 == $1 }.count
            prefix = String(prefix.prefix(common))
            if prefix.isEmpty { break }
        }
        return prefix
    }

    /// Decides what Tab does with the completer's candidates.
    ///
    /// Candidates that do not start with the typed word are ignored; if none does and the word
    /// contains a `.`, the part after the last `.` is matched instead (`shed.ph` → `phase`).
    /// A single match is completed and followed by a space; several matches insert their longest
    /// common prefix, and when that adds nothing they are returned as ``alternatives``. A word
    /// with non-ASCII characters that no candidate starts with is replaced by the one ASCII
    /// candidate (``erase``), or the ASCII candidates are listed: the completer offers there the
    /// words that the Chinese typed names (`车` → `shed`).
    ///
    /// - Parameters:
    ///   - lineUpToCursor: The line from its start up to the cursor.
    ///   - candidates: Whole words proposed for the word that ends there.
    /// - Returns: What to insert, or what to list.
    public static func resolve(lineUpToCursor: String, candidates: [String]) -> Completion {
        var word = typedWord(in: lineUpToCursor)
        var matches = unique(candidates.filter { $0.hasPrefix(word) })
        if matches.isEmpty, let dot = word.lastIndex(of: ".") {
            word = word[word.index(after: dot)...]
            matches = unique(candidates.filter { $0.hasPrefix(word) })
        }
        // A word typed in another script (`车`) that no candidate starts with: the candidates are
        // the words it names (`shed`, whose Chinese name is 车棚), which replace it.
        if matches.isEmpty, !word.isEmpty, !word.allSatisfy(\.isASCII) {
            let names = unique(candidates.filter { !$0.isEmpty && $0.allSatisfy(\.isASCII) })
            if names.count == 1 { return Completion(insertion: names[0] + " ", erase: word.count) }
            return Completion(alternatives: names)
        }
        guard !matches.isEmpty else { return Completion() }
        if matches.count == 1 {
            return Completion(insertion: String(matches[0].dropFirst(word.count)) + " ")
        }
        let insertion = String(longestCommonPrefix(matches).dropFirst(word.count))
        return Completion(insertion: insertion, alternatives: insertion.isEmpty ? matches : [])
    }

    private static func unique(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }
}
