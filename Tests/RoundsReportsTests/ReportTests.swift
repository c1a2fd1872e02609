import Foundation
import RoundsCore
import RoundsPacks
import RoundsTestSupport
import Testing

@testable import RoundsReports

@Suite struct ReportTests {
    @Test func perRoundTallies() throws {
        let report = Report(try ReportFixture().input())
        #expect(report.rounds.map(\.id.description) == ["R-0001", "R-0002", "R-0003"])
        let first = report.rounds[0]
        #expect(first.attendance == 10)
        #expect(first.responses == 4)
        #expect(first.responseRate == 0.4)
        #expect(first.overall.counts == [0, 0, 1, 1, 1])
        #expect(first.overall.answered == 3)
        #expect(first.overall.mean == 4)
        #expect(first.overall.shareTop == 0.6667)
        #expect(first.statements[0].key == "colleagues")
        #expect(first.statements[0].distribution.counts == [0, 0, 1, 1, 1])
        #expect(first.statements[8].distribution.shareTop == 1)
        #expect(first.statements[1].distribution.answered == 0)
        #expect(first.statements[1].distribution.mean == nil)
        #expect(
            first.staffGroups.map(\.group) == ["Nursing or midwifery", "Management", "Not given"])
        #expect(first.staffGroups.map(\.count) == [2, 1, 1])
        #expect(first.comments == ["=HYPERLINK(\"x\")", "Lovely, thank you"])
        let second = report.rounds[1]
        #expect(second.attendance == 4)
        #expect(second.signIns == 4)
        #expect(second.firstTimers == 2)
        #expect(second.responseRate == 0.5)
        let third = report.rounds[2]
        #expect(third.attendance == nil)
        #expect(third.responses == 0)
        #expect(third.responseRate == nil)
    }

    @Test func periodTalliesTrendsAndThemes() throws {
        let period = Report(try ReportFixture().input()).period
        #expect(period.roundsHeld == 3)
        #expect(period.totalAttendance == 14)
        #expect(period.meanAttendance == 7)
        #expect(period.totalResponses == 6)
        #expect(period.responseRate == 0.4286)
        #expect(period.firstTimers == 2)
        #expect(period.overall.counts == [0, 1, 1, 2, 1])
        #expect(period.overall.mean == 3.6)
        #expect(period.overall.shareTop == 0.6)
        #expect(
            period.themes.map(\.theme) == ["I'm human too", "Missing the chance to say goodbye"])
        #expect(period.themes.map(\.rounds) == [2, 1])
        #expect(period.themes.map(\.overall.mean) == [4, 3])
        #expect(period.staffGroups.first?.group == "Management")
    }

    @Test func warningsNameRoundsWithoutRecords() throws {
        let report = Report(try ReportFixture().input())
        #expect(report.warnings.map(\.code) == [.attendanceMissing, .evaluationsMissing])
        #expect(report.warnings.allSatisfy { $0.round?.description == "R-0003" })
    }

    @Test func boardVersionHasNoCommentsAnywhere() throws {
        let report = Report(try ReportFixture().input(includeComments: false))
        #expect(report.rounds.allSatisfy { $0.comments == nil })
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let renderer = try ReportRenderer(locator: sourceLocator())
        let files = try renderer.write(
            report, formats: [.html, .csv, .json], to: folder, printer: nil)
        #expect(!files.map(\.lastPathComponent).contains("comments.csv"))
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("Lovely"), "\(file.lastPathComponent)")
            #expect(!text.contains("HYPERLINK"), "\(file.lastPathComponent)")
        }
    }

    @Test func htmlChartsHaveTitleDescriptionAndDataTable() throws {
        let report = Report(try ReportFixture().input())
        let html = try ReportRenderer(locator: sourceLocator()).html(report)
        let svgs = html.matches(of: #/<svg [^>]*role="img"/#).count
        // Three trend charts, four for the period, three per Round.
        #expect(svgs == 3 + 4 + 3 * 3)
        #expect(html.matches(of: #/<title id="[^"]+-title">/#).count == svgs)
        #expect(html.matches(of: #/<desc id="[^"]+-desc">/#).count == svgs)
        #expect(html.matches(of: #/<table class="sr-only">/#).count == svgs)
        #expect(html.contains("<li>Lovely, thank you</li>"))
        #expect(html.contains("=HYPERLINK(&quot;x&quot;)"))
        #expect(html.contains("I&#39;m human too"))
    }

    @Test func jsonHoldsTheNumbersAndDecodes() throws {
        let report = Report(try ReportFixture().input())
        let json = ReportRenderer.json(report)
        let decoded = try JSONDecoder().decode(Report.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(json.contains("\"schemaVersion\" : 1"))
        #expect(json.contains("\"date\" : \"2027-01-12\""))
    }

    // OWASP CSV injection: a comment typed as a formula must not run in a spreadsheet.
    @Test func csvCommentsCannotRunAsFormulas() throws {
        let report = Report(try ReportFixture().input())
        let csv = ReportCSV.comments(report)
        #expect(csv.contains("R-0001,2027-01-12,\"'=HYPERLINK(\"\"x\"\")\""))
        #expect(csv.hasPrefix("\u{FEFF}round,date,comment\r\n"))
        for line in csv.split(separator: "\r\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false)
            for cell in cells {
                let text = cell.hasPrefix("\"") ? cell.dropFirst() : cell[...]
                #expect(!["=", "+", "-", "@"].contains(text.first.map(String.init) ?? ""))
            }
        }
    }

    @Test func sessionSummaryHasAColumnPerStatement() throws {
        let report = Report(try ReportFixture().input())
        let csv = ReportCSV.sessionSummary(report)
        let lines = csv.split(separator: "\r\n")
        #expect(lines.count == 4)
        #expect(lines[0].hasSuffix("agree_compassion,agree_empathy"))
        #expect(
            lines[1].contains(
                "R-0001,2027-01-12,I'm human too,10,4,0.4,4.0,0.6667,0.6667,,,,,,,,1.0"))
    }
}

/// Templates from the source tree.
func sourceLocator() -> TemplateLocator {
    TemplateLocator(builtInCandidates: [TemplateLocator.sourceTreeFolder])
}

extension ReportTests {
    /// Writes the fixture's report with every format to `ROUNDS_REPORT_PREVIEW` for a look.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ROUNDS_REPORT_PREVIEW"] != nil))
    func preview() throws {
        let folder = URL(
            fileURLWithPath: ProcessInfo.processInfo.environment["ROUNDS_REPORT_PREVIEW"] ?? "")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        _ = try ReportRenderer(locator: sourceLocator()).write(
            Report(try ReportFixture().input()), formats: Set(ReportFormat.allCases),
            to: folder, printer: PDFPrinter.find())
    }
}

let printerAndPoppler =
    PDFPrinter.find() != nil
    && (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
        FileManager.default.isExecutableFile(atPath: "\($0)/pdftoppm")
    }

@Suite(
    .enabled(
        if: printerAndPoppler,
        "Needs Chromium (or WeasyPrint) and poppler-utils: apt-get install chromium poppler-utils"
    ))
struct ReportPDFTests {
    @Test func reportPrintsInsideThePrintedArea() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try ReportRenderer(locator: sourceLocator()).write(
            Report(try ReportFixture().input()), formats: [.pdf], to: folder,
            printer: PDFPrinter.find())
        let pdf = try #require(files.first { $0.pathExtension == "pdf" })
        let problems = try PrintAreaCheck().problems(pdf: pdf)
        #expect(problems.isEmpty, "\(problems)")
    }
}
