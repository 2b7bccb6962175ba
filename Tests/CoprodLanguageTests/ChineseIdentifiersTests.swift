import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// Code identifiers left in the Chinese interface (a student's tryout at 60 columns): `explain`'s
/// `pAuto`, `pMob` and `效用 U`, metric code names in result lines, the default community's name,
/// `FILE` and the other capitalised placeholders of help pages. Under `--lang zh` each now reads
/// Chinese; what the user types (command words, keywords, field names) stays as it is typed.
@Suite struct ChineseIdentifiersTests {
    static func out(_ s: Session, _ lines: [String]) throws -> [String] {
        var out: [String] = []
        for line in lines { _ = try s.execute(line: line, emit: { out.append($0) }) }
        return out
    }

    /// The lines as one text, with the breaks of wrapping undone (no space where a line broke
    /// between two Chinese characters).
    static func flat(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            let piece = line.drop { $0 == " " }
            if let last = text.last, let first = piece.first {
                text += Format.cells(String(last)) == 2 && Format.cells(String(first)) == 2 ? "" : " "
            }
            text += piece
        }
        return text.replacing(/\ +/, with: " ")
    }

    @Test func explainNamesTheChancesInChinese() throws {
        let zh = Self.flat(try Self.out(CommandTest.session(.zh), ["run 40", "explain 27"]))
        for code in ["pAuto", "pMob", "效用 U", "，激励 "] { #expect(!zh.contains(code), "\(code) in \(zh)") }
        #expect(zh.contains("效用 0.357 → 自主参与概率 0.0028；动员参与概率 0.0051（政府动员 0.0051，物质激励 0.0000）"), "\(zh)")
        let en = Self.flat(try Self.out(CommandTest.session(.en), ["run 40", "explain 27"]))
        #expect(
            en.contains(
                "utility U 0.357 → pAuto 0.0028; pMob 0.0051 (government mobilisation 0.0051, incentive 0.0000)"))
        // The help page says the same.
        let help = Self.flat(try Self.out(CommandTest.session(.zh), ["help explain"]))
        #expect(help.contains("自主参与概率、动员参与概率") && !help.contains("pAuto"))
    }

    /// The built-in default community is 校准社区 in Chinese; scripts keep its name, `Calibration`.
    @Test func theDefaultCommunityHasAChineseName() throws {
        let folder = temporaryFolder("coprod-calibration-name")
        let zh = Session(options: .init(directory: folder, language: .zh))
        let shown = try Self.out(zh, ["show community", "save \"c.coprod\""])
        #expect(shown.first?.hasPrefix("社区 \"校准社区\" —— 400 位居民") == true, "\(shown)")
        #expect(shown.last == "已将 \"校准社区\" 第 0 周保存到 c.coprod")
        #expect(zh.scenario.name == "Calibration")
        let script = try String(contentsOf: folder.appendingPathComponent("c.coprod"), encoding: .utf8)
        #expect(script.contains("community \"Calibration\" size 400"))
        // A script naming it loads under the same name, shown in Chinese; other names stay.
        let loaded = try Self.out(zh, ["load \"c.coprod\""])
        #expect(loaded.last?.contains("：\"校准社区\"，第 0 周") == true, "\(loaded)")
        #expect(zh.scenario.name == "Calibration")
        let renamed = try Self.out(zh, ["community \"Yangguang\"", "show community"])
        #expect(renamed.contains { $0.hasPrefix("社区 \"Yangguang\" —— ") }, "\(renamed)")
        let en = try Self.out(CommandTest.session(.en), ["show community"])
        #expect(en.first?.hasPrefix("community \"Calibration\" — 400 residents") == true)
    }

    /// A result names its field in Chinese, with the field as typed in parentheses once; English
    /// shows the field as typed.
    @Test func resultLinesNameTheirFieldInChinese() throws {
        let zh = try Self.out(
            CommandTest.session(.zh),
            [
                "run 30", "rate shed.everJoined by tenure", "mean efficacy", "mean largestGap", "hist efficacy",
                "plot participation", "watch largestGap shed.active", "step",
            ])
        let text = Self.flat(zh)
        for line in [
            "shed 曾参与率（shed.everJoined）的比率：", "注意：shed 曾参与率是设施指标", "自我效能感（efficacy）的平均值：",
            "最大参与差距（largestGap）的平均值：", "注意：最大参与差距是社区指标", "自我效能感（efficacy）的分布：400 位居民",
            "社区曾参与率（participation）逐周变化（第 0–30 周）", "图例：⠤⠤⠤ 社区曾参与率",
            "正在观察 最大参与差距（largestGap）、shed 当前参与人数（shed.active）：",
        ] {
            #expect(text.contains(line), "no '\(line)' in \(text)")
        }
        #expect(zh.contains { $0.hasPrefix("最大参与差距      ▁") }, "\(zh)")
        #expect(zh.contains { $0.hasPrefix("shed 当前参与人数 ▁") }, "\(zh)")
        // Each code name appears only in its parentheses (or as typed in a condition).
        #expect(text.matches(of: /largestGap/).count == 2, "\(text)")
        #expect(!text.contains("最大差距 "), "show community and compare use one name")
        let en = Self.flat(
            try Self.out(
                CommandTest.session(.en), ["run 30", "rate shed.everJoined", "mean efficacy", "hist efficacy"]))
        // English names them the same way: the label, then the field as typed once.
        #expect(en.contains("rate of shed ever-joined share (shed.everJoined): "), "\(en)")
        #expect(en.contains("mean self-efficacy (efficacy): "))
        #expect(en.contains("self-efficacy (efficacy): 400 residents"))
    }

    /// A lesson part's revealed result names its field in Chinese too (the field as typed once).
    @Test func aLessonsResultNamesItsFieldInChinese() throws {
        let folder = temporaryFolder("coprod-zh-reveal")
        let zh = Session(options: .init(directory: folder, lessonDirectories: packageLessons, language: .zh))
        let text = Self.flat(try Self.out(zh, ["lesson 1", "show community", "help step", "step"]))
        #expect(text.contains("结果：shed 知晓人数（shed.aware）为 1（第 1 周）"), "\(text)")
        let en = Session(options: .init(directory: folder, lessonDirectories: packageLessons, language: .en))
        #expect(
            Self.flat(try Self.out(en, ["lesson 1", "show community", "help step", "step"])).contains(
                "shed.aware = 1 (week 1)"))
    }

    /// Chinese help pages write their placeholders in Chinese, as the typing hint does, and
    /// keep the command words and keywords; English pages keep them in capitals.
    @Test func helpSyntaxLinesHaveChinesePlaceholders() throws {
        let zh = CommandTest.session(.zh)
        for entry in HelpCatalogue.entries {
            let page = try Self.out(zh, ["help \(entry.name)"])
            guard page.contains(where: { $0.hasPrefix("  语法：") }) else { continue }  // `help glossary`
            let syntax = Self.flat(Array(page.drop { !$0.hasPrefix("  语法：") }.prefix { !$0.hasPrefix("  示例：") }))
            #expect(syntax == Self.flat(["语法：" + entry.syntax(in: .zh)]), "\(entry.name): \(syntax)")
            #expect(syntax.firstMatch(of: /\b[A-Z]{2,}\b/) == nil, "\(entry.name): \(syntax)")
            if let hint = zh.typingHint(for: entry.name + " ") { #expect(hint == entry.syntax(in: .zh)) }
            // No FILE left in the Chinese page at all.
            #expect(!page.joined().contains("FILE"), "\(entry.name): \(page)")
        }
        // Nor in the overviews.
        for line in ["help", "help all"] {
            let text = Self.flat(try Self.out(zh, [line]))
            #expect(text.firstMatch(of: /\b(WORD|FILE|NAME|EXPR|FIELD|STRING|REF|KIND|WEEK|TEXT)\b/) == nil, "\(text)")
        }
        let sweep = Self.flat(try Self.out(zh, ["help sweep"]))
        #expect(sweep.contains("[--csv 文件] [--jsonl 文件]") && sweep.contains("给出的文件"))
        let en = Self.flat(try Self.out(CommandTest.session(.en), ["help sweep"]))
        #expect(en.contains("[--csv FILE] [--jsonl FILE]"))
        #expect(Self.flat(try Self.out(zh, ["help save"])).contains("语法：save 文字 [force]"))
    }

    /// Every command's help example, run in a Chinese session, prints no English but what is
    /// typed (command words, keywords, fields, the default facilities' names) and names.
    @Test func theCommandsOfHelpPrintNoEnglishProse() throws {
        let allowed = MessageCatalogueTests.allowedLatinWords.union([
            "lift", "garden", "care", "kiosk", "Yangguang", "alice", "PPP", "CSV", "JSON", "Lines", "jsonl", "coprod",
            "x", "s", "f", "r", "series", "csv", "IV", "II", "III", "I", "sd", "docs", "md", "EXPERIMENTS", "MODEL",
            "max", "σ", "vary", "replicates", "weeks", "metrics", "seed", "jobs",
        ])
        var foreign: [String: Set<String>] = [:]
        for entry in CommandRegistry.all.map(\.help) where entry.example.first?.isLetter == true {
            let folder = temporaryFolder("coprod-zh-walk")
            let s = Session(
                options: .init(directory: folder, lessonDirectories: packageLessons, language: .zh, width: 60))
            var lines: [String] = []
            for line in ["run 10", entry.example] {
                _ = try? s.execute(line: line, emit: { lines.append($0) })
            }
            // Code spans, fields (`shed.active`), citations (`Ostrom 1996`) and the validation
            // report's labels of its facts (`SF3`, `M1`, `CALa`) are no prose.
            let prose = MessageCatalogueTests.prose(
                lines.joined(separator: "\n").replacing(/`[^`]*`/, with: "").replacing(/\b\w+\.\w+\b/, with: "")
                    .replacing(/[A-Z][a-z]+( et al\.)? (&|\d{4})/, with: "").replacing(
                        /\b(SF|M|CAL)\d*[a-z]?\b/, with: ""))
            let words = prose.matches(of: /[A-Za-z][A-Za-z_-]*/).map { String($0.output) }
            let left = Set(words.filter { !allowed.contains($0) })
            if !left.isEmpty { foreign[entry.name] = left }
        }
        #expect(foreign.isEmpty, "\(foreign)")
    }
}
