import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsPacks

/// The sample pack in US English, kept as golden files beside the en-GB ones (R-0042.*).
@Suite struct PackLocaleTests {
    let renderer: PackRenderer

    init() throws {
        renderer = try PackRenderer(locator: sourceTreeLocator())
    }

    private func americanPack() throws -> PackInput {
        var input = try samplePack()
        input.programme.locale = "en-US"
        input.programme.format = .us
        return input
    }

    @Test func htmlMatchesGolden() throws {
        try Snapshot.check(try renderer.renderHTML(try americanPack()), file: "R-0042-en-US.html")
    }

    @Test func markdownMatchesGolden() throws {
        try Snapshot.check(
            try renderer.renderMarkdown(try americanPack()), file: "R-0042-en-US.md")
    }

    @Test func americanDatesTimesLanguageAndPaper() throws {
        let html = try renderer.renderHTML(try americanPack())
        #expect(html.contains("<html lang=\"en-US\">"))
        #expect(html.contains("@page { size: letter;"))
        #expect(html.contains("<td>Tuesday, March 9, 2027</td>"))
        #expect(html.contains("12:00 PM - 1:00 PM"))
        let british = try renderer.renderHTML(try samplePack())
        #expect(british.contains("@page { size: A4;"))
        #expect(british.contains("12:00 to 13:00"))
    }
}
