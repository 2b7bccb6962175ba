import CoprodModel

/// One line of `plot`: a field (as a query writes it) in one run, week by week.
public struct PlotSeries: Sendable, Hashable {
    /// The field as written in queries: `participation`, `shed.retention`.
    public var field: String
    /// The run it was read from; nil when the plot shows only the current run.
    public var run: String?
    /// The value at week 0, 1, … up to the run's week; nil where the field has no value (a facility
    /// added later, a week that has not happened yet).
    public var values: [MetricValue?]
}

/// `plot`: series over weeks that share one axis — numbers with the same unit and scale, or the
/// words of one categorical field (drawn as a strip).
public struct PlotView: Sendable {
    /// The metric of the first series (all series of a view share its kind, range and unit).
    public var metric: Metric
    public var series: [PlotSeries]
    /// The last week on the horizontal axis (the latest week of the runs shown).
    public var lastWeek: Int
    /// The notes `plot` printed before its first chart (a run behind the others), whose lines
    /// count in the terminal's height.
    public var notes: [Message] = []
    /// This chart's place among the charts of one `plot` (0, 1, …) and how many there are: they
    /// share the terminal's height.
    public var chart = 0
    public var charts = 1
}

/// `watch`: one sparkline per watched field, after a step report.
public struct SparklineView: Sendable {
    public var field: String
    public var metric: Metric
    /// Week 0 … now.
    public var values: [MetricValue?]
}

/// `hist FIELD [where …]`: how many residents fall in each bin of a resident field.
public struct HistogramView: Sendable {
    /// One bar: a category word, or a numeric bin `lower ..< upper` (the last bin includes its upper
    /// end), and its count.
    public struct Bin: Sendable, Hashable {
        public enum Label: Sendable, Hashable {
            case word(String)
            case range(Double, Double, last: Bool)
            /// Residents with no value yet (a week field such as `shed.joinedAt`).
            case none
        }
        public var label: Label
        public var count: Int
    }
    public var field: String
    public var metric: Metric
    /// The `where` clause as written back, if any.
    public var filter: String?
    public var bins: [Bin]
    /// Residents counted (after `where`).
    public var total: Int
}

/// `typology map`: the 2 × 2 grid and each facility's path through it, week by week.
public struct TypologyMapView: Sendable {
    public struct Path: Sendable, Hashable {
        public var facility: String
        /// (week, autonomy, publicness) for each week with at least one entry.
        public var points: [Point]
        /// The type now.
        public var type: FacilityType
    }
    public struct Point: Sendable, Hashable {
        public var week: Int
        public var autonomy: Double
        public var publicness: Double
    }
    public var week: Int
    public var thresholds: TypologyThresholds
    public var paths: [Path]
}

extension Views {
    /// The value of a community or facility `metric`, written `field`, in a week's record; nil
    /// when the facility is not in that week's record.
    static func value(_ field: String, _ metric: Metric, in record: WeekRecord) -> MetricValue? {
        switch metric.level {
        case .community: return metric.value(in: record)
        case .facility:
            guard let dot = field.firstIndex(of: ".") else { return nil }
            let name = String(field[..<dot])
            return record.facilities.first { $0.name == name }.flatMap(metric.value(of:))
        case .resident, .residentFacility: return nil
        }
    }

    /// A field over every week of `model` (0 … its week).
    static func weekly(_ field: String, _ metric: Metric, in model: Model) -> [MetricValue?] {
        model.history.map { value(field, metric, in: $0) }
    }

    /// Each facility's path through the typology: its autonomy and publicness in each week once it
    /// has had an entry.
    static func typologyMap(_ model: Model) -> TypologyMapView {
        let paths = model.outcomes.facilities.map { now in
            TypologyMapView.Path(
                facility: now.name,
                points: model.history.compactMap { record in
                    guard let o = record.facilities.first(where: { $0.name == now.name }), o.entries > 0 else {
                        return nil
                    }
                    return TypologyMapView.Point(week: record.week, autonomy: o.autonomy, publicness: o.publicness)
                }, type: now.type)
        }
        return TypologyMapView(week: model.week, thresholds: model.scenario.thresholds, paths: paths)
    }
}
