package import Foundation
package import RoundsCore
import RoundsPacks
package import RoundsReports
import RoundsStore

/// The file formats of a report, for front doors that name them without importing the
/// report module.
package typealias ReportFormat = RoundsReports.ReportFormat

extension ReportFormat {
    /// The format named `name` (html, pdf, csv or json); nil for any other name.
    package init?(named name: String) { self.init(rawValue: name) }
}

extension ProgrammeOperations {
    /// `report`: the report on the held Rounds from `first` to `last`, read in one transaction
    /// and rendered in `formats` (with the session summary, always) in memory, for a front door
    /// that serves the files rather than writing them. `templates` is a folder whose
    /// `report/*.mustache` files replace the built-in ones.
    package func report(
        from first: YearMonth, to last: YearMonth, formats: Set<ReportFormat>,
        includeComments: Bool, templates: String? = nil, now: Date
    ) throws -> RenderedReport {
        let printer = formats.contains(.pdf) ? PDFPrinter.find() : nil
        if formats.contains(.pdf), printer == nil { throw RoundsPacksError.pdfRendererMissing }
        let report = try buildReport(
            from: first, to: last, includeComments: includeComments, now: now)
        let renderer = try reportRenderer(templates: templates)
        var files = renderer.files(report, formats: formats).map {
            ReportFile(name: $0.name, data: Data($0.text.utf8))
        }
        if formats.contains(.pdf), let printer {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "rounds-report-\(UUID().uuidString)", isDirectory: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            do {
                try FileManager.default.createDirectory(
                    at: folder, withIntermediateDirectories: true)
            } catch {
                throw RoundsPacksError.cannotWrite(file: folder.path)
            }
            let file = folder.appendingPathComponent("report.pdf")
            try printer.print(html: renderer.html(report), to: file)
            files.append(ReportFile(name: "report.pdf", data: try Data(contentsOf: file)))
        }
        return RenderedReport(roundsHeld: report.period.roundsHeld, files: files)
    }

    /// `report --out`: like `report(from:to:...)`, writing the files into the folder `out`
    /// (created when missing); returns the files written, in order, and the Rounds held.
    package func writeReport(
        from first: YearMonth, to last: YearMonth, formats: Set<ReportFormat>,
        includeComments: Bool, templates: String? = nil, now: Date, to out: String
    ) throws -> (files: [URL], roundsHeld: Int) {
        let printer = formats.contains(.pdf) ? PDFPrinter.find() : nil
        if formats.contains(.pdf), printer == nil { throw RoundsPacksError.pdfRendererMissing }
        let report = try buildReport(
            from: first, to: last, includeComments: includeComments, now: now)
        let folder = try Self.createFolder(out)
        let files = try reportRenderer(templates: templates).write(
            report, formats: formats, to: folder, printer: printer)
        return (files, report.period.roundsHeld)
    }

    /// `certificates`: a certificate of attendance (PDF) for everyone who signed in to the held
    /// Round `reference` with a name, written into `out`; returns the Round and the files.
    package func writeCertificates(_ reference: String, to out: String) throws
        -> (round: Round, files: [URL])
    {
        let (data, records) = try reader().loadWithRecords()
        let programme = try data.existingProgramme()
        let round = try data.round(reference)
        guard round.status == .held else {
            throw OperationFailure(
                "\(round.label) has not been marked held. Run `rounds held \(round.id)` first.")
        }
        let record = records.first { $0.round == round.id } ?? RoundRecord(round: round.id)
        if CertificateWriter.names(record.attendance).isEmpty {
            throw OperationFailure(
                "\(round.label) has no sign-ins with a name. Import its sign-in sheet with "
                    + "`rounds attendance import FILE --round \(round.id)` first.")
        }
        guard let printer = PDFPrinter.find() else { throw RoundsPacksError.pdfRendererMissing }
        let folder = try Self.createFolder(out)
        let theme = round.theme.flatMap { slug in data.themes.first { $0.slug == slug } }
        let facilitators = round.facilitators.map { email in
            data.people.first { $0.email == email }?.name ?? email.value
        }
        let files = try CertificateWriter().write(
            round: round, record: record, programme: programme, theme: theme,
            facilitators: facilitators, to: folder, printer: printer)
        return (round, files)
    }

    /// `check`: the fidelity and consistency warnings of the programme and its Rounds, then
    /// those of their records at `now`: attendance or evaluations missing a week on, low
    /// response rates and overdue follow-up actions.
    package func check(now: Date) throws -> [FidelityWarning] {
        let opened = try reader()
        let (data, records) = try opened.loadWithRecords()
        let programme = try data.existingProgramme()
        let holidays = try opened.importedHolidays()
        return Self.fidelityWarnings(data, programme: programme, imported: holidays)
            + RecordChecks(dates: DateWriter(locale: programme.locale)).warnings(
                rounds: data.rounds, records: records,
                today: Self.today(in: programme.timeZone, at: now))
    }

    /// The report of the period, built from one read of the store.
    func buildReport(from first: YearMonth, to last: YearMonth, includeComments: Bool, now: Date)
        throws -> Report
    {
        try buildReport(from: first, to: last, includeComments: includeComments) { programme in
            Self.today(in: programme.timeZone, at: now)
        }
    }

    /// The report of the period, built from one read of the store; `today` gives the day the
    /// report is made from the programme.
    func buildReport(
        from first: YearMonth, to last: YearMonth, includeComments: Bool,
        today: (Programme) -> LocalDate
    ) throws -> Report {
        let (data, records) = try reader().loadWithRecords()
        let programme = try data.existingProgramme()
        return Report(
            ReportInput(
                programme: programme, rounds: data.rounds, themes: data.themes,
                records: records, questionSet: programme.questionSet, from: first.firstDay,
                to: last.lastDay, includeComments: includeComments,
                today: today(programme)))
    }

    /// The report templates: `templates/report/` beside the store and the `templates` folder
    /// given replace built-in files of the same name, `templates` winning.
    func reportRenderer(templates: String?) throws -> ReportRenderer {
        try ReportRenderer(
            locator: .standard(
                commandLineFolder: templates.map { URL(fileURLWithPath: $0, isDirectory: true) },
                programmeFolder: programmeTemplates))
    }

    /// Creates the folder `path` when missing.
    static func createFolder(_ path: String) throws -> URL {
        let folder = URL(fileURLWithPath: path, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw RoundsPacksError.cannotWrite(file: path)
        }
        return folder
    }
}

/// A report rendered in memory: its files by name, in the order they are written.
package struct RenderedReport: Sendable, Hashable {
    /// How many Rounds of the period were held.
    package let roundsHeld: Int
    /// The files: report.html, report.json, the CSV files, the session summary, report.pdf.
    package let files: [ReportFile]
}

/// One file of a rendered report.
package struct ReportFile: Sendable, Hashable {
    /// Its name, such as `report.html`.
    package let name: String
    /// Its bytes.
    package let data: Data
}
