/// A named community profile: the mix of ages and tenures and the Beta distributions the traits are
/// drawn from (spec §1). `mixed` is the spec's table; the other two shift it as the spec describes,
/// with the exact shapes a judgement of ours (docs/MODEL.md).
public enum Profile: String, CaseIterable, Sendable {
    case mixed
    /// 老旧小区: older residents, strong attachment, more trust, less digital literacy.
    case oldEstate = "old-estate"
    /// 商品房小区: younger residents, weak attachment, less time, more digital literacy.
    case commodityEstate = "commodity-estate"

    /// Shares of young, middle and older residents (sum 1).
    public var ageShares: [Double] {
        switch self {
        case .mixed: [0.30, 0.40, 0.30]
        case .oldEstate: [0.20, 0.35, 0.45]
        case .commodityEstate: [0.45, 0.35, 0.20]
        }
    }

    /// Share of owners (the rest rent).
    public var ownerShare: Double { 0.75 }

    public var need: BetaShape { BetaShape(4, 3) }
    public var efficacy: BetaShape { BetaShape(3, 3) }
    public var skill: BetaShape { BetaShape(2, 4) }

    public var trust: BetaShape {
        self == .oldEstate ? BetaShape(5, 3) : BetaShape(4, 3)
    }

    public var attachment: BetaShape {
        switch self {
        case .mixed: BetaShape(4, 4)
        case .oldEstate: BetaShape(6, 3)
        case .commodityEstate: BetaShape(3, 5)
        }
    }

    /// Time available by age group.
    public func time(_ age: AgeGroup) -> BetaShape {
        switch (self, age) {
        case (.commodityEstate, .young): BetaShape(2, 5)
        case (.commodityEstate, .middle): BetaShape(2, 4)
        case (.commodityEstate, .older): BetaShape(4, 3)
        case (_, .young): BetaShape(2, 4)
        case (_, .middle): BetaShape(2, 3)
        case (_, .older): BetaShape(5, 2)
        }
    }

    /// Digital literacy by age group.
    public func digital(_ age: AgeGroup) -> BetaShape {
        switch (self, age) {
        case (.oldEstate, .young): BetaShape(5, 3)
        case (.oldEstate, .middle): BetaShape(3, 4)
        case (.oldEstate, .older): BetaShape(1.5, 6)
        case (.commodityEstate, .young): BetaShape(7, 1.5)
        case (.commodityEstate, .middle): BetaShape(5, 2)
        case (.commodityEstate, .older): BetaShape(3, 4)
        case (_, .young): BetaShape(6, 2)
        case (_, .middle): BetaShape(4, 3)
        case (_, .older): BetaShape(2, 5)
        }
    }
}
