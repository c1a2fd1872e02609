package import Foundation
package import RoundsCore
package import RoundsPacks

/// Certificates of attendance: a one-page PDF for each attendee who signed in with a name.
package struct CertificateWriter: Sendable {
    private let templates: TemplateSet

    /// Reads `Templates/report/certificate.mustache` from `locator`'s folders.
    package init(locator: TemplateLocator = .standard()) throws(RoundsPacksError) {
        self.templates = try TemplateSet.load(
            templateFolder: "report", from: try locator.folders(), entry: "certificate")
    }

    /// The certificate of `name` for `round` as HTML.
    package func html(
        name: String, round: Round, programme: Programme, theme: Theme?,
        facilitators: [String]
    ) -> String {
        let dates = DateWriter(locale: programme.locale)
        let view = CertificateView(
            lang: programme.locale, paperSize: programme.effectivePaper.cssName,
            name: name, organisation: programme.organisation, roundID: round.id.description,
            dateText: dates.short(round.date), startTime: dates.time(round.start.time),
            endTime: dates.time(round.end.time), theme: theme?.title ?? "(no theme recorded)",
            facilitatorNames: facilitators.isEmpty
                ? nil : facilitators.joined(separator: " and "))
        return templates.render(view, template: "certificate")
    }

    /// The names that get a certificate: named sign-ins, each once, in sheet order.
    package static func names(_ attendance: Attendance) -> [String] {
        var seen: Set<String> = []
        return attendance.signIns.compactMap(\.name).filter {
            seen.insert(QuestionSet.fold($0)).inserted
        }
    }

    /// The file name for `name`'s certificate, such as `R-0042-2027-03-09-ana-price.pdf`.
    package static func fileName(round: Round, name: String, taken: Set<String>) -> String {
        let slug =
            name.lowercased().unicodeScalars.map {
                $0.properties.isAlphabetic || ("0"..."9").contains($0) ? String($0) : "-"
            }.joined().split(separator: "-").joined(separator: "-")
        let base = "\(round.id)-\(round.date)-\(slug.isEmpty ? "attendee" : slug)"
        var candidate = "\(base).pdf"
        var number = 2
        while taken.contains(candidate) {
            candidate = "\(base)-\(number).pdf"
            number += 1
        }
        return candidate
    }

    /// Prints one certificate per named sign-in of `record` into `directory`; returns the files.
    package func write(
        round: Round, record: RoundRecord, programme: Programme, theme: Theme?,
        facilitators: [String], to directory: URL, printer: PDFPrinter
    ) throws(RoundsPacksError) -> [URL] {
        var written: [URL] = []
        var taken: Set<String> = []
        for name in CertificateWriter.names(record.attendance) {
            let fileName = CertificateWriter.fileName(round: round, name: name, taken: taken)
            taken.insert(fileName)
            let file = directory.appendingPathComponent(fileName)
            try printer.print(
                html: html(
                    name: name, round: round, programme: programme, theme: theme,
                    facilitators: facilitators), to: file)
            written.append(file)
        }
        return written
    }
}

/// What the certificate template sees.
struct CertificateView {
    let lang: String
    let paperSize: String
    let name: String
    let organisation: String
    let roundID: String
    let dateText: String
    let startTime: String
    let endTime: String
    let theme: String
    let facilitatorNames: String?
}
