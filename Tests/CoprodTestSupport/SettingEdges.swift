import CoprodModel

/// Values at the edges of a setting's type (and one inside), for round-trip tests over the
/// settings registry.
public enum SettingEdges {
    /// The edge values of `type`: both ends of a range and its middle, the first and last words,
    /// an empty and a quoted, Chinese text, and each kind of `serves`.
    /// - Parameters:
    ///   - type: The setting's type.
    ///   - maxBuilding: The highest building number to use for `serves building N`.
    /// - Returns: Values of `type`, each within its range.
    public static func values(_ type: SettingType, maxBuilding: Int = Int(SettingsRegistry.buildings.upperBound))
        -> [SettingValue]
    {
        switch type {
        case .real(let r): [.real(r.lowerBound), .real(r.upperBound), .real((r.lowerBound + r.upperBound) / 2)]
        case .integer(let r): [.integer(Int(r.lowerBound)), .integer(Int(r.upperBound))]
        case .category(let words): [words.first, words.last].compactMap { $0.map(SettingValue.word) }
        case .text: [.text(""), .text("Qinghe 清河 \"north\" \\ end")]
        case .beneficiaries:
            [
                .beneficiaries(.all), .beneficiaries(.building(1)), .beneficiaries(.building(maxBuilding)),
                .beneficiaries(.age(.young)), .beneficiaries(.age(.older)), .beneficiaries(.tenure(.renter)),
            ]
        }
    }
}
