import CoprodLanguage
import CoprodModel
import Testing

/// Declarations, help and completion read the settings registry: every key of a group is
/// accepted, listed with its values and completed, in both languages.
@Suite("Settings registry in the language: declarations, help, completion")
struct SettingsInLanguageTests {
    /// The command that declares each group's keys, and what comes before the key.
    static let declarations: [(SettingGroup, String)] = [
        (.community, "community"), (.resident, "resident alice"), (.facility, "facility shed"),
        (.government, "government"), (.intervention, "intervene incentive on shed"), (.parameter, "set"),
        (.typology, "set typology."),
    ]

    @Test("every key of a group completes after its command", arguments: declarations.map(\.0))
    func keysComplete(_ group: SettingGroup) {
        let prefix = Self.declarations.first { $0.0 == group }!.1
        let s = Session()
        let typed = prefix.hasSuffix(".") ? prefix : prefix + " "
        let candidates = s.completions(for: typed)
        for key in SettingsRegistry.keys(in: group) {
            let word = group == .typology ? "typology.\(key)" : key
            #expect(candidates.contains(word), "\(typed) → \(word) missing from \(candidates)")
        }
    }

    @Test("after a key of words, completion offers its words")
    func valuesComplete() {
        let s = Session()
        #expect(s.completions(for: "community profile ") == ["commodity-estate", "mixed", "old-estate"])
        #expect(s.completions(for: "facility shed initiator ") == ["government", "residents"])
        #expect(s.completions(for: "facility shed serves ") == ["age", "all", "building", "tenure"])
        #expect(s.completions(for: "facility shed serves age ") == ["middle", "older", "young"])
        #expect(s.completions(for: "resident alice tenure r") == ["renter"])
        #expect(s.completions(for: "facility shed salience ").isEmpty)
    }

    @Test("help lists every key of the command's groups with values and defaults", arguments: declarations)
    func helpListsKeys(_ group: SettingGroup, _ prefix: String) throws {
        let command = String(prefix.split(separator: " ")[0])
        for language in Language.allCases {
            let s = Session(options: Session.Options(language: language))
            var out: [String] = []
            _ = try s.execute(line: "help \(command)", emit: { out.append($0) })
            for d in SettingsRegistry.descriptors(in: group) {
                let key = group == .typology ? "typology.\(d.key)" : d.key
                let row = try #require(out.first { $0.hasPrefix("    \(key) ") }, "\(language) \(key)\n\(out)")
                if case .real(let r) = d.type {
                    #expect(row.contains("\(Int(r.upperBound))") || row.contains("\(r.upperBound)"), "\(row)")
                }
                if case .category(let words) = d.type { #expect(words.allSatisfy(row.contains), "\(row)") }
            }
        }
    }

    @Test("a value out of a key's range is refused with the registry's range, at the value")
    func rangesFromTheRegistry() {
        let s = Session()
        let out = transcript(s, ["facility shed cost 0", "government budget 1001", "set sustainWeeks 521"])
        #expect(out[0].contains("cost 0 is out of range"), "\(out)")
        #expect(out.joined().contains("0.001") && out.joined().contains("1000000000"), "\(out)")
        #expect(out.joined().contains("budget must be between 0 and 1000"), "\(out)")
        #expect(out.joined().contains("sustainWeeks must be between 1 and 520"), "\(out)")
    }
}

@Suite("Names: a resident and a facility cannot share one")
struct NameClashTests {
    @Test("a facility named like a resident, or a resident like a facility, is refused at the name")
    func clash() {
        let s = Session()
        let out = transcript(s, ["resident alice age older", "facility alice cost 10", "resident shed trust 0.5"])
        #expect(out.contains { $0.contains("error: 'alice' is already a resident's name") }, "\(out)")
        #expect(out.contains { $0.contains("error: 'shed' is already a facility's name") }, "\(out)")
        #expect(s.model.scenario.facilities.count == 3)
    }
}

@Suite("Habits from other tools get a hint")
struct HabitHintTests {
    @Test(
        "each habit is an error with a hint that says what to type",
        arguments: [
            (":help", "hint: coprod commands have no ':' in front: type help"),
            ("exit()", "hint: coprod commands take no parentheses: type exit"),
            ("quit()", "hint: coprod commands take no parentheses: type quit"),
            ("help()", "hint: coprod commands take no parentheses: type help"),
            ("step 10 weeks", "hint: the number already counts weeks: step 10"),
            ("run 5 week", "hint: the number already counts weeks: run 5"),
            ("intervene outreach on shed from week 10", "hint: a week is just its number: from 10"),
            ("intervene publicity on shed", "hint: did you mean 'information'?"),
            ("intervene emotional-engagement strength 0.8", "hint: did you mean 'emotional-care'?"),
            ("intervene role-transformation", "hint: did you mean 'role-shift'?"),
            ("intervene technological-innovation", "hint: did you mean 'tech-platform'?"),
            ("intervene differentiated-management", "hint: did you mean 'differentiated'?"),
        ])
    func habit(_ line: String, _ hint: String) {
        let out = transcript(Session(), [line]).joined(separator: "\n")
        #expect(out.contains("\n" + hint), "\(out)")
    }

    @Test("the hints exist in Chinese too")
    func chinese() {
        let s = Session(options: Session.Options(language: .zh))
        var out = ""
        for line in ["exit()", "step 10 weeks"] {
            do { _ = try s.execute(line: line, emit: { _ in }) } catch {
                out += DiagnosticRenderer.render(error, colour: false, language: .zh) + "\n"
            }
        }
        #expect(out.contains("提示: coprod 的命令不带括号：输入 exit"), "\(out)")
        #expect(out.contains("提示: 这个数字本身就是周数：step 10"), "\(out)")
    }
}
