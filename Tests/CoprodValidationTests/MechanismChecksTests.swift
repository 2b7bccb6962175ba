import CoprodLanguage
import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodValidation

/// The mechanism checks (rules of spec §3–§7 that §11's facts do not isolate) and spec §13's
/// calibration as library facts: each passes over the quick and the full seeds, each mechanism check
/// fails with its rule switched off, and the calibration's targets are §13's.
@Suite("Mechanism checks and calibration")
struct MechanismChecksTests {
    @Test("every mechanism check and calibration target passes over 20 and 40 seeds", arguments: [20, 40])
    func passes(_ seeds: Int) throws {
        let checked = try ValidationReport.checks(seeds: seeds)
        for f in checked.mechanisms + [checked.calibration] {
            for e in f.effects {
                #expect(e.passed, "\(seeds) seeds: \(Shared.describe(e))")
            }
        }
    }

    @Test("each mechanism check fails with its rule switched off", arguments: FactLibrary.mechanisms.map(\.id))
    func switchedOff(_ id: String) throws {
        let fact = try #require(FactLibrary.mechanisms.first { $0.id == id })
        for e in fact.effects {
            #expect(!e.switchOff.isEmpty, "\(e.id) names no rule")
            let off = try Validation.run([fact], seeds: Validation.quickSeeds, changes: e.switchOff)[0]
            let r = try #require(off.effects.first { $0.id == e.id })
            #expect(!r.passed, "\(e.id) still passes with \(e.switchOff.map(\.notation)): \(Shared.describe(r))")
        }
    }

    @Test("M1's magnitudes are §3's rule with the defaults: 0.99 · 0.15 · 0.8 and 0.99 · 0.25 · 0.8 · E[digital]")
    func awarenessMagnitudes() throws {
        let e = FactLibrary.m1.effects
        guard case .magnitude(let info, _) = e[0].expectation, case .magnitude(let platform, _) = e[1].expectation
        else {
            Issue.record("M1 has no magnitudes")
            return
        }
        let p = Parameters()
        #expect(abs(info - (1 - p.a0) * p.aInfo * 0.8) < 1e-12)
        // Profile mixed: young Beta(6,2), middle Beta(4,3), older Beta(2,5) at 0.3/0.4/0.3 (spec §1).
        #expect(abs(platform - (1 - p.a0) * p.aDig * 0.8 * (0.3 * 0.75 + 0.4 * 4 / 7 + 0.3 * 2 / 7)) < 1e-12)
    }

    @Test("the calibration's targets are spec §13's ranges, on the calibration scenario")
    func calibrationTargets() {
        let ranges = FactLibrary.calibration.effects.map { e -> ClosedRange<Double>? in
            if case .range(let r) = e.expectation { return r }
            return nil
        }
        #expect(
            ranges == [
                0.35...0.55, 0.35...0.55, 0.35...0.55, 0.30...0.45, 0.30...0.45, 0.30...0.45, 25...35, 25...35,
                0.9...1, 0.9...1, 0.9...1,
            ])
        #expect(FactLibrary.calibration.effects.allSatisfy { $0.base.scenario == .calibration && $0.base.weeks == 104 })
    }

    @Test("a range asks for no sign; an interaction subtracts its reference pair seed by seed")
    func newKinds() throws {
        let inRange = EffectResult(
            id: "x", mean: 0.4, standardError: 0.3, band: Band(.range(0.35...0.55), se: 0.3), baseMean: 0,
            treatedMean: 0, values: [])
        #expect(inRange.passed)
        let below = EffectResult(
            id: "x", mean: 0.2, standardError: 0, band: Band(.range(0.35...0.55), se: 0), baseMean: 0,
            treatedMean: 0, values: [])
        #expect(!below.passed)
        // The same arm on both sides of both pairs: every seed's interaction is exactly 0.
        let arm = Arm("plain-2w", FactLibrary.scenario(), weeks: 2)
        let e = Effect(
            "x", base: arm, treated: arm, referenceBase: arm, referenceTreated: arm,
            measure: Measure("active") { Double($0.outcomes.facilities[0].active) }, expectation: .sign(1))
        let fact = StylisedFactFixture.fact([e])
        let r = try Validation.run([fact], seeds: 3)[0].effects[0]
        #expect(r.values == [0, 0, 0])
    }

    @Test("validate --json: its shape, and the same object in every language")
    func json() throws {
        let checked = try ValidationReport.checks(seeds: 2)
        let report = ValidationReport(
            seeds: 2, facts: checked.facts, mechanisms: checked.mechanisms, calibration: checked.calibration,
            mutantSeeds: 2, mutants: nil, sensitivity: nil)
        let text = ValidationDocument.json(report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["seeds", "passed", "facts", "mechanisms", "calibration"])
        #expect(object["seeds"] as? Int == 2)
        let facts = try #require(object["facts"] as? [[String: Any]])
        #expect(facts.map { $0["id"] as? String } == FactLibrary.all.map(\.id))
        let mechanisms = try #require(object["mechanisms"] as? [[String: Any]])
        #expect(mechanisms.map { $0["id"] as? String } == FactLibrary.mechanisms.map(\.id))
        let calibration = try #require(object["calibration"] as? [String: Any])
        #expect(calibration["id"] as? String == "CAL")
        for f in facts + mechanisms + [calibration] {
            #expect(Set(f.keys) == ["id", "mechanism", "passed", "effects"])
            for e in try #require(f["effects"] as? [[String: Any]]) {
                #expect(
                    Set(e.keys) == [
                        "id", "effect", "standardError", "band", "base", "treated", "signRight", "inBand", "passed",
                    ])
                let band = try #require(e["band"] as? [String: Any])
                #expect(band["sign"] != nil)
                #expect((band["low"] == nil) == (band["high"] == nil))
            }
        }
        // No words of either language: the texts are the catalogue's, the JSON carries ids only.
        for words in [ValidationText.facts, ValidationText.effects, ValidationText.mechanisms] {
            for (_, b) in words {
                #expect(!text.contains(b.en) && !text.contains(b.zh))
            }
        }
        #expect(!text.unicodeScalars.contains { $0.value >= 0x3000 }, "Chinese text in the JSON")
        // Independent of the threads: the same seeds give the same bytes.
        let again = try ValidationReport.checks(seeds: 2)
        let same = ValidationReport(
            seeds: 2, facts: again.facts, mechanisms: again.mechanisms, calibration: again.calibration,
            mutantSeeds: 2, mutants: nil, sensitivity: nil)
        #expect(ValidationDocument.json(same) == text)
    }
}

/// Builds a fact from effects (the library's facts have their own ids; this one is only for tests).
enum StylisedFactFixture {
    static func fact(_ effects: [Effect]) -> StylisedFact {
        StylisedFact(id: "X", mechanism: "test", section: "", effects: effects)
    }
}

/// The sensitivity's range ends are the settings registry's, structural counts included.
@Suite("Sensitivity points")
struct SensitivityPointsTests {
    @Test("each constant is tried at ±20 % and at both ends of its registry range")
    func ends() throws {
        let d = Parameters()
        for e in Parameters.catalogue {
            let setting = try #require(SettingsRegistry.parameter.first { $0.key == e.name }, "\(e.name)")
            let range: ClosedRange<Double>
            switch setting.type {
            case .integer(let r), .real(let r): range = r
            default:
                Issue.record("\(e.name) has no numeric range")
                continue
            }
            let points = Sensitivity.points(e, default: d.value(of: e))
            #expect(points[2] == range.lowerBound, "\(e.name): low end \(points[2]), registry \(range)")
            if range.upperBound.isFinite {
                #expect(points[3] == range.upperBound, "\(e.name): high end \(points[3]), registry \(range)")
            }
        }
    }
}
