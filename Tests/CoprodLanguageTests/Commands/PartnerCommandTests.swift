import CoprodLanguage
import CoprodModel
import Testing

/// `partner on NAME budget B fee F` / `partner off NAME` (spec §12, the market partner).
@Suite struct PartnerCommandTests {
    @Test func helpExamplePutsAPartnerOnTheShed() {
        let s = CommandTest.session()
        #expect(CommandTest.example("partner") == "partner on shed budget 7.2 fee 0.2")
        let out = CommandTest.run(s, CommandTest.example("partner"))
        #expect(out == ["market partner on shed: 7.2 work units a week until it is complete, fee 0.2"])
        #expect(s.scenario.facilities[0].partner == MarketPartner(budget: 7.2, fee: 0.2))
        #expect(s.scenario.usesSecondStageRules)
        #expect(s.changes.isEmpty)
    }

    @Test func duringARunItIsAChangeThatSaveWritesAndReplays() throws {
        let s = CommandTest.session()
        CommandTest.run(s, "step 3")
        CommandTest.run(s, "partner on lift budget 7.2")
        #expect(s.changes.last == TimedChange(week: 3, change: .partner(facility: "lift", MarketPartner(budget: 7.2))))
        CommandTest.run(s, "step 2")
        #expect(s.model.facilities[1].partnerWork == 2 * 7.2)
        CommandTest.run(s, "partner off lift")
        #expect(s.model.scenario.facilities[1].partner == nil)
        let script = s.scriptText()
        #expect(script.contains("step 3\npartner on lift budget 7.2 fee 0\nstep 2\npartner off lift\n"))
        let replayed = CommandTest.session()
        _ = try replayed.execute(line: "clear", emit: { _ in })
        for line in script.split(separator: "\n") where !line.hasPrefix("#") {
            CommandTest.run(replayed, String(line))
        }
        #expect(replayed.jsonReport() == s.jsonReport())
    }

    @Test func aWeekZeroPartnerIsSavedAsItsOwnLine() {
        let s = CommandTest.session()
        CommandTest.run(s, "partner on lift budget 7.2 fee 0.2")
        let script = s.scriptText()
        #expect(script.contains("\npartner on lift budget 7.2 fee 0.2\n"))
        #expect(!script.contains("partnerBudget"))
    }

    @Test func partnerOffWithoutAPartnerSaysSo() {
        let s = CommandTest.session()
        #expect(CommandTest.run(s, "partner off shed") == ["shed has no market partner"])
        #expect(s.scenario == Scenario.calibration)
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "partner", language,
            [
                "partner on lift budget 7.2 fee 0.2", "step 2", "show lift", "partner off lift", "partner off lift",
                "partner on lift", "partner on nowhere budget 3", "partner lift", "partner on lift budget 2000",
                "partner off lift budget 3",
            ])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "partner on lift", column: 1, en: "budget", zh: "预算")
        CommandTest.expectError(s, "partner lift", column: 9, en: "expected", zh: "on")
        CommandTest.expectError(s, "partner on lift budget 2000", column: 24, en: "budget", zh: "budget")
        CommandTest.expectError(s, "partner on nowhere budget 3", column: 12, en: "nowhere", zh: "nowhere")
        CommandTest.expectError(s, "partner on lift cost 3", column: 17, en: "cost", zh: "cost")
        CommandTest.expectError(s, "partner off lift budget 3", column: 18, en: "partner off", zh: "partner off")
    }
}
