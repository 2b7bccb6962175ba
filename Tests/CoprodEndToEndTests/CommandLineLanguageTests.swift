import CoprodTestSupport
import Foundation
import Testing

/// The command line in both languages: `--help` pages, argument errors and batch messages on
/// standard error, chosen by `--lang` anywhere in the arguments or by the locale.
@Suite(.timeLimit(.minutes(2)))
struct CommandLineLanguageTests {
    /// A process in `language`'s locale with an 80-column help page.
    static func coprod(_ language: String) throws -> CoprodProcess {
        let coprod = try CoprodProcess()
        coprod.environment["LANG"] = language == "zh" ? "zh_CN.UTF-8" : "C.UTF-8"
        coprod.environment["COLUMNS"] = "80"
        return coprod
    }

    /// Display width in terminal cells (CJK and full-width forms take two).
    static func cells(_ line: Substring) -> Int {
        line.unicodeScalars.reduce(0) { n, s in
            let v = s.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return n + (wide ? 2 : 1)
        }
    }

    /// Words of swift-argument-parser's English that must not reach a Chinese page.
    static let parserEnglish = [
        "OVERVIEW", "USAGE", "ARGUMENTS", "OPTIONS", "SUBCOMMANDS", "Show ", "See '", "default)",
    ]

    @Test(arguments: ["en", "zh"])
    func helpPages(language: String) throws {
        let coprod = try Self.coprod(language)
        let root = try coprod.run(["--help"])
        let run = try coprod.run(["run", "--help"])
        #expect(root.status == 0 && run.status == 0)
        assertSnapshot(root.standardOutput, named: "cli-help.\(language)")
        assertSnapshot(run.standardOutput, named: "cli-run-help.\(language)")
        // `--lang` chooses the same page as the locale, wherever it is written.
        let other = try CoprodProcess()
        other.environment["COLUMNS"] = "80"
        #expect(try other.run(["--lang", language, "--help"]).standardOutput == root.standardOutput)
        #expect(try other.run(["run", "--help", "--lang", language]).standardOutput == run.standardOutput)
        #expect(try other.run(["--lang", language, "run", "--help"]).standardOutput == run.standardOutput)
        #expect(try other.run(["help", "run", "--lang", language]).standardOutput == run.standardOutput)
        guard language == "zh" else { return }
        for page in [root.standardOutput, run.standardOutput] {
            for word in Self.parserEnglish { #expect(!page.contains(word), "'\(word)' in the Chinese help") }
            for line in page.split(separator: "\n") where !line.hasPrefix("用法：") {
                #expect(Self.cells(line) <= 80, "wider than 80 cells: \(line)")
            }
        }
        // A narrow terminal wraps the Chinese page to its width.
        coprod.environment["COLUMNS"] = "50"
        let narrow = try coprod.run(["run", "--help"]).standardOutput
        for line in narrow.split(separator: "\n") where !line.hasPrefix("用法：") {
            #expect(Self.cells(line) <= 50, "wider than 50 cells: \(line)")
        }
    }

    /// The argument errors a user meets, each with exit status 64, the usage line and where the
    /// options are described.
    static let badCommandLines: [[String]] = [
        ["--sed", "1"],
        ["run", "--seed"],
        ["--seed", "-1", "x.coprod"],
        ["--seed", "abc", "x.coprod"],
        ["--lang", "fr", "x.coprod"],
        ["a.coprod", "b.coprod"],
        ["--replicates", "0", "x.coprod"],
        ["--max-steps", "20000", "x.coprod"],
        ["--replicates", "3"],
    ]

    @Test(arguments: ["en", "zh"])
    func argumentErrors(language: String) throws {
        let coprod = try Self.coprod(language)
        var transcript = ""
        for arguments in Self.badCommandLines {
            let result = try coprod.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.standardError)")
            #expect(result.standardOutput.isEmpty)
            transcript += "$ coprod \(arguments.joined(separator: " "))\n" + result.standardError
        }
        assertSnapshot(transcript, named: "cli-errors.\(language)")
        if language == "zh" {
            for word in ["Error", "Usage", "Unknown", "Missing", "invalid", "Unexpected", "must be"] {
                #expect(!transcript.contains(word), "'\(word)' in the Chinese errors")
            }
        }
        // `--lang zh` anywhere, in an English locale, gives the Chinese text.
        let english = try Self.coprod("en")
        let chinese = try english.run(["--sed", "1", "--lang", "zh"])
        #expect(chinese.standardError.hasPrefix("coprod: 错误: 未知选项 '--sed'\n提示: 你是不是想输入 '--seed'？"))
    }

    /// `coprod validate --help` in both languages, and a bad `--seeds` as a typed error.
    @Test(arguments: ["en", "zh"])
    func validateHelpPage(language: String) throws {
        let coprod = try Self.coprod(language)
        let page = try coprod.run(["validate", "--help"])
        #expect(page.status == 0)
        assertSnapshot(page.standardOutput, named: "cli-validate-help.\(language)")
        let other = try CoprodProcess()
        other.environment["COLUMNS"] = "80"
        #expect(try other.run(["validate", "--help", "--lang", language]).standardOutput == page.standardOutput)
        let bad = try coprod.run(["validate", "--seeds", "1"])
        #expect(bad.status == 64)
        #expect(bad.standardError.contains("--seeds"))
    }

    /// `coprod sweep --help` and `coprod merge --help`, chosen by the locale or by `--lang` anywhere.
    @Test(arguments: ["en", "zh"])
    func sweepAndMergeHelpPages(language: String) throws {
        let coprod = try Self.coprod(language)
        let sweep = try coprod.run(["sweep", "--help"])
        let merge = try coprod.run(["merge", "--help"])
        #expect(sweep.status == 0 && merge.status == 0)
        assertSnapshot(sweep.standardOutput, named: "cli-sweep-help.\(language)")
        assertSnapshot(merge.standardOutput, named: "cli-merge-help.\(language)")
        let other = try CoprodProcess()
        other.environment["COLUMNS"] = "80"
        #expect(try other.run(["--lang", language, "sweep", "--help"]).standardOutput == sweep.standardOutput)
        #expect(try other.run(["sweep", "--help", "--lang", language]).standardOutput == sweep.standardOutput)
        #expect(try other.run(["help", "sweep", "--lang", language]).standardOutput == sweep.standardOutput)
        #expect(try other.run(["--lang=\(language)", "merge", "--help"]).standardOutput == merge.standardOutput)
        #expect(try other.run(["merge", "--lang", language, "--help"]).standardOutput == merge.standardOutput)
        guard language == "zh" else { return }
        for page in [sweep.standardOutput, merge.standardOutput] {
            for word in Self.parserEnglish { #expect(!page.contains(word), "'\(word)' in the Chinese help") }
            for line in page.split(separator: "\n") where !line.hasPrefix("用法：") {
                #expect(Self.cells(line) <= 80, "wider than 80 cells: \(line)")
            }
        }
    }

    /// The argument errors of `coprod sweep` and `coprod merge`: status 64, their own usage line.
    static let badSweepCommandLines: [[String]] = [
        ["sweep"],
        ["sweep", "x.coprod", "--replicates", "0"],
        ["sweep", "x.coprod", "--jobs", "abc"],
        ["sweep", "x.coprod", "--jobs", "2000"],
        ["sweep", "x.coprod", "--weeks", "20000"],
        ["sweep", "x.coprod", "--progress", "fancy"],
        ["sweep", "x.coprod", "--sample", "cube", "5"],
        ["sweep", "x.coprod", "--vry", "budget=1,2"],
        ["sweep", "x.coprod", "--csv"],
        ["sweep", "x.coprod", "--lang", "fr"],
        ["sweep", "a.coprod", "b.coprod"],
        ["merge"],
        ["merge", "out.csv"],
        ["merge", "out.csv", "a.csv", "--sumary", "s.csv"],
    ]

    @Test(arguments: ["en", "zh"])
    func sweepAndMergeArgumentErrors(language: String) throws {
        let coprod = try Self.coprod(language)
        var transcript = ""
        for arguments in Self.badSweepCommandLines {
            let result = try coprod.run(arguments)
            #expect(result.status == 64, "\(arguments): \(result.standardError)")
            #expect(result.standardOutput.isEmpty)
            transcript += "$ coprod \(arguments.joined(separator: " "))\n" + result.standardError
        }
        assertSnapshot(transcript, named: "cli-sweep-errors.\(language)")
        if language == "zh" {
            for word in ["Error", "Usage", "Unknown", "Missing", "invalid", "Unexpected", "must be", "needs"] {
                #expect(!transcript.contains(word), "'\(word)' in the Chinese errors")
            }
        }
        // `--lang zh` anywhere, in an English locale, gives the Chinese text.
        let english = try Self.coprod("en")
        let chinese = try english.run(["--lang", "zh", "merge"])
        #expect(chinese.status == 64)
        #expect(chinese.standardError.hasPrefix("coprod: 错误: merge 需要先给出要写入的文件"))
        #expect(chinese.standardError.contains("用法：coprod merge <out>"))
    }

    /// `coprod --lang zh sweep FILE …` runs the sweep; `LANG=zh_CN.UTF-8` gives its summary in Chinese.
    @Test func optionsBeforeSweep() throws {
        let coprod = try Self.coprod("en")
        let script = try coprod.writeFile("a.coprod", CoprodProcess.defaultScenario)
        let sweep = ["sweep", script, "--vary", "budget=2,6", "--weeks", "2", "--metrics", "participation"]
        let chinese = try coprod.run(["--lang", "zh"] + sweep)
        #expect(chinese.status == 0, "\(chinese.standardError)")
        #expect(chinese.standardOutput.contains("\nrun,cell,replicate,seed,budget,"))
        #expect(!chinese.standardError.contains("summary of"))
        let locale = try Self.coprod("zh").run(sweep)
        #expect(locale.status == 0, "\(locale.standardError)")
        #expect(locale.standardError == chinese.standardError)
        let english = try coprod.run(["--seed", "3"] + sweep)
        #expect(english.status == 0, "\(english.standardError)")
        #expect(english.standardError.contains("summary of 2 runs in 2 cells"))
    }

    /// `coprod --lang zh run FILE`: options before the subcommand are accepted.
    @Test func optionsBeforeRun() throws {
        let coprod = try Self.coprod("en")
        let script = try coprod.writeFile("a.coprod", CoprodProcess.defaultScenario + "step\n")
        let chinese = try coprod.run(["--lang", "zh", "run", script])
        #expect(chinese.status == 0, "\(chinese.standardError)")
        #expect(chinese.standardOutput.contains("第 0 → 1 周"))
        let json = try coprod.run(["--seed", "3", "--json", "run", script])
        #expect(json.status == 0, "\(json.standardError)")
        _ = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8))
        #expect(try coprod.run(["--quiet", "--lang=zh", "run", script]).standardOutput.isEmpty)
    }

    /// What a batch run writes on standard error is in the run's language.
    @Test func batchMessages() throws {
        let coprod = try Self.coprod("zh")
        let missing = try coprod.run(["no-such-file.coprod"])
        #expect(missing.status == 1)
        #expect(missing.standardError == "coprod: 错误: 无法读取 'no-such-file.coprod'：没有这个文件或文件夹\n")
        let script = try coprod.writeFile("save.coprod", "step 3\n")
        let closed = try coprod.run([script], redirections: ">&-")
        #expect(closed.standardError == "coprod: 警告: 标准输出已关闭；命令输出将被丢弃\n")
        let english = try coprod.run(["--lang", "en", "no-such-file.coprod"])
        #expect(
            english.standardError == "coprod: error: cannot read 'no-such-file.coprod': No such file or directory\n")
    }
}
