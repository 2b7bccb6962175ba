import CoprodTestSupport
import Testing

@testable import CoprodModel

/// The settings registry: unique keys, defaults in range and equal to the structs' own, and put
/// then get round-tripping every key at its edge values.
struct SettingsRegistryTests {
    /// Values at the edges of a setting's type (and one inside).
    static func edges(_ type: SettingType) -> [SettingValue] { SettingEdges.values(type) }

    /// True when `value` is a value of `type` within its range.
    static func accepts(_ type: SettingType, _ value: SettingValue) -> Bool {
        switch (type, value) {
        case (.real(let r), .real(let x)): r.contains(x)
        case (.integer(let r), .integer(let n)): r.contains(Double(n))
        case (.category(let words), .word(let w)): words.contains(w)
        case (.text, .text), (.beneficiaries, .beneficiaries): true
        default: false
        }
    }

    /// Puts each edge value into `root` and reads it back.
    static func roundTrip<Root>(_ settings: [Setting<Root>], _ root: Root) throws {
        for s in settings {
            for v in edges(s.type) {
                var r = root
                try s.put(v, into: &r)
                #expect(s.get(r) == v, "\(s.id) \(v)")
            }
        }
    }

    @Test("keys are unique, in every group and as GROUP.KEY")
    func uniqueKeys() {
        for group in SettingGroup.allCases {
            let keys = SettingsRegistry.keys(in: group)
            #expect(!keys.isEmpty)
            #expect(Set(keys).count == keys.count, "\(group)")
        }
        #expect(Set(SettingsRegistry.all.map(\.id)).count == SettingsRegistry.all.count)
        #expect(SettingsRegistry.all.contains { $0.id == "facility.salience" })
        #expect(SettingsRegistry.all.contains { $0.id == "parameter.a0" })
        #expect(SettingsRegistry.all.contains { $0.id == "typology.autonomy" })
    }

    @Test("every group has the keys the language declares")
    func everyKey() {
        #expect(
            SettingsRegistry.keys(in: .community) == ["size", "profile", "seed", "name", "activists", "performative"])
        #expect(
            SettingsRegistry.keys(in: .resident) == ["age", "tenure", "building", "floor", "activist"]
                + ResidentTrait.allCases.map(\.rawValue))
        #expect(
            SettingsRegistry.keys(in: .facility)
                == [
                    "publicness", "salience", "complexity", "visibility", "cost", "serves", "initiator", "outreach",
                    "partnerBudget", "partnerFee", "benefit", "consent", "satiation",
                ])
        #expect(SettingsRegistry.keys(in: .government) == ["role", "budget", "responsiveness", "upkeep"])
        #expect(SettingsRegistry.keys(in: .intervention) == ["strength", "from", "to"])
        #expect(SettingsRegistry.keys(in: .parameter) == Parameters.catalogue.map(\.name))
        #expect(SettingsRegistry.keys(in: .typology) == ["autonomy", "publicness"])
    }

    @Test("every default lies in its range and is what a new struct holds")
    func defaults() throws {
        for d in SettingsRegistry.all {
            guard let v = d.defaultValue else { continue }
            #expect(Self.accepts(d.type, v), "\(d.id) default \(v)")
        }
        func same<Root>(_ settings: [Setting<Root>], _ root: Root) {
            for s in settings where s.defaultValue != nil { #expect(s.get(root) == s.defaultValue, "\(s.id)") }
        }
        same(SettingsRegistry.community, Scenario())
        same(SettingsRegistry.facility, FacilitySpec(name: "f"))
        same(SettingsRegistry.government, Government())
        same(SettingsRegistry.parameter, Parameters())
        same(SettingsRegistry.typology, TypologyThresholds())
        #expect(SettingsRegistry.intervention.setting("strength")?.defaultValue == .real(0.8))
    }

    @Test("put then get round-trips every key at its edge values")
    func roundTrips() throws {
        try Self.roundTrip(SettingsRegistry.community, Scenario())
        try Self.roundTrip(SettingsRegistry.resident, ResidentOverrides())
        try Self.roundTrip(SettingsRegistry.facility, FacilitySpec(name: "f"))
        try Self.roundTrip(SettingsRegistry.government, Government())
        try Self.roundTrip(
            SettingsRegistry.intervention,
            Intervention(id: 1, kind: .outreach, target: nil, strength: 0.8, start: 0, end: nil))
        try Self.roundTrip(SettingsRegistry.parameter, Parameters())
        try Self.roundTrip(SettingsRegistry.typology, TypologyThresholds())
    }

    @Test("values out of range, of the wrong type or unknown words are refused and change nothing")
    func refusals() throws {
        let salience = try #require(SettingsRegistry.facility.setting("salience"))
        var f = FacilitySpec(name: "f")
        #expect(throws: SettingError.outOfRange(key: "salience", value: 1.5, range: 0...1)) {
            try salience.put(.real(1.5), into: &f)
        }
        #expect(throws: SettingError.wrongType(key: "salience", expected: .real(0...1))) {
            try salience.put(.word("high"), into: &f)
        }
        #expect(f == FacilitySpec(name: "f"))
        let size = try #require(SettingsRegistry.community.setting("size"))
        var s = Scenario()
        #expect(throws: SettingError.self) { try size.put(.real(10.5), into: &s) }
        #expect(throws: SettingError.self) { try size.put(.integer(0), into: &s) }
        try size.put(.real(12), into: &s)
        #expect(s.size == 12)
        let profile = try #require(SettingsRegistry.community.setting("profile"))
        #expect(
            throws: SettingError.unknownWord(
                key: "profile", word: "new-town", words: ["mixed", "old-estate", "commodity-estate"])
        ) {
            try profile.put(.word("new-town"), into: &s)
        }
        let serves = try #require(SettingsRegistry.facility.setting("serves"))
        #expect(throws: SettingError.self) { try serves.put(.beneficiaries(.building(0)), into: &f) }
    }

    @Test("negative zero is stored as zero")
    func negativeZero() throws {
        let publicness = try #require(SettingsRegistry.facility.setting("publicness"))
        var f = FacilitySpec(name: "f")
        try publicness.put(.real(-0.0), into: &f)
        #expect(f.publicness == 0 && f.publicness.sign == .plus)
    }

    @Test("the ranges are the language's; building numbers narrow to the scenario's buildings")
    func ranges() throws {
        func range(_ d: SettingDescriptor) -> ClosedRange<Double>? { d.type.range }
        let byID = Dictionary(uniqueKeysWithValues: SettingsRegistry.all.map { ($0.id, $0) })
        #expect(byID["community.size"].flatMap(range) == 1...10_000_000)
        #expect(byID["community.seed"].flatMap(range) == 0...9_007_199_254_740_992)
        #expect(byID["facility.cost"].flatMap(range) == 0.001...1e9)
        #expect(byID["government.budget"].flatMap(range) == 0...1000)
        #expect(byID["intervention.to"].flatMap(range) == 0...10_000)
        #expect(byID["parameter.blockSize"].flatMap(range) == 1...100_000)
        #expect(byID["parameter.sustainWeeks"]?.type == .integer(1...520))
        var s = Scenario.calibration
        let building = try #require(SettingsRegistry.resident.setting("building"))
        #expect(building.range(in: s) == 1...10)
        s.overrides[3] = ResidentOverrides(building: 14)
        #expect(building.range(in: s) == 1...14)
        #expect(SettingsRegistry.facility.setting("serves")?.range(in: s) == 1...14)
        #expect(SettingsRegistry.facility.setting("salience")?.range(in: s) == 0...1)
    }
}
