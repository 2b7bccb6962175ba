import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

/// The declarations and what a user reads of the vote branch's second-stage rules (spec §12):
/// `facility … benefit by-floor consent civil-code-278 satiation on`, `government … upkeep U`,
/// `resident … floor N`, their save/load round trip, and golden snapshots of `show facility`, the
/// step report's vote event and `explain` of a voter, in English and Chinese.
@Suite struct VoteLanguageTests {
    static let setUp = [
        "community \"Walk-up\" size 160 profile mixed seed 1",
        "facility lift publicness 0.2 salience 0.95 complexity 0.9 cost 80 visibility 0.6 serves building 1 benefit by-floor consent civil-code-278",
    ]

    @Test func declarationsReachTheScenario() throws {
        let s = Session.empty()
        _ = transcript(
            s,
            Self.setUp + [
                "facility garden publicness 0.9 satiation on", "government upkeep 0", "resident ana floor 1",
            ])
        let lift = try #require(s.scenario.facilities.first { $0.name == "lift" })
        #expect(lift.benefit == .byFloor && lift.consent == .civilCode278 && lift.satiation == .off)
        #expect(s.scenario.facilities.last?.satiation == .on)
        #expect(s.scenario.government.upkeep == 0)
        #expect(s.scenario.overrides[0]?.floor == 1)
        // Saved and loaded, the same run.
        let text = s.scriptText()
        #expect(text.contains("benefit by-floor consent civil-code-278"))
        #expect(text.contains("upkeep 0"))
        #expect(text.contains("resident ana floor 1"))
        #expect(!text.contains("satiation off"), "a rule that is off is not written")
        let again = Session.empty()
        _ = try again.runScript(text, fileName: "saved.coprod", emit: { _ in })
        #expect(again.scenario == s.scenario)
        // Switched off again.
        _ = transcript(s, ["facility lift benefit served consent none", "step 1"])
        #expect(s.model.scenario.facilities[0].consent == .none)
    }

    @Test func badValuesAreRefusedWithTheWords() {
        let s = Session.empty()
        _ = transcript(s, Self.setUp)
        CommandTest.expectError(
            s, "facility lift consent majority", column: 23, en: "consent", zh: "consent", hint: true)
        CommandTest.expectError(s, "resident 1 floor 7", column: 18, en: "floor", zh: "floor", hint: true)
        CommandTest.expectError(s, "government upkeep -1", column: 19, en: "upkeep", zh: "upkeep", hint: true)
    }

    @Test("what a user sees of a stalled vote", arguments: [Language.en, .zh])
    func goldens(_ language: Language) {
        let s = Session.empty()
        var out = transcript(s, ["lang \(language.rawValue)"] + Self.setUp)
        out += transcript(
            s,
            [
                "run until lift.votes >= 1 max 200", "show facility lift", "explain 1 on lift",
                "count residents where lift.served = 1 by floor", "count residents by lift.vote", "run 8",
            ])
        assertSnapshot(out.joined(separator: "\n"), named: "second-stage-vote.\(language.rawValue)")
    }

    /// `F.vote` (her latest vote, from the explanation records replayed on demand) agrees with the
    /// vote's own head count, and reads `none` before any vote.
    @Test func voteFieldCountsTheLatestVotersAndApprovals() throws {
        let s = Session.empty()
        _ = transcript(s, Self.setUp)
        let before = transcript(s, ["count residents where lift.vote = none"]).joined()
        #expect(before.contains(": 160"), "\(before)")
        _ = transcript(s, ["run until lift.votes >= 1 max 200"])
        let model = s.model
        let latest = try #require(model.outcomes.facilities[0].vote.latest)
        let read = try #require(
            MetricRegistry.metric(named: "vote", at: .residentFacility)?
                .residentReader(in: model, facility: 0))
        let votes = (0..<model.residentCount).map { read($0) }
        #expect(votes.filter { $0 == .word("yes") }.count == latest.approvals)
        #expect(votes.filter { $0 != .word("none") }.count == latest.voters)
        #expect(latest.approvals > 0 && latest.approvals < latest.voters, "a vote with both answers")
        let typed = transcript(s, ["count residents where lift.vote = 赞成"]).joined()
        #expect(typed.contains(": \(latest.approvals)"), "\(typed)")
    }

    @Test func theShownApprovalRecomputesFromTheListedTerms() throws {
        let s = Session.empty()
        _ = transcript(s, Self.setUp + ["run until lift.votes >= 1 max 200"])
        let m = s.model
        var checked = 0
        for i in 0..<40 where m.population.tenure[i] == .owner {
            guard let v = m.explanations(ofPair: m.pair(0, i)).lastVote else { continue }
            #expect(abs(v.recomputed - v.probability) < 1e-12)
            checked += 1
        }
        #expect(checked > 10)
    }
}
