import CoprodLanguage

/// An error of an experiment's definition or of its files, before or after the runs: a message and
/// an optional hint from the catalogue, shown in the user's language.
public struct ExperimentError: Error, Hashable, Sendable {
    public var message: Message
    public var hint: Message?

    public init(_ message: Message, hint: Message? = nil) {
        self.message = message
        self.hint = hint
    }
}
