import Dispatch
import Foundation

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
    /// anyone else. Ties come from a stream of their own and depend only on the buildings (a build
    /// on several cores draws them beside the traits).
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
        try self.init(
            size: size, profile: profile, seed: seed, overrides: overrides, parameters: parameters, progress: progress,
            threads: Population.buildThreads(size))
    }

    /// The threads a build of `size` residents uses: all cores from ``parallelBuildSize`` residents
    /// on, else one (the population is the same for any number).
    static func buildThreads(_ size: Int) -> Int {
        size >= parallelBuildSize ? max(1, min(8, ProcessInfo.processInfo.activeProcessorCount)) : 1
    }

    /// From this many residents on a build uses every core (below it, starting threads costs more
    /// than it saves).
    static let parallelBuildSize = 4 * buildProgressInterval

    /// Draws a population as ``init(size:profile:seed:overrides:parameters:progress:)`` does, on
    /// `threads` threads; the result does not depend on `threads` (each resident's traits come from
    /// her own stream, the ties from one stream of their own). The residents are drawn in blocks
    /// of ``buildProgressInterval``, `threads` blocks at a time, after asking `progress` about each
    /// block in order, so `progress` is asked exactly as by a one-thread build, always on the
    /// calling thread. Without `progress`, the ties (which depend only on the buildings) are
    /// built on one thread while the other threads draw the traits.
    init(
        size: Int, profile: Profile, seed: UInt64, overrides: [Int: ResidentOverrides], parameters: Parameters,
        progress: BuildProgress?, threads: Int
    ) throws(ModelError) {
        count = size
        let shares = profile.ageShares
        let block = max(1, parameters.blockSize)
        // The shapes of the seven Beta draws, in draw order; time and digital depend on age.
        let fixed = [profile.need, profile.efficacy, profile.trust, profile.attachment, profile.skill]
        let timeShape = AgeGroup.allCases.map { profile.time($0) }
        let digitalShape = AgeGroup.allCases.map { profile.digital($0) }
        let ownerShare = profile.ownerShare
        let noOverrides = overrides.isEmpty
        // Buildings come from the index (or an override), not from a draw.
        var building = [Int32](repeating: 0, count: size)
        for i in 0..<size {
            building[i] = Int32(noOverrides ? i / block + 1 : (overrides[i]?.building ?? (i / block + 1)))
        }
        var age = [AgeGroup](repeating: .young, count: size)
        var tenure = [Tenure](repeating: .owner, count: size)
        // The seven columns are filled in place, a resident at a time.
        var need = [Double](repeating: 0, count: size)
        var efficacy = need
        var trust = need
        var attachment = need
        var time = need
        var skill = need
        var digital = need
        let blocks = (size + buildProgressInterval - 1) / buildProgressInterval
        let threads = max(1, min(threads, blocks))
        let overlapTies = progress == nil && threads > 1
        let kIn = parameters.kIn
        let kOut = parameters.kOut
        let tieSeed = SplitMix64.derive(seed, 0x7165_7321)
        var stopped = false
        let tieSlot = TieSlot()
        let buildings = building
        age.withUnsafeMutableBufferPointer { age in
            tenure.withUnsafeMutableBufferPointer { tenure in
                need.withUnsafeMutableBufferPointer { c0 in
                    efficacy.withUnsafeMutableBufferPointer { c1 in
                        trust.withUnsafeMutableBufferPointer { c2 in
                            attachment.withUnsafeMutableBufferPointer { c3 in
                                time.withUnsafeMutableBufferPointer { c4 in
                                    skill.withUnsafeMutableBufferPointer { c5 in
                                        digital.withUnsafeMutableBufferPointer { c6 in
                                            let draw = TraitDraw(
                                                size: size, seed: seed, shares: shares, ownerShare: ownerShare,
                                                fixed: fixed, timeShape: timeShape, digitalShape: digitalShape,
                                                overrides: noOverrides ? nil : overrides, age: age, tenure: tenure,
                                                columns: (c0, c1, c2, c3, c4, c5, c6))
                                            if threads == 1 {
                                                for b in 0..<blocks {
                                                    if !buildGoesOn(
                                                        progress, resident: b * buildProgressInterval, of: size,
                                                        phase: 0)
                                                    {
                                                        stopped = true
                                                        break
                                                    }
                                                    draw.block(b)
                                                }
                                            } else if overlapTies {
                                                // The calling thread builds the ties (so their memory comes
                                                // from its own heap, as in a one-thread build), then helps with
                                                // the blocks; the other threads take the next block not yet
                                                // taken until none is left.
                                                let queue = BlockQueue(blocks)
                                                let group = DispatchGroup()
                                                for _ in 1..<threads {
                                                    DispatchQueue.global().async(group: group) {
                                                        while let b = queue.take() { draw.block(b) }
                                                    }
                                                }
                                                var tieRng = Xoshiro256StarStar(seed: tieSeed)
                                                tieSlot.ties = SocialTies(
                                                    building: buildings, kIn: kIn, kOut: kOut, rng: &tieRng)
                                                while let b = queue.take() { draw.block(b) }
                                                group.wait()
                                            } else {
                                                var next = 0
                                                while next < blocks && !stopped {
                                                    let end = min(blocks, next + threads)
                                                    var go = end
                                                    for b in next..<end
                                                    where !buildGoesOn(
                                                        progress, resident: b * buildProgressInterval, of: size,
                                                        phase: 0)
                                                    {
                                                        go = b
                                                        stopped = true
                                                        break
                                                    }
                                                    let first = next
                                                    DispatchQueue.concurrentPerform(iterations: go - first) {
                                                        draw.block(first + $0)
                                                    }
                                                    next = end
                                                }
                                            }
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
        if let builtTies = tieSlot.ties {
            ties = builtTies
        } else {
            var tieRng = Xoshiro256StarStar(seed: tieSeed)
            ties = try SocialTies(building: building, kIn: kIn, kOut: kOut, rng: &tieRng, progress: progress)
        }
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

/// The trait draws of a population build over its columns: blocks of residents drawn on any
/// thread, each writing only its own residents' slots (hence `@unchecked Sendable`: the buffers
/// are shared, the slots are not).
private struct TraitDraw: @unchecked Sendable {
    let size: Int
    let seed: UInt64
    let shares: [Double]
    let ownerShare: Double
    let fixed: [BetaShape]
    let timeShape: [BetaShape]
    let digitalShape: [BetaShape]
    let overrides: [Int: ResidentOverrides]?
    let age: UnsafeMutableBufferPointer<AgeGroup>
    let tenure: UnsafeMutableBufferPointer<Tenure>
    let columns:
        (
            UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>,
            UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>, UnsafeMutableBufferPointer<Double>,
            UnsafeMutableBufferPointer<Double>
        )

    /// Draws the residents of block b (``buildProgressInterval`` residents), each from her own
    /// xoshiro256** stream: age, tenure, then the seven Beta draws (need, efficacy, trust,
    /// attachment, time, skill, digital); an overridden age selects the age-specific shapes.
    func block(_ b: Int) {
        let (c0, c1, c2, c3, c4, c5, c6) = columns
        // Each shape's Gamma constants once per block, not once per draw (the same draws).
        let k = fixed.map(BetaConstants.init)
        let kTime = timeShape.map(BetaConstants.init)
        let kDigital = digitalShape.map(BetaConstants.init)
        let lo = b * buildProgressInterval
        for i in lo..<min(size, lo + buildProgressInterval) {
            var rng = Xoshiro256StarStar(seed: SplitMix64.derive(seed, UInt64(i)))
            let o = overrides?[i]
            let u = rng.nextUnit()
            var a: AgeGroup = u < shares[0] ? .young : (u < shares[0] + shares[1] ? .middle : .older)
            var t: Tenure = rng.nextUnit() < ownerShare ? .owner : .renter
            if let oa = o?.age { a = oa }
            if let ot = o?.tenure { t = ot }
            age[i] = a
            tenure[i] = t
            c0[i] = rng.nextBeta(k[0])
            c1[i] = rng.nextBeta(k[1])
            c2[i] = rng.nextBeta(k[2])
            c3[i] = rng.nextBeta(k[3])
            c4[i] = rng.nextBeta(kTime[Int(a.rawValue)])
            c5[i] = rng.nextBeta(k[4])
            c6[i] = rng.nextBeta(kDigital[Int(a.rawValue)])
        }
    }
}

/// The ties built on another thread, read once that thread has finished.
private final class TieSlot: @unchecked Sendable {
    var ties: SocialTies?
}

/// The blocks of a build not yet taken by a thread, handed out in order under a lock (one question
/// per block of ``buildProgressInterval`` residents).
private final class BlockQueue: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private let count: Int
    init(_ count: Int) { self.count = count }
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < count else { return nil }
        next += 1
        return next - 1
    }
}
