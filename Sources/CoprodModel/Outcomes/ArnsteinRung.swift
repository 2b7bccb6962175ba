/// The rungs of Arnstein's ladder of citizen participation (Arnstein 1969), lowest first: 1–2
/// non-participation, 3–5 tokenism, 6–8 citizen power.
public enum ArnsteinRung: Int, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    case manipulation = 1
    case therapy
    case informing
    case consultation
    case placation
    case partnership
    case delegatedPower
    case citizenControl

    /// The rung of a facility (spec §12 "Arnstein rung"), a teaching metric and not a cause:
    /// `1 + ⌊7·(0.4·role + 0.3·responsiveness + 0.3·autonomy) + 0.5⌋`, in `1...8`.
    /// - Parameters:
    ///   - role: the government's role on the facility this week, `0...1` (0 director, 1 enabler);
    ///   - responsiveness: the responsiveness in force this week, `0...1` (after role-shift and council);
    ///   - autonomy: the facility's autonomy share, `0...1` (spec §9).
    /// Inputs outside `0...1` are clamped. Source: Arnstein (1969), spec §12.
    public init(role: Double, responsiveness: Double, autonomy: Double) {
        let level = Self.score(role: role, responsiveness: responsiveness, autonomy: autonomy)
        let r = 1 + Int((7 * level + 0.5).rounded(.down))
        self = ArnsteinRung(rawValue: min(8, max(1, r))) ?? .manipulation
    }

    /// The weighted score behind the rung, `0...1`: `0.4·role + 0.3·responsiveness + 0.3·autonomy`
    /// (each input clamped to `0...1`).
    public static func score(role: Double, responsiveness: Double, autonomy: Double) -> Double {
        0.4 * clamp01(role) + 0.3 * clamp01(responsiveness) + 0.3 * clamp01(autonomy)
    }

    /// A stable identifier (`manipulation` … `citizenControl`); the words users read are in the
    /// language library's catalogue.
    public var description: String {
        switch self {
        case .manipulation: "manipulation"
        case .therapy: "therapy"
        case .informing: "informing"
        case .consultation: "consultation"
        case .placation: "placation"
        case .partnership: "partnership"
        case .delegatedPower: "delegatedPower"
        case .citizenControl: "citizenControl"
        }
    }
}
