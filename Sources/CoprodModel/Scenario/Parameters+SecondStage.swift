/// The constants of the second-stage rules (spec §12): floors, the consent vote, satiation,
/// performative participation, activists and the market partner. Each is a stored property here
/// and an ``Parameters/Entry`` in ``Parameters/secondStage`` (key paths `\.secondStageValues.NAME`),
/// so `set`, `--vary`, help and completion list it like the constants of spec §1–§8.
///
/// Every rule they belong to is off unless a scenario switches it on (`benefit by-floor`,
/// `consent civil-code-278`, `satiation on`), so their values change nothing else.
public struct SecondStageParameters: Hashable, Sendable {
    // MARK: Floors (spec §12)
    /// A by-floor facility's benefit to a served resident on the ground floor:
    /// `benefit = groundFloorBenefit + (1 − groundFloorBenefit)·(floor − 1)/5`. `0...1`, default 0.2
    /// (spec §12: the ground floor gains little from a lift and bears its noise, light and lost space).
    public var groundFloorBenefit: Double = 0.2
    // MARK: Consent vote (spec §12, PRC Civil Code art. 278)
    /// Steepness `k_v` of a voter's approval logistic. `0...100`, default 6 (spec §12, calibrated).
    public var voteSteepness: Double = 6
    /// Threshold `θ_v` of a voter's approval. `-10...10`, default 0.47 (spec §12, calibrated).
    public var voteThreshold: Double = 0.47
    /// Weight `w_id` of identification (centred on 0.5) in approval. Weight, `0...10`, default 1.0
    /// (spec §12; 颜玉凡 & 叶南客 2019). 0 switches it off.
    public var voteIdentification: Double = 1.0
    /// Weight `w_co` of this week's council strength in approval. Weight, `0...10`, default 0.5
    /// (spec §12, §7 council). 0 switches it off.
    public var voteCouncil: Double = 0.5
    /// Weight `w_cr` of the crowding-out of a cash offer at the vote, `incentive·responsibility`.
    /// Weight, `0...10`, default 1.0 (spec §12; Frey & Oberholzer-Gee 1997). 0 switches it off.
    public var voteCrowding: Double = 1.0
    /// Weeks from a failed vote to the next one. Weeks, `1...520`, default 8 (spec §12).
    public var voteRetryWeeks: Int = 8
    // MARK: Satiation (spec §12)
    /// In maintenance, a `satiation on` facility's served residents' attitude uses
    /// `sqrt(need·salience·satiation)` and its maintainers' staying uses `satiation·satisfaction`.
    /// `0...1`, default 0.5 (spec §12; Parrado et al. 2013; Bovaird et al. 2015); 1 leaves both as they
    /// were, 0 is full satiation.
    public var satiation: Double = 0.5
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
        .real("groundFloorBenefit", 0...1, .none, "spec §12", \.secondStageValues.groundFloorBenefit),
        .real("voteSteepness", 0...100, .none, "spec §12", \.secondStageValues.voteSteepness),
        .real("voteThreshold", -10...10, .none, "spec §12", \.secondStageValues.voteThreshold),
        .real(
            "voteIdentification", 0...10, .weight, "spec §12; 颜玉凡 & 叶南客 2019",
            \.secondStageValues.voteIdentification, off: true),
        .real("voteCouncil", 0...10, .weight, "spec §12, §7", \.secondStageValues.voteCouncil, off: true),
        .real(
            "voteCrowding", 0...10, .weight, "spec §12; Frey & Oberholzer-Gee 1997",
            \.secondStageValues.voteCrowding, off: true),
        .whole("voteRetryWeeks", 1...520, .weeks, "spec §12", \.secondStageValues.voteRetryWeeks),
        .real(
            "satiation", 0...1, .none, "spec §12; Parrado et al. 2013; Bovaird et al. 2015",
            \.secondStageValues.satiation),
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
