import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsPacks

@Suite struct PackRendererTests {
    let renderer: PackRenderer

    init() throws {
        renderer = try PackRenderer(locator: sourceTreeLocator())
    }

    @Test func htmlMatchesGolden() throws {
        try Snapshot.check(try renderer.renderHTML(try samplePack()), file: "R-0042.html")
    }

    @Test func markdownMatchesGolden() throws {
        try Snapshot.check(try renderer.renderMarkdown(try samplePack()), file: "R-0042.md")
    }

    @Test(arguments: [
        "<section class=\"cover\" id=\"cover\"", "<section id=\"run-sheet\"",
        "<section id=\"script\"", "<section id=\"theme-card\"", "<section id=\"panel\"",
        "<section id=\"prep\"", "<section id=\"debrief\"", "<section id=\"sign-in\"",
        "<section id=\"evaluation\"",
    ])
    func htmlHasSection(_ marker: String) throws {
        #expect(try renderer.renderHTML(try samplePack()).contains(marker))
    }

    @Test(arguments: [
        "# Taking the hat off\n", "## Run sheet\n", "## Welcome and ground rules\n",
        "## Theme card: Taking the hat off\n", "## The panel\n",
        "## Panel preparation meeting\n", "## Debrief and staff support\n",
        "## Sign-in: Taking the hat off\n", "## Evaluation: Taking the hat off\n",
    ])
    func markdownHasSection(_ heading: String) throws {
        #expect(try renderer.renderMarkdown(try samplePack()).contains(heading))
    }

    @Test func coverAndRunSheetContent() throws {
        let html = try renderer.renderHTML(try samplePack())
        for expected in [
            "<html lang=\"en-GB\">", "Northbrook Hospitals NHS Foundation Trust",
            "<td>Tuesday 9 March 2027</td>",
            "<td>12:00 to 13:00 (Europe/London), food from 11:45</td>",
            "Education Centre Boardroom, Level 2, Education Centre",
            "CONFIDENTIAL: for the facilitators of R-0042 only.",
            "<td class=\"time\">11:45&ndash;12:00</td><td class=\"num\">15</td>"
                + "<td>Arrival and food</td><td>Administrator</td>",
            "<td class=\"time\">12:03&ndash;12:08</td><td class=\"num\">5</td><td>Story 1</td>"
                + "<td>Li Wong</td>",
            "<td class=\"time\">12:18&ndash;12:58</td><td class=\"num\">40</td>"
                + "<td>Open discussion</td>",
            "<td class=\"time\">12:58&ndash;13:00</td><td class=\"num\">2</td>"
                + "<td>Close and evaluation</td>",
            "BMJ 2022;378:o1650", "The night the beds ran out",
            "Worried about sounding defensive. Ends on her drive home.",
            "Tuesday 2 March 2027, 12:30 to 13:15",
        ] {
            #expect(html.contains(expected), "missing: \(expected)")
        }
        #expect(!html.contains("http://") && !html.contains("<link") && !html.contains("<script"))
    }

    @Test func signInSheetHasFortyRowsAndFormHasEveryStatement() throws {
        let html = try renderer.renderHTML(try samplePack())
        let rows = html.components(separatedBy: "<td></td><td></td><td></td></tr>").count - 1
        #expect(rows == 40)
        for statement in EvaluationForm.statements {
            #expect(html.contains("<td>\(statement)</td>"))
        }
        #expect(html.contains("5 Exceptional") && html.contains("1 Poor"))
    }

    @Test func videoVenueShowsTheLink() throws {
        var input = try samplePack()
        input.round.venue = "teams"
        let markdown = try renderer.renderMarkdown(input)
        #expect(
            markdown.contains(
                "| Online | Microsoft Teams (https://teams.example.org/l/meetup-join/rounds) |"))
    }

    @Test func emptyRoundStillMakesAFullPack() throws {
        var input = try samplePack()
        input.round.panel = []
        input.round.facilitators = []
        input.round.prepMeeting = nil
        input.theme = nil
        input.excerpt = nil
        let html = try renderer.renderHTML(input)
        for expected in [
            "<h1 id=\"cover-title\">Theme to be chosen</h1>", "Facilitators to be assigned",
            "<td>Story 1</td><td>Panellist 1 (to be confirmed)</td>",
            "<td>Story 3</td><td>Panellist 3 (to be confirmed)</td>",
            "No panel has been chosen for this Round yet.",
            "Not yet scheduled. Hold it no later than Tuesday 2 March 2027",
            "No excerpt seeds this theme.",
        ] {
            #expect(html.contains(expected), "missing: \(expected)")
        }
    }

    @Test func writesEveryFormatAskedFor() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try renderer.write(try samplePack(), formats: [.html, .markdown], to: folder)
        #expect(
            files.map(\.lastPathComponent) == [
                "R-0042-2027-03-09-pack.html", "R-0042-2027-03-09-pack.md",
            ])
        #expect(FileManager.default.fileExists(atPath: files[1].path))
    }

    @Test func pdfWithoutPrinterIsRefusedWithInstructions() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: RoundsPacksError.pdfRendererMissing) {
            try renderer.write(try samplePack(), formats: [.html, .pdf], to: folder, printer: nil)
        }
        #expect(
            RoundsPacksError.pdfRendererMissing.description
                == "No PDF printer was found: Rounds prints PDF with Chromium or WeasyPrint. "
                + "Install one with `sudo apt-get install chromium` (or `weasyprint`), "
                + "or choose --format html and print from a browser.")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func findsNoPrinterOnAnEmptyPath() throws {
        let folder = try TemporaryFolder().url
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(PDFPrinter.find(environment: ["PATH": folder.path]) == nil)
    }
}
