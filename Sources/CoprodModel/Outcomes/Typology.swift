/// The four types of resident participation (spec §9): coprod's operationalisation of the paper's two
/// dimensions, participation method × micro-infrastructure attribute. The paper's own cell names are
/// not public; these names and thresholds are ours.
public enum FacilityType: String, CaseIterable, Hashable, Sendable {
    /// I — mobilised × livelihood (动员配合型), e.g. a subsidised lift retrofit.
    case mobilisedCompliance = "I"
    /// II — mobilised × commons (引导共建型), e.g. an expert-convened pocket park.
    case guidedCoConstruction = "II"
    /// III — self-organised × livelihood (利益自助型), e.g. one block builds its own shed.
    case interestDrivenSelfHelp = "III"
    /// IV — self-organised × commons (自主共创型), e.g. a resident-run community garden.
    case autonomousCoCreation = "IV"

    public init(selfOrganised: Bool, commons: Bool) {
        switch (selfOrganised, commons) {
        case (false, false): self = .mobilisedCompliance
        case (false, true): self = .guidedCoConstruction
        case (true, false): self = .interestDrivenSelfHelp
        case (true, true): self = .autonomousCoCreation
        }
    }
}

/// The two cut points of the typology (spec §9), each `0...1`, default 0.5.
public struct TypologyThresholds: Hashable, Sendable {
    /// Autonomy share at or above which participation is **self-organised**.
    public var autonomy = 0.5
    /// Publicness at or above which a facility is a **commons**.
    public var publicness = 0.5
    public init() {}
}

/// A facility's classification with the numbers behind it.
public struct Classification: Hashable, Sendable {
    public let facility: String
    public let type: FacilityType
    /// Share of entries through the autonomous channel, `0...1`.
    public let autonomy: Double
    public let entries: Int
    public let autonomousEntries: Int
    public let publicness: Double
    public let thresholds: TypologyThresholds
    public var selfOrganised: Bool { type == .interestDrivenSelfHelp || type == .autonomousCoCreation }
    public var commons: Bool { type == .guidedCoConstruction || type == .autonomousCoCreation }

    /// Classifies from the two numbers.
    public init(
        facility: String, autonomy: Double, entries: Int, autonomousEntries: Int,
        publicness: Double, thresholds: TypologyThresholds
    ) {
        self.facility = facility
        self.autonomy = autonomy
        self.entries = entries
        self.autonomousEntries = autonomousEntries
        self.publicness = publicness
        self.thresholds = thresholds
        self.type = FacilityType(
            selfOrganised: autonomy >= thresholds.autonomy,
            commons: publicness >= thresholds.publicness)
    }
}
