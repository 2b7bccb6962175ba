import CoprodModel

extension Interpreter {
    /// Warns, before a query or `run until` runs, about each comparison of a field with a number
    /// outside the field's range (from the metric registry): `trust > 80` can never hold, since
    /// trust runs from 0 to 1. When the number reads as a percentage of a 0–1 field, the hint
    /// offers the fraction (`did you mean 0.8?`). Fields that do not resolve are left to the
    /// command, which reports them as errors.
    func warnAboutRanges(in command: Command) {
        let model = state.model
        let resident: (FieldRef) -> Field? = { try? Fields.resident($0, in: model) }
        let modelLevel: (FieldRef) -> Field? = { try? Fields.model($0, in: model) }
        switch command {
        case .count(let filter, _): warnAboutRanges(filter, resident)
        case .rate(let e, let filter, _):
            warnAboutRanges(e, resident)
            warnAboutRanges(filter, resident)
        case .mean(_, let filter, _), .hist(_, let filter): warnAboutRanges(filter, resident)
        case .run(.until(let e, _)):
            // A condition no value can satisfy is refused by `run` itself, with the range.
            if NeverHolds.reason(e, in: model) == nil { warnAboutRanges(e, modelLevel) }
        default: break
        }
    }

    private func warnAboutRanges(_ e: Expression?, _ resolve: (FieldRef) -> Field?) {
        guard let e else { return }
        switch e {
        case .and(let l, let r), .or(let l, let r):
            warnAboutRanges(l, resolve)
            warnAboutRanges(r, resolve)
        case .not(let x, _):
            warnAboutRanges(x, resolve)
        case .comparison(.field(let ref), _, .number(let n), _), .comparison(.number(let n), _, .field(let ref), _):
            guard let field = resolve(ref), let range = field.metric.range, !range.contains(n.value) else { return }
            let percentage = range == 0...1 && n.value > 1 && n.value <= 100
            let warning = Diagnostic(
                .warning, .comparedOutsideRange(field: field.name, low: range.lowerBound, high: range.upperBound),
                at: n.range, hint: percentage ? .didYouMeanNumber(n.value / 100) : nil)
            emit(.warning(LocatedDiagnostic(warning, fileName: fileName, sourceLine: sourceLine)))
        case .comparison, .number, .string, .field:
            return
        }
    }
}
