#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A yes/no question asked on the terminal while a command runs (the terminal is then in its
/// ordinary cooked mode: the kernel echoes and edits the answer line).
///
/// Only `y`, `yes` or a Chinese yes (``yesWords``: 是, 好, 对, 要 …; any case, surrounding blanks
/// ignored) is yes. Ctrl-C (SIGINT, seen through
/// ``Interrupts``), Ctrl-D, end of input or a read error are no.
///
/// ```swift
/// if YesNoQuestion.ask("overwrite 'run.csv'? [y/N] ") { … }
/// ```
public enum YesNoQuestion {
    /// Whether the last question's input ended (end of file or a read error), as opposed to an
    /// answer, Ctrl-C or Ctrl-D typed on the terminal: a caller that would ask again must not.
    nonisolated(unsafe) public private(set) static var inputEnded = false

    /// Longest answer read; the rest of a longer line is read and ignored.
    static let maxAnswerBytes = 256
    /// Ctrl-L.
    static let formFeed: UInt8 = 0x0C

    /// Writes `question` to standard output and reads one answer line from standard input.
    ///
    /// Requires ``Interrupts/installHandler()`` for Ctrl-C to count as no (otherwise SIGINT keeps
    /// its previous disposition); if an interrupt is already pending the answer is no at once.
    /// Control characters in `question` are shown as `?`.
    ///
    /// - Parameter question: The question, including its `[y/N] ` hint.
    /// - Returns: True only for a yes answer.
    public static func ask(_ question: String) -> Bool {
        ask(lines: [question])
    }

    /// Like ``ask(_:)``, for a question wrapped to the terminal's width: its lines are written one
    /// under the other (each with its control characters shown as `?`), the answer typed after
    /// the last one.
    public static func ask(lines question: [String]) -> Bool {
        answerLine(to: question).map(isYes) ?? false
    }

    /// Like ``ask(_:)``, but only a yes or a no is an answer: one of ``yesWords`` or ``noWords``
    /// (any case, blanks ignored), or an empty line, which takes the `[y/N]` default, no.
    /// Anything else (`clear` typed again, `ls`) writes `again` and reads another answer.
    /// Ctrl-C, Ctrl-D, end of input or a read error are no.
    ///
    /// - Parameters:
    ///   - question: The question, including its `[y/N] ` hint.
    ///   - again: What to write before reading another answer.
    /// - Returns: True only for a yes answer.
    public static func askUntilAnswered(_ question: String, again: String) -> Bool {
        askUntilAnswered(lines: [question], again: [again])
    }

    /// Like ``askUntilAnswered(_:again:)``, for a question and a reminder wrapped to the terminal's
    /// width (see ``ask(lines:)``).
    public static func askUntilAnswered(lines question: [String], again: [String]) -> Bool {
        var prompt = question
        while let line = answerLine(to: prompt) {
            if let yes = meaning(line) { return yes }
            prompt = again
        }
        return false
    }

    /// True for a yes, false for a no or an empty line, nil for anything else.
    ///
    /// - Parameter answer: The answer line without its line ending.
    /// - Returns: True, false, or nil when the answer is neither.
    public static func meaning(_ answer: String) -> Bool? {
        let word = answer.trimmingBlanks.lowercased()
        if word.isEmpty || noWords.contains(String(word)) { return false }
        return isYes(answer) ? true : nil
    }

    /// Writes `question` and reads one answer line; nil for Ctrl-C, Ctrl-D, end of input or an error.
    ///
    /// On a terminal the answer is edited here, not by the kernel (non-canonical mode, signals
    /// kept, so Ctrl-C is still SIGINT): typed characters are echoed, Backspace erases the last
    /// character (two cells for a Chinese one), Ctrl-U the whole answer, Enter ends it, Ctrl-D on
    /// an empty answer is no. Ctrl-L clears the screen and draws the question again on its first
    /// line with the answer typed so far, which stays editable: it is never part of an answer.
    private static func answerLine(to lines: [String]) -> String? {
        let question = lines.map(printable).joined(separator: "\n")
        // The mode first: a key typed as soon as the question shows is already read by us.
        var saved = termios()
        let onTerminal = isatty(STDIN_FILENO) != 0 && tcgetattr(STDIN_FILENO, &saved) == 0
        if onTerminal {
            var mode = saved
            mode.c_lflag &= ~tcflag_t(ICANON | ECHO)
            withUnsafeMutableBytes(of: &mode.c_cc) { cc in
                cc[Int(VMIN)] = 1
                cc[Int(VTIME)] = 0
            }
            tcsetattr(STDIN_FILENO, TCSANOW, &mode)
        }
        defer { if onTerminal { tcsetattr(STDIN_FILENO, TCSANOW, &saved) } }
        print(question, terminator: "")
        fflush(nil)
        inputEnded = false
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        func echo(_ text: String) {
            guard onTerminal else { return }
            print(text, terminator: "")
            fflush(nil)
        }
        while true {
            if Interrupts.isPending { return finish() }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if ready < 0 && errno != EINTR {
                inputEnded = true
                return finish()
            }
            guard ready > 0 else { continue }
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count > 0 else {  // end of input, error
                inputEnded = true
                return finish()
            }
            switch byte {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                echo("\n")
                return String(decoding: answer, as: UTF8.self)
            case formFeed:
                // Ctrl-L: clear the screen, then the question again on its first line, and the
                // answer so far after it.
                echo("\u{1B}[H\u{1B}[2J" + question + printable(String(decoding: answer, as: UTF8.self)))
                if !onTerminal { answer = [] }
            case endOfTransmission where onTerminal:
                if answer.isEmpty { return finish() }
            case erase where onTerminal, backspace where onTerminal:
                echo(String(repeating: "\u{8} \u{8}", count: dropLastCharacter(&answer)))
            case killLine where onTerminal:
                var cells = 0
                while !answer.isEmpty { cells += dropLastCharacter(&answer) }
                echo(String(repeating: "\u{8} \u{8}", count: cells))
            default:
                // Other control characters are not part of an answer.
                if onTerminal && (byte < 0x20 || byte == 0x7F) { continue }
                if answer.count < maxAnswerBytes {
                    answer.append(byte)
                    // A character's bytes are echoed together once it is whole.
                    if byte < 0x80 || (byte & 0xC0 == 0x80 && isWhole(answer)) {
                        echo(String(decoding: answer.suffix(lastCharacterLength(answer)), as: UTF8.self))
                    }
                }
            }
        }
    }

    static let endOfTransmission: UInt8 = 0x04
    static let erase: UInt8 = 0x7F
    static let backspace: UInt8 = 0x08
    static let killLine: UInt8 = 0x15

    /// How many bytes the last UTF-8 character of `bytes` takes (its lead byte and what follows).
    static func lastCharacterLength(_ bytes: [UInt8]) -> Int {
        var k = bytes.count - 1
        while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
        return bytes.count - max(0, k)
    }

    /// Whether the last UTF-8 character of `bytes` has all its bytes.
    static func isWhole(_ bytes: [UInt8]) -> Bool {
        let n = lastCharacterLength(bytes)
        let lead = bytes[bytes.count - n]
        let expected = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return n == expected
    }

    /// Removes the last character of `answer`; returns the cells it took on the terminal (2 for
    /// a wide character such as 是, 0 when there was none).
    static func dropLastCharacter(_ answer: inout [UInt8]) -> Int {
        guard !answer.isEmpty else { return 0 }
        let n = lastCharacterLength(answer)
        let scalar = String(decoding: answer.suffix(n), as: UTF8.self).unicodeScalars.first?.value ?? 0
        answer.removeLast(n)
        // East Asian wide: CJK, Hangul, fullwidth forms (what a Chinese answer holds).
        let wide =
            (0x1100...0x115F).contains(scalar) || (0x2E80...0xA4CF).contains(scalar)
            || (0xAC00...0xD7A3).contains(scalar) || (0xF900...0xFAFF).contains(scalar)
            || (0xFE30...0xFE4F).contains(scalar) || (0xFF00...0xFF60).contains(scalar)
            || (0xFFE0...0xFFE6).contains(scalar)
        return wide ? 2 : 1
    }

    /// The answers that mean yes: `y`, `yes`, and what a Chinese user answers to
    /// `要覆盖 … 吗？[y/N]`: 是, 好, 对, 要, 确定, 可以 and their common longer forms (是的, 好的 …).
    public static let yesWords: Set<String> = [
        "y", "yes", "是", "是的", "好", "好的", "对", "对的", "要", "确定", "可以", "行", "嗯",
    ]

    /// The answers that mean no (an empty line does too): `n`, `no`, 否, 不, 不要, 不是, 取消 ….
    public static let noWords: Set<String> = ["n", "no", "否", "不", "不要", "不是", "不用", "取消", "算了"]

    /// Whether `answer` means yes: one of ``yesWords`` in any case, blanks and a final full stop
    /// or exclamation mark around it ignored (`好。`, `Yes!`).
    ///
    /// - Parameter answer: The answer line without its line ending.
    /// - Returns: True for yes.
    public static func isYes(_ answer: String) -> Bool {
        yesWords.contains(String(answer.trimmingBlanks.lowercased()))
    }

    /// `text` with control characters (which could move the cursor or recolour the terminal)
    /// replaced by `?`.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }

    /// Ends the prompt line after an answer that did not end with Enter.
    private static func finish() -> String? {
        print()
        fflush(nil)
        return nil
    }
}

extension String {
    /// Without the blanks around it, nor a final `。`, `！`, `.` or `!`.
    fileprivate var trimmingBlanks: Substring {
        let isBlank = { (c: Character) in c.isWhitespace || "。！.!".contains(c) }
        let trimmed = drop { $0.isWhitespace }
        return trimmed.dropLast(trimmed.reversed().prefix(while: isBlank).count)
    }
}
