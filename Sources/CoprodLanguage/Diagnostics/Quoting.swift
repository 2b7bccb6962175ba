/// Quoting source text inside diagnostic messages: `'stpe'`, shortened when very long so that a
/// 1 MB word does not produce a 1 MB message.
enum Quoting {
    /// The longest spelling (in characters) quoted in full.
    static let limit = 40

    /// `text` in single quotes, cut to `limit` characters with `…` when longer.
    static func quoted(_ text: String) -> String {
        "'" + shortened(text) + "'"
    }

    /// `text` cut to `limit` characters with `…` when longer.
    static func shortened(_ text: String) -> String {
        var count = 0
        var end = text.startIndex
        while end < text.endIndex {
            if count == limit { return String(text[..<end]) + "…" }
            text.formIndex(after: &end)
            count += 1
        }
        return text
    }

    /// How a single character is named in a message: `'x'` when visible, `U+0000` otherwise.
    static func describe(_ c: Character) -> String {
        let scalar = c.firstScalar
        if isInvisible(c) {
            return "U+" + hex(scalar.value)
        }
        return "'" + String(c) + "'"
    }

    /// True for controls, format characters, the replacement character and whitespace other
    /// than the plain space.
    static func isInvisible(_ c: Character) -> Bool {
        let scalar = c.firstScalar
        switch scalar.properties.generalCategory {
        case .control, .format, .unassigned, .surrogate, .privateUse, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return scalar.value == 0xFFFD || (c.isWhitespace && c != " ")
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

extension Character {
    /// The character's first Unicode scalar (a character always has at least one).
    var firstScalar: Unicode.Scalar { unicodeScalars[unicodeScalars.startIndex] }
}
