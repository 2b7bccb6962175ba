import CoprodTestSupport
import Foundation
import Testing

/// `coprod run FILE --set KEY=VALUE` checks every value before anything is printed and echoes the
/// scenario it runs with; `--seed` over a script's own seed says so on standard error.
@Suite(.timeLimit(.minutes(2)))
struct RunSetTests {
    func coprod() throws -> CoprodProcess {
        let c = try CoprodProcess()
        _ = try c.writeFile("default.coprod", CoprodProcess.defaultScenario)
        _ = try c.writeFile("seeded.coprod", "community \"S\" size 60 seed 9\nfacility shed serves all\nrun 2\n")
        return c
    }

    @Test func aWrongValueComesAloneWithAFailingStatus() throws {
        let c = try coprod()
        // The last: a key given twice (the last would otherwise win silently).
        for bad in ["shed.salince=0.3", "shed.salience=2", "nothing", "community.seed=4", "government.budget=5"] {
            let r = try c.run(["run", "default.coprod", "--set", "government.budget=3", "--set", bad, "--weeks", "2"])
            #expect(r.status == 1, "\(bad)")
            #expect(r.standardOutput.isEmpty, "nothing is echoed before the error: \(r.standardOutput)")
            #expect(r.standardError.hasPrefix("coprod: error: "), "\(r.standardError)")
            if bad.contains("=") { #expect(r.standardError.contains("hint: "), "\(bad): a hint") }
        }
    }

    /// `--max-population` holds for a size given by `--set` (and by `--vary`, per run), as it does
    /// for one written in the script.
    @Test func aSizeSetAboveTheLimitIsRefused() throws {
        let c = try coprod()
        let r = try c.run([
            "run", "default.coprod", "--set", "community.size=2000", "--max-population", "1000", "--weeks", "1",
        ])
        #expect(r.status == 1)
        #expect(r.standardOutput.isEmpty, "\(r.standardOutput)")
        #expect(
            r.standardError
                == "coprod: error: a community of 2,000 residents is larger than this session allows (1,000)\n"
                + "hint: community.size must be between 1 and 1000\n")
        let sweep = try c.run([
            "sweep", "default.coprod", "--vary", "community.size=200,2000", "--max-population", "1000", "--weeks", "1",
            "--progress", "none",
        ])
        #expect(sweep.status == 1)
        #expect(sweep.standardError.contains("1 of 2 runs failed"), "\(sweep.standardError)")
        #expect(sweep.standardOutput.contains("larger than this session allows (1,000)"), "\(sweep.standardOutput)")
    }

    @Test func theEchoShowsTheValuesUsed() throws {
        let c = try coprod()
        let r = try c.run(["run", "default.coprod", "--set", "shed.salience=0.3", "--set", "community.size=200"])
        #expect(r.status == 0, "\(r.standardError)")
        let lines = r.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "running with --set shed.salience=0.3, community.size=200; the scenario used:")
        #expect(lines.contains("community rebuilt: 200 residents, profile mixed, seed 1"))
        #expect(lines.contains { $0.hasPrefix("facility shed: publicness 0.6, salience 0.3,") })
        #expect(!r.standardOutput.contains("salience 0.8"), "the script's value is not echoed")
        #expect(!r.standardOutput.contains("400 residents"))
        // The same run without --set echoes the script's values, as before.
        let plain = try c.run(["run", "default.coprod", "--weeks", "1"])
        #expect(plain.standardOutput.contains("salience 0.8"))
        #expect(!plain.standardOutput.contains("running with --set"))
    }

    /// The echo and the errors, in English and Chinese, as a user sees them.
    @Test(arguments: ["en", "zh"])
    func transcriptIsGolden(lang: String) throws {
        let c = try coprod()
        let cases: [[String]] = [
            ["run", "default.coprod", "--set", "shed.salience=0.3", "--set", "budget=6", "--weeks", "0"],
            ["run", "default.coprod", "--set", "shed.salince=0.3", "--weeks", "2"],
            ["run", "default.coprod", "--set", "shed.salience=0.3", "--set", "shed.salience=0.9", "--weeks", "1"],
            ["run", "seeded.coprod", "--seed", "5", "-q"],
            ["run", "seeded.coprod", "--seed", "9", "-q"],
            ["run", "seeded.coprod", "--seed", "5", "--replicates", "2", "--weeks", "1", "--csv", "-"],
        ]
        var transcript = ""
        for args in cases {
            let r = try c.run(args + ["--lang", lang])
            let out = r.standardOutput.split(separator: "\n").prefix(3).joined(separator: "\n")
            transcript +=
                "$ coprod \(args.joined(separator: " "))\n[stdout]\n\(out)\n[stderr]\n\(r.standardError)[status \(r.status)]\n"
        }
        assertGolden(transcript, named: "run-set.\(lang).txt")
    }

    /// A single run with `--csv -` (or `--jsonl -`) puts only the data on standard output: the
    /// script's text goes to standard error, so pandas or R read the output as it is (a tryout
    /// found the step reports run into the CSV header).
    @Test(arguments: ["--csv", "--jsonl"])
    func dataOnStandardOutputIsDataOnly(_ option: String) throws {
        let c = try coprod()
        let r = try c.run(["run", "default.coprod", "--weeks", "3", option, "-"])
        #expect(r.status == 0, "\(r.standardError)")
        let lines = r.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix(option == "--csv" ? "# coprod" : "{") == true, "\(r.standardOutput)")
        if option == "--csv" {
            let rows = lines.filter { !$0.hasPrefix("#") }
            let width = rows.first?.split(separator: ",", omittingEmptySubsequences: false).count
            #expect(rows.count == 1 + 4, "a header and weeks 0…3")
            #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == width })
        } else {
            #expect(lines.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
        }
        #expect(r.standardError.contains("week"), "the text report is on standard error")
    }

    @Test func aScriptWithoutWeeksRunForResultsSaysSo() throws {
        let c = try coprod()
        let note = "coprod: note: default.coprod has no step or run line, so no week is run"
        for args in [["--seed", "5"], ["--json"], ["--set", "shed.salience=0.9"], ["--replicates", "2"]] {
            let r = try c.run(["run", "default.coprod"] + args)
            #expect(r.status == 0, "\(args): \(r.standardError)")
            #expect(r.standardError.contains(note), "\(args): \(r.standardError)")
        }
        #expect(
            try !c.run(["run", "default.coprod", "--seed", "5", "--weeks", "2"]).standardError.contains(
                "no step or run line"))
        #expect(
            try !c.run(["run", "default.coprod"]).standardError.contains("no step or run line"),
            "a plain run only declares")
        let zh = try c.run(["run", "default.coprod", "--seed", "5", "--lang", "zh"])
        #expect(zh.standardError.contains("default.coprod 中没有 step 或 run 行"), "\(zh.standardError)")
        let sweep = try c.run(["sweep", "default.coprod", "--vary", "shed.salience=0.3,0.9", "--csv", "s.csv"])
        #expect(sweep.status == 0, "\(sweep.standardError)")
        #expect(sweep.standardError.contains(note), "\(sweep.standardError)")
        let weeks = try c.run([
            "sweep", "default.coprod", "--vary", "shed.salience=0.3", "--weeks", "1", "--csv", "t.csv",
        ])
        #expect(!weeks.standardError.contains("no step or run line"), "\(weeks.standardError)")
    }

    @Test func seedFromTheCommandLineWins() throws {
        let c = try coprod()
        let r = try c.run(["run", "seeded.coprod", "--seed", "5", "--json"])
        #expect(r.status == 0)
        #expect(r.standardError == "coprod: note: seed 9 from the script replaced by --seed 5\n")
        #expect(r.standardOutput.contains("\"seed\" : 5"))
        let same = try c.run(["run", "seeded.coprod", "--seed", "9", "--json"])
        #expect(same.standardError.isEmpty, "no note when nothing is replaced")
        let zh = try c.run(["run", "seeded.coprod", "--seed", "5", "-q", "--lang", "zh"])
        #expect(zh.standardError.contains("脚本中的种子 9 已由 --seed 5 取代"))
    }
}
