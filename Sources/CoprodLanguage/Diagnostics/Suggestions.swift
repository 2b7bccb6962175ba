/// "Did you mean …?" suggestions by edit distance.
///
/// Used by the parser for misspelt commands and by the interpreter for facility and resident
/// names, intervention kinds and setting keys.
public enum Suggestions {
    /// The candidate closest to `word`, if close enough to be a likely misspelling: the first of
    /// ``ranked(to:in:)``.
    ///
    /// - Parameters:
    ///   - word: The word as typed, e.g. `stpe`.
    ///   - candidates: The words that would have been valid, e.g. the command list.
    /// - Returns: The closest candidate, spelled as in `candidates`, or nil when none is close.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        ranked(to: word, in: candidates).first
    }

    /// Every candidate at the smallest distance from `word`, best first, if close enough to be a
    /// likely misspelling.
    ///
    /// Distance is the optimal-string-alignment Damerau–Levenshtein distance (insertions,
    /// deletions, substitutions and transpositions of adjacent characters), compared without
    /// regard to case. A candidate is accepted when its distance is at most `max(1, word.count / 3)`.
    /// Among candidates at the same distance, one with the same letters as the typed word (a
    /// transposition: `setp` → `step` before `set`) comes first, then one of the same length (a
    /// substitution), then the rest; further ties keep the order of `candidates`. Candidates
    /// whose length differs too much to qualify are skipped without computing a distance, so a
    /// 1 MB word is cheap.
    ///
    /// Complexity: O(n·m) per candidate that passes the length check.
    ///
    /// - Parameters:
    ///   - word: The word as typed, e.g. `setp`.
    ///   - candidates: The words that would have been valid, e.g. the command list.
    /// - Returns: The nearest candidates (`["step", "set"]`), or an empty array when none is close.
    public static func ranked(to word: String, in candidates: [String]) -> [String] {
        let typed = Array(word.lowercased())
        guard !typed.isEmpty else { return [] }
        let limit = max(1, typed.count / 3)
        let letters = typed.sorted()
        var best: [(candidate: String, order: Int)] = []
        var bestDistance = Int.max
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            guard abs(other.count - typed.count) <= limit else { continue }
            let d = distance(typed, other)
            guard d <= limit, d <= bestDistance else { continue }
            if d < bestDistance {
                bestDistance = d
                best = []
            }
            let order = other.sorted() == letters ? 0 : other.count == typed.count ? 1 : 2
            if !best.contains(where: { $0.candidate == candidate }) { best.append((candidate, order)) }
        }
        // A stable sort: equal orders keep the candidates' order.
        return best.enumerated().sorted { ($0.element.order, $0.offset) < ($1.element.order, $1.offset) }
            .map(\.element.candidate)
    }

    /// The optimal-string-alignment distance between two strings (case-sensitive).
    /// - Parameters:
    ///   - a: One string.
    ///   - b: The other string.
    /// - Returns: The number of single-character edits (adjacent transpositions count one).
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a), Array(b))
    }

    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        var previous2 = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    d = min(d, previous2[j - 2] + 1)
                }
                current[j] = d
            }
            swap(&previous2, &previous)
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
