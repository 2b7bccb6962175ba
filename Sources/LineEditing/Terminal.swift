import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Facts about the process's terminal: whether to edit lines, whether to use colour, how wide.
public enum Terminal {
    /// True when both standard input and standard output are terminals: only then is the
    /// line editor used (libedit misbehaves on pipes).
    public static var isInteractive: Bool {
        isTerminal(STDIN_FILENO) && isTerminal(STDOUT_FILENO)
    }

    /// Whether `fileDescriptor` refers to a terminal.
    ///
    /// - Parameter fileDescriptor: For example `STDERR_FILENO`.
    /// - Returns: `isatty(fileDescriptor) != 0`.
    public static func isTerminal(_ fileDescriptor: Int32) -> Bool {
        isatty(fileDescriptor) != 0
    }

    /// Whether output to standard output may use ANSI colour.
    public static var usesColour: Bool {
        usesColour(onFileDescriptor: STDOUT_FILENO)
    }

    /// Whether output to `fileDescriptor` may use ANSI colour, given this process's environment.
    ///
    /// - Parameter fileDescriptor: Where the coloured text goes.
    /// - Returns: See ``usesColour(isTerminal:environment:)``.
    public static func usesColour(onFileDescriptor fileDescriptor: Int32) -> Bool {
        usesColour(isTerminal: isTerminal(fileDescriptor), environment: ProcessInfo.processInfo.environment)
    }

    /// The colour rule: only on a terminal, only if `NO_COLOR` is unset or empty
    /// (https://no-color.org), and not when `TERM` is `dumb`.
    ///
    /// - Parameters:
    ///   - isTerminal: Whether the output goes to a terminal.
    ///   - environment: The environment variables to consult.
    /// - Returns: True if ANSI colour may be used.
    public static func usesColour(isTerminal: Bool, environment: [String: String]) -> Bool {
        guard isTerminal else { return false }
        if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
        return environment["TERM"] != "dumb"
    }

    /// The width of the terminal on standard output in columns, or 80 if unknown.
    public static var width: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Whether the terminal on standard input shows control keys as `^C` (`ECHO` and `ECHOCTL`
    /// in cooked mode): then a Ctrl-C during a command leaves the cursor after `^C`, not at the
    /// start of a line.
    public static var echoesControlCharacters: Bool {
        var mode = termios()
        guard tcgetattr(STDIN_FILENO, &mode) == 0 else { return false }
        let flags = tcflag_t(ECHO) | tcflag_t(ECHOCTL)
        return mode.c_lflag & flags == flags
    }
}
