import Foundation
import RoundsCore
import RoundsPacks
import RoundsTestSupport
import Testing

@testable import RoundsReports

@Suite struct CertificateTests {
    @Test func oneCertificatePerNamedSignInOnce() throws {
        let source = RecordSource(kind: .signInSheet, row: 2)
        let attendance = Attendance(
            headCount: 30,
            signIns: [
                SignIn(name: "Ana Price", source: source), SignIn(name: nil, source: source),
                SignIn(name: "ana price", source: source), SignIn(name: "Li Wong", source: source),
            ])
        #expect(CertificateWriter.names(attendance) == ["Ana Price", "Li Wong"])
        let round = try ReportFixture().rounds[0]
        #expect(
            CertificateWriter.fileName(round: round, name: "Dr Meera Shah", taken: [])
                == "R-0001-2027-01-12-dr-meera-shah.pdf")
        #expect(
            CertificateWriter.fileName(
                round: round, name: "Li Wong", taken: ["R-0001-2027-01-12-li-wong.pdf"])
                == "R-0001-2027-01-12-li-wong-2.pdf")
    }

    @Test func certificateNamesTheRoundTheCPDHourAndInvitesAReflection() throws {
        let fixture = try ReportFixture()
        let html = try CertificateWriter(locator: sourceLocator()).html(
            name: "Ana <Price>", round: fixture.rounds[0], programme: fixture.programme,
            theme: fixture.themes[0], facilitators: ["Tom Okafor", "Li Wong"])
        #expect(html.contains("Ana &lt;Price&gt;"))
        #expect(html.contains("12 Jan 2027, 12:00 to 13:00"))
        #expect(html.contains("I&#39;m human too"))
        #expect(html.contains("One hour of continuing professional development"))
        #expect(html.contains("Your reflection"))
        #expect(html.contains("Facilitated by Tom Okafor and Li Wong"))
    }
}

extension ReportPDFTests {
    @Test func certificateIsOnePageInsideThePrintedArea() throws {
        let fixture = try ReportFixture()
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let printer = try #require(PDFPrinter.find())
        let source = RecordSource(kind: .signInSheet, row: 2)
        let record = RoundRecord(
            round: fixture.rounds[0].id,
            attendance: Attendance(signIns: [SignIn(name: "Ana Price", source: source)]))
        let files = try CertificateWriter(locator: sourceLocator()).write(
            round: fixture.rounds[0], record: record, programme: fixture.programme,
            theme: fixture.themes[0], facilitators: ["Tom Okafor"], to: folder, printer: printer)
        #expect(files.map(\.lastPathComponent) == ["R-0001-2027-01-12-ana-price.pdf"])
        let info = try ProcessRunner.output(ofTool: "pdfinfo", [files[0].path])
        #expect(info.contains("Pages:           1"))
        let problems = try PrintAreaCheck().problems(pdf: files[0])
        #expect(problems.isEmpty, "\(problems)")
        if let preview = ProcessInfo.processInfo.environment["ROUNDS_REPORT_PREVIEW"] {
            try? FileManager.default.copyItem(
                at: files[0], to: URL(fileURLWithPath: preview).appendingPathComponent("cert.pdf"))
        }
    }
}
