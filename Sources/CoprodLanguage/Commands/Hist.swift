import CoprodModel

extension CommandRegistry {
    /// The `hist` command.
    static let hist = CommandDefinition(
        help: HelpEntry(
            name: "hist",
            syntax: "hist FIELD [where EXPR]",
            summary: Bilingual(
                en: "Shows how residents are spread over a resident field, as horizontal bars with counts: a number "
                    + "in ten bins over its range (0–1 for the traits), whole numbers such as building one bar each, "
                    + "a category (age, shed.stage) one bar per word. `where` picks the residents, as in count.",
                zh: "用带人数的横向条形图显示居民在某个居民字段上的分布：数值字段在其取值范围内分成十段"
                    + "（各项特征为 0–1），楼栋号这类整数每个值一条，类别字段（age、shed.stage）每个词一条。"
                    + "`where` 选出居民，用法与 count 相同。"),
            example: "hist trust where age = older",
            seeAlso: ["count", "mean", "fields"]),
        group: .looking,
        keywords: ["where"] + Vocabulary.logicalWords + Vocabulary.residentFields,
        parse: { p throws(Diagnostic) in
            let field = try p.fieldRef(.field, hint: .usageAndExample(command: "hist"))
            var condition: Expression?
            if try p.peekWord("where") {
                _ = try p.advance()
                condition = try p.expression()
            }
            return .hist(field, where: condition)
        },
        execute: { command, i throws(Diagnostic) in
            guard case .hist(let field, let filter) = command else { return }
            try i.hist(field, where: filter)
        })
}

extension Interpreter {
    /// Bins of a numeric `hist`.
    static let histBins = 10
    /// Whole-number fields with at most this many distinct values get one bar per value.
    static let histDistinctWholeNumbers = 20

    /// `hist FIELD [where C]`: counts of the selected residents per word or per bin.
    func hist(_ ref: FieldRef, where filter: Expression?) throws(Diagnostic) {
        let model = state.model
        let field = try Fields.resident(ref, in: model)
        if field.isWeekValue {
            throw Diagnostic(
                .histNeedsResidentField(field.name), at: ref.range, hint: .plotItOverWeeks(code: "plot \(field.name)"))
        }
        let compiler = ExpressionCompiler { (r) throws(Diagnostic) in try Fields.resident(r, in: model) }
        let keep = try filter.map { (f) throws(Diagnostic) in try compiler.condition(f) }
        let rows = (0..<model.residentCount).filter { keep?($0) ?? true }
        emit(
            .histogram(
                HistogramView(
                    field: field.name, metric: field.metric, filter: filter.map(ExpressionPrinter.text),
                    bins: Self.bins(rows.map(field.read), field.metric), total: rows.count)))
    }

    /// The bars of a histogram: one per category word (in declared order), one per whole number
    /// when there are few, otherwise ``histBins`` equal bins over the metric's range (or the values'
    /// own span when the range is open or much wider).
    static func bins(_ values: [FieldValue], _ metric: Metric) -> [HistogramView.Bin] {
        if case .category(let words) = metric.kind {
            return words.map { w in .init(label: .word(w), count: values.filter { $0 == .word(w) }.count) }
        }
        if case .flag = metric.kind {
            return [("no", 0.0), ("yes", 1.0)].map { w, v in
                .init(label: .word(w), count: values.filter { $0 == .number(v) }.count)
            }
        }
        var missing = 0
        var numbers: [Double] = []
        for v in values {
            guard case .number(let x) = v else { continue }
            if metric.kind == .week && x < 0 { missing += 1 } else { numbers.append(x) }
        }
        var bins: [HistogramView.Bin] = []
        let whole = metric.kind == .count || metric.kind == .week
        let distinct = Set(numbers).sorted()
        if whole && distinct.count <= histDistinctWholeNumbers {
            bins = distinct.map { x in
                .init(label: .range(x, x + 1, last: false), count: numbers.filter { $0 == x }.count)
            }
        } else if !numbers.isEmpty || metric.range.map({ $0.upperBound.isFinite }) == true {
            var lo = metric.range?.lowerBound ?? 0
            var hi = metric.range?.upperBound ?? 1
            if !hi.isFinite || whole, let a = numbers.min(), let b = numbers.max() {
                lo = a
                hi = max(b, a + 1)
            }
            var step = (hi - lo) / Double(histBins)
            if whole { step = max(1, step.rounded(.up)) }
            var counts = Array(repeating: 0, count: histBins)
            for x in numbers { counts[min(histBins - 1, max(0, Int(((x - lo) / step).rounded(.down))))] += 1 }
            let used = whole ? min(histBins, Int(((hi - lo) / step).rounded(.down)) + 1) : histBins
            bins = (0..<used).map { k in
                let a = lo + Double(k) * step
                return .init(
                    label: .range(a, k == used - 1 && !whole ? hi : a + step, last: k == used - 1 && !whole),
                    count: counts[k])
            }
        }
        if missing > 0 { bins.append(.init(label: .none, count: missing)) }
        return bins
    }
}
