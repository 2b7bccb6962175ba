/// The texts of `coprod --help`, `coprod run --help`, `coprod sweep --help` and `coprod merge --help`,
/// in both languages. The `coprod`
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
            docs/SCALING.md). `coprod demo <file>` shows a script to a class, waiting at each pause \
            (docs/TEACHING.md). 中文界面：--lang zh.
            """,
        zh: """
            不给出 <file> 时，coprod 以默认情景启动 REPL（标准输入来自管道而不是终端时，\
            把输入的各行当作脚本运行）。给出 <file> 时（`coprod <file>` 或 `coprod run <file>`），\
            运行该脚本后退出：成功时退出状态为 0，遇到第一个错误时为 1，错误以 <file>:行:列 的形式\
            写到标准错误。选项可以写在 `run` 之前或之后。`coprod run --help` 说明每个选项。\
            `coprod sweep <file> --vary KEY=VALUES …` 在一组设置取值 × 重复次数的网格上运行脚本，\
            每跑完一次就输出一行（CSV、JSON Lines）；`coprod merge` 合并一次扫描的各个分片\
            （docs/EXPERIMENTS.md、docs/SCALING.md）。`coprod demo <file>` 给学员演示一个脚本，\
            每到 pause 处停下（docs/TEACHING.md）。English: --lang en.
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

    // MARK: `coprod sweep --help` and `coprod merge --help`

    /// The usage line of `coprod sweep --help` and of its argument errors.
    public static let sweepUsage = """
        coprod sweep <file> [--vary KEY=a,b,c | --vary KEY=LOW:HIGH:STEP]… [--set KEY=VALUE]… \
        [--sample latin N] [--replicates R] [--weeks N] [--seed S] [--jobs N] [--csv FILE] [--jsonl FILE] \
        [--series] [--metrics a,b] [--summary FILE] [--plot FILE.svg [--plot-metric NAME]] [--shard I/N] \
        [--resume] [--force] [--progress STYLE] [--quiet]
        """

    /// The usage line of `coprod merge --help` and of its argument errors.
    public static let mergeUsage = "coprod merge <out> <shard>… [--summary FILE]"

    /// `coprod sweep --help`: the subcommand.
    public static let sweepAbstract = Bilingual(
        en: "Run a script's scenario over a grid of settings × replicates, streaming one row per run.",
        zh: "在一组设置取值 × 重复次数的网格上运行脚本的情景，每跑完一次就输出一行。")

    /// `coprod sweep --help`: axes, seeds, reproducing one run.
    public static let sweepDiscussion = Bilingual(
        en: """
            Axes come from `vary KEY=VALUES` lines in the script and from --vary (which replaces a \
            line of the same key). Every run's seed is derived from the base seed, its grid cell and \
            its replicate, and printed in its rows; `coprod run <file> --set KEY=VALUE … --seed S [--weeks N]` \
            reproduces one run alone. Output is identical for any --jobs. docs/EXPERIMENTS.md has the details.
            """,
        zh: """
            轴来自脚本中的 `vary KEY=VALUES` 行和 --vary（它代替脚本中同一设置项的那一行）。\
            每次运行的种子由基础种子、所在网格单元和重复序号推导，并写在它的各行中；\
            `coprod run <file> --set KEY=VALUE … --seed S [--weeks N]` 可单独重现其中一次运行。\
            无论 --jobs 取多少，输出都完全相同。详见 docs/EXPERIMENTS.md。
            """)

    /// The `<file>` argument of `coprod sweep`.
    public static let sweepFile = Bilingual(
        en: "The .coprod script whose scenario is swept.",
        zh: "要扫描其情景的 .coprod 脚本。")

    /// `--vary KEY=VALUES`.
    public static let vary = Bilingual(
        en: "An axis: KEY=a,b,c or KEY=LOW:HIGH:STEP (repeatable).",
        zh: "一条轴：KEY=a,b,c 或 KEY=LOW:HIGH:STEP（可重复）。")

    /// `--set KEY=VALUE` of `coprod sweep`.
    public static let sweepSet = Bilingual(
        en: "Put VALUE into KEY in every run (repeatable).",
        zh: "每次运行都把 KEY 设为 VALUE（可重复）。")

    /// `--sample latin N`.
    public static let sample = Bilingual(
        en: "latin N: a Latin hypercube of N cells instead of the full factorial.",
        zh: "latin N：用 N 个单元的拉丁超立方抽样代替全因子网格。")

    /// `--replicates R` of `coprod sweep`.
    public static let sweepReplicates = Bilingual(
        en: "Replicates per grid cell (default 1).",
        zh: "每个网格单元的重复次数（默认 1）。")

    /// `--weeks N` of `coprod sweep`.
    public static let sweepWeeks = Bilingual(
        en: "Weeks to run after the declarations (default: the script's own step and run lines).",
        zh: "执行声明之后运行的周数（默认按脚本自己的 step 和 run 行）。")

    /// `--seed S` of `coprod sweep`.
    public static let sweepSeed = Bilingual(
        en: "Base seed (default: the script's community seed).",
        zh: "基础种子（默认为脚本中社区的种子）。")

    /// `--jobs N`.
    public static let jobs = Bilingual(
        en: "Runs at a time (default: every core).",
        zh: "同时进行的运行数（默认为全部处理器核心）。")

    /// `--csv FILE` of `coprod sweep`.
    public static let sweepCsv = Bilingual(
        en: "Write rows as CSV to FILE (- for standard output).",
        zh: "把各行以 CSV 写入 FILE（- 表示标准输出）。")

    /// `--jsonl FILE` of `coprod sweep`.
    public static let sweepJsonl = Bilingual(
        en: "Write rows as JSON Lines to FILE (- for standard output).",
        zh: "把各行以 JSON Lines 写入 FILE（- 表示标准输出）。")

    /// `--series`.
    public static let series = Bilingual(
        en: "One row per run and week instead of one per run.",
        zh: "每次运行的每一周各一行，而不是每次运行一行。")

    /// `--metrics a,b`.
    public static let metrics = Bilingual(
        en: "Only these metrics (comma-separated; default: every one).",
        zh: "只输出这些指标（以逗号分隔；默认输出全部）。")

    /// `--summary FILE` of `coprod sweep` and `coprod merge`.
    public static let summary = Bilingual(
        en: "Write the per-cell summary as CSV to FILE.",
        zh: "把按网格单元的汇总以 CSV 写入 FILE。")

    /// `--plot FILE.svg` of `coprod sweep`.
    public static let sweepPlot = Bilingual(
        en: "Draw a metric against the first axis as SVG to FILE, with its Vega-Lite spec beside it (FILE.vl.json).",
        zh: "把一个指标随第一条轴变化的图以 SVG 写入 FILE，旁边附上 Vega-Lite 规格（FILE.vl.json）。")

    /// `--plot-metric NAME` of `coprod sweep`.
    public static let sweepPlotMetric = Bilingual(
        en: "The metric --plot draws (default: the first of --metrics, else participation).",
        zh: "--plot 所画的指标（默认为 --metrics 中的第一个，否则为 participation）。")

    /// `--progress STYLE`.
    public static let progress = Bilingual(
        en: "auto, bar, plain or none (default auto: a bar on a terminal).",
        zh: "auto、bar、plain 或 none（默认 auto：在终端上显示进度条）。")

    /// `--shard I/N`.
    public static let shard = Bilingual(
        en: "Run only the I-th of N slices of the runs (I from 0).",
        zh: "只运行全部运行分成 N 片后的第 I 片（I 从 0 算起）。")

    /// `--resume`.
    public static let resume = Bilingual(
        en: "Continue a stopped sweep from its output files without redoing finished runs.",
        zh: "根据输出文件接着运行一次中断的扫描，已完成的运行不再重做。")

    /// `--force` of `coprod sweep`.
    public static let sweepForce = Bilingual(
        en: "Replace existing output files.",
        zh: "覆盖已有的输出文件。")

    /// `--quiet` of `coprod sweep` and `coprod merge`.
    public static let sweepQuiet = Bilingual(
        en: "No summary on standard error.",
        zh: "不在标准错误上输出汇总。")

    /// `coprod merge --help`: the subcommand.
    public static let mergeAbstract = Bilingual(
        en: "Join the shard outputs of one sweep (--shard I/N) into the single-machine dataset.",
        zh: "把一次扫描的各个分片输出（--shard I/N）合并成单机运行会得到的数据集。")

    /// `coprod merge --help`: order, completeness, format.
    public static let mergeDiscussion = Bilingual(
        en: """
            The shards may be given in any order; every shard 0…N-1 must be there and complete. \
            The format (CSV or JSON Lines, by the .jsonl extension) is the output's. The merged \
            file has the first shard's date and no shard line; its rows are in run order.
            """,
        zh: """
            分片可以按任意顺序给出，但 0…N-1 的每个分片都必须齐全且完整。格式（CSV 或 JSON Lines，\
            以扩展名 .jsonl 区分）由输出文件决定。合并后的文件沿用第一个分片的日期，不含分片行，\
            各行按运行序号排列。
            """)

    /// The `<out>` argument of `coprod merge`.
    public static let mergeOutput = Bilingual(
        en: "The merged file to write (replaced atomically).",
        zh: "要写入的合并文件（以原子方式替换）。")

    /// The `<shard>` arguments of `coprod merge`.
    public static let mergeShards = Bilingual(
        en: "The shard files.",
        zh: "各个分片文件。")

    /// The usage line of `coprod demo`.
    public static let demoUsage = "coprod demo [--lang en|zh] [--seed <N>] <file>"

    /// `coprod demo --help`: the subcommand.
    public static let demoAbstract = Bilingual(
        en: "Show a script to a class: each command as typed, waiting at each pause for Enter.",
        zh: "给学员演示一个脚本：逐条显示并运行命令，每到 pause 处停下，按回车继续。")

    /// `coprod demo --help`: keys, Ctrl-C, what comes after, non-terminal runs.
    public static let demoDiscussion = Bilingual(
        en: """
            The script starts from an empty scenario, as `coprod <file>` does. Each command is shown \
            after the prompt, then run. At each `pause "text"` line the text is shown and the demo \
            waits: Enter (or space) goes on, q ends the demo. Ctrl-C ends the demo (a long run stops \
            at its next week), not coprod. When the demo ends — at its last line, at q, at Ctrl-C or \
            at an error — the REPL goes on with the demo's session: its runs and twins stay, so \
            questions from the room can be answered with compare, plot or undo; quit or Ctrl-D \
            leaves. With standard input or output not a terminal, the pauses do not wait and coprod \
            exits at the end (status 1 at the first error). Demos: examples/demos/ (docs/TEACHING.md).
            """,
        zh: """
            脚本从空白情景开始，与 `coprod <file>` 相同。每条命令先显示在提示符之后，再运行。\
            每到一行 `pause "text"`，显示其中的文字并停下：按回车（或空格）继续，按 q 结束演示。\
            Ctrl-C 结束的是演示（较长的运行会在下一周停下），而不是 coprod。演示结束时——运行到最后一行、\
            按了 q、按了 Ctrl-C 或遇到错误——REPL 接着使用演示的会话：各个运行和孪生运行都保留，\
            可以用 compare、plot 或 undo 回答学员的提问；quit 或 Ctrl-D 退出。标准输入或标准输出\
            不是终端时，pause 不等待，运行到最后即退出（遇到第一个错误时退出状态为 1）。\
            演示脚本见 examples/demos/（docs/TEACHING.md）。
            """)

    /// The `<file>` argument of `coprod demo`.
    public static let demoFile = Bilingual(
        en: "The .coprod script to show (its pause lines are where it waits).",
        zh: "要演示的 .coprod 脚本（在其中的 pause 行处停下）。")

    // MARK: `coprod validate --help`

    /// The usage line of `coprod validate --help` and of its argument errors.
    public static let validateUsage =
        "coprod validate [--quick] [--mutants] [--sensitivity] [--seeds N] [--json] [--write FILE]"

    /// `coprod validate --help`: the subcommand.
    public static let validateAbstract = Bilingual(
        en: "Check the model against its stylised facts (spec §11): each effect with its SE, band and pass/fail.",
        zh: "用典型事实（规范 §11）检验模型：给出每个效应及其标准误、区间与是否通过。")

    /// `coprod validate --help`: what it runs and the exit status.
    public static let validateDiscussion = Bilingual(
        en: """
            Every fact runs paired scenarios over seeds 1…N (common random numbers) and passes when \
            its sign holds by 2 SE and its effect lies in the band around §11's magnitude; the \
            mechanism checks (rules of §3–§7) and §13's calibration follow. \
            --mutants runs the facts under each mutant (a parameter change) over the same seeds; at \
            least 90 % must make some fact fail. --sensitivity moves every constant one at a time \
            (−20 %, +20 %, the ends of its range) and draws a tornado per outcome. The exit status is \
            1 when a fact, a mechanism check or a calibration target fails, or too few mutants are killed \
            (docs/VALIDATION.md).
            """,
        zh: """
            每个事实都在种子 1…N 上运行配对情景（共同随机数）；当效应方向以 2 个标准误成立、且效应落在 \
            §11 量级附近的区间内时通过；其后是机制检验（§3–§7 的规则）与 §13 的校准检验。--mutants 在每个变异体（一项参数改动）下用相同的种子重跑各事实，\
            至少 90% 的变异体须使某个事实不通过。--sensitivity 逐一改动每个常数（−20%、+20%、取值范围两端），\
            并为每个结果画出龙卷风图。有事实、机制检验或校准目标不通过，或检出的变异体过少时，退出状态为 1（docs/VALIDATION.md）。
            """)

    /// `--quick`.
    public static let validateQuick = Bilingual(
        en: "20 seeds instead of 40.", zh: "用 20 个种子代替 40 个。")
    /// `--mutants`.
    public static let validateMutants = Bilingual(
        en: "Also run the mutation check.", zh: "同时运行变异检验。")
    /// `--sensitivity`.
    public static let validateSensitivity = Bilingual(
        en: "Also run the one-at-a-time sensitivity and draw its tornado charts.",
        zh: "同时运行单因素敏感性分析并画出龙卷风图。")
    /// `--seeds N`.
    public static let validateSeeds = Bilingual(
        en: "Seeds of the facts, 2–1000 (default 40; mutants use the same, the sensitivity an eighth).",
        zh: "事实所用的种子数，2–1000（默认 40；变异检验用相同数目，敏感性分析用八分之一）。")
    /// `--json`.
    public static let validateJSON = Bilingual(
        en: "Print the report as one JSON object instead of the table.",
        zh: "以一个 JSON 对象输出报告，而不是表格。")
    /// `--write FILE`.
    public static let validateWrite = Bilingual(
        en: "Also write the report as Markdown to FILE (docs/VALIDATION.md), atomically.",
        zh: "同时把报告以 Markdown 格式写入 FILE（docs/VALIDATION.md），以原子方式写入。")

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
