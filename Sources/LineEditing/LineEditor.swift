import CLineEditShim
import Foundation

/// Reads lines from the terminal with libedit: emacs key bindings, history (Up/Down, ^R),
/// Tab completion and Ctrl-C that clears the line.
///
/// Use it only when ``Terminal/isInteractive`` is true; for pipes read lines with Swift's
/// `readLine()`.
///
/// ```swift
/// let editor = LineEditor(programName: "coprod", historyURL: HistoryLocation.defaultURL) {
///     session.completions(for: $0)
/// }
/// while case .line(let text) = editor.readLine(prompt: "coprod> ") { … }
/// ```
public final class LineEditor {
    /// The editor's history (already loaded from the history file, if any).
    public let history: HistoryStore

    let editLine: OpaquePointer
    let completer: (String) -> [String]
    private var prompt: UnsafeMutablePointer<CChar>
    /// Set by the `^C` editor function during one `readLine`.
    var interruptRequested = false
    /// Given the whole line being edited, the typing hint to show dimmed after it (the syntax of
    /// the command being typed), or nil for none. Asked before each wait for a key. Set it only
    /// where escape sequences may be written (``Terminal/usesColour``): with nil, the editor writes
    /// none.
    public var hint: ((String) -> String?)?
    /// The text handed to libedit's reader for the hint last asked for.
    private var hintBuffer: UnsafeMutablePointer<CChar>?

    /// Creates an editor on standard input and output.
    ///
    /// Sets the process locale first (UTF-8, see ``readLine(prompt:)``).
    ///
    /// - Parameters:
    ///   - programName: The name libedit uses for `~/.editrc` sections.
    ///   - historyURL: Where history is loaded from and saved to after each line; nil keeps it
    ///     in memory. Problems with the file produce one warning on standard error.
    ///   - completer: Given the line up to the cursor, returns candidate words for the word that
    ///     ends there (see ``Completion/resolve(lineUpToCursor:candidates:)``).
    public init(
        programName: String, historyURL: URL?, completer: @escaping (String) -> [String]
    ) {
        UTF8Locale.activate()
        guard let editLine = coprod_el_init(programName) else {
            fatalError("libedit: el_init failed")
        }
        self.editLine = editLine
        self.completer = completer
        self.history = HistoryStore(fileURL: historyURL)
        self.prompt = strdup("> ")
        configure()
    }

    deinit {
        el_end(editLine)
        free(prompt)
        free(hintBuffer)
    }

    /// Shows `prompt` and reads one line with editing.
    ///
    /// A non-blank line is added to the history, which is then saved.
    ///
    /// - Parameter prompt: The prompt, e.g. `coprod w3> ` (plain text, no escape sequences).
    /// - Returns: The line; ``ReadResult/interrupted`` after Ctrl-C; ``ReadResult/endOfInput``
    ///   after Ctrl-D on an empty line or when the terminal is gone.
    public func readLine(prompt: String) -> ReadResult {
        free(self.prompt)
        self.prompt = strdup(prompt)
        interruptRequested = false
        coprod_hint_new_line()
        coprod_set_prompt_columns(Int32(Self.displayColumns(prompt)))
        // Debian's libedit draws the prompt while the terminal is still in cooked mode and only
        // then switches to raw mode; keys typed in between were echoed twice by the kernel, and
        // Ctrl-D turned into a NUL that started a quoted insert. Switch before the prompt.
        coprod_el_prepare_terminal(editLine, 1)
        var count: Int32 = 0
        guard let raw = el_gets(editLine, &count), count > 0 else { return .endOfInput }
        if interruptRequested { return .interrupted }
        var line = String(cString: raw)
        while let last = line.last, last == "\n" || last == "\r" { line.removeLast() }
        history.add(line)
        return .line(line)
    }

    /// The prompt text for libedit's prompt callback.
    var promptText: UnsafeMutablePointer<CChar> { prompt }

    /// The hint for the line as it is now, cut to `room` columns (an ellipsis marks the cut),
    /// as a C string for libedit's reader; nil for none.
    func hintText(room: Int) -> UnsafePointer<CChar>? {
        guard let hint, let text = hint(wholeLine), !text.isEmpty else { return nil }
        free(hintBuffer)
        hintBuffer = strdup(Self.cut(Self.printable(text), toColumns: room))
        return UnsafePointer(hintBuffer)
    }

    /// `text` with control characters (which could move the cursor) replaced by spaces.
    static func printable(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : Character($0) })
    }

    /// `text` if it fits in `columns`, else its beginning and `…` within them.
    public static func cut(_ text: String, toColumns columns: Int) -> String {
        guard displayColumns(text) > columns else { return text }
        var out = ""
        var used = 0
        for character in text {
            let width = displayColumns(String(character))
            if used + width > columns - 1 { break }
            out.append(character)
            used += width
        }
        return out + "…"
    }
}
