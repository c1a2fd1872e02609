import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsPacks

let pdfToolsPresent =
    PDFPrinter.find() != nil
    && ["pdfinfo", "pdftotext"].allSatisfy { tool in
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
        }
    }

@Suite(
    .enabled(
        if: pdfToolsPresent,
        "Needs Chromium (or WeasyPrint) and poppler-utils: apt-get install chromium poppler-utils"
    ))
struct PDFTests {
    /// 10 mm in PDF points.
    static let margin = 28.35

    /// The sample pack printed once for every test of the suite.
    static func printedSample() throws -> URL {
        let folder = try TemporaryFolder().url
        let printer = try #require(PDFPrinter.find())
        let files = try PackRenderer(locator: sourceTreeLocator()).write(
            try samplePack(), formats: [.pdf], to: folder, printer: printer)
        return try #require(files.first)
    }

    // Nine sections each start a page and the 40-row sign-in sheet takes two, so the sample
    // needs at least 10 pages. Up to four sections (script, panel notes, debrief, theme card)
    // may spill onto a second page with other fonts or longer notes, hence at most 14.
    @Test func printsA4WithAPlausiblePageCount() throws {
        let pdf = try PDFTests.printedSample()
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        let info = try ProcessRunner.output(ofTool: "pdfinfo", [pdf.path])
        let size = try #require(info.firstMatch(of: #/Page size:\s+([\d.]+) x ([\d.]+) pts/#))
        #expect(abs((Double(size.1) ?? 0) - 595) < 1)
        #expect(abs((Double(size.2) ?? 0) - 842) < 1)
        let pages = try #require(info.firstMatch(of: #/Pages:\s+(\d+)/#))
        #expect((10...14).contains(Int(pages.1) ?? 0))
    }

    @Test func everyWordKeepsTenMillimetresFromTheEdge() throws {
        let pdf = try PDFTests.printedSample()
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        let xhtml = try ProcessRunner.output(ofTool: "pdftotext", ["-bbox", pdf.path, "-"])
        var pageCount = 0
        var wordCount = 0
        for page in xhtml.matches(
            of: #/<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>/#.dotMatchesNewlines())
        {
            pageCount += 1
            let width = Double(page.1) ?? 0
            let height = Double(page.2) ?? 0
            for word in page.3.matches(
                of:
                    #/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</#
            ) {
                wordCount += 1
                let (xMin, yMin) = (Double(word.1) ?? 0, Double(word.2) ?? 0)
                let (xMax, yMax) = (Double(word.3) ?? 0, Double(word.4) ?? 0)
                #expect(
                    xMin >= PDFTests.margin && yMin >= PDFTests.margin
                        && xMax <= width - PDFTests.margin && yMax <= height - PDFTests.margin,
                    "\(word.5) on page \(pageCount) is too close to the edge")
            }
        }
        #expect(pageCount >= 10)
        #expect(wordCount > 1000)
    }
}

extension PDFTests {
    // The sign-in sheet and evaluation form once lost their right-hand border: a table as
    // wide as the page reached the edge Chromium clips at. Nothing may touch that edge now.
    @Test func nothingTouchesTheEdgeOfThePrintedArea() throws {
        let pdf = try PDFTests.printedSample()
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        let problems = try PrintAreaCheck().problems(pdf: pdf)
        #expect(problems.isEmpty, "\(problems)")
    }

    @Test func theCheckSeesInkAtTheEdge() {
        // A 200 x 10 white page at 25.4 dpi (1 px = 1 mm) with one dark pixel in the margin.
        var check = PrintAreaCheck()
        check.dotsPerInch = 25
        check.edge = 1
        check.topMargin = 0
        check.bottomMargin = 0
        var pixels = [UInt8](repeating: 255, count: 200 * 10)
        pixels[5 * 200 + 190] = 0
        let header = Array("P5\n200 10\n255\n".utf8)
        #expect(check.problem(inPage: Data(header + pixels), number: 1) != nil)
        pixels[5 * 200 + 190] = 255
        pixels[5 * 200 + 100] = 0
        #expect(check.problem(inPage: Data(header + pixels), number: 1) == nil)
    }
}
