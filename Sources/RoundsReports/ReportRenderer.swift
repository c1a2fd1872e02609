package import Foundation
package import RoundsPacks
import RoundsRecords

/// The file formats of a report.
package enum ReportFormat: String, Sendable, Hashable, CaseIterable {
    /// `report.html`, one self-contained page with SVG charts.
    case html
    /// `report.pdf`, the HTML printed by Chromium (as packs are).
    case pdf
    /// `report-rounds.csv`, `report-statements.csv` and, in the full report, `comments.csv`.
    case csv
    /// `report.json`: every number the HTML shows.
    case json
}

/// Writes a ``Report`` as HTML, PDF, CSV and JSON, and the licensing body's session summary.
package struct ReportRenderer: Sendable {
    private let templates: TemplateSet

    /// Reads the report templates (`Templates/report/`) from `locator`'s folders.
    package init(locator: TemplateLocator = .standard()) throws(RoundsPacksError) {
        self.templates = try TemplateSet.load(
            templateFolder: "report", from: try locator.folders(), entry: "report")
    }

    /// The report as one HTML page.
    package func html(_ report: Report) -> String {
        templates.render(mustacheTree(ReportView(report)), template: "report")
    }

    /// The per-Round session summary for the licensing body, as HTML.
    package func summaryHTML(_ report: Report) -> String {
        templates.render(mustacheTree(SummaryView(report)), template: "summary")
    }

    /// `report.json`: the report with sorted keys, two-space indented.
    package static func json(_ report: Report) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// The text files of `formats` (every one but the PDF) and the session summary (CSV and
    /// HTML), by file name, in the order `write` writes them.
    package func files(_ report: Report, formats: Set<ReportFormat>) -> [(
        name: String, text: String
    )] {
        files(report, formats: formats, page: formats.contains(.html) ? html(report) : "")
    }

    private func files(_ report: Report, formats: Set<ReportFormat>, page: String)
        -> [(name: String, text: String)]
    {
        var files: [(name: String, text: String)] = []
        if formats.contains(.html) { files.append(("report.html", page)) }
        if formats.contains(.json) { files.append(("report.json", ReportRenderer.json(report))) }
        if formats.contains(.csv) {
            files.append(("report-rounds.csv", ReportCSV.rounds(report)))
            files.append(("report-statements.csv", ReportCSV.statements(report)))
            if report.includesComments {
                files.append(("comments.csv", ReportCSV.comments(report)))
            }
        }
        files.append(("session-summary.csv", ReportCSV.sessionSummary(report)))
        files.append(("session-summary.html", summaryHTML(report)))
        return files
    }

    /// Writes the files of `formats` into `directory`, and always the session summary (CSV and
    /// HTML); returns the files written. PDF needs `printer`.
    package func write(
        _ report: Report, formats: Set<ReportFormat>, to directory: URL, printer: PDFPrinter?
    ) throws(RoundsPacksError) -> [URL] {
        if formats.contains(.pdf), printer == nil { throw .pdfRendererMissing }
        // The HTML is drawn only when a format needs it (the PDF prints it).
        let needsPage = formats.contains(.html) || formats.contains(.pdf)
        let page = needsPage ? html(report) : ""
        var written: [URL] = []
        for (name, text) in files(report, formats: formats, page: page) {
            let file = directory.appendingPathComponent(name)
            try PackRenderer.save(text, to: file)
            written.append(file)
        }
        if formats.contains(.pdf), let printer {
            let file = directory.appendingPathComponent("report.pdf")
            try printer.print(html: page, to: file)
            written.append(file)
        }
        return written
    }
}
