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

    /// One settable constant: name, range, unit, where its default comes from, and how to read and
    /// write it. ``SettingsRegistry/parameter`` lists the same constants as settings.
    public struct Entry: Sendable {
        public let name: String
        public let range: ClosedRange<Double>
        public let isInteger: Bool
        public let unit: MeasureUnit
        public let source: String
        let get: @Sendable (Parameters) -> Double
        let put: @Sendable (inout Parameters, Double) -> Void

        static func real(
            _ name: String, _ range: ClosedRange<Double>, _ unit: MeasureUnit, _ source: String,
            _ field: WritableKeyPath<Parameters, Double> & Sendable
        ) -> Entry {
            Entry(
                name: name, range: range, isInteger: false, unit: unit, source: source,
                get: { $0[keyPath: field] }, put: { $0[keyPath: field] = $1 })
        }

        static func whole(
            _ name: String, _ range: ClosedRange<Double>, _ unit: MeasureUnit, _ source: String,
            _ field: WritableKeyPath<Parameters, Int> & Sendable
        ) -> Entry {
            Entry(
                name: name, range: range, isInteger: true, unit: unit, source: source,
                get: { Double($0[keyPath: field]) }, put: { $0[keyPath: field] = Int($1) })
        }
    }

    /// Every parameter that `set` accepts.
    public static let catalogue: [Entry] = [
        .real("a0", 0...1, .probabilityPerWeek, "docs/MODEL.md §3", \.a0),
        .real("aInfo", 0...1, .probabilityPerWeek, "docs/MODEL.md §3", \.aInfo),
        .real("aDig", 0...1, .probabilityPerWeek, "docs/MODEL.md §3", \.aDig),
        .real("aSoc", 0...1, .probabilityPerWeek, "docs/MODEL.md §3", \.aSoc),
        .real("wA", 0...10, .weight, "docs/MODEL.md §4, old-estate survey", \.wA),
        .real("wS", 0...10, .weight, "docs/MODEL.md §4, old-estate survey", \.wS),
        .real("wC", 0...10, .weight, "docs/MODEL.md §4, old-estate survey", \.wC),
        .real("wI", 0...10, .weight, "docs/MODEL.md §4, judgement", \.wI),
        .real("wR", 0...10, .weight, "docs/MODEL.md §4, judgement", \.wR),
        .whole("sustainWeeks", 1...520, .weeks, "docs/MODEL.md §1", \.sustainWeeks),
        .whole("kIn", 0...100, .ties, "docs/MODEL.md §1", \.kIn),
        .whole("kOut", 0...100, .ties, "docs/MODEL.md §1", \.kOut),
        .whole("blockSize", 1...100_000, .residents, "docs/MODEL.md §1", \.blockSize),
    ]

    /// Parameters that shape the population: changing one rebuilds the community.
    public static let structural: Set<String> = ["kIn", "kOut", "blockSize"]

    public static func entry(named name: String) -> Entry? { catalogue.first { $0.name == name } }

    /// The current value of a parameter.
    public func value(of entry: Entry) -> Double { entry.get(self) }

    /// Sets a parameter; the caller has checked the range.
    public mutating func set(_ entry: Entry, to value: Double) { entry.put(&self, value) }

    /// Sum of the five utility weights.
    var weightSum: Double { wA + wS + wC + wI + wR }
}
