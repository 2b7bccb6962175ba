import CoprodLanguage
import CoprodModel
import Testing

/// `intervene KIND [on NAME | on all] {strength N | from N | to N}`: a government strategy.
@Suite struct InterveneCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("intervene") == "intervene outreach on shed strength 0.8 from 0 to 19")
        CommandTest.run(s, CommandTest.example("intervene"))
        let iv = try! #require(s.scenario.interventions.first)
        #expect(s.scenario.interventions.count == 1)
        #expect(iv.id == 1 && iv.kind == .outreach && iv.target == "shed")
        #expect(iv.strength == 0.8 && iv.start == 0 && iv.end == 19)
    }

    @Test func defaultsAreAllFacilitiesStrength08AndFromNow() {
        let s = CommandTest.session()
        CommandTest.run(s, "step 5")
        CommandTest.run(s, "intervene role-shift")
        let iv = try! #require(s.model.scenario.interventions.last)
        #expect(iv.target == nil && iv.strength == 0.8 && iv.start == 5 && iv.end == nil)
        #expect(s.changes.map(\.week) == [5])
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "intervene", language,
            [
                "intervene council on garden strength 50%", "show interventions", "intervene outrech",
                "intervene outreach on shde", "intervene outreach strength 1.5", "intervene training from 9 to 3",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "intervene outrech", column: 11, en: "did you mean 'outreach'?", zh: "'outreach'")
        CommandTest.expectError(
            s, "intervene council on gardn strength 0.5", column: 22, en: "unknown facility 'gardn'", zh: "'gardn'")
        CommandTest.expectError(
            s, "intervene outreach strength 1.5", column: 29, en: "strength 1.5 is out of range",
            zh: "strength 1.5 超出范围")
        CommandTest.expectError(
            s, "intervene training from 9 to 3", column: 27, en: "the window ends (week 3) before it starts (week 9)",
            zh: "时间窗在开始（第 9 周）之前就结束了（第 3 周）", hint: false)
        CommandTest.run(s, "step 4")
        CommandTest.expectError(
            s, "intervene training from 2", column: 25, en: "week 2 is in the past (now week 4)", zh: "第 2 周已经过去")
        #expect(s.model.scenario.interventions.isEmpty)
    }
}
