/// The constants of the second-stage rules (spec §12): floors, the consent vote, satiation,
/// performative participation, activists and the market partner. Each is a stored property here
/// and an ``Parameters/Entry`` in ``Parameters/secondStage`` (key paths `\.secondStageValues.NAME`),
/// so `set`, `--vary`, help and completion list it like the constants of spec §1–§8.
public struct SecondStageParameters: Hashable, Sendable {
    public init() {}
}

extension Parameters {
    /// The settable constants of spec §12 (appended to ``catalogue``).
    public static let secondStage: [Entry] = []
}
