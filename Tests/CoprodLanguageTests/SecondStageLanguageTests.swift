import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Testing

/// The language of spec §12's partner rules: `resident … activist`, `community … activists`,
/// `community … performative`, their queries and saves, and what `explain` and `show` print about
/// them (golden snapshots in both languages).
@Suite struct SecondStageLanguageTests {
    @Test func activistFlagsAndShareAreDeclaredQueriedAndSaved() throws {
        let s = CommandTest.session()
        CommandTest.run(s, "community activists 0.05 performative on")
        #expect(s.scenario.activistShare == 0.05 && s.scenario.performative)
        CommandTest.run(s, "resident wang activist")
        CommandTest.run(s, "resident 2 activist off")
        CommandTest.run(s, "resident 3 activist on time 0.4")
        #expect(s.scenario.overrides[0]?.activist == true)
        #expect(s.scenario.overrides[1]?.activist == false)
        #expect(s.scenario.overrides[2]?.activist == true && s.scenario.overrides[2]?.traits[.time] == 0.4)
        let flags = s.model.activist
        let count = CommandTest.run(s, "count residents where activist")
        #expect(count == ["residents where activist: \(flags.filter { $0 }.count)"])
        let script = s.scriptText()
        #expect(script.contains("activists 0.05 performative on"))
        #expect(script.contains("resident wang activist on"))
        #expect(script.contains("resident 2 activist off"))
        let replayed = CommandTest.session()
        for line in script.split(separator: "\n") where !line.hasPrefix("#") { CommandTest.run(replayed, String(line)) }
        #expect(replayed.scenario == s.scenario)
        // Without the rules, the community line is what it always was.
        #expect(!CommandTest.session().scriptText().contains("activists"))
    }

    @Test func theSettingsRegistryReachesThePartnerAndTheShare() throws {
        let s = CommandTest.session()
        CommandTest.run(s, "facility lift partnerBudget 3.6 partnerFee 0.1")
        #expect(s.scenario.facilities[1].partner == MarketPartner(budget: 3.6, fee: 0.1))
        #expect(s.scriptText().contains("\npartner on lift budget 3.6 fee 0.1\n"))
    }

    @Test(arguments: Language.allCases)
    func explainShowsPerformativeAndActivistTerms(_ language: Language) {
        CommandTest.snapshot(
            "second-stage-explain", language,
            setup: [
                "community profile commodity-estate activists 0.1 performative on",
                "intervene outreach strength 0.8",
            ],
            [
                "run 30", "count residents where activist and shed.active = 1", "show shed",
                "explain 56 on shed", "explain 377 on shed", "explain 53 on shed", "explain 55 on shed",
                "explain 60 on shed", "explain 63 on shed",
            ])
    }
}
