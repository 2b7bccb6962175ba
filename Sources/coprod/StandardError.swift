import Foundation

/// Writing to standard error, after flushing standard output so that the two stay in order.
enum StandardError {
    /// Writes `text` and a newline to standard error.
    static func writeLine(_ text: String) {
        fflush(nil)
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
