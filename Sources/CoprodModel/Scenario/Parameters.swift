/// The model's constants with the spec's defaults (spec §1–§8, docs/MODEL.md "Parameters"). Any of
/// them can be changed with `set NAME VALUE` and swept with `--vary NAME=…`; `Parameters.catalogue`
/// gives each one's valid range, unit and source, and whether 0 switches a mechanism off.
///
/// Every number of the rules is one of these: the fast path (`fusedStep`) and the reference
/// processes read the same fields, and with the defaults both give the bits of coprod 0.1.
public struct Parameters: Hashable, Sendable {
    // MARK: Community (spec §1)
    /// Consecutive active weeks that make behaviour "sustained". Weeks, `1...520`, default 8 (spec §1).
    public var sustainWeeks: Int = 8
    /// Ties wanted inside one's building. Structural. Ties, `0...100`, default 6 (spec §1).
    public var kIn: Int = 6
    /// Ties wanted outside one's building. Structural. Ties, `0...100`, default 2 (spec §1).
    public var kOut: Int = 2
    /// Residents per building when buildings are assigned in index order. Structural. Residents, `1...100000`, default 40 (spec §1).
    public var blockSize: Int = 40
    /// Starting responsibility as a share of attachment (`resp₀ = responsibilityStart·attachment`). Structural. `0...1`, default 0.5 (spec §1).
    public var responsibilityStart: Double = 0.5
    /// Starting satisfaction of every resident on every facility. Structural. `0...1`, default 0.5 (spec §1).
    public var satisfactionStart: Double = 0.5
    // MARK: Cognitive process (spec §3)
    /// Baseline weekly awareness probability. Probability per week, `0...1`, default 0.01 (spec §3). 0 switches it off.
    public var a0: Double = 0.01
    /// Awareness through publicity, per unit of `information` strength. Probability per week, `0...1`, default 0.15 (spec §3). 0 switches it off.
    public var aInfo: Double = 0.15
    /// Awareness through a platform, per unit of platform × digital literacy. Probability per week, `0...1`, default 0.25 (spec §3; 刘淑妍 & 吕俊延 2021). 0 switches it off.
    public var aDig: Double = 0.25
    /// Awareness per tie active on the facility. Probability per week, `0...1`, default 0.10 (spec §3). 0 switches it off.
    public var aSoc: Double = 0.10
    /// Extra factor on `a0` for a resident who has been active on any facility: `a0·(1 + veteranAwareness·veteran)`. `0...100`, default 4 (spec §3). 0 switches it off.
    public var veteranAwareness: Double = 4
    /// Weekly rate at which emotional and solidary rewards raise identification. `0...1`, default 0.02 (spec §3; 颜玉凡 & 叶南客 2019). 0 switches it off.
    public var identificationGain: Double = 0.02
    /// Weekly rate at which identification relaxes toward attachment. `0...1`, default 0.01 (spec §3). 0 switches it off.
    public var identificationRelax: Double = 0.01
    /// Weekly rate of responsibility gain from taking part and from visible public progress, per facility. `0...1`, default 0.01 (spec §3). 0 switches it off.
    public var responsibilityGain: Double = 0.01
    /// Weekly rate at which responsibility relaxes toward its rest level, per facility. `0...1`, default 0.01 (spec §3). 0 switches it off.
    public var responsibilityRelax: Double = 0.01
    /// Rest level of responsibility as a share of attachment (`resp → responsibilityRest·attachment`). `0...1`, default 0.5 (spec §3).
    public var responsibilityRest: Double = 0.5
    /// Crowding-out: an incentive-driven participant's responsibility push is `active·(1 − crowdingOut·incentiveDriven)`. `0...1`, default 1 (spec §3; Frey & Jegen 2001). 0 switches it off.
    public var crowdingOut: Double = 1
    // MARK: Behavioural process (spec §4)
    /// Weight of attitude in autonomous utility. Weight, `0...10`, default 0.187 (spec §4; old-estate survey (sources.md)). 0 switches it off.
    public var wA: Double = 0.187
    /// Weight of subjective norm in autonomous utility. Weight, `0...10`, default 0.206 (spec §4; old-estate survey (sources.md)). 0 switches it off.
    public var wS: Double = 0.206
    /// Weight of perceived behavioural control in autonomous utility. Weight, `0...10`, default 0.133 (spec §4; old-estate survey (sources.md)). 0 switches it off.
    public var wC: Double = 0.133
    /// Weight of identification in autonomous utility. Weight, `0...10`, default 0.12 (spec §4; judgement). 0 switches it off.
    public var wI: Double = 0.12
    /// Weight of responsibility in autonomous utility. Weight, `0...10`, default 0.10 (spec §4; judgement). 0 switches it off.
    public var wR: Double = 0.10
    /// Benefit to a resident the facility does not serve, per unit of publicness (`benefit = nonServedBenefit·publicness`). `0...1`, default 0.5 (spec §4). 0 switches it off.
    public var nonServedBenefit: Double = 0.5
    /// Skill demand of perceived control in planning. `0...1`, default 0.3 (spec §4). 0 switches it off.
    public var demandPlanning: Double = 0.3
    /// Skill demand of perceived control in design. `0...1`, default 0.6 (spec §4). 0 switches it off.
    public var demandDesign: Double = 0.6
    /// Skill demand of perceived control in construction. `0...1`, default 0.8 (spec §4). 0 switches it off.
    public var demandConstruction: Double = 0.8
    /// Skill demand of perceived control in maintenance. `0...1`, default 0.3 (spec §4). 0 switches it off.
    public var demandMaintenance: Double = 0.3
    /// Largest weekly probability of joining on one's own: `pAuto = autonomousJoinRate·σ(joinSteepness·(U − joinThreshold))`. Probability per week, `0...1`, default 0.03 (spec §4). 0 switches it off.
    public var autonomousJoinRate: Double = 0.03
    /// Steepness of the logistic of autonomous utility in `pAuto`. `0...100`, default 14 (spec §4).
    public var joinSteepness: Double = 14
    /// Utility at which `pAuto` is half its largest value. `0...1`, default 0.52 (spec §4).
    public var joinThreshold: Double = 0.52
    /// Weekly joining probability through a platform's online channel, per unit of platform × digital literacy. Probability per week, `0...1`, default 0.008 (spec §4, §7). 0 switches it off.
    public var onlineChannel: Double = 0.008
    /// Mobilisation: `outreachTerm = outreach·trust·(1 − roleOutreachCut·role)·outreachJoinRate`. Probability per week, `0...1`, default 0.03 (spec §4). 0 switches it off.
    public var outreachJoinRate: Double = 0.03
    /// How much an enabling role lowers the government's mobilisation (`1 − roleOutreachCut·role`). `0...1`, default 0.5 (spec §4). 0 switches it off.
    public var roleOutreachCut: Double = 0.5
    /// Mobilisation by a material reward: `incentiveTerm = incentive·incentiveJoinRate`. Probability per week, `0...1`, default 0.10 (spec §4). 0 switches it off.
    public var incentiveJoinRate: Double = 0.10
    /// A lapsed resident re-enters with this share of the joining probability (computed as division by `1/reentryShare`). `0...1`, default 0.2 (spec §4). 0 switches it off.
    public var reentryShare: Double = 0.2
    /// Weight of last week's satisfaction in `satisfaction ← keep·satisfaction + gain·clamp(…)`. `0...1`, default 0.8 (spec §4).
    public var satisfactionKeep: Double = 0.8
    /// Weight of this week's rewards in the satisfaction update. `0...1`, default 0.2 (spec §4). 0 switches it off.
    public var satisfactionGain: Double = 0.2
    /// Weight of emotional engagement `emotional_i` in the satisfaction update; 0 switches emotional engagement out of satisfaction. `0...1`, default 1 (spec §4, §7; 高飞 2022). 0 switches it off.
    public var emotionInSatisfaction: Double = 1
    /// Effort of taking part in planning. `0...1`, default 0.2 (spec §4). 0 switches it off.
    public var effortPlanning: Double = 0.2
    /// Effort of taking part in design. `0...1`, default 0.4 (spec §4). 0 switches it off.
    public var effortDesign: Double = 0.4
    /// Effort of taking part in construction. `0...1`, default 0.7 (spec §4). 0 switches it off.
    public var effortConstruction: Double = 0.7
    /// Effort of taking part in maintenance. `0...1`, default 0.3 (spec §4). 0 switches it off.
    public var effortMaintenance: Double = 0.3
    /// Weekly fatigue per unit of effort. `0...1`, default 0.05 (spec §4). 0 switches it off.
    public var fatigueGain: Double = 0.05
    /// Weekly fatigue recovery. `0...1`, default 0.02 (spec §4). 0 switches it off.
    public var fatigueRecovery: Double = 0.02
    /// Steepness of the staying logistic: `pStay = σ(stayGain·(…))`. `0...100`, default 8 (spec §4; Pestoff 2014). 0 switches it off.
    public var stayGain: Double = 8
    /// Weight of satisfaction in staying. Weight, `0...10`, default 0.35 (spec §4). 0 switches it off.
    public var staySatisfaction: Double = 0.35
    /// Weight of identification in staying. Weight, `0...10`, default 0.2 (spec §4). 0 switches it off.
    public var stayIdentification: Double = 0.2
    /// Weight of responsibility in staying. Weight, `0...10`, default 0.2 (spec §4). 0 switches it off.
    public var stayResponsibility: Double = 0.2
    /// Weight of solidary ties (share of ties active) in staying. Weight, `0...10`, default 0.25 (spec §4; Pestoff 2014). 0 switches it off.
    public var staySolidary: Double = 0.25
    /// Weight of fatigue (subtracted) in staying. Weight, `0...10`, default 0.3 (spec §4). 0 switches it off.
    public var stayFatigue: Double = 0.3
    /// Weight of `incentiveNow·incentiveDriven` in staying. Weight, `0...10`, default 0.3 (spec §4). 0 switches it off.
    public var stayIncentive: Double = 0.3
    /// Constant subtracted inside the staying logistic. `-10...10`, default 0.05 (spec §4). 0 switches it off.
    public var stayBias: Double = 0.05
    // MARK: Production process (spec §5)
    /// Work of planning as a share of `cost`. `0...10`, default 0.1 (spec §5).
    public var workSharePlanning: Double = 0.1
    /// Work of design as a share of `cost`. `0...10`, default 0.2 (spec §5).
    public var workShareDesign: Double = 0.2
    /// Work of construction as a share of `cost`. `0...10`, default 0.7 (spec §5).
    public var workShareConstruction: Double = 0.7
    /// Weight `sk` of skill in a resident's input in planning. `0...1`, default 0.2 (spec §5; Parks et al. 1981). 0 switches it off.
    public var skillWeightPlanning: Double = 0.2
    /// Weight `sk` of skill in a resident's input in design. `0...1`, default 0.6 (spec §5; Parks et al. 1981). 0 switches it off.
    public var skillWeightDesign: Double = 0.6
    /// Weight `sk` of skill in a resident's input in construction. `0...1`, default 0.5 (spec §5; Parks et al. 1981). 0 switches it off.
    public var skillWeightConstruction: Double = 0.5
    /// Weight `sk` of skill in a resident's input in maintenance. `0...1`, default 0.2 (spec §5; Parks et al. 1981). 0 switches it off.
    public var skillWeightMaintenance: Double = 0.2
    /// An enabling government multiplies resident input by `1 + roleResidentBoost·role`. `0...10`, default 0.5 (spec §5). 0 switches it off.
    public var roleResidentBoost: Double = 0.5
    /// Government input `G = budget·(1 − roleGovernmentCut·role)`. `0...1`, default 0.5 (spec §5). 0 switches it off.
    public var roleGovernmentCut: Double = 0.5
    /// Exponent ρ of the CES co-production function `Q = (a·G^ρ + (1−a)·E^ρ)^(1/ρ)`; 1 is linear (perfect substitutes). `0.1...1`, default 0.5 (spec §5; Parks et al. 1981).
    public var cesRho: Double = 0.5
    /// Share `a` of government input in the CES function in planning. `0...1`, default 0.3 (spec §5).
    public var governmentSharePlanning: Double = 0.3
    /// Share `a` of government input in the CES function in design. `0...1`, default 0.3 (spec §5).
    public var governmentShareDesign: Double = 0.3
    /// Share `a` of government input in construction at complexity 0 (`a = this + governmentShareComplexity·complexity`, at most 1). `0...1`, default 0.5 (spec §5).
    public var governmentShareConstruction: Double = 0.5
    /// Rise of the government share `a` in construction per unit of complexity. `0...1`, default 0.4 (spec §5). 0 switches it off.
    public var governmentShareComplexity: Double = 0.4
    /// Quality with no co-design coverage. `0...1`, default 0.3 (spec §5).
    public var qualityBase: Double = 0.3
    /// Weight of co-design coverage in quality: `clamp(qualityBase + coverageInQuality·coverage·(…))`; 0 switches coverage out of quality. `0...1`, default 0.7 (spec §5). 0 switches it off.
    public var coverageInQuality: Double = 0.7
    /// Weight of responsiveness in quality's factor `(1 − qualityResponsiveness) + qualityResponsiveness·responsiveness`. `0...1`, default 0.5 (spec §5). 0 switches it off.
    public var qualityResponsiveness: Double = 0.5
    /// Weekly loss of condition in maintenance. `0...1`, default 0.02 (spec §5). 0 switches it off.
    public var conditionDecay: Double = 0.02
    /// Condition gained per work unit of residents' input in maintenance. `0...1`, default 0.01 (spec §5). 0 switches it off.
    public var conditionResidents: Double = 0.01
    /// Condition gained per work unit of government input in maintenance. `0...1`, default 0.002 (spec §5). 0 switches it off.
    public var conditionGovernment: Double = 0.002
    /// Condition below which a facility is degraded. `0...1`, default 0.3 (spec §5). 0 switches it off.
    public var degradedThreshold: Double = 0.3
    // MARK: Feedback (spec §6)
    /// Weekly rate of the efficacy feedback `feedbackEfficacy·(visibleProgress·(1−efficacy) − degradedEfficacy·degraded·efficacy)`. `0...1`, default 0.01 (spec §6; Parrado et al. 2013). 0 switches it off.
    public var feedbackEfficacy: Double = 0.01
    /// Weight of a degraded facility in the efficacy feedback. `0...100`, default 2 (spec §6). 0 switches it off.
    public var degradedEfficacy: Double = 2
    /// Weekly trust change of an active resident per unit of responsiveness above `responsivenessNeutral`. `0...1`, default 0.02 (spec §6; Ostrom 1996). 0 switches it off.
    public var trustResponsiveness: Double = 0.02
    /// Responsiveness at which taking part leaves trust unchanged. `0...1`, default 0.5 (spec §6).
    public var responsivenessNeutral: Double = 0.5
    /// Weekly rate of trust gain from visible progress (`feedbackTrust·visibleProgress·(1−trust)`). `0...1`, default 0.01 (spec §6). 0 switches it off.
    public var feedbackTrust: Double = 0.01
    /// Weekly trust loss while a facility is degraded. `0...1`, default 0.03 (spec §6). 0 switches it off.
    public var degradedTrust: Double = 0.03
    /// Efficacy and trust every beneficiary gains when a facility is completed with good quality. `0...1`, default 0.08 (spec §6). 0 switches it off.
    public var completionBonus: Double = 0.08
    /// Quality at or above which completion gives the bonus. `0...1`, default 0.6 (spec §6).
    public var completionQuality: Double = 0.6
    /// `visibleProgress = min(1, visibility·min(1, visibleProgressGain·gained))`. `0...1000`, default 10 (spec §6). 0 switches it off.
    public var visibleProgressGain: Double = 10
    // MARK: Interventions (spec §7)
    /// Weekly step of the government's role toward a role-shift's target. `0...1`, default 0.05 (spec §7). 0 switches it off.
    public var roleStep: Double = 0.05
    /// Responsiveness added per unit of role-shift strength. `0...1`, default 0.3 (spec §7). 0 switches it off.
    public var roleShiftResponsiveness: Double = 0.3
    /// Responsiveness added per unit of council strength. `0...1`, default 0.2 (spec §7). 0 switches it off.
    public var councilResponsiveness: Double = 0.2
    /// Cut of design-phase demand per unit of council strength. `0...1`, default 0.3 (spec §7). 0 switches it off.
    public var councilDemand: Double = 0.3
    /// Ease added per unit of platform strength × digital literacy (`platformEase = platformEaseGain·strength`). `0...1`, default 0.3 (spec §7; 刘淑妍 & 吕俊延 2021). 0 switches it off.
    public var platformEaseGain: Double = 0.3
    /// Visibility added per unit of platform strength. `0...1`, default 0.2 (spec §7). 0 switches it off.
    public var platformVisibility: Double = 0.2
    /// Emotional engagement per unit of strength for an aware resident with no tie active on the facility. `0...1`, default 0.4 (spec §7; 高飞 2022). 0 switches it off.
    public var emotionBase: Double = 0.4
    /// Emotional engagement added per unit of strength when a tie is active on the facility (gradient mobilisation). `0...1`, default 0.6 (spec §7; 高飞 2022). 0 switches it off.
    public var emotionTie: Double = 0.6
    /// Weekly skill and efficacy gain per unit of training strength. `0...1`, default 0.01 (spec §7). 0 switches it off.
    public var trainingGain: Double = 0.01
    /// Strength factor of an intervention that does not fit the facility's type under differentiated management (1 where it fits). `0...1`, default 0.5 (spec §7, §9). 0 switches it off.
    public var differentiatedMisfit: Double = 0.5
    // MARK: Outcomes (spec §8)
    /// Weeks both ends of a tie must have been active together for the tie to count as social capital. Weeks, `1...520`, default 4 (spec §8).
    public var socialCapitalWeeks: Int = 4
    /// The second-stage rules' constants (spec §12), declared in `Parameters+SecondStage.swift`.
    public var secondStageValues = SecondStageParameters()

    public init() {}

    /// One settable constant: name, range, unit, where its default comes from, whether 0 switches
    /// its mechanism off, and how to read and write it. ``SettingsRegistry/parameter`` lists the same
    /// constants as settings.
    public struct Entry: Sendable {
        public let name: String
        public let range: ClosedRange<Double>
        public let isInteger: Bool
        public let unit: MeasureUnit
        /// The spec section and, where there is one, the paper the default comes from.
        public let source: String
        /// True when setting it to 0 switches a mechanism (a term of a rule) off.
        public let offAtZero: Bool
        let get: @Sendable (Parameters) -> Double
        let put: @Sendable (inout Parameters, Double) -> Void

        static func real(
            _ name: String, _ range: ClosedRange<Double>, _ unit: MeasureUnit, _ source: String,
            _ field: WritableKeyPath<Parameters, Double> & Sendable, off: Bool = false
        ) -> Entry {
            Entry(
                name: name, range: range, isInteger: false, unit: unit, source: source, offAtZero: off,
                get: { $0[keyPath: field] }, put: { $0[keyPath: field] = $1 })
        }

        static func whole(
            _ name: String, _ range: ClosedRange<Double>, _ unit: MeasureUnit, _ source: String,
            _ field: WritableKeyPath<Parameters, Int> & Sendable, off: Bool = false
        ) -> Entry {
            Entry(
                name: name, range: range, isInteger: true, unit: unit, source: source, offAtZero: off,
                get: { Double($0[keyPath: field]) }, put: { $0[keyPath: field] = Int($1) })
        }
    }

    /// Every parameter that `set` accepts: the rules of spec §1–§8 (``base``) and the second-stage
    /// rules of spec §12 (``secondStage``).
    public static let catalogue: [Entry] = base + secondStage

    /// The constants of spec §1–§8, in the order of the spec.
    public static let base: [Entry] = [
        .whole("sustainWeeks", 1...520, .weeks, "spec §1", \.sustainWeeks),
        .whole("kIn", 0...100, .ties, "spec §1", \.kIn),
        .whole("kOut", 0...100, .ties, "spec §1", \.kOut),
        .whole("blockSize", 1...100_000, .residents, "spec §1", \.blockSize),
        .real("responsibilityStart", 0...1, .none, "spec §1", \.responsibilityStart),
        .real("satisfactionStart", 0...1, .none, "spec §1", \.satisfactionStart),
        .real("a0", 0...1, .probabilityPerWeek, "spec §3", \.a0, off: true),
        .real("aInfo", 0...1, .probabilityPerWeek, "spec §3", \.aInfo, off: true),
        .real("aDig", 0...1, .probabilityPerWeek, "spec §3; 刘淑妍 & 吕俊延 2021", \.aDig, off: true),
        .real("aSoc", 0...1, .probabilityPerWeek, "spec §3", \.aSoc, off: true),
        .real("veteranAwareness", 0...100, .none, "spec §3", \.veteranAwareness, off: true),
        .real("identificationGain", 0...1, .none, "spec §3; 颜玉凡 & 叶南客 2019", \.identificationGain, off: true),
        .real("identificationRelax", 0...1, .none, "spec §3", \.identificationRelax, off: true),
        .real("responsibilityGain", 0...1, .none, "spec §3", \.responsibilityGain, off: true),
        .real("responsibilityRelax", 0...1, .none, "spec §3", \.responsibilityRelax, off: true),
        .real("responsibilityRest", 0...1, .none, "spec §3", \.responsibilityRest),
        .real("crowdingOut", 0...1, .none, "spec §3; Frey & Jegen 2001", \.crowdingOut, off: true),
        .real("wA", 0...10, .weight, "spec §4; old-estate survey (sources.md)", \.wA, off: true),
        .real("wS", 0...10, .weight, "spec §4; old-estate survey (sources.md)", \.wS, off: true),
        .real("wC", 0...10, .weight, "spec §4; old-estate survey (sources.md)", \.wC, off: true),
        .real("wI", 0...10, .weight, "spec §4; judgement", \.wI, off: true),
        .real("wR", 0...10, .weight, "spec §4; judgement", \.wR, off: true),
        .real("nonServedBenefit", 0...1, .none, "spec §4", \.nonServedBenefit, off: true),
        .real("demandPlanning", 0...1, .none, "spec §4", \.demandPlanning, off: true),
        .real("demandDesign", 0...1, .none, "spec §4", \.demandDesign, off: true),
        .real("demandConstruction", 0...1, .none, "spec §4", \.demandConstruction, off: true),
        .real("demandMaintenance", 0...1, .none, "spec §4", \.demandMaintenance, off: true),
        .real("autonomousJoinRate", 0...1, .probabilityPerWeek, "spec §4", \.autonomousJoinRate, off: true),
        .real("joinSteepness", 0...100, .none, "spec §4", \.joinSteepness),
        .real("joinThreshold", 0...1, .none, "spec §4", \.joinThreshold),
        .real("onlineChannel", 0...1, .probabilityPerWeek, "spec §4, §7", \.onlineChannel, off: true),
        .real("outreachJoinRate", 0...1, .probabilityPerWeek, "spec §4", \.outreachJoinRate, off: true),
        .real("roleOutreachCut", 0...1, .none, "spec §4", \.roleOutreachCut, off: true),
        .real("incentiveJoinRate", 0...1, .probabilityPerWeek, "spec §4", \.incentiveJoinRate, off: true),
        .real("reentryShare", 0...1, .none, "spec §4", \.reentryShare, off: true),
        .real("satisfactionKeep", 0...1, .none, "spec §4", \.satisfactionKeep),
        .real("satisfactionGain", 0...1, .none, "spec §4", \.satisfactionGain, off: true),
        .real("emotionInSatisfaction", 0...1, .none, "spec §4, §7; 高飞 2022", \.emotionInSatisfaction, off: true),
        .real("effortPlanning", 0...1, .none, "spec §4", \.effortPlanning, off: true),
        .real("effortDesign", 0...1, .none, "spec §4", \.effortDesign, off: true),
        .real("effortConstruction", 0...1, .none, "spec §4", \.effortConstruction, off: true),
        .real("effortMaintenance", 0...1, .none, "spec §4", \.effortMaintenance, off: true),
        .real("fatigueGain", 0...1, .none, "spec §4", \.fatigueGain, off: true),
        .real("fatigueRecovery", 0...1, .none, "spec §4", \.fatigueRecovery, off: true),
        .real("stayGain", 0...100, .none, "spec §4; Pestoff 2014", \.stayGain, off: true),
        .real("staySatisfaction", 0...10, .weight, "spec §4", \.staySatisfaction, off: true),
        .real("stayIdentification", 0...10, .weight, "spec §4", \.stayIdentification, off: true),
        .real("stayResponsibility", 0...10, .weight, "spec §4", \.stayResponsibility, off: true),
        .real("staySolidary", 0...10, .weight, "spec §4; Pestoff 2014", \.staySolidary, off: true),
        .real("stayFatigue", 0...10, .weight, "spec §4", \.stayFatigue, off: true),
        .real("stayIncentive", 0...10, .weight, "spec §4", \.stayIncentive, off: true),
        .real("stayBias", -10...10, .none, "spec §4", \.stayBias, off: true),
        .real("workSharePlanning", 0...10, .none, "spec §5", \.workSharePlanning),
        .real("workShareDesign", 0...10, .none, "spec §5", \.workShareDesign),
        .real("workShareConstruction", 0...10, .none, "spec §5", \.workShareConstruction),
        .real("skillWeightPlanning", 0...1, .none, "spec §5; Parks et al. 1981", \.skillWeightPlanning, off: true),
        .real("skillWeightDesign", 0...1, .none, "spec §5; Parks et al. 1981", \.skillWeightDesign, off: true),
        .real(
            "skillWeightConstruction", 0...1, .none, "spec §5; Parks et al. 1981", \.skillWeightConstruction, off: true),
        .real(
            "skillWeightMaintenance", 0...1, .none, "spec §5; Parks et al. 1981", \.skillWeightMaintenance, off: true),
        .real("roleResidentBoost", 0...10, .none, "spec §5", \.roleResidentBoost, off: true),
        .real("roleGovernmentCut", 0...1, .none, "spec §5", \.roleGovernmentCut, off: true),
        .real("cesRho", 0.1...1, .none, "spec §5; Parks et al. 1981", \.cesRho),
        .real("governmentSharePlanning", 0...1, .none, "spec §5", \.governmentSharePlanning),
        .real("governmentShareDesign", 0...1, .none, "spec §5", \.governmentShareDesign),
        .real("governmentShareConstruction", 0...1, .none, "spec §5", \.governmentShareConstruction),
        .real("governmentShareComplexity", 0...1, .none, "spec §5", \.governmentShareComplexity, off: true),
        .real("qualityBase", 0...1, .none, "spec §5", \.qualityBase),
        .real("coverageInQuality", 0...1, .none, "spec §5", \.coverageInQuality, off: true),
        .real("qualityResponsiveness", 0...1, .none, "spec §5", \.qualityResponsiveness, off: true),
        .real("conditionDecay", 0...1, .none, "spec §5", \.conditionDecay, off: true),
        .real("conditionResidents", 0...1, .none, "spec §5", \.conditionResidents, off: true),
        .real("conditionGovernment", 0...1, .none, "spec §5", \.conditionGovernment, off: true),
        .real("degradedThreshold", 0...1, .none, "spec §5", \.degradedThreshold, off: true),
        .real("feedbackEfficacy", 0...1, .none, "spec §6; Parrado et al. 2013", \.feedbackEfficacy, off: true),
        .real("degradedEfficacy", 0...100, .none, "spec §6", \.degradedEfficacy, off: true),
        .real("trustResponsiveness", 0...1, .none, "spec §6; Ostrom 1996", \.trustResponsiveness, off: true),
        .real("responsivenessNeutral", 0...1, .none, "spec §6", \.responsivenessNeutral),
        .real("feedbackTrust", 0...1, .none, "spec §6", \.feedbackTrust, off: true),
        .real("degradedTrust", 0...1, .none, "spec §6", \.degradedTrust, off: true),
        .real("completionBonus", 0...1, .none, "spec §6", \.completionBonus, off: true),
        .real("completionQuality", 0...1, .none, "spec §6", \.completionQuality),
        .real("visibleProgressGain", 0...1_000, .none, "spec §6", \.visibleProgressGain, off: true),
        .real("roleStep", 0...1, .none, "spec §7", \.roleStep, off: true),
        .real("roleShiftResponsiveness", 0...1, .none, "spec §7", \.roleShiftResponsiveness, off: true),
        .real("councilResponsiveness", 0...1, .none, "spec §7", \.councilResponsiveness, off: true),
        .real("councilDemand", 0...1, .none, "spec §7", \.councilDemand, off: true),
        .real("platformEaseGain", 0...1, .none, "spec §7; 刘淑妍 & 吕俊延 2021", \.platformEaseGain, off: true),
        .real("platformVisibility", 0...1, .none, "spec §7", \.platformVisibility, off: true),
        .real("emotionBase", 0...1, .none, "spec §7; 高飞 2022", \.emotionBase, off: true),
        .real("emotionTie", 0...1, .none, "spec §7; 高飞 2022", \.emotionTie, off: true),
        .real("trainingGain", 0...1, .none, "spec §7", \.trainingGain, off: true),
        .real("differentiatedMisfit", 0...1, .none, "spec §7, §9", \.differentiatedMisfit, off: true),
        .whole("socialCapitalWeeks", 1...520, .weeks, "spec §8", \.socialCapitalWeeks),
    ]

    /// Parameters that shape the population or the starting state: changing one rebuilds the
    /// community at week 0.
    public static let structural: Set<String> = [
        "kIn", "kOut", "blockSize", "responsibilityStart", "satisfactionStart",
    ]

    public static func entry(named name: String) -> Entry? { catalogue.first { $0.name == name } }

    /// The current value of a parameter.
    public func value(of entry: Entry) -> Double { entry.get(self) }

    /// Sets a parameter; the caller has checked the range.
    public mutating func set(_ entry: Entry, to value: Double) { entry.put(&self, value) }

    /// Sum of the five utility weights.
    var weightSum: Double { wA + wS + wC + wI + wR }

    /// The skill `demand` of perceived control in a phase (spec §4), before a council's cut.
    public func demand(_ phase: Phase) -> Double {
        switch phase {
        case .planning: demandPlanning
        case .design: demandDesign
        case .construction: demandConstruction
        case .maintenance: demandMaintenance
        }
    }

    /// The effort of taking part in a phase (spec §4).
    public func effort(_ phase: Phase) -> Double {
        switch phase {
        case .planning: effortPlanning
        case .design: effortDesign
        case .construction: effortConstruction
        case .maintenance: effortMaintenance
        }
    }

    /// The weight `sk` of skill in a resident's input in a phase (spec §5).
    public func skillWeight(_ phase: Phase) -> Double {
        switch phase {
        case .planning: skillWeightPlanning
        case .design: skillWeightDesign
        case .construction: skillWeightConstruction
        case .maintenance: skillWeightMaintenance
        }
    }

    /// The phase's work as a share of `cost` (spec §5); maintenance is open-ended (0).
    public func workShare(_ phase: Phase) -> Double {
        switch phase {
        case .planning: workSharePlanning
        case .design: workShareDesign
        case .construction: workShareConstruction
        case .maintenance: 0
        }
    }

    /// The share `a` of government input in the CES function in a phase (spec §5): in construction
    /// `governmentShareConstruction + governmentShareComplexity·complexity`, at most 1. Maintenance
    /// is open-ended (no phase work, no progress), so its CES output enters nothing and the spec's
    /// `a = 0.4` there is not a parameter: condition uses the inputs directly (``conditionResidents``,
    /// ``conditionGovernment``).
    public func governmentShare(_ phase: Phase, complexity: Double) -> Double {
        switch phase {
        case .planning: governmentSharePlanning
        case .design: governmentShareDesign
        case .construction: min(1, governmentShareConstruction + governmentShareComplexity * complexity)
        case .maintenance: 0.4
        }
    }

    /// Emotional engagement per unit of strength (spec §7): `emotionBase + emotionTie` with a tie
    /// active on the facility, `emotionBase` without.
    @inline(__always)
    func emotionFactor(tieActive: Bool) -> Double { tieActive ? emotionBase + emotionTie : emotionBase }
}
