import Foundation

/// A market partner (社会资本合作方, PPP; spec §12, 王欢明 2022): a third producer on one facility
/// until it is complete, `partner on F budget B fee φ`.
public struct MarketPartner: Hashable, Sendable {
    /// `B`: the partner's input `P`, work units per week while the facility is not complete,
    /// `0...1000`.
    public var budget: Double
    /// `φ`: the fee, work units of the government's input per unit of `B`, `0...1`
    /// (`G = max(0, budget·(1−0.5·role) − φ·B)`).
    public var fee: Double

    public init(budget: Double, fee: Double = 0) {
        self.budget = budget
        self.fee = fee
    }

    /// The range of ``budget`` (the government's own budget range).
    public static let budgets: ClosedRange<Double> = 0...1000
    /// The range of ``fee``.
    public static let fees: ClosedRange<Double> = 0...1
}

extension FacilitySpec {
    /// The market partner in force: ``partner`` unless its budget is 0 (a sweep's "no partner"
    /// cell, `--vary F.partnerBudget=0,…`), which acts as no partner at all (spec §12).
    public var activePartner: MarketPartner? { partner.flatMap { $0.budget > 0 ? $0 : nil } }
}

extension MarketPartner {
    /// The government's input with the partner's fee taken out: `max(0, g − φ·B)`, `g` its input
    /// without a partner (work units this week).
    @inline(__always)
    func governmentInput(_ g: Double) -> Double { max(0, g - fee * budget) }

    /// The co-production output with three producers (spec §12):
    /// `Q = (a(1−b)·G^ρ + b·P^ρ + (1−a)(1−b)·E^ρ)^(1/ρ)`, `P = B`; at ρ = 0.5 computed as the
    /// square of the weighted sum of roots, like the two-producer case.
    /// - Parameters:
    ///   - a: the government's share of the phase (spec §5).
    ///   - b: `partnerShare`.
    ///   - rho: `cesRho`.
    ///   - g: government input after the fee, work units.
    ///   - pIn: the partner's input `P = B`, work units.
    ///   - e: the residents' input, work units.
    /// - Returns: `Q`, work units this week.
    static func output(
        a: Double, b: Double, rho: Double, government g: Double, partner pIn: Double, residents e: Double
    )
        -> Double
    {
        if rho == 0.5 {
            let root = a * (1 - b) * g.squareRoot() + b * pIn.squareRoot() + (1 - a) * (1 - b) * e.squareRoot()
            return root * root
        }
        return pow(a * (1 - b) * pow(g, rho) + b * pow(pIn, rho) + (1 - a) * (1 - b) * pow(e, rho), 1 / rho)
    }
}
