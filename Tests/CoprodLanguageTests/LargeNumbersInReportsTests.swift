import CoprodTestSupport
import Testing

@testable import CoprodLanguage
@testable import CoprodModel

/// The step report groups its counts and weeks with thousands separators (`10,000,000`), as the
/// other large numbers are (the population limit, a build's progress). A report of a community of
/// ten million is not built here (it needs gigabytes): a real report's records carry its counts.
@Suite("Large numbers in the step report")
struct LargeNumbersInReportsTests {
    /// A step report of weeks 9,998 → 10,000 with ten million residents' worth of counts.
    static func report() throws -> StepReport {
        let model = try Model(scenario: .calibration)
        var from = model.outcomes
        var to = model.outcomes
        from.week = 9_998
        to.week = 10_000
        for f in to.facilities.indices { to.facilities[f].active = 1_234_567 * (f + 1) }
        let names = to.facilities.map(\.name)
        return StepReport(
            from: from, to: to, facilityNames: names, newlyAware: [9_000_000, 800_000, 12_345],
            autonomousJoins: [1_000_000, 0, 0], mobilisedJoins: [2_500_000, 1, 0], lapses: [10_000_000, 0, 0],
            events: [
                ModelEvent(week: 9_999, facility: "lift", kind: .phase(.design)),
                ModelEvent(
                    week: 10_000, facility: "lift",
                    kind: .vote(
                        VoteCount(owners: 4_000_000, voters: 3_210_000, approvals: 2_600_000), passed: false,
                        nextVote: 10_004)),
            ],
            eventsLeftOut: 1_500)
    }

    @Test(arguments: Language.allCases)
    func countsAndWeeksAreGrouped(_ language: Language) throws {
        let lines = TextRenderer(language: language, width: 200).lines(.step(try Self.report()))
        assertSnapshot(lines.joined(separator: "\n") + "\n", named: "step-large-numbers.\(language)")
        let text = lines.joined(separator: "\n")
        for grouped in ["9,998", "10,000", "9,812,345", "3,500,001", "10,000,000", "1,234,567", "2,469,134", "1,500"] {
            #expect(text.contains(grouped), "\(grouped) missing in:\n\(text)")
        }
        #expect(!text.contains("10000000") && !text.contains("9998"))
    }

    /// Below a thousand nothing changes: the default scenario's reports are as before.
    @Test func smallNumbersAreUnchanged() {
        let s = Session()
        var out: [String] = []
        _ = try? s.execute(line: "step 3", emit: { out.append($0) })
        #expect(out.first == "weeks 0 → 3")
        #expect(out.joined().firstMatch(of: /\d,\d/) == nil)
    }
}
