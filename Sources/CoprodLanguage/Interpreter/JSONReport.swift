import CoprodModel
import Foundation

/// The `--json` document (docs/LANGUAGE.md): the run's seed and week, each facility's outcomes and
/// type, and the community's outcomes. Keys are sorted and numbers printed the same way every time,
/// so the same scenario and seed give byte-identical output.
struct JSONReport: Encodable, Sendable {
    struct FacilityReport: Encodable, Sendable {
        var name: String
        var phase: String
        var progress: Double
        var completedAt: Int?
        var everJoined: Double
        var active: Int
        var sustained: Int
        var retention: Double
        var quality: Double
        var condition: Double
        var degraded: Bool
        var autonomy: Double
        var type: String
        var publicness: Double

        enum CodingKeys: String, CodingKey {
            case name, phase, progress, completedAt, everJoined, active, sustained, retention, quality, condition,
                 degraded, autonomy, type, publicness
        }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(phase, forKey: .phase)
            try c.encode(progress, forKey: .progress)
            try c.encode(completedAt, forKey: .completedAt) // null when not complete
            try c.encode(everJoined, forKey: .everJoined)
            try c.encode(active, forKey: .active)
            try c.encode(sustained, forKey: .sustained)
            try c.encode(retention, forKey: .retention)
            try c.encode(quality, forKey: .quality)
            try c.encode(condition, forKey: .condition)
            try c.encode(degraded, forKey: .degraded)
            try c.encode(autonomy, forKey: .autonomy)
            try c.encode(type, forKey: .type)
            try c.encode(publicness, forKey: .publicness)
        }
    }

    struct CommunityReport: Encodable, Sendable {
        var name: String
        var size: Int
        var profile: String
        var participation: Double
        var efficacy: Double
        var trust: Double
        var identification: Double
        var responsibility: Double
        var socialCapital: Double
        var participationByAge: [String: Double]
        var participationByTenure: [String: Double]
        var largestGap: Double
        var governmentWork: Double
    }

    var seed: UInt64
    var step: Int
    /// The replicate number in a replicated batch, else absent.
    var replicate: Int?
    var facilities: [FacilityReport]
    var community: CommunityReport

    init(model: Model, replicate: Int? = nil) {
        self.replicate = replicate
        let r = model.outcomes, s = model.scenario
        seed = s.seed
        step = model.week
        facilities = r.facilities.enumerated().map { f, o in
            FacilityReport(name: o.name, phase: o.phase.description, progress: Self.round(o.progress), completedAt: o.completedAt,
                           everJoined: Self.round(o.everJoinedShare), active: o.active, sustained: o.sustained,
                           retention: Self.round(o.retention), quality: Self.round(o.quality), condition: Self.round(o.condition),
                           degraded: o.degraded, autonomy: Self.round(o.autonomy), type: o.type.rawValue,
                           publicness: s.facilities[f].publicness)
        }
        let c = r.community
        community = CommunityReport(
            name: s.name, size: s.size, profile: s.profile.rawValue,
            participation: Self.round(c.participation), efficacy: Self.round(c.efficacy), trust: Self.round(c.trust),
            identification: Self.round(c.identification), responsibility: Self.round(c.responsibility),
            socialCapital: Self.round(c.socialCapital),
            participationByAge: Dictionary(uniqueKeysWithValues: zip(AgeGroup.allCases.map(\.description), c.participationByAge.map(Self.round))),
            participationByTenure: Dictionary(uniqueKeysWithValues: zip(Tenure.allCases.map(\.description), c.participationByTenure.map(Self.round))),
            largestGap: Self.round(c.largestGap), governmentWork: Self.round(c.governmentWork))
    }

    /// Six decimals: enough for any analysis, and short, stable text.
    static func round(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }

    func text() -> String { Self.encode(self) }

    /// Sorted keys, pretty-printed: the same value always gives the same bytes.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
