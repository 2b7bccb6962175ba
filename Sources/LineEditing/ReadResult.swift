/// What one call to ``LineEditor/readLine(prompt:)`` produced.
public enum ReadResult: Sendable, Equatable {
    /// A line the user entered, without its line ending.
    case line(String)
    /// Ctrl-C at the prompt: the typed text was discarded; ask again.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
}
