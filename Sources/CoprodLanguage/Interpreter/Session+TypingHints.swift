extension Session {
    /// Whether the REPL should show typing hints (`hints on`, the default, or `hints off`).
    public var showsTypingHints: Bool { state.showsTypingHints }

    /// The syntax of the command a line being typed starts with, from its help page (e.g.
    /// `lang en|zh` for `lang z`), or nil when the first word is not a whole command word yet.
    ///
    /// - Parameter line: The whole line as typed so far.
    /// - Returns: The help page's syntax line; under `lang zh` its placeholders in Chinese
    ///   (`run 数 | run until 表达式 [max 数]`), the words typed as they are.
    public func typingHint(for line: String) -> String? {
        let words = line.split(whereSeparator: \.isWhitespace)
        guard let first = words.first, let definition = CommandRegistry.definition(typed: String(first)) else {
            return nil
        }
        // The word alone, not followed by a space yet, may still grow into another command.
        if words.count == 1, !line.hasSuffix(" "),
            CommandRegistry.words.contains(where: { $0 != first && $0.hasPrefix(first) })
        {
            return nil
        }
        return definition.help.syntax(in: language)
    }
}
