/// A problem found in coprod source text, as a value: the parser and interpreter create these and
/// never print; `DiagnosticRenderer` draws them (file:line:col, the source line, a caret, a hint).
public struct Diagnostic: Error, Hashable, Sendable {
    public enum Severity: String, Hashable, Sendable { case error, warning, note }

    public var severity: Severity
    /// Lower-case, no final period, e.g. `unknown command 'stpe'`.
    public var message: String
    /// Where the fault is; the caret is drawn under it.
    public var range: SourceRange
    /// A suggestion such as `did you mean 'step'?`, shown on its own line.
    public var hint: String?

    public init(_ severity: Severity = .error, _ message: String, at range: SourceRange, hint: String? = nil) {
        self.severity = severity
        self.message = message
        self.range = range
        self.hint = hint
    }

    /// An error: `Diagnostic("unknown command 'stpe'", at: range, hint: "did you mean 'step'?")`.
    public init(_ message: String, at range: SourceRange, hint: String? = nil) {
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
