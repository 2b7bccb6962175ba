#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A yes/no question asked on the terminal while a command runs (the terminal is then in its
/// ordinary cooked mode: the kernel echoes and edits the answer line).
///
/// Only `y` or `yes` (any case, surrounding blanks ignored) is yes. Ctrl-C (SIGINT, seen through
/// ``Interrupts``), Ctrl-D, end of input or a read error are no.
///
/// ```swift
/// if YesNoQuestion.ask("overwrite 'run.csv'? [y/N] ") { … }
/// ```
public enum YesNoQuestion {
    /// Longest answer read; the rest of a longer line is read and ignored.
    static let maxAnswerBytes = 256

    /// Writes `question` to standard output and reads one answer line from standard input.
    ///
    /// Requires ``Interrupts/installHandler()`` for Ctrl-C to count as no (otherwise SIGINT keeps
    /// its previous disposition); if an interrupt is already pending the answer is no at once.
    /// Control characters in `question` are shown as `?`.
    ///
    /// - Parameter question: The question, including its `[y/N] ` hint.
    /// - Returns: True only for a yes answer.
    public static func ask(_ question: String) -> Bool {
        print(Self.printable(question), terminator: "")
        fflush(nil)
        var answer: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            if Interrupts.isPending { return finish(false) }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if ready < 0 && errno != EINTR { return finish(false) }
            guard ready > 0 else { continue }
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
            guard count > 0 else { return finish(false) }  // Ctrl-D, end of input, error
            if byte == UInt8(ascii: "\n") { break }
            if answer.count < maxAnswerBytes { answer.append(byte) }
        }
        return isYes(String(decoding: answer, as: UTF8.self))
    }

    /// Whether `answer` means yes: `y` or `yes` in any case, or `是` (what a Chinese user answers
    /// to `要覆盖 … 吗？[y/N]`), blanks around it ignored.
    ///
    /// - Parameter answer: The answer line without its line ending.
    /// - Returns: True for yes.
    public static func isYes(_ answer: String) -> Bool {
        let word = answer.trimmingBlanks.lowercased()
        return word == "y" || word == "yes" || word == "是"
    }

    /// `text` with control characters (which could move the cursor or recolour the terminal)
    /// replaced by `?`.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? "?" : Character($0) })
    }

    /// Ends the prompt line after an answer that did not end with Enter.
    private static func finish(_ answer: Bool) -> Bool {
        print()
        fflush(nil)
        return answer
    }
}

extension String {
    fileprivate var trimmingBlanks: Substring {
        let trimmed = drop { $0.isWhitespace }
        return trimmed.dropLast(trimmed.reversed().prefix { $0.isWhitespace }.count)
    }
}
