import CProcessShim

/// SIGTERM (and Ctrl-C) during a batch run: stop at the next step boundary, then exit.
///
/// After ``installHandler(for:respectingIgnored:)`` the signal only records its number (in C,
/// where that is well defined in a signal handler). The run polls ``pendingSignal`` at step
/// boundaries and between lines, and the caller exits with status 128 + the signal. The handler
/// does not restart interrupted system calls, so a read blocked on input returns at once; a second
/// signal while the first is pending ends the process immediately.
///
/// ```swift
/// Termination.installHandler(for: SIGTERM)
/// try session.execute(line: text, emit: emit, interrupted: { Termination.pendingSignal != nil })
/// if let signal = Termination.pendingSignal { exit(128 + signal) }
/// ```
///
/// The REPL does not use this: there Ctrl-C is ``Interrupts`` and SIGTERM keeps its default.
public enum Termination {
    /// Installs the recording handler for `signal` and unblocks it.
    ///
    /// - Parameters:
    ///   - signal: For example `SIGTERM` or `SIGINT`.
    ///   - respectingIgnored: If true and `signal` is ignored (as a shell does for SIGINT in
    ///     background jobs), it stays ignored.
    /// - Returns: False if `sigaction` failed; the signal then keeps its previous disposition.
    @discardableResult
    public static func installHandler(for signal: Int32, respectingIgnored: Bool = false) -> Bool {
        coprod_termination_install(signal, respectingIgnored ? 1 : 0) == 0
    }

    /// The first recorded signal, or nil if none arrived since the last ``reset()``.
    public static var pendingSignal: Int32? {
        let signal = coprod_termination_signal()
        return signal == 0 ? nil : signal
    }

    /// Forgets the recorded signal.
    public static func reset() {
        coprod_termination_reset()
    }
}
