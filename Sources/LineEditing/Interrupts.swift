import CLineEditShim

/// Ctrl-C while a command runs.
///
/// At the prompt, ``LineEditor`` turns off signal generation and handles `^C` itself. While a
/// command runs the terminal is in cooked mode, so Ctrl-C raises SIGINT; after
/// ``installHandler()`` that signal only sets an atomic flag (kept in C, where setting it from a
/// signal handler is well defined) and the running command polls ``isPending``.
///
/// ```swift
/// Interrupts.installHandler()
/// Interrupts.reset()
/// try session.execute(line: text, emit: { print($0) }, interrupted: { Interrupts.isPending })
/// ```
public enum Interrupts {
    /// Installs the SIGINT handler (once is enough; installing again is harmless).
    ///
    /// - Returns: False if `sigaction` failed; SIGINT then keeps its previous disposition.
    @discardableResult
    public static func installHandler() -> Bool {
        coprod_interrupt_install() == 0
    }

    /// Whether SIGINT arrived since the last ``reset()``.
    public static var isPending: Bool {
        coprod_interrupt_pending()
    }

    /// Clears the flag; call it before each command.
    public static func reset() {
        coprod_interrupt_reset()
    }
}
