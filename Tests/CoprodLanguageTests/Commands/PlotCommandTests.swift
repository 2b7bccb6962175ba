import CoprodModel
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodLanguage

/// `plot`: parsing, the series it reads (every week of each run, from history), the split into
/// charts, the limits, and golden drawings at 40 and 200 columns in both languages.
@Suite("plot")
struct PlotCommandTests {
    /// The outputs of `line` on `session`.
    static func outputs(_ session: Session, _ line: String) throws -> [Output] {
        var out: [Output] = []
        _ = try session.execute(line: line, output: { o, _ in out.append(o) })
        return out
    }

    static func plots(_ session: Session, _ line: String) throws -> [PlotView] {
        try outputs(session, line).compactMap { if case .plot(let v) = $0 { v } else { nil } }
    }

    @Test(
        "parses fields and runs",
        arguments: [
            ("plot participation", "plot(participation)"),
            ("plot participation shed.retention", "plot(participation,shed.retention)"),
            ("plot garden.active in main care", "plot(garden.active in main,care)"),
        ])
    func parses(_ line: String, _ expected: String) {
        #expect(ast(line) == expected)
    }

    @Test("a plot needs a field, and a run after in")
    func parseErrors() {
        #expect(diagnostic("plot") != nil)
        #expect(diagnostic("plot participation in") != nil)
    }

    @Test("each series holds every week from 0 to now, read from history")
    func seriesFromHistory() throws {
        let session = Session()
        _ = try session.execute(line: "run 30", emit: { _ in })
        let views = try Self.plots(session, "plot participation shed.active")
        // A share and a count of residents do not share an axis: two charts.
        #expect(views.count == 2)
        let participation = try #require(views.first?.series.first)
        #expect(participation.values.count == 31)
        #expect(views.allSatisfy { $0.lastWeek == 30 })
        for w in [0, 12, 30] {
            #expect(participation.values[w] == .number(session.model.history[w].community.participation))
        }
        let shed = try #require(views.last?.series.first)
        #expect(shed.field == "shed.active")
        #expect(shed.values[30] == .count(session.model.outcomes.facilities[0].active))
    }

    @Test("in RUN RUN draws one series per run, each to its own week")
    func runs() throws {
        let session = Session()
        for line in ["run 10", "fork care", "intervene emotional-care on garden strength 0.9", "run 20", "switch main"]
        {
            _ = try session.execute(line: line, emit: { _ in })
        }
        let view = try #require(try Self.plots(session, "plot garden.retention in main care").first)
        #expect(view.series.map(\.run) == ["main", "care"])
        #expect(view.series.map(\.values.count) == [11, 31])
        #expect(view.lastWeek == 30)
        // The twins share weeks 0–10 exactly (common random numbers).
        #expect(Array(view.series[0].values[0...10]) == Array(view.series[1].values[0...10]))
        let text = session.renderer.lines(.plot(view))
        #expect(text.last == "legend: ⠤⠤⠤ main   ●●● care")
    }

    @Test("more than 4 series and unknown runs or fields are refused")
    func refusals() {
        let session = Session()
        let many = transcript(session, ["plot participation trust efficacy identification responsibility"])
        #expect(many.joined().contains("at most 4 series"))
        #expect(transcript(session, ["plot participation in main nowhere"]).joined().contains("nowhere"))
        #expect(transcript(session, ["plot age"]).joined().contains("error"))
        #expect(transcript(session, ["plot participation in main care"]).joined().contains("care"))
    }

    @Test("at week 0 a plot still draws (one point) and categorical fields become strips")
    func weekZeroAndStrips() throws {
        let session = Session()
        let lines = transcript(session, ["plot participation", "plot shed.phase lift.phase"])
        #expect(lines.first == "community ever-joined share (participation), weeks 0–0")
        #expect(lines.contains { $0.hasPrefix("shed phase  P") })
        #expect(lines.last == "key: P planning · D design · C construction · M maintenance")
    }

    /// A strip spreads its weeks across the plot's width, as a line chart does (it used to take
    /// one column per week, packed at the left), and its weeks line up with the axis labels.
    @Test("a categorical strip is scaled across the width like a line chart", arguments: [60, 78, 120])
    func stripsSpanTheWidth(_ width: Int) throws {
        let session = Session(options: .init(width: width))
        _ = try session.execute(line: "run 40", emit: { _ in })
        let strip = transcript(session, ["plot shed.phase"])
        let row = try #require(strip.first { $0.hasPrefix("shed phase  ") })
        let glyphs = Array(row.dropFirst("shed phase  ".count))
        // The columns of a line chart after the same gutter (`width - gutter - 3`), every one filled.
        #expect(glyphs.count == width - "shed.phase".count - 3, "\(row)")
        #expect(!glyphs.contains(" "))
        // Shares of the width follow the weeks: planning until week 13 of 0–40, maintenance from 36.
        let planning = Double(glyphs.filter { $0 == "P" }.count) / Double(glyphs.count)
        let maintenance = Double(glyphs.filter { $0 == "M" }.count) / Double(glyphs.count)
        #expect(abs(planning - 13.0 / 40) < 0.05, "\(row)")
        #expect(abs(maintenance - 4.0 / 40) < 0.05, "\(row)")
        // The last week's label ends under the last column.
        let axis = try #require(strip.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("0 ") })
        let labelEnd = try #require(axis.range(of: "40")).upperBound
        #expect(axis.distance(from: axis.startIndex, to: labelEnd) <= row.count + 1, "\(axis)\n\(row)")
    }

    @Test("every line fits the width", arguments: [40, 78, 200], Language.allCases)
    func fitsWidth(_ width: Int, _ language: Language) throws {
        let session = Session(options: .init(language: language, width: width))
        _ = try session.execute(line: "run 60", emit: { _ in })
        for line in [
            "plot participation shed.retention", "plot shed.phase garden.phase", "plot shed.active lift.active",
        ] {
            for text in transcript(session, [line]) {
                #expect(Format.cells(text) <= width, "\(line): \(text)")
            }
        }
    }

    @Test("with colour the drawing is the same once the colour codes are taken out")
    func colourAddsNothingButColour() throws {
        let plain = Session()
        var options = Session.Options()
        options.colour = true
        let coloured = Session(options: options)
        for s in [plain, coloured] { _ = try s.execute(line: "run 30", emit: { _ in }) }
        let a = transcript(plain, ["plot participation shed.retention garden.retention"])
        let b = transcript(coloured, ["plot participation shed.retention garden.retention"])
        #expect(a.joined().contains("\u{1B}") == false)
        #expect(b.joined().contains("\u{1B}[38;2;230;159;0m"))
        let stripped = b.map { $0.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression) }
        #expect(stripped == a)
    }

    @Test("golden drawings", arguments: [40, 200], Language.allCases)
    func golden(_ width: Int, _ language: Language) throws {
        let session = Session(options: .init(language: language, width: width))
        for line in [
            "run 10", "fork care", "intervene emotional-care on garden strength 0.9", "run 30", "switch main", "run 30",
        ] {
            _ = try session.execute(line: line, emit: { _ in })
        }
        let lines = replTranscript(
            session,
            [
                "plot participation shed.retention", "plot shed.active garden.active lift.active",
                "plot garden.active in main care", "plot shed.phase garden.phase lift.phase", "plot garden.type",
            ])
        assertSnapshot(lines.joined(separator: "\n"), named: "plot-\(width).\(language.rawValue)")
    }
}

/// The pure drawing helpers behind the charts.
@Suite("Chart")
struct ChartTests {
    @Test(
        "round axis tops",
        arguments: [(0.3, 0.4), (3.0, 4.0), (17.0, 20.0), (41.0, 50.0), (66.0, 80.0), (100.0, 100.0)])
    func niceCeiling(_ x: Double, _ top: Double) {
        #expect(Chart.niceCeiling(x) == top)
    }

    @Test("a bounded metric keeps its range; an open one gets a round top")
    func scale() {
        #expect(Chart.scale([0.2, 0.3], range: 0...1) == 0...1)
        #expect(Chart.scale([3, 17], range: 0...Double.infinity) == 0...20)
        #expect(Chart.scale([], range: nil) == 0...1)
    }

    @Test("a braille line has one dot per pixel column and starts at the bottom left")
    func brailleLine() {
        let grid = Chart.lines([[0, 1]], last: 1, scale: 0...1, columns: 2, rows: 1)
        // Pixel columns 0…3 rise from the bottom dot to the top: ⡀ then a rising stroke.
        #expect(grid[0][0].0 != " ")
        #expect(grid[0][1].0 != " ")
        #expect(grid[0][0].1 == 0)
        let flat = Chart.lines([[0, 0, 0]], last: 2, scale: 0...1, columns: 3, rows: 2)
        #expect(flat[1].map(\.0) == ["⣀", "⣀", "⣀"])
        #expect(flat[0].allSatisfy { $0.0 == " " })
    }

    @Test("the second series is drawn with its mark, one per column")
    func marks() {
        let grid = Chart.lines([[0, 0], [1, 1]], last: 1, scale: 0...1, columns: 4, rows: 2)
        #expect(grid[0].map(\.0) == ["●", "●", "●", "●"])
        #expect(grid[0].allSatisfy { $0.1 == 1 })
    }

    @Test("sparklines and bars")
    func sparkAndBar() {
        #expect(Chart.sparkline([0, 0.5, 1], scale: 0...1, cells: 10) == "▁▅█")
        #expect(Chart.sparkline([0, 0, 1, 1], scale: 0...1, cells: 2) == "▁█")
        #expect(Chart.bar(1, cells: 4) == "████")
        #expect(Chart.bar(0.5, cells: 3) == "█▌")
        #expect(Chart.bar(0.001, cells: 3) == "▏")
        #expect(Chart.bar(0, cells: 3) == "")
    }

    @Test("week ticks are round and leave room for their labels")
    func weekTicks() {
        #expect(Chart.weekTicks(last: 104, columns: 70).map(\.week) == [0, 20, 40, 60, 80, 100])
        #expect(Chart.weekTicks(last: 0, columns: 70).map(\.week) == [0])
        #expect(Chart.weekTicks(last: 10, columns: 40).map(\.week) == [0, 2, 4, 6, 8, 10])
        let axis = Chart.weekAxis(last: 10, columns: 11)
        #expect(axis.line == "┬─────────┬")
        #expect(axis.labels == "0         10")
    }
}
