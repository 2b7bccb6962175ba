import CoprodLanguage
import Foundation

/// A figure for a paper: lines of a metric's mean with a band for its 95 % confidence interval, as
/// SVG (fixed layout, numbers with fixed decimals, so the same data gives the same bytes) and as
/// the matching Vega-Lite spec with the data inline, to restyle it.
public struct Plot: Sendable {
    public struct Point: Sendable {
        public let x: Double
        public let label: String
        public let mean: Double
        public let low: Double
        public let high: Double
        public let n: Int
    }

    public struct Series: Sendable {
        /// Empty for a single series; else the other axes' values (`government.budget=4`).
        public let name: String
        public let points: [Point]
    }

    public let title: String
    public let xLabel: String
    public let yLabel: String
    public let bandLabel: String
    public let series: [Series]
    /// Category labels along x when the axis values are words (positions 0, 1, …).
    public let categories: [String]?

    /// A metric against the first axis of a sweep, one line per combination of the other axes.
    public static func againstAxis(
        _ summary: SweepSummary, metric: String, language: Language
    ) -> Plot {
        let entries = summary.entries(metric)
        let xs = entries.map { $0.texts.first ?? "" }
        let numeric = xs.allSatisfy { Double($0) != nil }
        var order: [String] = []
        for x in xs where !order.contains(x) { order.append(x) }
        var groups: [String: [Point]] = [:]
        var names: [String] = []
        for e in entries {
            let rest = zip(summary.axes.dropFirst(), e.texts.dropFirst()).map { "\($0)=\($1)" }.joined(separator: " ")
            if groups[rest] == nil { names.append(rest) }
            let label = e.texts.first ?? ""
            let x = numeric ? Double(label) ?? 0 : Double(order.firstIndex(of: label) ?? 0)
            groups[rest, default: []].append(
                Point(x: x, label: label, mean: e.mean, low: e.low, high: e.high, n: e.n))
        }
        let axis = summary.axes.first ?? ""
        return Plot(
            title: Message.plotAgainstAxis(metric: metric, axis: axis).text(language), xLabel: axis, yLabel: metric,
            bandLabel: Message.plotBand.text(language),
            series: names.map { Series(name: $0, points: (groups[$0] ?? []).sorted { $0.x < $1.x }) },
            categories: numeric ? nil : order)
    }

    /// A metric over the weeks, from a summary whose cells are weeks.
    public static func overWeeks(_ summary: SweepSummary, metric: String, replicates: Int, language: Language) -> Plot {
        let points = summary.entries(metric).map {
            Point(x: Double($0.cell), label: "\($0.cell)", mean: $0.mean, low: $0.low, high: $0.high, n: $0.n)
        }
        return Plot(
            title: Message.plotOverWeeks(metric: metric, replicates: replicates).text(language), xLabel: "week",
            yLabel: metric, bandLabel: Message.plotBand.text(language), series: [Series(name: "", points: points)],
            categories: nil)
    }

    static let palette = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7"]

    /// Round tick values covering `lo…hi`.
    static func ticks(_ lo: Double, _ hi: Double, count: Int = 5) -> [Double] {
        guard hi > lo else { return [lo] }
        let raw = (hi - lo) / Double(count)
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1.0, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= raw } ?? raw
        var t = (lo / step).rounded(.up) * step
        var out: [Double] = []
        while t <= hi + step * 1e-9 {
            out.append(abs(t) < step * 1e-9 ? 0 : t)
            t += step
        }
        return out
    }

    static func n(_ x: Double) -> String { String(format: "%.2f", x) }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    static func label(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e9 ? String(Int64(v)) : String(format: "%g", v)
    }

    /// The SVG document.
    public func svg() -> String {
        let (width, height) = (720.0, 440.0)
        let legend = series.count > 1 || !(series.first?.name.isEmpty ?? true)
        let (left, right, top, bottom) = (70.0, legend ? 210.0 : 30.0, 50.0, 60.0)
        let points = series.flatMap(\.points)
        let xs = points.map(\.x)
        var (x0, x1) = (xs.min() ?? 0, xs.max() ?? 1)
        if x0 == x1 { (x0, x1) = (x0 - 1, x1 + 1) }
        var (y0, y1) = (points.map(\.low).min() ?? 0, points.map(\.high).max() ?? 1)
        if y0 == y1 { (y0, y1) = (y0 - 1, y1 + 1) }
        let pad = (y1 - y0) * 0.05
        (y0, y1) = (y0 - pad, y1 + pad)
        let plotW = width - left - right
        let plotH = height - top - bottom
        func sx(_ x: Double) -> Double { left + (x - x0) / (x1 - x0) * plotW }
        func sy(_ y: Double) -> Double { top + plotH - (y - y0) / (y1 - y0) * plotH }

        var out = """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(Int(width))" height="\(Int(height))" \
            viewBox="0 0 \(Int(width)) \(Int(height))" font-family="DejaVu Sans, Noto Sans CJK SC, sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="\(Self.n(width / 2))" y="24" text-anchor="middle" font-size="14">\(Self.escaped(title))</text>

            """
        // Grid and ticks.
        for t in Self.ticks(y0, y1) {
            out +=
                "<line x1=\"\(Self.n(left))\" y1=\"\(Self.n(sy(t)))\" x2=\"\(Self.n(left + plotW))\" y2=\"\(Self.n(sy(t)))\" stroke=\"#e6e6e6\"/>\n"
            out +=
                "<text x=\"\(Self.n(left - 6))\" y=\"\(Self.n(sy(t) + 4))\" text-anchor=\"end\">\(Self.label(t))</text>\n"
        }
        let xTicks: [(Double, String)] =
            categories.map { c in c.enumerated().map { (Double($0.offset), $0.element) } }
            ?? Self.ticks(x0, x1).map { ($0, Self.label($0)) }
        for (t, text) in xTicks {
            out +=
                "<line x1=\"\(Self.n(sx(t)))\" y1=\"\(Self.n(top + plotH))\" x2=\"\(Self.n(sx(t)))\" y2=\"\(Self.n(top + plotH + 5))\" stroke=\"#333\"/>\n"
            out +=
                "<text x=\"\(Self.n(sx(t)))\" y=\"\(Self.n(top + plotH + 18))\" text-anchor=\"middle\">\(Self.escaped(text))</text>\n"
        }
        out +=
            "<rect x=\"\(Self.n(left))\" y=\"\(Self.n(top))\" width=\"\(Self.n(plotW))\" height=\"\(Self.n(plotH))\" fill=\"none\" stroke=\"#333\"/>\n"
        out +=
            "<text x=\"\(Self.n(left + plotW / 2))\" y=\"\(Self.n(height - 16))\" text-anchor=\"middle\">\(Self.escaped(xLabel))</text>\n"
        out +=
            "<text transform=\"translate(18 \(Self.n(top + plotH / 2))) rotate(-90)\" text-anchor=\"middle\">\(Self.escaped(yLabel))</text>\n"
        // Bands, then lines and points.
        for (k, s) in series.enumerated() where !s.points.isEmpty {
            let colour = Self.palette[k % Self.palette.count]
            let upper = s.points.map { "\(Self.n(sx($0.x))),\(Self.n(sy($0.high)))" }
            let lower = s.points.reversed().map { "\(Self.n(sx($0.x))),\(Self.n(sy($0.low)))" }
            out +=
                "<polygon points=\"\((upper + lower).joined(separator: " "))\" fill=\"\(colour)\" fill-opacity=\"0.18\" stroke=\"none\"/>\n"
        }
        for (k, s) in series.enumerated() where !s.points.isEmpty {
            let colour = Self.palette[k % Self.palette.count]
            let line = s.points.map { "\(Self.n(sx($0.x))),\(Self.n(sy($0.mean)))" }.joined(separator: " ")
            out += "<polyline points=\"\(line)\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
            if s.points.count <= 60 {
                for p in s.points {
                    out +=
                        "<circle cx=\"\(Self.n(sx(p.x)))\" cy=\"\(Self.n(sy(p.mean)))\" r=\"3\" fill=\"\(colour)\"/>\n"
                }
            }
        }
        // Legend.
        var ly = top + 8
        if legend {
            for (k, s) in series.enumerated() {
                let colour = Self.palette[k % Self.palette.count]
                let lx = left + plotW + 14
                out +=
                    "<line x1=\"\(Self.n(lx))\" y1=\"\(Self.n(ly))\" x2=\"\(Self.n(lx + 18))\" y2=\"\(Self.n(ly))\" stroke=\"\(colour)\" stroke-width=\"2\"/>\n"
                out += "<text x=\"\(Self.n(lx + 24))\" y=\"\(Self.n(ly + 4))\">\(Self.escaped(s.name))</text>\n"
                ly += 18
            }
        }
        let bx = legend ? left + plotW + 14 : left + 10
        let by = legend ? ly + 6 : top + 10
        out +=
            "<rect x=\"\(Self.n(bx))\" y=\"\(Self.n(by - 6))\" width=\"18\" height=\"10\" fill=\"#888\" fill-opacity=\"0.25\"/>\n"
        out += "<text x=\"\(Self.n(bx + 24))\" y=\"\(Self.n(by + 3))\">\(Self.escaped(bandLabel))</text>\n"
        out += "</svg>\n"
        return out
    }

    /// The Vega-Lite spec of the same figure, with the data inline.
    public func vegaLite() -> String {
        var rows: [String] = []
        for s in series {
            for p in s.points {
                let x = categories == nil ? Self.label(p.x) : RowText.jsonString(p.label)
                rows.append(
                    "{\"series\":\(RowText.jsonString(s.name)),\"x\":\(x),\"mean\":\(CSVExport.cell(.number(p.mean))),"
                        + "\"low\":\(CSVExport.cell(.number(p.low))),\"high\":\(CSVExport.cell(.number(p.high))),\"n\":\(p.n)}"
                )
            }
        }
        let xType = categories == nil ? "quantitative" : "ordinal"
        let xTitle = RowText.jsonString(xLabel)
        let yTitle = RowText.jsonString(yLabel)
        return """
            {
              "$schema": "https://vega.github.io/schema/vega-lite/v5.json",
              "title": \(RowText.jsonString(title)),
              "width": 480,
              "height": 330,
              "data": {"values": [
                \(rows.joined(separator: ",\n    "))
              ]},
              "encoding": {
                "x": {"field": "x", "type": "\(xType)", "title": \(xTitle)},
                "color": {"field": "series", "type": "nominal", "title": null}
              },
              "layer": [
                {"mark": {"type": "area", "opacity": 0.18},
                 "encoding": {"y": {"field": "low", "type": "quantitative", "title": \(yTitle)}, "y2": {"field": "high"}}},
                {"mark": {"type": "line", "point": true},
                 "encoding": {"y": {"field": "mean", "type": "quantitative", "title": \(yTitle)}}}
              ]
            }

            """
    }
}
