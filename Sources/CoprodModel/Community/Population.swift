/// Changes to one resident's drawn traits, from a `resident` declaration (spec §1: "users may also
/// set any field per resident"). Unset fields keep their drawn values.
public struct ResidentOverrides: Hashable, Sendable {
    public var age: AgeGroup?
    public var tenure: Tenure?
    /// 1-based building number.
    public var building: Int?
    /// ResidentTrait values in `0...1`.
    public var traits: [ResidentTrait: Double] = [:]
    /// Floor `1...6` (spec §12); nil keeps the drawn floor (``Model/floor(of:)``).
    public var floor: Int?
    /// Flagged an activist (true) or not (false) whatever the community's share says; nil follows
    /// the share (spec §12, `Community/Activists.swift`).
    public var activist: Bool?

    public init(
        age: AgeGroup? = nil, tenure: Tenure? = nil, building: Int? = nil, traits: [ResidentTrait: Double] = [:]
    ) {
        self.age = age
        self.tenure = tenure
        self.building = building
        self.traits = traits
    }

    public var isEmpty: Bool {
        age == nil && tenure == nil && building == nil && traits.isEmpty && floor == nil && activist == nil
    }

    /// Later settings win.
    public mutating func merge(_ other: ResidentOverrides) {
        if let a = other.age { age = a }
        if let t = other.tenure { tenure = t }
        if let b = other.building { building = b }
        if let fl = other.floor { floor = fl }
        traits.merge(other.traits) { _, new in new }
        if let a = other.activist { activist = a }
    }
}

/// The residents of a community as a structure of arrays (one array per field, index = resident),
/// so the step loops read contiguous memory. Influencing factors and the cognitive state that is
/// per resident (identification, responsibility) live here; per-facility state is in `Model`.
public struct Population: Sendable {
    public let count: Int
    public internal(set) var age: [AgeGroup]
    public internal(set) var tenure: [Tenure]
    /// 1-based building numbers; by default blocks of `blockSize` residents in index order.
    public internal(set) var building: [Int32]
    public internal(set) var need: [Double]
    public internal(set) var efficacy: [Double]
    public internal(set) var trust: [Double]
    public internal(set) var attachment: [Double]
    public internal(set) var time: [Double]
    public internal(set) var skill: [Double]
    public internal(set) var digital: [Double]
    public internal(set) var identification: [Double]
    public internal(set) var responsibility: [Double]
    public let ties: SocialTies

    /// Draws a population (spec §1).
    ///
    /// Resident i's traits come from her own xoshiro256** stream, seeded with
    /// `SplitMix64.derive(seed, i)`, in the order age, tenure, need, efficacy, trust, attachment,
    /// time, skill, digital; overrides are applied after the draw (an overridden age also selects
    /// the age-specific time and digital distributions), so naming one resident never changes
    /// anyone else. Ties are drawn last, from a stream of their own.
    /// - Parameters:
    ///   - size: number of residents, `1...`.
    ///   - profile: the community profile.
    ///   - seed: the run's seed.
    ///   - overrides: per resident index (0-based).
    ///   - parameters: for `blockSize`, `kIn`, `kOut`.
    public init(size: Int, profile: Profile, seed: UInt64, overrides: [Int: ResidentOverrides], parameters: Parameters)
    {
        do {
            try self.init(
                size: size, profile: profile, seed: seed, overrides: overrides, parameters: parameters, progress: nil)
        } catch {
            preconditionFailure("a build without progress cannot be cancelled")
        }
    }

    /// Draws a population as ``init(size:profile:seed:overrides:parameters:)`` does, asking
    /// `progress` as it goes (the same population whatever it is, unless it stops the draw).
    /// - Throws: ``ModelError/cancelled(residents:)`` when `progress` returned false.
    public init(
        size: Int, profile: Profile, seed: UInt64, overrides: [Int: ResidentOverrides], parameters: Parameters,
        progress: BuildProgress?
    ) throws(ModelError) {
        count = size
        let shares = profile.ageShares
        let block = max(1, parameters.blockSize)
        // The shapes of the seven Beta draws, in draw order; time and digital depend on age.
        let fixed = [profile.need, profile.efficacy, profile.trust, profile.attachment, profile.skill]
        let timeShape = AgeGroup.allCases.map { profile.time($0) }
        let digitalShape = AgeGroup.allCases.map { profile.digital($0) }
        let ownerShare = profile.ownerShare
        var age = [AgeGroup](repeating: .young, count: size)
        var tenure = [Tenure](repeating: .owner, count: size)
        var building = [Int32](repeating: 0, count: size)
        let noOverrides = overrides.isEmpty
        // Draws resident i (her own stream): age, tenure, building, then the seven Beta draws
        // into `out[0...6]` (need, efficacy, trust, attachment, time, skill, digital).
        func draw(_ i: Int, _ out: UnsafeMutablePointer<Double>) -> (AgeGroup, Tenure, Int32) {
            var rng = Xoshiro256StarStar(seed: SplitMix64.derive(seed, UInt64(i)))
            let o = noOverrides ? nil : overrides[i]
            let u = rng.nextUnit()
            var a: AgeGroup = u < shares[0] ? .young : (u < shares[0] + shares[1] ? .middle : .older)
            var t: Tenure = rng.nextUnit() < ownerShare ? .owner : .renter
            if let oa = o?.age { a = oa }
            if let ot = o?.tenure { t = ot }
            for c in 0..<4 { out[c] = rng.nextBeta(fixed[c].a, fixed[c].b) }
            let ts = timeShape[Int(a.rawValue)]
            out[4] = rng.nextBeta(ts.a, ts.b)
            out[5] = rng.nextBeta(fixed[4].a, fixed[4].b)
            let ds = digitalShape[Int(a.rawValue)]
            out[6] = rng.nextBeta(ds.a, ds.b)
            return (a, t, Int32(o?.building ?? (i / block + 1)))
        }
        var stopped = false
        // The seven columns are filled in place, a resident at a time.
        var need = [Double](repeating: 0, count: size)
        var efficacy = need
        var trust = need
        var attachment = need
        var time = need
        var skill = need
        var digital = need
        withUnsafeTemporaryAllocation(of: Double.self, capacity: 7) { row in
            // swift-format-ignore: NeverForceUnwrap
            let r = row.baseAddress!
            need.withUnsafeMutableBufferPointer { c0 in
                efficacy.withUnsafeMutableBufferPointer { c1 in
                    trust.withUnsafeMutableBufferPointer { c2 in
                        attachment.withUnsafeMutableBufferPointer { c3 in
                            time.withUnsafeMutableBufferPointer { c4 in
                                skill.withUnsafeMutableBufferPointer { c5 in
                                    digital.withUnsafeMutableBufferPointer { c6 in
                                        for i in 0..<size {
                                            if !buildGoesOn(progress, resident: i, of: size, phase: 0) {
                                                stopped = true
                                                break
                                            }
                                            (age[i], tenure[i], building[i]) = draw(i, r)
                                            (c0[i], c1[i], c2[i], c3[i]) = (r[0], r[1], r[2], r[3])
                                            (c4[i], c5[i], c6[i]) = (r[4], r[5], r[6])
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        if stopped { throw .cancelled(residents: size) }
        self.age = age
        self.tenure = tenure
        self.building = building
        self.need = need
        self.efficacy = efficacy
        self.trust = trust
        self.attachment = attachment
        self.time = time
        self.skill = skill
        self.digital = digital
        identification = attachment
        let responsibilityStart = parameters.responsibilityStart
        responsibility = attachment.map { responsibilityStart * $0 }
        var tieRng = Xoshiro256StarStar(seed: SplitMix64.derive(seed, 0x7165_7321))
        ties = try SocialTies(
            building: building, kIn: parameters.kIn, kOut: parameters.kOut, rng: &tieRng, progress: progress)
        for (i, o) in overrides where i < size {
            for (trait, value) in o.traits where trait != .identification && trait != .responsibility {
                self.set(trait, of: i, to: value)
            }
            identification[i] = o.traits[.identification] ?? attachment[i]
            responsibility[i] = o.traits[.responsibility] ?? responsibilityStart * attachment[i]
        }
    }

    /// The value of a trait for resident i (0-based).
    public func value(_ trait: ResidentTrait, of i: Int) -> Double {
        switch trait {
        case .need: need[i]
        case .efficacy: efficacy[i]
        case .trust: trust[i]
        case .attachment: attachment[i]
        case .time: time[i]
        case .skill: skill[i]
        case .digital: digital[i]
        case .identification: identification[i]
        case .responsibility: responsibility[i]
        }
    }

    /// Every resident's value of a trait, in resident order (the population's own array).
    public func column(_ trait: ResidentTrait) -> [Double] {
        switch trait {
        case .need: need
        case .efficacy: efficacy
        case .trust: trust
        case .attachment: attachment
        case .time: time
        case .skill: skill
        case .digital: digital
        case .identification: identification
        case .responsibility: responsibility
        }
    }

    /// Sets a trait of resident i, clamped to `0...1`.
    public mutating func set(_ trait: ResidentTrait, of i: Int, to value: Double) {
        let v = clamp01(value)
        switch trait {
        case .need: need[i] = v
        case .efficacy: efficacy[i] = v
        case .trust: trust[i] = v
        case .attachment: attachment[i] = v
        case .time: time[i] = v
        case .skill: skill[i] = v
        case .digital: digital[i] = v
        case .identification: identification[i] = v
        case .responsibility: responsibility[i] = v
        }
    }

    /// Changes age, tenure (building is fixed once ties are drawn).
    mutating func setDemography(_ i: Int, age a: AgeGroup?, tenure t: Tenure?) {
        if let a { age[i] = a }
        if let t { tenure[i] = t }
    }

    /// Number of buildings (the largest building number).
    public var buildingCount: Int { Int(building.max() ?? 0) }
}
