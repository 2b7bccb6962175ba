import CoprodLanguage
import CoprodModel
import Testing

@testable import CoprodExperiments

@Suite("Sweep plans")
struct PlanTests {
    @Test func placeholder() { #expect(SweepPlan.cellSeed(7, cell: 0) == 7) }
}
