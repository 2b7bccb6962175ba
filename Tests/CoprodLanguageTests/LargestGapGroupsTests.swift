import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// The largest participation gap names the two groups it lies between (docs/GLOSSARY.md, equity).
@Suite("largestGap names its groups")
struct LargestGapGroupsTests {
    @Test("the model records the two groups whose shares are largestGap apart")
    func modelRecordsTheGroups() throws {
        let s = Session()
        _ = transcript(s, ["run 52"])
        let c = s.model.outcomes.community
        let pair = try #require(c.largestGapBetween)
        func share(_ g: EquityGroup) -> Double {
            switch g {
            case .age(let a): c.participationByAge[Int(a.rawValue)]
            case .tenure(let t): c.participationByTenure[Int(t.rawValue)]
            }
        }
        #expect(abs(abs(share(pair.first) - share(pair.second)) - c.largestGap) < 1e-12, "\(pair) \(c)")
        // At week 0 nobody has joined: no gap, no groups.
        #expect(Session().model.outcomes.community.largestGapBetween == nil)
        // Tenure when it is the larger gap: lesson 2's publicity twin (owners 0.29, renters 0.36).
        let l = Session(options: .init(directory: temporaryFolder(), lessonDirectories: packageLessons))
        _ = transcript(l, ["lesson 2 part 5", "run 52"])
        #expect(l.model.outcomes.community.largestGapBetween == GroupPair(.tenure(.owner), .tenure(.renter)))
    }

    @Test("show community names the groups, in both languages")
    func showCommunity() {
        /// Wrapped lines joined again (a wrap breaks at a space, which it replaces).
        func joined(_ out: [String]) -> String { out.joined(separator: "\n").replacing(/\n +/, with: " ") }
        let out = joined(transcript(Session(), ["run 52", "show community"]))
        #expect(out.contains("; largest participation gap 10%, between young residents and older residents"), "\(out)")
        #expect(!joined(transcript(Session(), ["show community"])).contains("between"), "no gap at week 0")
        let text = joined(transcript(Session(options: .init(language: .zh)), ["run 52", "show community"]))
        #expect(text.contains("；最大参与差距 10%（青年与老年之间）"), "\(text)")
    }
}
