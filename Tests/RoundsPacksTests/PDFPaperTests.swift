import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsPacks

/// The sample pack in US English on Letter paper, and A4 asked for explicitly.
@Suite(
    .enabled(
        if: pdfToolsPresent,
        "Needs Chromium (or WeasyPrint) and poppler-utils: apt-get install chromium poppler-utils"
    ))
struct PDFPaperTests {
    private func printed(locale: String, paper: PaperSize?) throws -> URL {
        var input = try samplePack()
        input.programme.locale = locale
        input.programme.paper = paper
        let folder = try TemporaryFolder().url
        let printer = try #require(PDFPrinter.find())
        let files = try PackRenderer(locator: sourceTreeLocator()).write(
            input, formats: [.pdf], to: folder, printer: printer)
        return try #require(files.first)
    }

    /// Each page's size in points, and every word's box, from poppler.
    private func pages(_ pdf: URL) throws -> [(width: Double, height: Double, words: [Word])] {
        let xhtml = try ProcessRunner.output(ofTool: "pdftotext", ["-bbox", pdf.path, "-"])
        return xhtml.matches(
            of: #/<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>/#.dotMatchesNewlines()
        ).map { page in
            let words = page.3.matches(
                of:
                    #/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</#
            ).map {
                Word(
                    text: String($0.5), xMin: Double($0.1) ?? 0, yMin: Double($0.2) ?? 0,
                    xMax: Double($0.3) ?? 0, yMax: Double($0.4) ?? 0)
            }
            return (Double(page.1) ?? 0, Double(page.2) ?? 0, words)
        }
    }

    /// Pages (1-based) with ink within `millimetres` of an edge, rendered at 72 dpi in grey
    /// by pdftoppm: borders and rules count, not just words.
    private func pagesInkingTheEdge(_ pdf: URL, millimetres: Double) throws -> [Int] {
        let folder = pdf.deletingLastPathComponent()
        _ = try ProcessRunner.output(
            ofTool:
                "pdftoppm",
            ["-r", "72", "-gray", pdf.path, folder.appendingPathComponent("p").path])
        let band = Int((millimetres / 25.4 * 72).rounded(.up))
        let images = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".pgm") }.sorted()
        var inked: [Int] = []
        for (index, name) in images.enumerated() {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            // Binary PGM: "P5\n<width> <height>\n255\n" then one byte a pixel.
            var fields: [Int] = []
            var position = 2
            while fields.count < 3 {
                while position < data.count, data[position] == 0x20 || data[position] == 0x0A {
                    position += 1
                }
                var value = 0
                while position < data.count, (0x30...0x39).contains(data[position]) {
                    value = value * 10 + Int(data[position] - 0x30)
                    position += 1
                }
                fields.append(value)
            }
            let (width, height) = (fields[0], fields[1])
            let pixels = data.suffix(width * height)
            let start = pixels.startIndex
            var dark = false
            for y in 0..<height where !dark {
                for x in 0..<width
                where x < band || x >= width - band || y < band || y >= height - band {
                    if pixels[start + y * width + x] < 200 {
                        dark = true
                        break
                    }
                }
            }
            if dark { inked.append(index + 1) }
        }
        return inked
    }

    private struct Word {
        let text: String
        let xMin: Double
        let yMin: Double
        let xMax: Double
        let yMax: Double
    }

    @Test(
        "US English prints on Letter, paper: a4 overrides it; no word within 10 mm, no ink within 6 mm of an edge",
        arguments: [("en-US", nil, 612.0, 792.0), ("en-US", PaperSize.a4, 595.0, 842.0)])
    func paperAndPrintableArea(
        locale: String, paper: PaperSize?, width: Double, height: Double
    ) throws {
        let pdf = try printed(locale: locale, paper: paper)
        defer { try? FileManager.default.removeItem(at: pdf.deletingLastPathComponent()) }
        let info = try ProcessRunner.output(ofTool: "pdfinfo", [pdf.path])
        let size = try #require(info.firstMatch(of: #/Page size:\s+([\d.]+) x ([\d.]+) pts/#))
        #expect(abs((Double(size.1) ?? 0) - width) < 1)
        #expect(abs((Double(size.2) ?? 0) - height) < 1)
        let printed = try pages(pdf)
        #expect(printed.count >= 10)
        for (number, page) in printed.enumerated() {
            for word in page.words {
                #expect(
                    word.xMin >= PDFTests.margin && word.yMin >= PDFTests.margin
                        && word.xMax <= page.width - PDFTests.margin
                        && word.yMax <= page.height - PDFTests.margin,
                    "\(word.text) on page \(number + 1) is too close to the edge")
            }
        }
        #expect(try pagesInkingTheEdge(pdf, millimetres: 6) == [])
        // The pack reads in US English: the date and times as Americans write them.
        let text = try ProcessRunner.output(ofTool: "pdftotext", [pdf.path, "-"])
        #expect(text.contains("Tuesday, March 9, 2027"))
        #expect(text.contains("12:00 PM - 1:00 PM"))
    }
}
