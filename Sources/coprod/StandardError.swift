import Foundation
import ProcessSupport

/// Writing to standard error, after flushing standard output so that the two stay in order.
enum StandardError {
    /// Writes `text` and a newline to standard error; a failure to write is ignored.
    static func writeLine(_ text: String) {
        fflush(nil)
        StandardStreams.writeError(text + "\n")
    }
}
