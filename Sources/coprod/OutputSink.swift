import ProcessSupport

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Command output on standard output that notices when it can no longer be written: the reader
/// of a pipe has gone (`coprod run x | head -1`) or the output is broken (`> /dev/full`).
///
/// After the first failure nothing more is written; the batch run polls ``failure`` at step
/// boundaries and between lines and then stops (see ``BatchRunner``).
final class OutputSink {
    /// Why output stopped.
    enum Failure: Equatable {
        /// The pipe's reader has gone (`EPIPE`): stop quietly, nobody is listening.
        case readerGone
        /// Any other write error, with its `errno`.
        case error(Int32)

        /// The `errno` of the failure.
        var code: Int32 {
            switch self {
            case .readerGone: EPIPE
            case .error(let code): code
            }
        }
    }

    /// The first write failure, or nil while output works.
    private(set) var failure: Failure?

    /// Writes `text` and a newline (buffered; see ``flush()``).
    func writeLine(_ text: String) {
        guard failure == nil else { return }
        record(StandardStreams.writeOutput(text + "\n"))
    }

    /// Writes out what is buffered.
    func flush() {
        guard failure == nil else { return }
        record(StandardStreams.flushOutput())
    }

    private func record(_ code: Int32) {
        guard code != 0 else { return }
        // A signal that ended a blocked write is handled by its own exit path.
        if code == EINTR, Termination.pendingSignal != nil { return }
        failure = code == EPIPE ? .readerGone : .error(code)
    }
}
