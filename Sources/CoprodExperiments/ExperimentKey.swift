import CoprodLanguage
import CoprodModel

/// Where a key of `--set`, `--vary` and `vary` lines points in a scenario: a key of the settings
/// registry, for every facility or intervention of its group or for one named facility.
///
/// Accepted forms: `GROUP.KEY` (`community.size`, `government.budget`, `parameter.a0`,
/// `typology.autonomy`; `facility.KEY` and `intervention.KEY` reach every facility or
/// intervention), `FACILITY.KEY` (`shed.salience`), `KIND.KEY` for interventions of one kind
/// (`training.strength`), and a bare `KEY` when one group has it (`budget`, `strength`).
public struct ExperimentKey: Hashable, Sendable {
    public enum Target: Hashable, Sendable {
        case community, government, parameter, typology
        /// Every facility (nil) or the facility with this name.
        case facility(String?)
        /// Every intervention (nil) or those of this kind.
        case intervention(InterventionKind?)
    }

    /// The key as the user wrote it: the column name in data files.
    public let written: String
    public let target: Target
    /// The key within its group (`salience`).
    public let key: String
    public let type: SettingType

    /// The groups a bare or `GROUP.KEY` key is looked up in, in order.
    static let groups: [(String, CoprodModel.SettingGroup)] = [
        ("community", .community), ("facility", .facility), ("government", .government),
        ("intervention", .intervention), ("parameter", .parameter), ("typology", .typology),
    ]

    /// Keys that an experiment does not change: the seed (the sweep derives it), the name, and who a
    /// facility serves (not a number or a word).
    static let fixed: Set<String> = ["community.seed", "community.name", "facility.serves"]

    /// Every key in `GROUP.KEY` form, for suggestions.
    static var allWritten: [String] {
        groups.flatMap { name, group in SettingsRegistry.keys(in: group).map { "\(name).\($0)" } }
            .filter { !fixed.contains($0) }
    }

    /// Resolves `written` against `scenario` (its facilities' names).
    /// - Throws: ``ExperimentError`` for an unknown key (with a did-you-mean), an ambiguous bare
    ///   key, or a key experiments do not change.
    public init(_ written: String, scenario: Scenario) throws(ExperimentError) {
        self.written = written
        let parts = written.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let facilities = scenario.facilities.map(\.name)
        let candidates =
            Self.allWritten
            + facilities.flatMap { f in
                SettingsRegistry.keys(in: .facility).filter { $0 != "serves" }.map { "\(f).\($0)" }
            }
        let unknown = ExperimentError(
            .unknownExperimentKey(written),
            hint: Suggestions.closest(to: written, in: candidates).map(Message.didYouMean)
                ?? .keysAre(code: "shed.salience"))
        func descriptor(_ group: CoprodModel.SettingGroup, _ key: String) throws(ExperimentError) -> SettingDescriptor {
            guard let d = SettingsRegistry.descriptors(in: group).first(where: { $0.key == key }) else { throw unknown }
            if Self.fixed.contains(d.id) {
                throw ExperimentError(.keyNotVariable(written), hint: key == "seed" ? .useSeedOption : nil)
            }
            return d
        }
        func target(_ group: CoprodModel.SettingGroup) -> Target {
            switch group {
            case .community: .community
            case .facility: .facility(nil)
            case .government: .government
            case .intervention: .intervention(nil)
            case .parameter: .parameter
            case .typology: .typology
            case .resident: .community
            }
        }
        switch parts.count {
        case 1:
            let groups = Self.groups.filter { SettingsRegistry.keys(in: $0.1).contains(written) }
            guard let (name, group) = groups.first else { throw unknown }
            if groups.count > 1 {
                throw ExperimentError(.ambiguousExperimentKey(written, choices: groups.map { "\($0.0).\(written)" }))
            }
            let d = try descriptor(group, written)
            _ = name
            self.target = target(group)
            key = d.key
            type = d.type
        case 2:
            let (head, key) = (parts[0], parts[1])
            if head == "resident" {
                throw ExperimentError(.keyNotVariable(written), hint: .residentsAreNotVaried)
            }
            if let group = Self.groups.first(where: { $0.0 == head })?.1 {
                let d = try descriptor(group, key)
                self.target = target(group)
                self.key = d.key
                type = d.type
            } else if facilities.contains(head) {
                let d = try descriptor(.facility, key)
                self.target = .facility(head)
                self.key = d.key
                type = d.type
            } else if let kind = InterventionKind(rawValue: head) {
                let d = try descriptor(.intervention, key)
                self.target = .intervention(kind)
                self.key = d.key
                type = d.type
            } else {
                throw unknown
            }
        default:
            throw unknown
        }
    }

    /// `text` as a value of this key: a number for a real or whole-number setting, a word of the
    /// category otherwise. A number is checked against the setting's range here, as a
    /// declaration or `set` checks it, so an out-of-range `--vary` or `--set` value stops the
    /// sweep before any run (with the range), instead of failing its runs one by one.
    /// - Throws: ``ExperimentError`` for text that is not a number, a number out of the setting's
    ///   range or not whole where it must be, or not one of the words.
    public func value(_ text: String) throws(ExperimentError) -> SettingValue {
        switch type {
        case .real(let range), .integer(let range):
            guard let x = Double(text), x.isFinite else {
                throw ExperimentError(.needsNumberNot(key: written, found: text))
            }
            guard range.contains(x) else {
                throw ExperimentError(
                    .outOfRange(key: written, written: text),
                    hint: .mustBeBetween(key: written, low: range.lowerBound, high: range.upperBound))
            }
            if case .integer = type {
                guard x == x.rounded() else { throw ExperimentError(.mustBeWhole(key: written)) }
                if abs(x) < 9e15 { return .integer(Int(x)) }
            }
            return .real(x)
        case .category(let words):
            guard words.contains(text) else {
                throw ExperimentError(
                    .unknown(.value(key: written), name: text),
                    hint: Suggestions.closest(to: text, in: words).map(Message.didYouMean) ?? .expectedOneOf(words))
            }
            return .word(text)
        case .text, .beneficiaries:
            throw ExperimentError(.keyNotVariable(written))
        }
    }

    /// Puts `value` into `scenario`.
    /// - Throws: ``ExperimentError`` for a value outside the setting's range or type.
    public func apply(_ value: SettingValue, to scenario: inout Scenario) throws(ExperimentError) {
        do throws(SettingError) {
            switch target {
            case .community:
                try put(SettingsRegistry.community, value, &scenario)
            case .government:
                try put(SettingsRegistry.government, value, &scenario.government)
            case .parameter:
                try put(SettingsRegistry.parameter, value, &scenario.parameters)
            case .typology:
                try put(SettingsRegistry.typology, value, &scenario.thresholds)
            case .facility(let name):
                for k in scenario.facilities.indices where name == nil || scenario.facilities[k].name == name {
                    try put(SettingsRegistry.facility, value, &scenario.facilities[k])
                }
            case .intervention(let kind):
                for k in scenario.interventions.indices where kind == nil || scenario.interventions[k].kind == kind {
                    try put(SettingsRegistry.intervention, value, &scenario.interventions[k])
                }
            }
        } catch {
            throw Self.error(error, written: written)
        }
    }

    private func put<Root>(_ list: [CoprodModel.Setting<Root>], _ value: SettingValue, _ root: inout Root)
        throws(SettingError)
    {
        guard let s = list.setting(key) else { return }
        try s.put(value, into: &root)
    }

    static func error(_ e: SettingError, written: String) -> ExperimentError {
        switch e {
        case .outOfRange(_, let v, let r):
            ExperimentError(
                .outOfRange(key: written, written: literal(v)),
                hint: .mustBeBetween(key: written, low: r.lowerBound, high: r.upperBound))
        case .wrongType(_, let t):
            if case .integer = t {
                ExperimentError(.mustBeWhole(key: written))
            } else {
                ExperimentError(.needsNumber(key: written))
            }
        case .unknownWord(_, let w, let words):
            ExperimentError(.unknown(.value(key: written), name: w), hint: .expectedOneOf(words))
        }
    }
}

/// A number as short text: `1`, `0.25`, `0.3` (rounded to twelve significant digits, so that
/// `0.1 + 0.2` reads `0.3`).
public func literal(_ x: Double) -> String {
    if x == x.rounded(), abs(x) < 9e15 { return String(Int64(x)) }
    let rounded = Double(String(format: "%.12g", x)) ?? x
    if rounded == rounded.rounded(), abs(rounded) < 9e15 { return String(Int64(rounded)) }
    return "\(rounded)"
}

/// A `KEY=VALUE` assignment of `--set`: the key resolved, the value typed.
public struct Assignment: Hashable, Sendable {
    public let key: ExperimentKey
    public let text: String
    public let value: SettingValue

    /// Parses each `KEY=VALUE` of a repeated option, in order.
    /// - Throws: ``ExperimentError``; `setTwice` (with a hint) when two give the same key, since
    ///   letting the last one win silently would run another experiment than the one read.
    public static func all(
        _ written: [String], option: String = "--set", scenario: Scenario
    ) throws(ExperimentError) -> [Assignment] {
        var out: [Assignment] = []
        for w in written {
            let a = try Assignment(w, option: option, scenario: scenario)
            if let earlier = out.first(where: { $0.key.written == a.key.written }) {
                throw ExperimentError(
                    .setTwice(key: a.key.written, first: earlier.text, second: a.text),
                    hint: .keepOneSet(code: "\(option) \(a.key.written)=\(a.text)"))
            }
            out.append(a)
        }
        return out
    }

    /// Parses `KEY=VALUE`.
    /// - Throws: ``ExperimentError``.
    public init(_ written: String, option: String = "--set", scenario: Scenario) throws(ExperimentError) {
        guard let eq = written.firstIndex(of: "="), eq != written.startIndex else {
            throw ExperimentError(.expectedKeyValue(option: option, found: written))
        }
        key = try ExperimentKey(String(written[..<eq]), scenario: scenario)
        text = String(written[written.index(after: eq)...])
        value = try key.value(text)
    }
}
