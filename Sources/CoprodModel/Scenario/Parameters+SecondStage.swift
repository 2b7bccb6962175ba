/// The constants of the second-stage rules (spec §12): floors, the consent vote, satiation,
/// performative participation, activists and the market partner. Each is a stored property here
/// and an ``Parameters/Entry`` in ``Parameters/secondStage`` (key paths `\.secondStageValues.NAME`),
/// so `set`, `--vary`, help and completion list it like the constants of spec §1–§8.
public struct SecondStageParameters: Hashable, Sendable {
    // MARK: Performative participation (spec §12; 杨帆 2020)
    /// Factor on a performative participant's input to production (`e_i·performativeInput`).
    /// `0...1`, default 0.3 (spec §12 [0.3]); 1 leaves her input whole.
    public var performativeInput: Double = 0.3
    /// Identification below which a mobilised participant is performative (`ident < threshold`
    /// after the week's cognitive process). `0...1`, default 0.3 (spec §12). 0 switches the rule off.
    public var performativeIdentification: Double = 0.3
    // MARK: Activists (spec §12, 二次动员)
    /// How many times an active activist counts in her ties' subjective-norm numerator and
    /// awareness count `k`. `1...100`, default 3 (spec §12 [3]); 1 counts her once, like anyone.
    public var activistWeight: Double = 3
    /// The outreach her aware, non-active ties feel at least (`max(outreach_f, activistOutreach)`).
    /// `0...1`, default 0.5 (spec §12). 0 switches it off.
    public var activistOutreach: Double = 0.5
    /// The emotional-care strength her aware ties receive on the facility at least
    /// (`max(strength_f, activistEmotion)`). `0...1`, default 0.5 (spec §12). 0 switches it off.
    public var activistEmotion: Double = 0.5
    // MARK: Market partner (spec §12; 王欢明 2022)
    /// The partner's share `b` of the CES function while the facility is not complete:
    /// `Q = (a(1−b)·G^ρ + b·P^ρ + (1−a)(1−b)·E^ρ)^(1/ρ)`. `0...1`, default 0.3 (spec §12 [0.3]).
    /// 0 switches the partner's input off.
    public var partnerShare: Double = 0.3
    /// Visibility a partner adds to its facility for the whole run. `0...1`, default 0.1 (spec §12).
    /// 0 switches it off.
    public var partnerVisibility: Double = 0.1
    /// Factor on residents' responsibility gain from a facility with a partner (both terms of
    /// §3's push). `0...1`, default 0.5 (spec §12: "halves"); 1 switches it off.
    public var partnerResponsibility: Double = 0.5

    public init() {}
}

extension Parameters {
    /// The settable constants of spec §12 (appended to ``catalogue``).
    public static let secondStage: [Entry] = [
        .real(
            "performativeInput", 0...1, .none, "spec §12; 杨帆 2020", \.secondStageValues.performativeInput),
        .real(
            "performativeIdentification", 0...1, .none, "spec §12; 杨帆 2020",
            \.secondStageValues.performativeIdentification, off: true),
        .real("activistWeight", 1...100, .none, "spec §12; 二次动员", \.secondStageValues.activistWeight),
        .real(
            "activistOutreach", 0...1, .none, "spec §12; 二次动员", \.secondStageValues.activistOutreach, off: true),
        .real(
            "activistEmotion", 0...1, .none, "spec §12; 高飞 2022", \.secondStageValues.activistEmotion, off: true),
        .real("partnerShare", 0...1, .none, "spec §12; 王欢明 2022", \.secondStageValues.partnerShare, off: true),
        .real(
            "partnerVisibility", 0...1, .none, "spec §12; 王欢明 2022", \.secondStageValues.partnerVisibility,
            off: true),
        .real(
            "partnerResponsibility", 0...1, .none, "spec §12; Frey & Jegen 2001",
            \.secondStageValues.partnerResponsibility),
    ]
}
