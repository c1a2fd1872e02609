import Foundation
import RoundsCore
import RoundsPacks
import RoundsTestSupport
import Testing

@testable import RoundsReports

/// Reports and certificates follow the programme's locale and paper, as packs do.
@Suite struct ReportLocaleTests {
    /// The fixture's programme in `locale`, with `paper` when given.
    func fixture(locale: String, paper: PaperSize? = nil) throws -> (ReportFixture, Programme) {
        let fixture = try ReportFixture()
        var programme = fixture.programme
        programme.locale = locale
        programme.paper = paper
        return (fixture, programme)
    }

    func input(_ fixture: ReportFixture, _ programme: Programme) throws -> ReportInput {
        var input = try fixture.input()
        input.programme = programme
        return input
    }

    @Test func britishReportsKeepTheirDatesAndPrintOnA4() throws {
        let (fixture, programme) = try fixture(locale: "en-GB")
        let report = Report(try input(fixture, programme))
        let renderer = try ReportRenderer(locator: sourceLocator())
        let html = renderer.html(report)
        #expect(html.contains("<html lang=\"en-GB\">"))
        #expect(html.contains("12 Jan 2027"))
        #expect(html.contains("size: A4;"))
        #expect(renderer.summaryHTML(report).contains("size: A4 landscape;"))
        #expect(report.locale == "en-GB" && report.paper == "A4")
    }

    @Test func americanReportsWriteUSDatesOnLetter() throws {
        let (fixture, programme) = try fixture(locale: "en-US")
        let report = Report(try input(fixture, programme))
        let renderer = try ReportRenderer(locator: sourceLocator())
        let html = renderer.html(report)
        #expect(html.contains("<html lang=\"en-US\">"))
        #expect(html.contains("Jan 12, 2027"))
        #expect(!html.contains("12 Jan 2027"))
        #expect(html.contains("size: letter;"))
        #expect(renderer.summaryHTML(report).contains("size: letter landscape;"))
        #expect(ReportRenderer.json(report).contains("\"locale\" : \"en-US\""))
    }

    @Test func paperSettingOverridesTheLocale() throws {
        let (fixture, programme) = try fixture(locale: "en-US", paper: .a4)
        let html = try ReportRenderer(locator: sourceLocator()).html(
            Report(try input(fixture, programme)))
        #expect(html.contains("size: A4;"))
    }

    @Test func americanCertificatesWriteUSDatesAndTimesOnLetter() throws {
        let (fixture, programme) = try fixture(locale: "en-US")
        let html = try CertificateWriter(locator: sourceLocator()).html(
            name: "Ana Price", round: fixture.rounds[0], programme: programme,
            theme: fixture.themes[0], facilitators: [])
        #expect(html.contains("<html lang=\"en-US\">"))
        #expect(html.contains("Jan 12, 2027, 12:00 PM to 1:00 PM"))
        #expect(html.contains("size: letter;"))
    }
}

/// Printed on Letter, reports and certificates keep inside the printed area too.
@Suite struct ReportLetterPDFTests {
    @Test func letterReportAndCertificateStayInsideThePrintedArea() throws {
        let fixture = try ReportFixture()
        var programme = fixture.programme
        programme.locale = "en-US"
        var input = try fixture.input()
        input.programme = programme
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let printer = try #require(PDFPrinter.find())
        let report = try #require(
            try ReportRenderer(locator: sourceLocator()).write(
                Report(input), formats: [.pdf], to: folder, printer: printer
            ).first { $0.pathExtension == "pdf" })
        let source = RecordSource(kind: .signInSheet, row: 2)
        let record = RoundRecord(
            round: fixture.rounds[0].id,
            attendance: Attendance(signIns: [SignIn(name: "Ana Price", source: source)]))
        let certificates = try CertificateWriter(locator: sourceLocator()).write(
            round: fixture.rounds[0], record: record, programme: programme,
            theme: fixture.themes[0], facilitators: [], to: folder, printer: printer)
        for pdf in [report] + certificates {
            let info = try ProcessRunner.output(ofTool: "pdfinfo", [pdf.path])
            // US Letter is 612 x 792 points.
            #expect(info.contains("612 x 792 pts"), "\(pdf.lastPathComponent): \(info)")
            let problems = try PrintAreaCheck().problems(pdf: pdf)
            #expect(problems.isEmpty, "\(pdf.lastPathComponent): \(problems)")
        }
    }
}
