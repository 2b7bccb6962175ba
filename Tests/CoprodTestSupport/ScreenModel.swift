/// What a terminal would show after a program's output: enough of an xterm (cursor moves, erase,
/// insert and delete characters, save and restore of the cursor, autowrap, scrolling, the dim
/// attribute) to check what the REPL draws, such as a hint that must not stay on a line after
/// Enter or escape sequences that must not show as text.
public struct ScreenModel {
    public let columns: Int
    public let rows: Int
    /// The characters of each cell ("" for the second cell of a wide character).
    private var cells: [[String]]
    /// Whether each cell was written dimmed (SGR 2).
    private var dimCells: [[Bool]]
    public private(set) var cursorRow = 0
    public private(set) var cursorColumn = 0
    private var dim = false
    private var saved = (row: 0, column: 0)
    private var wrapPending = false

    /// The screen after `output`, on a terminal of `columns`×`rows` that starts blank.
    public init(_ output: [UInt8], columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Array(repeating: " ", count: columns), count: rows)
        dimCells = Array(repeating: Array(repeating: false, count: columns), count: rows)
        feed(String(decoding: output, as: UTF8.self))
    }

    /// Row `row` as text, trailing blanks removed.
    public func line(_ row: Int) -> String {
        var text = cells[row].joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The row the cursor is on, as text.
    public var cursorLine: String { line(cursorRow) }

    /// Every row as text, trailing blanks removed.
    public var lines: [String] { (0..<rows).map(line) }

    /// The text of row `row` that was written dimmed, trailing blanks removed.
    public func dimText(_ row: Int) -> String {
        var text = ""
        for k in 0..<columns where dimCells[row][k] { text += cells[row][k] }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The text of row `row` that was not written dimmed, trailing blanks removed.
    public func plainText(_ row: Int) -> String {
        var text = ""
        for k in 0..<columns where !dimCells[row][k] { text += cells[row][k] }
        while text.last == " " { text.removeLast() }
        return text
    }

    private mutating func feed(_ text: String) {
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            switch scalar {
            case "\u{1B}": escape(&scalars)
            case "\r":
                cursorColumn = 0
                wrapPending = false
            case "\n": lineFeed()
            case "\u{8}":
                if cursorColumn > 0 { cursorColumn -= 1 }
                wrapPending = false
            case "\u{7}": break
            case "\t": cursorColumn = min(columns - 1, (cursorColumn / 8 + 1) * 8)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                put(scalar)
            }
        }
    }

    private mutating func lineFeed() {
        wrapPending = false
        if cursorRow == rows - 1 {
            cells.removeFirst()
            dimCells.removeFirst()
            cells.append(Array(repeating: " ", count: columns))
            dimCells.append(Array(repeating: false, count: columns))
        } else {
            cursorRow += 1
        }
    }

    private static func width(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        let wide =
            (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v)
        return wide ? 2 : 1
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = Self.width(scalar)
        if wrapPending || cursorColumn + width > columns {
            cursorColumn = 0
            lineFeed()
        }
        cells[cursorRow][cursorColumn] = String(scalar)
        dimCells[cursorRow][cursorColumn] = dim
        if width == 2 {
            cells[cursorRow][cursorColumn + 1] = ""
            dimCells[cursorRow][cursorColumn + 1] = dim
        }
        cursorColumn += width
        if cursorColumn >= columns {
            cursorColumn = columns - 1
            wrapPending = true
        }
    }

    private mutating func escape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let next = scalars.popFirst() else { return }
        switch next {
        case "7": saved = (cursorRow, cursorColumn)
        case "8":
            (cursorRow, cursorColumn) = saved
            wrapPending = false
        case "[":
            var parameters = ""
            while let s = scalars.first, (0x30...0x3F).contains(s.value) {
                parameters.unicodeScalars.append(s)
                scalars.removeFirst()
            }
            while let s = scalars.first, (0x20...0x2F).contains(s.value) { scalars.removeFirst() }
            guard let final = scalars.popFirst() else { return }
            control(final, parameters)
        case "(", ")": _ = scalars.popFirst()
        default: break
        }
    }

    private mutating func control(_ final: Unicode.Scalar, _ parameters: String) {
        if parameters.hasPrefix("?") { return }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let n = max(1, (numbers.first ?? nil) ?? 1)
        let first = (numbers.first ?? nil) ?? 0
        switch final {
        case "A": cursorRow = max(0, cursorRow - n)
        case "B": cursorRow = min(rows - 1, cursorRow + n)
        case "C": cursorColumn = min(columns - 1, cursorColumn + n)
        case "D": cursorColumn = max(0, cursorColumn - n)
        case "G": cursorColumn = min(columns - 1, n - 1)
        case "H", "f":
            cursorRow = min(rows - 1, n - 1)
            let column = numbers.count > 1 ? max(1, numbers[1] ?? 1) : 1
            cursorColumn = min(columns - 1, column - 1)
        case "J":
            if first == 2 || first == 3 {
                for r in 0..<rows { clear(row: r, from: 0) }
            } else {
                clear(row: cursorRow, from: cursorColumn)
                for r in (cursorRow + 1)..<rows { clear(row: r, from: 0) }
            }
        case "K":
            switch first {
            case 1: for k in 0...cursorColumn { blank(cursorRow, k) }
            case 2: clear(row: cursorRow, from: 0)
            default: clear(row: cursorRow, from: cursorColumn)
            }
        case "@":
            for _ in 0..<n {
                cells[cursorRow].insert(" ", at: cursorColumn)
                cells[cursorRow].removeLast()
                dimCells[cursorRow].insert(false, at: cursorColumn)
                dimCells[cursorRow].removeLast()
            }
        case "P":
            for _ in 0..<min(n, columns - cursorColumn) {
                cells[cursorRow].remove(at: cursorColumn)
                cells[cursorRow].append(" ")
                dimCells[cursorRow].remove(at: cursorColumn)
                dimCells[cursorRow].append(false)
            }
        case "m":
            for code in numbers.map({ $0 ?? 0 }) {
                if code == 2 { dim = true }
                if code == 0 || code == 22 { dim = false }
            }
        default: break
        }
        if final != "m" { wrapPending = false }
    }

    private mutating func clear(row: Int, from column: Int) {
        for k in column..<columns { blank(row, k) }
    }

    private mutating func blank(_ row: Int, _ column: Int) {
        cells[row][column] = " "
        dimCells[row][column] = false
    }
}
