/// Lays out completion candidates in columns, like a shell does below the prompt.
public enum CandidateList {
    /// Formats `candidates` in as many columns as fit in `width`, filled down then across.
    ///
    /// - Parameters:
    ///   - candidates: The words to show, in order.
    ///   - width: The terminal width in columns (at least one column is always used).
    /// - Returns: The rows, without trailing spaces or newlines.
    public static func rows(_ candidates: [String], width: Int) -> [String] {
        guard !candidates.isEmpty else { return [] }
        let cellWidth = (candidates.map(\.count).max() ?? 0) + 2
        let columns = max(1, width / cellWidth)
        let rowCount = (candidates.count + columns - 1) / columns
        return (0..<rowCount).map { row in
            var line = ""
            for column in 0..<columns {
                let index = column * rowCount + row
                guard index < candidates.count else { break }
                let word = candidates[index]
                line += word + String(repeating: " ", count: cellWidth - word.count)
            }
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}
