import CoprodLanguage
import CoprodModel
import Foundation
import Testing

/// `rate EXPR [where EXPR] [by FIELD {, FIELD}]`: a share of residents.
@Suite struct RateCommandTests {
    @Test func helpExampleRunsOnTheDefaultScenario() {
        let s = CommandTest.session()
        #expect(CommandTest.example("rate") == "rate shed.joined by age")
        let out = CommandTest.run(s, CommandTest.example("rate"))
        #expect(out.count >= 3, "one line per age group")
        #expect(s.changes.isEmpty)
    }

    @Test func aRateIsAShareOfTheSelectedResidents() {
        let s = CommandTest.session()
        let owners = s.model.population.tenure.filter { $0 == .owner }.count
        let out = CommandTest.run(s, "rate tenure = owner").joined()
        // 400 residents: the share is owners/400, printed as a percentage.
        #expect(out.hasSuffix(String(format: ": %.3f (%d of 400)", Double(owners) / 400, owners)), "\(out)")
        let all = CommandTest.run(s, "rate tenure = owner where tenure = owner").joined()
        #expect(all.hasSuffix(": 1.000 (\(owners) of \(owners))"), "\(all)")
    }

    @Test(arguments: Language.allCases)
    func whatTheUserSees(_ language: Language) {
        CommandTest.snapshot(
            "rate", language, setup: ["run 30"],
            ["rate shed.joined", "rate shed.active = 1 where tenure = renter", "rate age", "rate shed", "rate"])
    }

    @Test func errors() {
        let s = CommandTest.session()
        CommandTest.expectError(s, "rate age", column: 6, en: "'age' is a category, not a condition", zh: "'age' 是类别")
        CommandTest.expectError(s, "rate shed", column: 6, en: "'shed' is a facility, not a field", zh: "'shed' 是一项设施")
    }
}
