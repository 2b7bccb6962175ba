import CoprodModel

/// The weekly outcome series that `export "F.csv"` writes: one row per week 0…now, the community
/// metrics of ``MetricRegistry/community`` (from `week`), then for each facility, in scenario
/// order, every metric of ``MetricRegistry/facility`` as `NAME.METRIC` (`shed.retention`). A metric
/// added to the registry becomes a column by itself.
///
/// Cells: numbers and shares with six decimals, counts as integers, flags as 1 or 0, categories as
/// their word, a week as its number or empty while absent; a facility added mid-run has empty
/// cells in the weeks before it existed. The same run always gives the same bytes.
public enum CSVExport {
    static func series(_ model: Model) -> String {
        let names = model.scenario.facilities.map(\.name)
        var header = MetricRegistry.community.map(\.name)
        for n in names { header += MetricRegistry.facility.map { "\(n).\($0.name)" } }
        var lines = [header.joined(separator: ",")]
        for r in model.history {
            var row = MetricRegistry.community.map { cell($0.value(in: r)) }
            for n in names {
                let o = r.facilities.first { $0.name == n }
                row += MetricRegistry.facility.map { metric in cell(o.flatMap(metric.value(of:))) }
            }
            lines.append(row.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One cell; empty for no value.
    public static func cell(_ v: MetricValue?) -> String {
        switch v {
        case .number(let x)?: Format.fixed(x, 6)
        case .count(let n)?: String(n)
        case .flag(let b)?: b ? "1" : "0"
        case .word(let w)?: w
        case .week(let w)?: w.map(String.init) ?? ""
        case nil: ""
        }
    }
}
