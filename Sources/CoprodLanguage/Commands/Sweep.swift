extension CommandRegistry {
    /// The `sweep` command: the session's scenario over a grid of settings × replicates.
    ///
    /// The library only has its help page, its Tab completion and a check of its options: the
    /// sweep itself runs in the `coprod` executable (`REPLSweep`, which sees the line before the
    /// session does, and `coprod sweep`), since the experiments layer (`CoprodExperiments`)
    /// depends on this target and cannot be called from it. Inside a plain `Session` (a script
    /// file, a test) the line parses and its execute step is a clear error.
    static let sweep = CommandDefinition(
        help: HelpEntry(
            name: "sweep",
            syntax: "sweep --vary KEY=VALUES … [--replicates R] [--weeks N] [--csv FILE] [--jsonl FILE] "
                + "[--metrics a,b] [--seed S] [--jobs N]",
            summary: Bilingual(
                en: "Runs the scenario as it stands over a grid of settings × replicates, each run from its own "
                    + "derived seed, and prints a summary per cell; rows go to the file of --csv or --jsonl. The session "
                    + "does not change; Ctrl-C cancels the builds of communities in flight and stops after the runs "
                    + "in flight that are stepping. The options are those of "
                    + "`coprod sweep` (docs/EXPERIMENTS.md). Typed at the prompt or piped to coprod; in a script file it "
                    + "is an error, since `coprod sweep` sweeps a script file.",
                zh: "在一组设置取值 × 重复次数的网格上运行当前情景，每次运行用各自派生的种子，并按网格单元打印汇总；"
                    + "各行写入 --csv 或 --jsonl 给出的文件。会话本身不变；Ctrl-C 会取消正在建立的社区，并在正在进行的运行结束后停止。"
                    + "选项与 `coprod sweep` 相同（docs/EXPERIMENTS.md）。在提示符下输入，或通过管道交给 coprod；"
                    + "写在脚本文件中会报错，脚本文件请用 `coprod sweep` 扫描。"),
            example: "sweep --vary shed.salience=0.3,0.9 --replicates 2 --weeks 8",
            seeAlso: ["set", "fork"]),
        group: .stepping,
        keywords: SweepOptions.valueOptions.keys.sorted() + SweepOptions.flags,
        parse: { p throws(Diagnostic) in
            let options = p.rawRest()
            try SweepOptions.check(options)
            return .sweep(options: options)
        },
        execute: { _, i throws(Diagnostic) in
            throw Diagnostic(.sweepOnlyAtTheREPL, at: i.statementRange, hint: .seeHelpFor(command: "coprod sweep"))
        })
}

/// The options of `sweep` at the prompt (those of `coprod sweep`, without the file), for Tab
/// completion and for a check before the line reaches the executable's sweep.
enum SweepOptions {
    /// The options that take a value, with how many words they take.
    static let valueOptions: [String: Int] = [
        "--vary": 1, "--replicates": 1, "--weeks": 1, "--csv": 1, "--jsonl": 1, "--metrics": 1, "--seed": 1,
        "--jobs": 1, "--set": 1, "--sample": 2, "--summary": 1, "--plot": 1, "--plot-metric": 1, "--progress": 1,
        "--shard": 1, "--max-population": 1, "--lang": 1,
    ]

    /// The options that take none.
    static let flags = ["--series", "--resume", "--force", "--quiet", "-q", "--help", "-h"]

    /// Checks that every option is known (with a did-you-mean) and that those taking a value have
    /// one; the values themselves are checked where the sweep runs.
    static func check(_ options: StringLiteral?) throws(Diagnostic) {
        guard let options else { return }
        let words = split(options)
        var k = 0
        while k < words.count {
            let (word, range) = words[k]
            k += 1
            guard word.hasPrefix("-"), Double(word) == nil else { continue }
            let name = word.hasPrefix("--") ? String(word.prefix { $0 != "=" }) : word
            if flags.contains(name) { continue }
            guard let count = valueOptions[name] else {
                let known = valueOptions.keys.sorted() + flags
                throw Diagnostic(
                    .unknownOption(name), at: range,
                    hint: Suggestions.closest(to: name, in: known).map(Message.didYouMean)
                        ?? .seeHelpFor(command: "coprod sweep"))
            }
            if name != word { continue }  // --weeks=8
            let values = words.dropFirst(k).prefix(count)
            guard values.count == count, values.allSatisfy({ !$0.0.hasPrefix("--") }) else {
                throw Diagnostic(
                    .missingOptionValue(option: name), at: range, hint: .seeHelpFor(command: "coprod sweep"))
            }
            k += count
        }
    }

    /// The blank-separated words of `options`, each with its range.
    static func split(_ options: StringLiteral) -> [(String, SourceRange)] {
        var result: [(String, SourceRange)] = []
        let line = options.range.start.line
        var column = options.range.start.column
        var current = ""
        var start = column
        for c in options.value {
            if c == " " || c == "\t" {
                if !current.isEmpty { result.append((current, range(line, start, column))) }
                current = ""
            } else {
                if current.isEmpty { start = column }
                current.append(c)
            }
            column += 1
        }
        if !current.isEmpty { result.append((current, range(line, start, column))) }
        return result
    }

    private static func range(_ line: Int, _ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: SourceLocation(line: line, column: start), end: SourceLocation(line: line, column: end))
    }
}
