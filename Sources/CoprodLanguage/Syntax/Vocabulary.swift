import CoprodModel

/// The words of the coprod language, in one place (category words from the model's enums), for the parser's did-you-mean, `help`, Tab
/// completion, documentation and the interpreter's checks. Keywords are not reserved: these lists
/// say what is recognised where, not what may not be used as a name.
public enum Vocabulary {
    /// Commands typed in the REPL or written in scripts, in the order `help` lists them (from the
    /// command registry).
    public static let commands: [String] = CommandRegistry.all.filter { $0.group != .lessonFiles }.map(\.word)

    /// Statements that only lesson files use.
    public static let lessonCommands: [String] = CommandRegistry.all.filter { $0.group == .lessonFiles }.map(\.word)

    /// Every word the parser accepts as the first word of a line.
    public static let allCommands: [String] = CommandRegistry.words

    /// Keys of `community` (``SettingsRegistry/community``).
    public static let communityKeys: [String] = SettingsRegistry.keys(in: .community)

    /// ResidentTrait keys of `resident` (all in 0...1).
    public static let residentTraits: [String] = ResidentTrait.allCases.map(\.rawValue)

    /// Keys of `resident` (``SettingsRegistry/resident``).
    public static let residentKeys: [String] = SettingsRegistry.keys(in: .resident)

    /// Keys of `facility` (``SettingsRegistry/facility``).
    public static let facilityKeys: [String] = SettingsRegistry.keys(in: .facility)

    /// Keys of `government` (``SettingsRegistry/government``).
    public static let governmentKeys: [String] = SettingsRegistry.keys(in: .government)

    /// Keys of `intervene` (after the kind and the optional `on NAME`; ``SettingsRegistry/intervention``).
    public static let interventionKeys: [String] = SettingsRegistry.keys(in: .intervention)

    /// What may follow `serves`: `all`, `building N`, `age A`, `tenure T`.
    public static let servesScopes: [String] = ["all", "building", "age", "tenure"]

    /// The words after `show` that name a fixed target (any other word is a name).
    public static let showTargets: [String] = [
        "community", "resident", "facility", "interventions", "government", "parameters",
    ]

    /// Community profiles.
    public static let profiles: [String] = Profile.allCases.map(\.rawValue)
    /// Age groups.
    public static let ages: [String] = AgeGroup.allCases.map(\.description)
    /// Tenures.
    public static let tenures: [String] = Tenure.allCases.map(\.description)
    /// Who initiates a facility.
    public static let initiators: [String] = Initiator.allCases.map(\.rawValue)
    /// The words of the second-stage facility keys (spec §12): `benefit`, `consent`, `satiation`.
    public static let secondStageWords: [String] =
        BenefitRule.allCases.map(\.rawValue) + ConsentRule.allCases.map(\.rawValue)
        + SatiationRule.allCases.map(\.rawValue)
    /// A resident's stage with respect to one facility.
    public static let stages: [String] = Stage.allCases.map(\.description)
    /// How a resident became active.
    public static let channels: [String] = Channel.allCases.map(\.description)
    /// A resident's latest consent vote on a facility (`F.vote`).
    public static let votes: [String] = VoteChoice.allCases.map(\.rawValue)
    /// A facility's project phase.
    public static let phases: [String] = Phase.allCases.map(\.description)
    /// The four co-production types of the typology.
    public static let facilityTypes: [String] = FacilityType.allCases.map(\.rawValue)

    /// Intervention kinds (`intervene KIND`).
    public static let interventionKinds: [String] = InterventionKind.allCases.map(\.rawValue)

    /// Resident fields usable in expressions and `by` without a facility (the resident metrics of
    /// ``MetricRegistry/resident``).
    public static let residentFields: [String] = MetricRegistry.resident.map(\.name)

    /// Per-facility resident fields, written `F.stage` (or bare with exactly one facility): the
    /// resident × facility metrics of ``MetricRegistry/residentFacility``.
    public static let residentFacilityFields: [String] = MetricRegistry.residentFacility.map(\.name)

    /// Model-level fields usable in `run until` and `check` (the community metrics of
    /// ``MetricRegistry/community``).
    public static let modelFields: [String] = MetricRegistry.community.map(\.name)

    /// Per-facility model fields, written `F.phase` (the facility metrics of
    /// ``MetricRegistry/facility``).
    public static let modelFacilityFields: [String] = MetricRegistry.facility.map(\.name)

    /// Parameters that `set` knows by name: the model's constants and the typology thresholds
    /// (``SettingsRegistry/parameter``, ``SettingsRegistry/typology``).
    public static let parameters: [String] =
        SettingsRegistry.keys(in: .parameter) + SettingsRegistry.keys(in: .typology).map { "typology.\($0)" }

    /// Words that end an expression.
    public static let expressionTerminators: [String] = ["where", "by", "max", "hint", "on"]

    /// Logical words inside expressions.
    public static let logicalWords: [String] = ["and", "or", "not"]

    /// The keywords that may follow `command`.
    /// - Parameter command: A command word such as `facility`.
    /// - Returns: Keywords in a stable order, or an empty list for an unknown command.
    public static func keywords(after command: String) -> [String] {
        CommandRegistry.definition(named: command)?.keywords ?? []
    }
}
