import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import CoprodValidation
import Testing

/// docs/VALIDATION.md is what `coprod validate --quick --mutants --sensitivity --write
/// docs/VALIDATION.md` writes today: regenerated here with the same seeds (facts and sensitivity) and
/// compared, ignoring the machine, date and time lines. The mutation section is checked by
/// `MutationCheckTests` for its subset (the whole check takes minutes).
@Suite("docs/VALIDATION.md")
struct ValidationDocumentTests {
    static func withoutMutants(_ text: String) -> String {
        guard let a = text.range(of: "## Mutation check"),
            let b = text.range(of: "\n## ", range: a.upperBound..<text.endIndex)
        else { return text }
        return String(text[..<a.lowerBound]) + String(text[text.index(after: b.lowerBound)...])
    }

    @Test("the document is current (facts, sensitivity, header)")
    func current() throws {
        let existing = try packageFile("docs/VALIDATION.md")
        let seeds = Validation.quickSeeds
        let checked = try ValidationReport.checks(seeds: seeds)
        let report = ValidationReport(
            seeds: seeds, facts: checked.facts, mechanisms: checked.mechanisms, calibration: checked.calibration,
            mutantSeeds: ValidationReport.mutantSeeds(for: seeds), mutants: nil,
            sensitivity: Sensitivity.run(seeds: ValidationReport.sensitivitySeeds(for: seeds)))
        let fresh = ValidationDocument.markdown(
            report, command: "coprod validate --quick --mutants --sensitivity --write docs/VALIDATION.md",
            machine: "", date: "", elapsed: "", version: "0.1.0", kept: ValidationDocument.keptBlock(of: existing))
        let a = ValidationDocument.stable(Self.withoutMutants(existing))
        let b = ValidationDocument.stable(Self.withoutMutants(fresh))
        #expect(a == b, "docs/VALIDATION.md is out of date: run the command in its header")
        #expect(existing.contains("## Mutation check"))
    }
}
