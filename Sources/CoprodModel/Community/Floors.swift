/// Floors (spec §12): each resident lives on a floor `1...6`, uniform, drawn from a stream of its
/// own keyed by the run's seed and her index, so the floors need no storage, do not depend on any
/// other draw and change none (switching `benefit by-floor` on changes no other number). A
/// `resident … floor N` declaration overrides the drawn floor.
public enum Floors {
    /// Floors of a walk-up: `1...6`.
    public static let range: ClosedRange<Int> = 1...6

    /// The drawn floor of resident i (0-based) in a run seeded with `seed`:
    /// `1 + ⌊6·u⌋` with `u = unit(mix(derive(derive(seed, "FLOR"), i)))` (SplitMix64).
    @inline(__always)
    public static func drawn(seed: UInt64, resident i: Int) -> Int {
        let key = SplitMix64.derive(seed, 0x464C_4F52)
        let u = SplitMix64.unitInterval(SplitMix64.mix(SplitMix64.derive(key, UInt64(i))))
        return 1 + min(5, Int(u * 6))
    }

    /// The benefit of a by-floor facility to a served resident on `floor` (spec §12):
    /// `ground + (1 − ground)·(floor − 1)/5`, `ground` = ``SecondStageParameters/groundFloorBenefit``
    /// (0.2: `0.2 + 0.8·(floor − 1)/5`). `0...1`.
    @inline(__always)
    public static func benefit(floor: Int, ground: Double) -> Double {
        ground + (1 - ground) * Double(floor - 1) / 5
    }
}

extension Model {
    /// Resident i's floor, `1...6` (spec §12): her `resident … floor` override, else the drawn one.
    public func floor(of i: Int) -> Int {
        scenario.overrides[i]?.floor ?? Floors.drawn(seed: scenario.seed, resident: i)
    }

    /// Every resident's floor, in index order (one pass, for the processes and queries).
    public var floors: [Int] {
        var out = (0..<population.count).map { Floors.drawn(seed: scenario.seed, resident: $0) }
        for (i, o) in scenario.overrides where i < out.count { if let fl = o.floor { out[i] = fl } }
        return out
    }

    /// The benefit `benefit_if` of facility f to resident i in §4's attitude: 1 if served (by-floor:
    /// ``Floors/benefit(floor:ground:)`` of her floor, spec §12), else `nonServedBenefit·publicness`.
    @inline(__always)
    func benefit(_ spec: FacilitySpec, _ i: Int, floor: Int?) -> Double {
        guard serves(spec, i) else { return scenario.parameters.nonServedBenefit * spec.publicness }
        guard spec.benefit == .byFloor else { return 1 }
        return Floors.benefit(
            floor: floor ?? self.floor(of: i), ground: scenario.parameters.secondStageValues.groundFloorBenefit)
    }
}
