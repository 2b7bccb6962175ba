import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

@Suite("Session: commands, atomic errors, queries")
struct SessionTests {
    @Test("the default session is spec §13's calibration scenario at week 0")
    func defaultScenario() {
        let s = Session()
        #expect(s.scenario == Scenario.calibration)
        #expect(s.week == 0)
        #expect(s.prompt == "coprod w0> ")
    }

    @Test("an error leaves the session exactly as it was")
    func atomicErrors() throws {
        let s = Session()
        _ = transcript(s, ["step 3"])
        let before = s.jsonReport()
        let script = s.scriptText()
        let out = transcript(
            s,
            [
                "facility shed salience 1.5",  // out of range after a valid change in the same line? no: one setting
                "facility shed salience 0.9 cost -1",  // first setting valid, second invalid → nothing changes
                "intervene outreach on shde",
                "resident 9999 efficacy 0.5",
                "government role 2",
                "set a0 7",
                "run until shed.phase = maintanance",
            ])
        #expect(out.count == 7)
        #expect(out.allSatisfy { $0.contains("error:") })
        #expect(s.jsonReport() == before)
        #expect(s.scriptText() == script)
        #expect(s.model.scenario.facilities[0].salience == 0.8)
    }

    @Test("out-of-range numbers are refused with the range in the message")
    func ranges() {
        let s = Session()
        let out = transcript(
            s, ["intervene outreach strength 1.5", "facility shed publicness -0.2", "step -3", "community size 0"])
        #expect(out[0].contains("strength must be between 0 and 1"))
        #expect(out[1].contains("publicness must be between 0 and 1"))
        #expect(out[2].contains("error:"))
        #expect(out[3].contains("size must be between 1 and 10000000"))
    }

    @Test("every limit is an error that states it, and the session is unchanged")
    func limits() {
        let s = Session(options: .init(maxPopulation: 5_000, maxStepsPerCommand: 50))
        var out = transcript(s, ["community size 5001", "step 51", "run 51", "run until week 100 max 51"])
        #expect(out[0].contains("size must be between 1 and 5000"))
        #expect(out[1].contains("step must be between 1 and 50"))
        #expect(out[2].contains("run must be between 1 and 50"))
        #expect(out[3].contains("max must be between 1 and 50"))
        let many = Session.empty()
        out = transcript(many, (1...65).map { "facility f\($0) cost 10" })
        #expect(out.last!.contains("too many facilities (limit 64)"))
        #expect(many.model.scenario.facilities.count == 64)
        out = transcript(many, Array(repeating: "intervene information on all strength 0.1", count: 1_001))
        #expect(out.last!.contains("too many interventions (limit 1000)"))
        #expect(many.model.scenario.interventions.count == 1_000)
        out = transcript(many, [String(repeating: "(", count: 10_000) + "week > 1", "step 10001"])
        #expect(out.allSatisfy { $0.contains("error:") })
        #expect(many.week == 0)
    }

    @Test("did-you-mean for commands, names, intervention kinds and fields")
    func suggestions() {
        let s = Session()
        let out = transcript(
            s,
            [
                "stpe", "show facility shde", "intervene outrech", "count residents where agee = older",
                "rate shed.stag = active", "count residents where age = oldr",
            ])
        #expect(out[0].contains("did you mean 'step'?"))
        #expect(out[1].contains("did you mean 'shed'?"))
        #expect(out[2].contains("did you mean 'outreach'?"))
        #expect(out[3].contains("did you mean 'age'?"))
        #expect(out[4].contains("did you mean 'stage'?"))
        #expect(out[5].contains("did you mean 'older'?"))
    }

    @Test("golden: an unknown facility in an intervention, with its caret")
    func goldenCaret() {
        let out = transcript(Session(), ["intervene council on gardn strength 0.5"])
        #expect(
            out == [
                """
                <repl>:1:22: error: unknown facility 'gardn'
                    intervene council on gardn strength 0.5
                                         ^~~~~
                hint: did you mean 'garden'?
                """
            ])
    }

    @Test("step reports the three levels")
    func stepReport() {
        let out = transcript(Session(), ["step"])
        #expect(out[0] == "week 0 → 1")
        #expect(out[1].hasPrefix("  cognitive    +"))
        #expect(out[2].contains("identification") && out[2].contains("responsibility"))
        #expect(out[3].contains("efficacy") && out[3].contains("trust"))
        #expect(out[4].hasPrefix("  behavioural  +"))
        #expect(out[5].hasPrefix("               active: shed"))
        #expect(out[6].hasPrefix("  production   shed planning"))
        #expect(out.allSatisfy { $0.count <= 100 }, "fits a projector")
    }

    @Test("run until a condition stops when it holds; a cap stops a run that never gets there")
    func runUntil() {
        let s = Session()
        _ = transcript(s, ["run until shed.phase = maintenance"])
        #expect(s.model.outcomes.facilities[0].phase == .maintenance)
        let done = s.model.outcomes.facilities[0].completedAt!
        #expect(s.week == done + 1)
        let out = transcript(s, ["run until week 60", "run until lift.phase = maintenance max 5"])
        #expect(s.week == 65)
        #expect(out.last!.contains("condition not reached after 5 steps"))
    }

    @Test("Ctrl-C (the interrupt flag) stops a run at a step boundary with a note")
    func interrupt() throws {
        let s = Session()
        var polls = 0
        var out: [String] = []
        _ = try s.execute(
            line: "run 1000", emit: { out.append($0) },
            interrupted: {
                polls += 1
                return polls > 7
            })
        #expect(s.week == 7)
        #expect(out.last == "interrupted at week 7 after 7 steps; the model is consistent")
    }

    @Test("queries count, rate and mean with filters and grouping")
    func queries() {
        let s = Session()
        let out = transcript(
            s,
            [
                "run 60", "count residents where age = older by tenure", "rate shed.joined by age",
                "mean efficacy where building = 3 by tenure", "count by shed.stage", "count by lift.channel, tenure",
            ])
        let older = s.model.population.age.filter { $0 == .older }.count
        #expect(out.contains("residents where age = older: \(older)"))
        let joined = (0..<400).filter { s.model.joinedAt[$0] >= 0 }.count
        #expect(
            out.contains { $0.hasPrefix("rate of shed joined (shed.joined): ") && $0.contains("(\(joined) of 400)") })
        #expect(out.contains { $0.hasPrefix("mean self-efficacy (efficacy) where building = 3: ") })
        #expect(out.contains { $0.contains("active") })
        #expect(!out.contains { $0.contains("error") })
    }

    @Test("typology shows the numbers behind each type; thresholds can be set")
    func typology() {
        let s = Session()
        let out = transcript(s, ["run 104", "typology lift", "set typology.publicness 0.1", "typology lift"])
        #expect(out.contains("  lift: type I — mobilised compliance (动员配合型)"))
        #expect(out.contains { $0.contains("publicness 0.20 < 0.50 → livelihood") })
        #expect(out.contains { $0.contains("publicness 0.20 ≥ 0.10 → commons") })
        #expect(out.contains("  lift: type II — guided co-construction (引导共建型)"))
    }

    @Test("explain gives the terms of joining and lapsing and what tipped them")
    func explain() throws {
        let s = Session()
        _ = transcript(s, ["run 104"])
        let m = s.model
        let i = try #require((0..<400).first { m.firstJoin[m.pair(0, $0)] != nil && m.lastLapse[m.pair(0, $0)] != nil })
        let out = transcript(s, ["explain \(i + 1) shed"])
        #expect(out.contains { $0.hasPrefix("  first joined (initial behaviour) at week") })
        for term in ["attitude", "subjective norm", "perceived control", "identification", "responsibility"] {
            #expect(out.contains { $0.contains(term) })
        }
        #expect(out.contains { $0.contains("pAuto") && $0.contains("pMob") })
        #expect(out.filter { $0.contains("tipped by:") }.count == 2)
        #expect(out.contains { $0.hasPrefix("  lapsed at week") })
    }

    @Test("named residents with traits; changing them mid-run is kept in the replay script")
    func residents() {
        let s = Session()
        let out = transcript(
            s,
            [
                "resident alice age older tenure renter efficacy 0.9", "show alice", "step 2",
                "resident alice trust 0.1", "resident alice building 2",
            ])
        #expect(out[0].hasPrefix("alice (resident 1): older renter"))
        #expect(s.model.population.trust[0] == 0.1)
        #expect(out.last!.contains("a building can only be set at week 0"))
        #expect(s.scriptText().contains("step 2\nresident alice trust 0.1\n"))
    }

    @Test("a facility added mid-run can be shown, classified and queried at once (regression: crash)")
    func facilityAddedMidRun() {
        let s = Session()
        let out = transcript(
            s,
            [
                "step 2", "facility kiosk cost 10", "show kiosk", "typology kiosk",
                "run until kiosk.phase = design", "count by kiosk.stage", "rate kiosk.joined",
            ])
        #expect(!out.contains { $0.contains("error") }, "\(out)")
        #expect(s.model.outcomes.facilities.count == 4)
        // The change is saved as the full declaration it made, at its week.
        #expect(s.scriptText().contains("step 2\nfacility kiosk publicness 0.5 salience 0.5 complexity 0.5"))
        #expect(s.scriptText().contains(" cost 10 serves all initiator government\n"))
    }

    @Test("reset keeps every change made during the run, now from week 0")
    func resetKeepsChanges() {
        let s = Session()
        _ = transcript(
            s, ["run 20", "intervene emotional-care on garden strength 0.8", "facility kiosk cost 10", "reset"])
        #expect(s.week == 0)
        #expect(s.model.scenario.interventions.count == 1)
        #expect(s.model.scenario.interventions[0].start == 20)
        #expect(s.model.scenario.facilities.map(\.name) == ["shed", "lift", "garden", "kiosk"])
        #expect(s.scriptText().contains("facility kiosk"))
    }

    @Test("names that are words of the language are refused; buildings must exist")
    func reservedNamesAndBuildings() {
        let out = transcript(
            Session(),
            [
                "facility where cost 10", "facility by cost 10", "resident and age older",
                "resident carol building 1000000", "facility lift serves building 50",
                "count by efficacy", "count where shed",
            ])
        #expect(out[0].contains("cannot name a facility") && out[1].contains("cannot name a facility"))
        #expect(out[2].contains("cannot name a resident"))
        #expect(out[3].contains("building must be between 1 and 10"))
        #expect(out[4].contains("building must be between 1 and 10"))
        #expect(out[5].contains("cannot group by") && !out[5].contains("residents:"))
        #expect(out[6].contains("'shed' is a facility, not a field"))
    }

    @Test("a script that loads itself is refused, not a crash")
    func recursiveLoad() throws {
        let folder = temporaryFolder()
        try "load \"loop.coprod\"\n".write(
            to: folder.appendingPathComponent("loop.coprod"), atomically: true, encoding: .utf8)
        let s = Session(options: .init(directory: folder))
        let out = transcript(s, ["load \"loop.coprod\""])
        #expect(out.joined().contains("load is nested more than 16 deep"))
        #expect(s.model.scenario == Session().model.scenario)
    }

    @Test("explain shows the terms even before a resident has heard of the project")
    func explainUnaware() {
        let out = transcript(Session(), ["explain 1 shed"])
        #expect(out.contains { $0.contains("has not heard of shed yet") })
        #expect(out.contains { $0.contains("subjective norm") })
    }

    @Test("help lists commands; help WORD gives syntax and an example")
    func help() {
        let out = transcript(Session(), ["help", "help intervene", "help stpe"])
        #expect(out.contains { $0.contains("intervene") })
        #expect(out.contains { $0.hasPrefix("  syntax:  intervene") })
        #expect(out.contains { $0.hasPrefix("  example: intervene") })
        #expect(out.last!.contains("did you mean 'step'?"))
    }

    @Test("Tab completion candidates: commands, keywords, kinds, names, fields")
    func completion() {
        let s = Session()
        #expect(s.completions(for: "ste") == ["step"])
        #expect(s.completions(for: "show fa") == ["facility"])
        #expect(s.completions(for: "show facility ga") == ["garden"])
        #expect(s.completions(for: "intervene emo") == ["emotional-care"])
        #expect(s.completions(for: "intervene outreach on ") == ["all", "garden", "lift", "shed"])
        #expect(s.completions(for: "rate shed.st") == ["shed.stage", "shed.stalled"])
        #expect(s.completions(for: "run until lift.ph") == ["lift.phase"])
    }
}

/// The language stays what the user chose across commands that replace the session's state.
@Suite("Language survives lesson, load and lesson end") struct LanguageKeptTests {
    @Test func lessonLoadAndEndKeepTheLanguage() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coprod-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "community size 50 seed 2\nfacility shed cost 20\n".write(
            to: folder.appendingPathComponent("mine.coprod"), atomically: true, encoding: .utf8)
        var options = Session.Options(directory: folder, language: .zh)
        options.lessonDirectories = [packageRoot.appendingPathComponent("lessons")]
        let session = Session(options: options)
        var out: [String] = []
        _ = try session.execute(line: "load \"mine.coprod\"", emit: { out.append($0) })
        #expect(session.language == .zh)
        #expect(out.last?.hasPrefix("已加载") == true)
        _ = try session.execute(line: "lesson 1", emit: { out.append($0) })
        #expect(session.language == .zh)
        #expect(out.contains { $0.hasPrefix("第 1 课") })
        _ = try session.execute(line: "lesson end", emit: { out.append($0) })
        #expect(session.language == .zh)
        #expect(out.last?.hasPrefix("课程已结束") == true)
    }
}

/// Chinese aliases name intervention kinds and typology types in scripts (Terms.aliases).
@Suite("Chinese aliases") struct ChineseAliasTests {
    @Test func interventionKindAndTypeAliases() throws {
        let session = Session()
        var out: [String] = []
        _ = try session.execute(line: "intervene 情感关怀 on shed strength 0.5", emit: { out.append($0) })
        #expect(out.first?.contains("emotional-care on shed") == true)
        out = []
        _ = try session.execute(line: "run until lift.type = 动员配合型 max 1", emit: { out.append($0) })
        #expect(out.last?.contains("already true at week 0") == true)
        #expect(throws: LocatedDiagnostic.self) {
            _ = try session.execute(line: "intervene 不存在 on shed", emit: { _ in })
        }
    }

    /// The Chinese category words the output shows are accepted wherever the English ones are.
    @Test func categoryWordsInConditionsAndDeclarations() throws {
        let session = Session()
        /// The last output, its wrapped lines joined again.
        func last(_ line: String) throws -> String {
            var out: [String] = []
            _ = try session.execute(line: line, emit: { out.append($0) })
            let unwrapped = out.joined(separator: "\n").replacingOccurrences(of: "\n  ", with: " ")
            return unwrapped.components(separatedBy: "\n").last ?? ""
        }
        /// The count a query prints, after its header.
        func count(_ line: String) throws -> String {
            String(try last(line).split(separator: ":").last ?? "")
        }
        #expect(try count("count residents where age = 老年") == (try count("count residents where age = older")))
        #expect(
            try count("count where tenure != 租户 and age = 青年")
                == (try count("count where tenure != renter and age = young")))
        #expect(try count("count where shed.stage = 未知晓") == (try count("count where shed.stage = unaware")))
        // Full-width punctuation is read as ASCII.
        #expect(
            try count("count where （age ＝ 老年） and trust ＞ 0.5")
                == (try count("count where (age = older) and trust > 0.5")))
        #expect(try last("run until shed.phase = 设计 max 60").contains("design"))
        #expect(try count("count where shed.channel = 自主") == (try count("count where shed.channel = autonomous")))
        #expect(try last("resident 老王 age 老年 tenure 租户").contains("older renter"))
        // A new facility's last line is the note naming them all; its declaration echo is before it.
        #expect(try last("facility 电梯 serves age 老年 initiator 居民").contains("new facility 电梯"))
        #expect(try last("facility 电梯 initiator 居民").contains("initiator residents"))
        #expect(try last("community profile 老旧小区 size 80").contains("profile old-estate"))
        #expect(try last("community profile 商品房小区").contains("profile commodity-estate"))
        #expect(throws: LocatedDiagnostic.self) { _ = try last("count where age = 少年") }
    }

    /// The phases are also accepted as "in …" (`维护中`) and "the … phase" (`维护阶段`), as students
    /// write them; a Chinese word that holds a phase's word gets it as a did-you-mean, and the list
    /// of phases gives their Chinese words.
    @Test func naturalVariantsOfThePhaseWords() throws {
        for (variants, phase) in [
            (["规划", "规划中", "规划阶段"], "planning"), (["设计", "设计中", "设计阶段"], "design"),
            (["建设", "建设中", "建设阶段"], "construction"), (["维护", "维护中", "维护阶段"], "maintenance"),
        ] {
            for word in variants {
                #expect(Terms.aliases[word] == phase, "\(word) is not an alias of \(phase)")
                let s = CommandTest.session()
                let english = CommandTest.run(s, "run until shed.phase = \(phase) max 60")
                let t = CommandTest.session()
                #expect(CommandTest.run(t, "run until shed.phase = \(word) max 60") == english)
                #expect(t.week == s.week)
            }
        }
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "run until shed.phase = 已维护", column: 24, en: "did you mean 'maintenance'?",
            zh: "你是不是想输入 'maintenance'？")
        CommandTest.expectError(
            s, "run until shed.phase = 竣工", column: 24,
            en: "expected one of: planning (规划), design (设计), construction (建设), maintenance (维护)",
            zh: "应为以下之一：planning (规划), design (设计), construction (建设), maintenance (维护)")
        // Typed in English, the list stays as it was.
        CommandTest.expectError(
            s, "run until shed.phase = finished", column: 24,
            en: "expected one of: planning, design, construction, maintenance",
            zh: "应为以下之一：planning, design, construction, maintenance")
    }

    /// Every Chinese category word the renderer prints is an alias of its English word.
    @Test func everyPrintedCategoryWordIsAnAlias() {
        let zh = Words(language: .zh)
        var pairs: [(String, String)] = []
        pairs += AgeGroup.allCases.map { (zh.age($0), $0.description) }
        pairs += Tenure.allCases.map { (zh.tenure($0), $0.description) }
        pairs += Phase.allCases.map { (zh.phase($0), $0.description) }
        pairs += Stage.allCases.map { (zh.stage($0), $0.description) }
        pairs += Channel.allCases.map { (zh.channel($0), $0.description) }
        pairs += Initiator.allCases.map { (zh.initiator($0), $0.rawValue) }
        pairs += Profile.allCases.map { (zh.profile($0), $0.rawValue) }
        for (chinese, english) in pairs {
            #expect(Terms.aliases[chinese] == english, "\(chinese) is not an alias of \(english)")
        }
    }
}
