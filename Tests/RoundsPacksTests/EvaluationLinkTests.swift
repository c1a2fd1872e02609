import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsPacks

/// The sample pack with the programme's `web_base_url` set.
private func linkedPack() throws -> PackInput {
    var input = try samplePack()
    input.programme.webBaseURL = "https://rounds.northbrook.nhs.uk"
    return input
}

private let expectedURL = "https://rounds.northbrook.nhs.uk/rounds/R-0042/evaluation"

/// The pack's last page: the web evaluation's QR code and address, only when the programme
/// says where `rounds serve` is reached.
@Suite struct EvaluationLinkTests {
    @Test func theLastSectionCarriesTheQRCodeAndTheShortAddress() throws {
        let renderer = try PackRenderer(locator: sourceTreeLocator())
        let html = try renderer.renderHTML(try linkedPack())
        let section = try #require(html.firstRange(of: "<section id=\"evaluation-online\""))
        // Nothing but the closing tags follows it: it is the last page.
        let rest = html[section.lowerBound...]
        #expect(rest.components(separatedBy: "<section").count == 2)
        #expect(rest.contains("<svg class=\"qr\""))
        #expect(rest.contains("rounds.northbrook.nhs.uk/rounds/R-0042/evaluation"))
        let markdown = try renderer.renderMarkdown(try linkedPack())
        #expect(markdown.contains(expectedURL))
    }

    @Test func withoutTheKeyThePackHasNoLink() throws {
        let renderer = try PackRenderer(locator: sourceTreeLocator())
        let html = try renderer.renderHTML(try samplePack())
        #expect(!html.contains("evaluation-online"))
        #expect(!html.contains("<svg"))
        #expect(!(try renderer.renderMarkdown(try samplePack())).contains("/evaluation"))
    }

    @Test func theQRCodeEncodesItsTextAsAnSVG() throws {
        let code = try #require(QRCode("https://rounds.example.org/rounds/R-0003"))
        #expect(code.width >= 21)
        #expect((code.width - 17) % 4 == 0)
        // The three finder patterns: each corner's 7x7 square has a dark border.
        #expect(code.isDark(row: 0, column: 0))
        #expect(code.isDark(row: 0, column: code.width - 1))
        #expect(code.isDark(row: code.width - 1, column: 0))
        #expect(!code.isDark(row: 7, column: 7))
        #expect(code.svg(title: "x").hasPrefix("<svg class=\"qr\""))
        #expect(QRCode("") == nil)
    }
}

/// True when `tool` is an executable on the PATH.
private func onPath(_ tool: String) -> Bool {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/\(tool)")
    }
}

@Suite(
    .enabled(
        if: pdfToolsPresent && onPath("pdftoppm") && onPath("zbarimg"),
        "Needs Chromium, poppler-utils and zbar-tools: apt-get install chromium zbar-tools"))
struct EvaluationLinkPDFTests {
    /// The printed pack's last page, as an image, holds a QR code that a phone (zbarimg) reads
    /// as the Round's evaluation address, and the address in print beside it.
    @Test func thePrintedLastPageScansToTheEvaluation() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let printer = try #require(PDFPrinter.find())
        let files = try PackRenderer(locator: sourceTreeLocator()).write(
            try linkedPack(), formats: [.pdf], to: folder, printer: printer)
        let pdf = try #require(files.first)
        let info = try ProcessRunner.output(ofTool: "pdfinfo", [pdf.path])
        let match = try #require(info.firstMatch(of: #/Pages:\s+(\d+)/#))
        let pages = try #require(Int(match.1))
        let text = try ProcessRunner.output(
            ofTool: "pdftotext", ["-f", "\(pages)", "-l", "\(pages)", pdf.path, "-"])
        #expect(text.contains("rounds.northbrook.nhs.uk/rounds/R-0042/evaluation"))
        let image = folder.appendingPathComponent("last").path
        _ = try ProcessRunner.output(
            ofTool: "pdftoppm",
            [
                "-f", "\(pages)", "-l", "\(pages)", "-r", "100", "-png", "-singlefile", pdf.path,
                image,
            ])
        let scanned = try ProcessRunner.output(
            ofTool: "zbarimg", ["--quiet", "--raw", image + ".png"])
        #expect(scanned.trimmingCharacters(in: .whitespacesAndNewlines) == expectedURL)
    }
}
