import CoprodLanguage
import CoprodTestSupport
import Foundation
import Testing

@testable import CoprodExperiments

@Suite("Plots: SVG and Vega-Lite from a sweep's summary")
struct PlotTests {
    func summary() throws -> SweepSummary {
        let sweep = try smallSweep(
            replicates: 3, weeks: 20, metrics: ["participation"],
            axes: ["shed.salience=0.2:1:0.4", "government.role=0.2,0.8"])
        return output(of: sweep, jobs: 2).summary
    }

    @Test func svgIsGoldenAndWellFormed() throws {
        let plot = Plot.againstAxis(try summary(), metric: "participation", language: .en)
        #expect(plot.series.map(\.name) == ["government.role=0.2", "government.role=0.8"])
        #expect(plot.series.map { $0.points.map(\.label) } == [["0.2", "0.6", "1"], ["0.2", "0.6", "1"]])
        let svg = plot.svg()
        assertGolden(svg, named: "sweep-plot.svg")
        // Well-formed XML, as a browser or rsvg-convert reads it.
        #expect(XMLParserCheck.parses(svg))
        #expect(svg.contains("<polygon"))
        #expect(svg.contains("95% CI"))
    }

    @Test func vegaLiteSpecHoldsTheData() throws {
        let spec = Plot.againstAxis(try summary(), metric: "participation", language: .zh).vegaLite()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(spec.utf8)) as? [String: Any])
        let values = try #require((object["data"] as? [String: Any])?["values"] as? [[String: Any]])
        #expect(values.count == 6)
        #expect((object["title"] as? String)?.contains("置信区间") == true)
        #expect(values.allSatisfy { ($0["low"] as? Double ?? 1) <= ($0["mean"] as? Double ?? 0) })
    }

    /// The SVG drawn to PNG with librsvg (Debian librsvg2-bin), when it is installed.
    @Test func svgRendersToPNG() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/rsvg-convert") else {
            print("PlotTests: skipped rendering: rsvg-convert is not installed (apt-get install librsvg2-bin)")
            return
        }
        let folder = temporaryFolder("coprod-plot")
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("plot.svg")
        let png = folder.appendingPathComponent("plot.png")
        try Plot.againstAxis(try summary(), metric: "participation", language: .en).svg()
            .write(to: svg, atomically: true, encoding: .utf8)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/rsvg-convert")
        p.arguments = [svg.path, "-o", png.path]
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        let bytes = try Data(contentsOf: png)
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(bytes.count > 5_000)
    }

    @Test func ticksAreRound() {
        let unit = Plot.ticks(0, 1)
        #expect(unit.count == 6)
        #expect(zip(unit, [0, 0.2, 0.4, 0.6, 0.8, 1]).allSatisfy { abs($0 - $1) < 1e-9 })
        #expect(Plot.ticks(0, 104).map { Int($0) } == [0, 25, 50, 75, 100])
    }
}

/// Whether a text is well-formed XML.
enum XMLParserCheck {
    static func parses(_ text: String) -> Bool {
        #if canImport(FoundationXML)
        return FoundationXMLParser.parse(text)
        #else
        return XMLParser(data: Data(text.utf8)).parse()
        #endif
    }
}

#if canImport(FoundationXML)
import FoundationXML

enum FoundationXMLParser {
    static func parse(_ text: String) -> Bool { XMLParser(data: Data(text.utf8)).parse() }
}
#endif
