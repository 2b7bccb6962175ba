import ArgumentParser

/// The `coprod` command. Everything happens in its one subcommand, `run`, which is also the
/// default: `coprod FILE` is `coprod run FILE`, and a bare `coprod` starts the REPL.
@main
struct Coprod: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "coprod",
        abstract: "A REPL and teaching sandbox for resident co-production of micro-infrastructure.",
        usage: "coprod [run] [--lang en|zh] [--seed <N>] [--json] [--replicates <N>] [--quiet] [<file>]",
        discussion: """
            Without <file>, coprod starts the REPL on the default scenario (with standard \
            input piped instead of a terminal, it runs those lines as a script). With <file> \
            (`coprod <file>` or `coprod run <file>`), it runs the script and exits: status 0 on \
            success, 1 at the first error, which is reported as <file>:line:column on standard \
            error. `coprod run --help` describes --seed, --json and --quiet; `--set KEY=VALUE` changes \
            a setting of the script's scenario. `coprod sweep <file> --vary KEY=VALUES …` runs it over \
            a grid of settings × replicates and streams one row per run (CSV, JSON Lines); `coprod \
            merge` joins the shards of a sweep (docs/EXPERIMENTS.md, docs/SCALING.md).
            """,
        version: version,
        subcommands: [Run.self, Sweep.self, Merge.self],
        defaultSubcommand: Run.self
    )
}
