/// The paragraph the REPL prints when it starts.
enum Banner {
    static func text(version: String) -> String {
        """
        coprod \(version) — a sandbox for resident co-production of neighbourhood
        micro-infrastructure. Type `help` for commands and `lesson 1` to start the
        tutorial; Tab completes, Up recalls, Ctrl-D (or `quit`) leaves.
        """
    }
}
