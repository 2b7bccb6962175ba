/// About how much memory a model of a scenario needs while it runs, measured on a debug build
/// (Linux, x86-64, 2026-12-01, `/usr/bin/time -v`, maximum resident set): a community of 1,000,000
/// residents without facilities took 220 MB built and 2,000,000 took 415 MB (≈ 195 bytes a
/// resident); with the three facilities of the default example and one step, 363 MB and 697 MB
/// (≈ 335 bytes a resident, so ≈ 47 bytes a resident and facility). The process itself took 27 MB.
///
/// docs/PERFORMANCE.md measured the release build lower: a peak of 245 bytes a resident at
/// 1,000,000 residents with the three facilities after 52 weeks, the whole process included; the
/// debug figures are kept, so that the estimate holds for either build.
///
/// The estimate rounds these up (200 and 50 bytes) and assumes at least three facilities, since a
/// script declares its community before its facilities. It is checked before a community is built,
/// so that a size the machine cannot hold is refused with an error instead of a crash, and before
/// each facility added later (``bytes(addingFacilityTo:facilities:)``).
public enum MemoryEstimate {
    /// Bytes a resident needs without facilities (measured ≈ 195, see above).
    public static let bytesPerResident = 200
    /// Bytes a resident needs for each facility (measured ≈ 47, see above).
    public static let bytesPerResidentAndFacility = 50

    /// Bytes a model of `residents` residents and `facilities` facilities needs, beyond the process.
    /// - Parameters:
    ///   - residents: `0...1_000_000_000_000_000` (10¹⁵, above `Limits.maxPopulation`, so that a
    ///     size the session refuses can still be said to need so much; the product stays inside `Int`).
    ///   - facilities: `0...Limits.maxFacilities`.
    /// - Returns: Bytes, `0...`.
    public static func bytes(residents: Int, facilities: Int) -> Int {
        residents * (bytesPerResident + bytesPerResidentAndFacility * max(3, facilities))
    }

    /// Bytes that adding one facility to a model of `residents` residents that has `facilities`
    /// facilities needs while it is added: the per-resident state of every facility (stage, channel,
    /// flags, satisfaction, fatigue, ≈ 50 bytes a resident and facility) is copied into arrays one
    /// facility longer, since the session keeps the model as it was until the change succeeds.
    /// - Parameters:
    ///   - residents: `0...Limits.maxPopulation`.
    ///   - facilities: the facilities before the new one, `0..<Limits.maxFacilities`.
    /// - Returns: bytes beyond what the model already uses.
    public static func bytes(addingFacilityTo residents: Int, facilities: Int) -> Int {
        residents * bytesPerResidentAndFacility * (facilities + 1)
    }
}
