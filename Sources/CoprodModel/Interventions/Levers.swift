/// The per-facility parameters of one step after the active interventions are applied
/// (step 1 of spec §2, effects from the table of spec §7).
public struct Levers: Hashable, Sendable {
    /// Mobilisation effort `outreach_f`. `0...1`.
    public var outreach: Double
    /// `incentive_f`, the material reward. `0...1`.
    public var incentive = 0.0
    /// `info_f`, publicity. `0...1`.
    public var information = 0.0
    /// `platform`, the strength of an online platform. `0...1`.
    public var platform = 0.0
    /// `platformEase = platformEaseGain·strength` (0.3·strength by default).
    public var platformEase = 0.0
    /// Visibility including the platform's `+platformVisibility·strength` (0.2·strength). `0...1`.
    public var visibility: Double
    /// Emotional engagement strength on this facility. `0...1`.
    public var emotional = 0.0
    /// Capacity building strength. `0...1`.
    public var training = 0.0
    /// Council strength. `0...1`.
    public var council = 0.0
    /// The council's cut of design-phase demand, `councilDemand·council` (0.3·strength by default).
    public var designDemandCut = 0.0
    /// Responsiveness after role-shift (`+roleShiftResponsiveness·s`, 0.3·s) and council
    /// (`+councilResponsiveness·s`, 0.2·s). `0...1`.
    public var responsiveness: Double
    /// Where role-shift pulls the role (`role₀ + strength`, at most 1), or nil if none is active.
    public var roleTarget: Double?

    /// The `demand` of perceived control in `phase` (the parameters' phase table, spec §4), with the
    /// council's cut in design (spec §7).
    public func demand(in phase: Phase, _ p: Parameters) -> Double {
        phase == .design ? max(0, p.demand(phase) - designDemandCut) : p.demand(phase)
    }
}

/// The fit table of differentiated management (spec §9): which interventions suit which type.
public enum InterventionFit {
    /// Kinds that fit each type.
    public static func fits(_ kind: InterventionKind, _ type: FacilityType) -> Bool {
        switch type {
        case .mobilisedCompliance: [.roleShift, .techPlatform, .incentive, .information].contains(kind)
        case .guidedCoConstruction: [.emotionalCare, .council, .outreach].contains(kind)
        case .interestDrivenSelfHelp: [.training, .techPlatform, .council].contains(kind)
        case .autonomousCoCreation: [.emotionalCare, .training].contains(kind)
        }
    }

    /// `fit(type, kind)`: 1.0 where the kind fits, `misfit` (``Parameters/differentiatedMisfit``,
    /// 0.5 by default) where it does not.
    public static func factor(_ kind: InterventionKind, _ type: FacilityType, misfit: Double = 0.5) -> Double {
        fits(kind, type) ? 1.0 : misfit
    }
}

extension Levers {
    /// Applies the interventions active at week `t` to one facility (spec §7).
    ///
    /// Several interventions of one kind on the same facility do not add up: the strongest applies.
    /// When `differentiated` is active on the facility, every other kind's strength is multiplied by
    /// ``InterventionFit/factor(_:_:)`` for the facility's current type.
    /// - Parameters:
    ///   - spec: the facility.
    ///   - type: its current type (for differentiated management).
    ///   - government: base settings.
    ///   - interventions: all interventions of the scenario.
    ///   - t: the week.
    ///   - p: the model's constants (the §7 factors and the misfit of differentiated management).
    /// - Returns: The levers of the facility that week.
    static func compute(
        for spec: FacilitySpec, type: FacilityType, government: Government,
        interventions: [Intervention], at t: Int, parameters p: Parameters
    ) -> Levers {
        var strongest: [InterventionKind: Double] = [:]
        for iv in interventions where iv.isActive(at: t) && iv.applies(to: spec.name) {
            strongest[iv.kind] = max(strongest[iv.kind] ?? 0, iv.strength)
        }
        let differentiated = (strongest[.differentiated] ?? 0) > 0
        func s(_ kind: InterventionKind) -> Double? {
            guard let v = strongest[kind] else { return nil }
            return differentiated ? v * InterventionFit.factor(kind, type, misfit: p.differentiatedMisfit) : v
        }
        var l = Levers(
            outreach: spec.baseOutreach, visibility: spec.visibility,
            responsiveness: government.responsiveness)
        if let v = s(.outreach) { l.outreach = v }
        if let v = s(.incentive) { l.incentive = v }
        if let v = s(.information) { l.information = v }
        if let v = s(.techPlatform) {
            l.platform = v
            l.platformEase = p.platformEaseGain * v
            l.visibility = clamp01(spec.visibility + p.platformVisibility * v)
        }
        // A market partner makes its facility more visible for the whole run (spec §12).
        if spec.activePartner != nil { l.visibility = clamp01(l.visibility + p.secondStageValues.partnerVisibility) }
        if let v = s(.emotionalCare) { l.emotional = v }
        if let v = s(.training) { l.training = v }
        if let v = s(.council) {
            l.council = v
            l.designDemandCut = p.councilDemand * v
            l.responsiveness += p.councilResponsiveness * v
        }
        if let v = s(.roleShift) {
            l.roleTarget = min(1, government.role + v)
            l.responsiveness += p.roleShiftResponsiveness * v
        }
        l.responsiveness = clamp01(l.responsiveness)
        return l
    }
}
