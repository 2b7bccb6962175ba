/// SplitMix64 (Steele, Lea & Flood 2014; the reference C code is by Sebastiano Vigna, public domain).
///
/// coprod uses it in two ways:
/// - to expand a 64-bit seed into the 256-bit state of ``Xoshiro256StarStar``;
/// - as a **counter-based** generator: output number `n` of a SplitMix64 stream started at `key`
///   is `mix(key + (n+1)·γ)`, so any draw can be computed directly from its coordinates
///   (week, process, facility, resident) without a shared mutable stream. That is what makes a step's
///   decisions synchronous and independent of resident order and thread count (spec §2, §10).
public struct SplitMix64: Sendable {
    /// The golden-ratio increment γ = 0x9E3779B97F4A7C15.
    public static let gamma: UInt64 = 0x9E37_79B9_7F4A_7C15

    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// The next 64-bit output.
    public mutating func next() -> UInt64 {
        state &+= Self.gamma
        return Self.mix(state)
    }

    /// SplitMix64's output function (Stafford's "Mix13"): a bijective avalanche of 64 bits.
    @inline(__always)
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A key for an independent sub-stream: mixes `parent` with a small label.
    @inline(__always)
    public static func derive(_ parent: UInt64, _ label: UInt64) -> UInt64 {
        mix(parent ^ mix(label &+ gamma))
    }

    /// A uniform double in `0..<1` from 64 random bits (the top 53 bits).
    @inline(__always)
    public static func unitInterval(_ bits: UInt64) -> Double {
        Double(bits >> 11) * 0x1.0p-53
    }
}
