import Foundation

/// Where the REPL keeps its history file.
public enum HistoryLocation {
    /// `$XDG_STATE_HOME/coprod/history` if `XDG_STATE_HOME` is an absolute path, else
    /// `$HOME/.local/state/coprod/history`; nil if neither is usable (no history file is kept).
    ///
    /// - Parameter environment: The environment variables to consult.
    /// - Returns: The history file's URL, or nil.
    public static func defaultURL(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state, isDirectory: true)
                .appendingPathComponent("coprod/history")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local/state/coprod/history")
        }
        return nil
    }

    /// ``defaultURL(environment:)`` for this process's environment.
    public static var defaultURL: URL? {
        defaultURL(environment: ProcessInfo.processInfo.environment)
    }
}
