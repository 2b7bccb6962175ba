/// The texts of `coprod --help` and `coprod run --help`, in both languages. The `coprod`
/// executable hands them to swift-argument-parser, chosen by ``Language/requested(byArguments:environment:)``
/// before the arguments are parsed; ``CommandLineRenderer`` puts the parser's own words (headings,
/// `--help`, `--version`) into Chinese and wraps the Chinese page by display width.
///
/// Option names, `<file>`, `<N>` and the usage line are the same in both languages.
public enum CommandLineText {
    /// The usage line of both help pages and of every command-line error.
    public static let usage =
        "coprod [run] [--lang en|zh] [--seed <N>] [--set KEY=VALUE]… [--weeks <N>] [--csv <FILE>] [--json] "
        + "[--replicates <N>] [--quiet] [<file>]"

    /// `coprod --help`: what the program is.
    public static let abstract = Bilingual(
        en: "A REPL and teaching sandbox for resident co-production of micro-infrastructure.",
        zh: "居民共同生产社区微基建的交互式命令行（REPL）与教学沙盘。")

    /// `coprod --help`: what it does with and without a file.
    public static let discussion = Bilingual(
        en: """
            Without <file>, coprod starts the REPL on the default scenario (with standard input piped \
            instead of a terminal, it runs those lines as a script). With <file> (`coprod <file>` or \
            `coprod run <file>`), it runs the script and exits: status 0 on success, 1 at the first \
            error, which is reported as <file>:line:column on standard error. Options may come before \
            or after `run`. `coprod run --help` describes every option. `coprod sweep <file> --vary \
            KEY=VALUES …` runs the script over a grid of settings × replicates and streams one row per \
            run (CSV, JSON Lines); `coprod merge` joins the shards of a sweep (docs/EXPERIMENTS.md, \
            docs/SCALING.md). 中文界面：--lang zh.
            """,
        zh: """
            不给出 <file> 时，coprod 以默认情景启动 REPL（标准输入来自管道而不是终端时，\
            把输入的各行当作脚本运行）。给出 <file> 时（`coprod <file>` 或 `coprod run <file>`），\
            运行该脚本后退出：成功时退出状态为 0，遇到第一个错误时为 1，错误以 <file>:行:列 的形式\
            写到标准错误。选项可以写在 `run` 之前或之后。`coprod run --help` 说明每个选项。\
            `coprod sweep <file> --vary KEY=VALUES …` 在一组设置取值 × 重复次数的网格上运行脚本，\
            每跑完一次就输出一行（CSV、JSON Lines）；`coprod merge` 合并一次扫描的各个分片\
            （docs/EXPERIMENTS.md、docs/SCALING.md）。English: --lang en.
            """)

    /// `coprod run --help`: the subcommand.
    public static let runAbstract = Bilingual(
        en: "Run a .coprod script and exit; without one, start the REPL.",
        zh: "运行一个 .coprod 脚本后退出；不给出脚本时启动 REPL。")

    /// The `<file>` argument.
    public static let file = Bilingual(
        en: "The .coprod script to run; without it, the REPL starts.",
        zh: "要运行的 .coprod 脚本；不给出时启动 REPL。")

    /// `--set KEY=VALUE`.
    public static let set = Bilingual(
        en: "Put VALUE into the setting KEY of the script's scenario before its first step (repeatable; "
            + "shed.salience=0.5, government.budget=6, parameter.a0=0.02).",
        zh: "在脚本情景的第一步之前，把设置项 KEY 设为 VALUE（可重复；例如 shed.salience=0.5、"
            + "government.budget=6、parameter.a0=0.02）。")

    /// `--weeks N`.
    public static let weeks = Bilingual(
        en: "Run the script's declarations, then N weeks (instead of its own step and run lines).",
        zh: "先执行脚本中的声明，再运行 N 周（代替脚本自己的 step 和 run 行）。")

    /// `--csv FILE`.
    public static let csv = Bilingual(
        en: "Write the weekly series as CSV to FILE (- for standard output); with --replicates, every replicate "
            + "in one long file.",
        zh: "把逐周序列以 CSV 写入 FILE（- 表示标准输出）；与 --replicates 同用时，所有重复运行写在同一个长表中。")

    /// `--jsonl FILE`.
    public static let jsonl = Bilingual(
        en: "The same as JSON Lines.",
        zh: "同上，但写成 JSON Lines。")

    /// `--plot FILE.svg`.
    public static let plot = Bilingual(
        en: "With --replicates: draw a metric over the weeks (mean and 95% CI band) as SVG, with its Vega-Lite spec.",
        zh: "与 --replicates 同用：把一个指标随周变化的曲线（均值与 95% 置信带）画成 SVG，并附 Vega-Lite 规格。")

    /// `--plot-metric NAME`.
    public static let plotMetric = Bilingual(
        en: "The metric --plot draws (default participation).",
        zh: "--plot 所画的指标（默认 participation）。")

    /// `--force`.
    public static let force = Bilingual(
        en: "Replace existing --csv and --jsonl files.",
        zh: "覆盖已有的 --csv 和 --jsonl 文件。")

    /// `--seed N`.
    public static let seed = Bilingual(
        en: "Use seed N for every scenario run.",
        zh: "每个情景都用随机种子 N 运行。")

    /// `--json`.
    public static let json = Bilingual(
        en: "Print only a JSON report of the final state to standard output (batch mode).",
        zh: "只向标准输出打印最终状态的 JSON 报告（批处理模式）。")

    /// `--quiet`.
    public static let quiet = Bilingual(
        en: "No banner; in batch mode, no command output (errors still go to standard error).",
        zh: "不显示欢迎语；批处理模式下不输出命令结果（错误仍写到标准错误）。")

    /// `--replicates N`.
    public static let replicates = Bilingual(
        en: """
            Run the script as replicates 1…N, each with its own derived seed, and print one JSON \
            document with every replicate's report and a summary.
            """,
        zh: "把脚本作为第 1…N 次重复运行，每次用各自派生的随机种子，并输出一份 JSON 文档，含每次重复的报告和汇总。")

    /// `--max-population N`.
    public static let maxPopulation = Bilingual(
        en: "Refuse communities larger than N residents (at most 10,000,000).",
        zh: "拒绝超过 N 位居民的社区（N 至多为 10,000,000）。")

    /// `--max-steps N`.
    public static let maxSteps = Bilingual(
        en: "Refuse a step or run of more than N weeks (at most 10,000).",
        zh: "拒绝一次推进超过 N 周的 step 或 run（N 至多为 10,000）。")

    /// `--lang LANG`.
    public static let lang = Bilingual(
        en: """
            Language of everything printed, en or zh, anywhere on the command line (default: from \
            LC_ALL, LC_MESSAGES or LANG; zh_* gives Chinese). 中文：--lang zh.
            """,
        zh: """
            所有输出的语言：en 或 zh，可写在命令行的任何位置（默认取自 LC_ALL、LC_MESSAGES 或 LANG；\
            zh_* 为中文）。English: --lang en.
            """)

    /// swift-argument-parser's own `--version` and `--help`, and its words on the help pages,
    /// with their Chinese forms (the English is the parser's, matched exactly).
    static let parserWords: [(en: String, zh: String)] = [
        ("OVERVIEW: ", "概述："),
        ("USAGE: ", "用法："),
        ("ARGUMENTS:", "参数："),
        ("OPTIONS:", "选项："),
        ("SUBCOMMANDS:", "子命令："),
        ("Show the version.", "显示版本号。"),
        ("Show help information.", "显示帮助信息。"),
        // The same 13 cells, so that the subcommand's text stays in its column.
        ("run (default)", "run（默认）  "),
        (
            "See 'coprod help <subcommand>' for detailed help.",
            "输入 'coprod help <subcommand>'（如 coprod help run）查看子命令的详细帮助。"
        ),
    ]
}
