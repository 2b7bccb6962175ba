/// A problem found in coprod source text, as a value: the parser and interpreter create these and
/// never print; `DiagnosticRenderer` draws them (file:line:col, the source line, a caret, a hint).
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable { case error, warning, note }

    public var severity: Severity
    /// What is wrong, e.g. `.unknownCommand(quoted: "'stpe'")` ("unknown command 'stpe'").
    public var message: Message
    /// Where the fault is; the caret is drawn under it.
    public var range: SourceRange
    /// A suggestion such as `did you mean 'step'?`, shown on its own line.
    public var hint: Message?
    /// The file and line the fault is in, when it is not the line being run (an error inside a
    /// loaded script or a lesson's setup).
    public var origin: Origin?

    /// Where a diagnostic found in another file comes from.
    public struct Origin: Hashable, Sendable {
        public var fileName: String
        public var sourceLine: String
    }

    /// A diagnostic from another file (`load`, a lesson), keeping its file and line.
    public init(elsewhere located: LocatedDiagnostic) {
        self = located.diagnostic
        origin = Origin(fileName: located.fileName, sourceLine: located.sourceLine)
    }

    public init(_ severity: Severity = .error, _ message: Message, at range: SourceRange, hint: Message? = nil) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
    }

    /// An error: `Diagnostic(.unknownCommand(quoted: "'stpe'"), at: range, hint: .didYouMean("step"))`.
    public init(_ message: Message, at range: SourceRange, hint: Message? = nil) {
        self.init(.error, message, at: range, hint: hint)
    }
}

/// A diagnostic together with the text needed to render it: the file name shown in
/// `FILE:line:col` and the full source, from which the faulty line is taken.
public struct LocatedDiagnostic: Error, Hashable, Sendable {
    public var diagnostic: Diagnostic
    public var fileName: String
    public var sourceLine: String

    public init(_ diagnostic: Diagnostic, fileName: String, sourceLine: String) {
        self.diagnostic = diagnostic
        self.fileName = fileName
        self.sourceLine = sourceLine
    }
}

extension Diagnostic.Severity {
    /// The word shown before the message: `error`, `warning`, `note` (错误, 警告, 注意).
    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.error, .en): "error"
        case (.warning, .en): "warning"
        case (.note, .en): "note"
        case (.error, .zh): "错误"
        case (.warning, .zh): "警告"
        case (.note, .zh): "注意"
        }
    }
}
