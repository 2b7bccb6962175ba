import CoprodLanguage
import CoprodModel
import Testing

/// `show …`: prints the state of the community, a resident, a facility, the interventions, the
/// government or the parameters. The golden tests (`show-*` snapshots) cover each view after 40
/// weeks; this file covers what each target finds and the errors.
@Suite struct ShowCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("show") == "show facility shed")
        let out = CommandTest.run(s, CommandTest.example("show"))
        #expect(out.first?.contains("shed") == true)
        #expect(out == CommandTest.run(s, "show shed"), "show NAME finds the facility")
        #expect(s.changes.isEmpty && s.week == 0, "show changes nothing")
    }

    @Test func showNameFindsAFacilityFirstThenAResident() {
        let s = CommandTest.session()
        CommandTest.run(s, "resident alice age older")
        let asResident = CommandTest.run(s, "show resident alice")
        #expect(CommandTest.run(s, "show alice") == asResident)
        #expect(CommandTest.run(s, "show resident 1") == asResident, "alice is resident 1")
        #expect(CommandTest.run(s, "show parameters").contains { $0.contains("a0") })
        #expect(
            CommandTest.run(s, "show interventions") == [
                "no interventions (add one: intervene outreach on shed strength 0.8)"
            ])
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "show", language,
            ["show facility garden", "show interventions", "show shde", "show resident 401", "show facility", "show"])
    }

    /// The lessons' Chinese names of the default facilities (车棚, 电梯, 花园) are not their names
    /// here: the error says which facility each is, and a list of facilities gives the Chinese.
    @Test func aFacilityWrittenWithItsChineseName() {
        let s = CommandTest.session()
        CommandTest.expectError(
            s, "show facility 车棚", column: 15, en: "unknown facility '车棚'\n    show facility 车棚",
            zh: "未知的设施 '车棚'")
        for (line, column, name) in [
            ("show facility 车棚", 15, "shed"), ("show 车棚", 6, "shed"),
            ("count residents where 车棚.joined = 1", 23, "shed"),
            ("run until 电梯.phase = design", 11, "lift"), ("intervene outreach on 花园", 23, "garden"),
        ] {
            CommandTest.expectError(
                s, line, column: column, en: "is the facility named '\(name)' here: did you mean '\(name)'?",
                zh: "在这里是名为 '\(name)' 的设施：你是不是想输入 '\(name)'？")
        }
        CommandTest.expectError(
            s, "show facility 站台", column: 15, en: "expected one of: shed (车棚), lift (电梯), garden (花园)",
            zh: "应为以下之一：shed (车棚), lift (电梯), garden (花园)")
        // Declaring it still adds a new facility, and then it is its name.
        CommandTest.run(s, "facility 车棚 cost 10")
        #expect(s.scenario.facilities.map(\.name) == ["shed", "lift", "garden", "车棚"])
        #expect(CommandTest.run(s, "show facility 车棚").first?.contains("车棚") == true)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSeesOfAChineseFacilityName(_ language: Language) {
        CommandTest.snapshot(
            "show-chinese-facility-name", language,
            ["show facility 车棚", "count residents where 花园.joined = 1", "show facility 站台"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "show shde", column: 6, en: "did you mean 'shed'?", zh: "'shed'")
        CommandTest.expectError(s, "show facility gardn", column: 15, en: "unknown facility 'gardn'", zh: "'gardn'")
        CommandTest.expectError(s, "show resident 401", column: 15, en: "401", zh: "401")
    }
}
