import CoprodLanguage
import CoprodModel
import Testing

/// `compare`: two runs side by side, and week by week.
@Suite struct CompareCommandTests {
    static func twins() -> Session {
        let s = CommandTest.session()
        for line in [
            "run 20", "fork care", "intervene emotional-care on garden strength 0.9", "run 30", "switch main", "run 30",
        ] {
            CommandTest.run(s, line)
        }
        return s
    }

    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        CommandTest.run(s, "fork care")
        let out = CommandTest.run(s, CommandTest.example("compare"))
        #expect(out.first == "compare main (week 0) with care (week 0)")
        #expect(out.contains("no resident's stage or channel differs"))
    }

    @Test func showsWhatDiffersAndWhichResidents() {
        let s = Self.twins()
        let out = CommandTest.run(s, "compare main care")
        #expect(out[0] == "compare main (week 50) with care (week 50)")
        #expect((out.first { $0.hasPrefix("  garden retention ") } ?? "").contains("+"), "\(out)")
        #expect(
            out.contains { $0.hasSuffix("resident-facility pairs differ in stage or channel (the first 5 shown)") })
        CommandTest.run(s, "switch care")
        #expect(CommandTest.run(s, "compare")[0] == "compare main (week 50) with care (week 50)", "current vs parent")
    }

    /// A plain `compare` shows the key outcomes that differ and five residents, and says how many
    /// more outcomes differ; `compare A B all` lists every one that differs and twelve residents.
    @Test func keyOutcomesByDefaultAndEveryOneWithAll() throws {
        let s = Self.twins()
        let short = CommandTest.run(s, "compare main care")
        let all = CommandTest.run(s, "compare main care all")
        func fields(_ out: [String]) -> [String] {
            // Rows name their outcome by its label (`garden retention`), up to the two spaces before the value.
            out.dropFirst(2).prefix { !$0.hasPrefix("  (") && !$0.hasPrefix("  types: ") }.map {
                String($0.dropFirst(2).split(separator: "  ", maxSplits: 1).first ?? "")
            }
        }
        let keyFields = fields(short)
        #expect(keyFields.contains("garden retention") && keyFields.contains("garden autonomy share"), "\(short)")
        #expect(!keyFields.contains("active interventions") && !keyFields.contains("garden entries"))
        #expect(Set(keyFields).isSubset(of: Set(fields(all))))
        #expect(fields(all).contains("active interventions") && fields(all).contains("garden entries"), "\(all)")
        let more = fields(all).count - keyFields.count
        let note = short.joined(separator: " ").replacing(/\s+/, with: " ")
        #expect(note.contains("(key outcomes only: \(more) more differ and "), "\(note)")
        #expect(note.contains("`compare main care all` lists every outcome that differs)"))
        #expect(all.contains { $0.hasSuffix("outcomes equal in both runs are left out)") })
        #expect(short.contains { $0.hasSuffix("pairs differ in stage or channel (the first 5 shown)") })
        #expect(all.contains { $0.hasSuffix("pairs differ in stage or channel (the first 12 shown)") })
        // `all` after no name or one: the current run and its parent, or that run and the current one.
        #expect(CommandTest.run(s, "compare care all").first == "compare care (week 50) with main (week 50)")
        CommandTest.run(s, "switch care")
        // The same, but for the last note: it names the other run.
        func table(_ out: [String]) -> [String] { Array(out.prefix { !$0.hasPrefix("why:") }) }
        #expect(table(CommandTest.run(s, "compare all")) == table(all))
        #expect(CommandTest.run(s, "compare all").joined(separator: " ").contains("or switch main and"))
    }

    @Test func overWeeksGivesAWeeklyTable() throws {
        let s = Self.twins()
        let out = CommandTest.run(s, "compare main care over weeks garden.active")
        #expect(out[0] == "main and care week by week (each field in two columns: main, then care)")
        let header = try #require(out.firstIndex { $0.hasPrefix("  week ") })
        #expect(
            out[header - 1].split(separator: " ") == ["garden", "active"], "the field's label over its two columns")
        #expect(out[header].split(separator: " ") == ["week", "main", "care"])
        #expect(out.count == header + 1 + 26, "the header, then weeks 0, 2, …, 50: \(out.count)")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "compare", language,
            setup: ["run 6", "fork care", "intervene emotional-care on garden", "run 6", "switch main", "run 6"],
            ["compare main care", "compare main care all", "compare over weeks participation"])
    }

    @Test func errors() {
        CommandTest.expectError(
            CommandTest.session(), "compare", column: 1, en: "compare needs two runs", zh: "compare 需要两个运行")
        let s = CommandTest.session()
        CommandTest.run(s, "fork care")
        CommandTest.expectError(s, "compare mian", column: 9, en: "unknown run 'mian'", zh: "mian")
        CommandTest.expectError(s, "compare main care over days", column: 24, en: "expected 'weeks'", zh: "weeks")
        CommandTest.expectError(
            s, "compare main care all over weeks", column: 23, en: "unexpected 'over' after the command",
            zh: "命令之后多出了 'over'", hint: false)
    }

    @Test func runsAtDifferentWeeksAreNamedAsSuch() {
        let s = CommandTest.session()
        CommandTest.run(s, "fork care")
        CommandTest.run(s, "run 5")
        let out = CommandTest.run(s, "compare main").joined(separator: " ").replacing(/\s+/, with: " ")
        #expect(out.contains("main is at week 0 and care at week 5"), "\(out)")
        #expect(out.contains("goto 5"), "\(out)")
    }
}
