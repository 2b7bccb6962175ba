/// The model's constants with the spec's defaults. Any of them can be changed with `set NAME VALUE`;
/// `Parameters.catalogue` gives each one's valid range and source.
public struct Parameters: Hashable, Sendable {
    /// Baseline weekly awareness probability (spec §3). `0...1`.
    public var a0 = 0.01
    /// Awareness through publicity, per unit of `information` strength (spec §3). `0...1`.
    public var aInfo = 0.15
    /// Awareness through a platform, per unit of platform × digital literacy (spec §3). `0...1`.
    public var aDig = 0.25
    /// Awareness per tie active on the facility (spec §3). `0...1`.
    public var aSoc = 0.10
    /// Weight of attitude in autonomous utility (spec §4; 0.187 from the old-estate survey in sources.md).
    public var wA = 0.187
    /// Weight of subjective norm (spec §4; 0.206).
    public var wS = 0.206
    /// Weight of perceived behavioural control (spec §4; 0.133).
    public var wC = 0.133
    /// Weight of identification (spec §4; judgement).
    public var wI = 0.12
    /// Weight of responsibility (spec §4; judgement).
    public var wR = 0.10
    /// Consecutive active weeks that make behaviour "sustained" (spec §1). Weeks, `1...520`.
    public var sustainWeeks = 8
    /// Ties wanted inside one's building (spec §1). `0...100`.
    public var kIn = 6
    /// Ties wanted outside one's building (spec §1). `0...100`.
    public var kOut = 2
    /// Residents per building when buildings are assigned in index order (spec §1). `1...100000`.
    public var blockSize = 40

    public init() {}

    /// One settable constant: name, range, and where its default comes from.
    public struct Entry: Sendable {
        public let name: String
        public let range: ClosedRange<Double>
        public let isInteger: Bool
        public let source: String
    }

    /// Every parameter that `set` accepts.
    public static let catalogue: [Entry] = [
        Entry(name: "a0", range: 0...1, isInteger: false, source: "docs/MODEL.md §3"),
        Entry(name: "aInfo", range: 0...1, isInteger: false, source: "docs/MODEL.md §3"),
        Entry(name: "aDig", range: 0...1, isInteger: false, source: "docs/MODEL.md §3"),
        Entry(name: "aSoc", range: 0...1, isInteger: false, source: "docs/MODEL.md §3"),
        Entry(name: "wA", range: 0...10, isInteger: false, source: "docs/MODEL.md §4, old-estate survey"),
        Entry(name: "wS", range: 0...10, isInteger: false, source: "docs/MODEL.md §4, old-estate survey"),
        Entry(name: "wC", range: 0...10, isInteger: false, source: "docs/MODEL.md §4, old-estate survey"),
        Entry(name: "wI", range: 0...10, isInteger: false, source: "docs/MODEL.md §4, judgement"),
        Entry(name: "wR", range: 0...10, isInteger: false, source: "docs/MODEL.md §4, judgement"),
        Entry(name: "sustainWeeks", range: 1...520, isInteger: true, source: "docs/MODEL.md §1"),
        Entry(name: "kIn", range: 0...100, isInteger: true, source: "docs/MODEL.md §1"),
        Entry(name: "kOut", range: 0...100, isInteger: true, source: "docs/MODEL.md §1"),
        Entry(name: "blockSize", range: 1...100_000, isInteger: true, source: "docs/MODEL.md §1"),
    ]

    /// Parameters that shape the population: changing one rebuilds the community.
    public static let structural: Set<String> = ["kIn", "kOut", "blockSize"]

    public static func entry(named name: String) -> Entry? { catalogue.first { $0.name == name } }

    /// The current value of a parameter by name.
    public func value(of entry: Entry) -> Double {
        switch entry.name {
        case "a0": a0
        case "aInfo": aInfo
        case "aDig": aDig
        case "aSoc": aSoc
        case "wA": wA
        case "wS": wS
        case "wC": wC
        case "wI": wI
        case "wR": wR
        case "sustainWeeks": Double(sustainWeeks)
        case "kIn": Double(kIn)
        case "kOut": Double(kOut)
        default: Double(blockSize)
        }
    }

    /// Sets a parameter by name; the caller has checked the range.
    public mutating func set(_ entry: Entry, to value: Double) {
        switch entry.name {
        case "a0": a0 = value
        case "aInfo": aInfo = value
        case "aDig": aDig = value
        case "aSoc": aSoc = value
        case "wA": wA = value
        case "wS": wS = value
        case "wC": wC = value
        case "wI": wI = value
        case "wR": wR = value
        case "sustainWeeks": sustainWeeks = Int(value)
        case "kIn": kIn = Int(value)
        case "kOut": kOut = Int(value)
        default: blockSize = Int(value)
        }
    }

    /// Sum of the five utility weights.
    var weightSum: Double { wA + wS + wC + wI + wR }
}
