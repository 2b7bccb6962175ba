extension Model {
    /// True when resident i is performative on facility f this week (spec §12; 杨帆 2020): the rule
    /// is on (`community … performative on`), she is active on f, entered it through the mobilised
    /// channel, and her identification after this week's cognitive process is below
    /// `performativeIdentification` (0.3). She counts as active but adds nothing to co-design
    /// coverage, and her input is multiplied by `performativeInput` (0.3).
    @inline(__always)
    public func isPerformative(_ f: Int, _ i: Int) -> Bool {
        let k = f * population.count + i
        return scenario.performative && stage[k] == .active && channel[k] == .mobilised
            && population.identification[i] < scenario.parameters.secondStageValues.performativeIdentification
    }

    /// Why resident i is or is not performative on f now (for `explain`); nil when the rule is off
    /// or she is not active on f.
    public func performativeTerms(_ f: Int, _ i: Int) -> PerformativeTerms? {
        let k = f * population.count + i
        guard scenario.performative, stage[k] == .active else { return nil }
        let p = scenario.parameters.secondStageValues
        return PerformativeTerms(
            channel: channel[k], identification: population.identification[i],
            threshold: p.performativeIdentification, inputFactor: p.performativeInput)
    }
}

/// The terms of performative participation for one active resident on one facility (spec §12).
public struct PerformativeTerms: Hashable, Sendable {
    /// How she entered the facility.
    public var channel: Channel
    /// Her identification after the latest cognitive process, `0...1`.
    public var identification: Double
    /// `performativeIdentification`: below it a mobilised participant is performative.
    public var threshold: Double
    /// `performativeInput`: the factor on a performative participant's input.
    public var inputFactor: Double

    /// Mobilised and identification below the threshold.
    public var performative: Bool { channel == .mobilised && identification < threshold }
}
