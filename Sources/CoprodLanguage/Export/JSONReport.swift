import CoprodModel
import Foundation

/// The `--json` document (docs/LANGUAGE.md, README "Batch runs"): the run's `seed` and `step`, the
/// `replicate` number in a replicated batch, and the last week's outcomes — per facility its
/// `name` and every facility metric of ``MetricRegistry/facility``; for the community its `name`,
/// `size`, `profile`, `participationByAge`, `participationByTenure` and every community metric of
/// ``MetricRegistry/community`` (spec §8). A metric added to the registry appears here by itself.
///
/// Numbers have six decimals, keys are sorted and the layout is fixed, so the same scenario and
/// seed give byte-identical output.
struct JSONReport: Sendable {
    /// The document as a JSON value.
    let value: JSONValue

    init(model: Model, replicate: Int? = nil) {
        let r = model.outcomes
        let s = model.scenario
        var top: [String: JSONValue] = [
            "seed": .unsigned(s.seed),
            "step": .int(model.week),
            "facilities": .array(r.facilities.map(Self.facility)),
            "community": Self.community(r, scenario: s),
        ]
        if let replicate { top["replicate"] = .int(replicate) }
        value = .object(top)
    }

    /// One facility: its name and every facility metric.
    static func facility(_ o: FacilityOutcome) -> JSONValue {
        var object: [String: JSONValue] = ["name": .string(o.name)]
        for metric in MetricRegistry.facility {
            if let v = metric.value(of: o) { object[metric.name] = json(v) }
        }
        return .object(object)
    }

    /// The community: its name, size and profile, participation by age group and by tenure, and
    /// every community metric.
    static func community(_ r: WeekRecord, scenario s: Scenario) -> JSONValue {
        let c = r.community
        var object: [String: JSONValue] = [
            "name": .string(s.name), "size": .int(s.size), "profile": .string(s.profile.rawValue),
            "participationByAge": .object(
                Dictionary(
                    uniqueKeysWithValues: zip(
                        AgeGroup.allCases.map(\.description), c.participationByAge.map { JSONValue.double(round($0)) }))
            ),
            "participationByTenure": .object(
                Dictionary(
                    uniqueKeysWithValues: zip(
                        Tenure.allCases.map(\.description), c.participationByTenure.map { JSONValue.double(round($0)) })
                )),
        ]
        for metric in MetricRegistry.community {
            if let v = metric.value(in: r) { object[metric.name] = json(v) }
        }
        return .object(object)
    }

    /// A metric value in JSON: numbers rounded to six decimals, counts as integers, flags as
    /// booleans, categories as their word, a week as an integer or `null` while it is absent.
    static func json(_ v: MetricValue) -> JSONValue {
        switch v {
        case .number(let x): .double(round(x))
        case .count(let n): .int(n)
        case .flag(let b): .bool(b)
        case .word(let w): .string(w)
        case .week(let w): w.map(JSONValue.int) ?? .null
        }
    }

    /// Six decimals: enough for any analysis, and short, stable text.
    static func round(_ x: Double) -> Double { (x * 1e6).rounded() / 1e6 }

    func text() -> String { Self.encode(value) }

    /// Sorted keys, pretty-printed: the same value always gives the same bytes.
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

/// A JSON value, for documents whose keys come from a registry.
enum JSONValue: Encodable, Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case unsigned(UInt64)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    private struct Key: CodingKey {
        let stringValue: String
        init(_ s: String) { stringValue = s }
        init?(stringValue: String) { self.stringValue = stringValue }
        var intValue: Int? { nil }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .object(let members):
            var c = encoder.container(keyedBy: Key.self)
            for (k, v) in members { try c.encode(v, forKey: Key(k)) }
        case .array(let elements):
            var c = encoder.unkeyedContainer()
            for v in elements { try c.encode(v) }
        case .null:
            var c = encoder.singleValueContainer()
            try c.encodeNil()
        case .bool(let b):
            var c = encoder.singleValueContainer()
            try c.encode(b)
        case .int(let n):
            var c = encoder.singleValueContainer()
            try c.encode(n)
        case .unsigned(let n):
            var c = encoder.singleValueContainer()
            try c.encode(n)
        case .double(let x):
            var c = encoder.singleValueContainer()
            try c.encode(x)
        case .string(let s):
            var c = encoder.singleValueContainer()
            try c.encode(s)
        }
    }
}
