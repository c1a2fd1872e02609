import Foundation
import RoundsPacks
import RoundsTestSupport
import Testing

@testable import RoundsReports

/// Issue 12: the HTML report and session summary fit a phone (390 by 844 CSS pixels) without
/// scrolling sideways; charts scale and wide tables scroll inside their own box.
@Suite(
    .enabled(
        if: PhoneWidthCheck.find() != nil,
        "Needs Chromium: apt-get install chromium"))
struct ReportPhoneTests {
    @Test func reportAndSessionSummaryFitAPhone() throws {
        let check = try #require(PhoneWidthCheck.find())
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try ReportRenderer(locator: sourceLocator()).write(
            Report(try ReportFixture().input()), formats: [.html], to: folder, printer: nil)
        let pages = files.filter { $0.pathExtension == "html" }
        #expect(pages.map(\.lastPathComponent).sorted() == ["report.html", "session-summary.html"])
        for page in pages {
            let measured = try check.measure(page: page)
            #expect(measured.innerWidth == 390, "\(page.lastPathComponent)")
            #expect(!measured.scrollsSideways, "\(page.lastPathComponent): \(measured)")
        }
    }

    /// The check itself fails on a page that is wider than the phone.
    @Test func checkSeesAPageThatScrollsSideways() throws {
        let check = try #require(PhoneWidthCheck.find())
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("wide.html")
        try Data(
            """
            <!DOCTYPE html><html><head><meta name="viewport" content="width=device-width">
            </head><body><table id="wide"><tr><td style="white-space: nowrap">\
            \(String(repeating: "too wide for a phone ", count: 20))</td></tr></table></body></html>
            """.utf8
        ).write(to: page)
        let measured = try check.measure(page: page)
        #expect(measured.scrollsSideways)
        #expect(measured.scrollWidth > 390)
        #expect(measured.wide.first == "table#wide")
    }
}
