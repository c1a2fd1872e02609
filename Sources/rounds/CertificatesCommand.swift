import ArgumentParser
import Foundation
import RoundsCore
import RoundsPacks
import RoundsReports
import RoundsStore

/// `rounds certificates ID --out DIR`: a certificate of attendance per named sign-in.
struct CertificatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "certificates",
        abstract: "Print a certificate of attendance for everyone who signed in with a name.",
        discussion: """
            One PDF page each (one CPD hour, the Round's date and theme, and a prompt for a \
            short written reflection), printed by Chromium or WeasyPrint as packs are. \
            Import the sign-ins first with rounds attendance import.
            """)

    @OptionGroup var store: StoreOptions
    @OptionGroup var round: RoundArgument

    @Option(
        help: ArgumentHelp("The folder to write into; created when missing.", valueName: "folder"))
    var out: String

    func run() throws {
        let opened = try store.open(readOnly: true)
        let data = try opened.load()
        let programme = try data.existingProgramme()
        let found = try data.round(round.reference)
        guard found.status == .held else {
            throw CommandFailure(
                "\(found.label) has not been marked held. Run `rounds held \(found.id)` first.")
        }
        let record = try opened.roundRecord(found.id)
        if CertificateWriter.names(record.attendance).isEmpty {
            throw CommandFailure(
                "\(found.label) has no sign-ins with a name. Import its sign-in sheet with "
                    + "`rounds attendance import FILE --round \(found.id)` first.")
        }
        guard let printer = PDFPrinter.find() else { throw RoundsPacksError.pdfRendererMissing }
        let folder = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw RoundsPacksError.cannotWrite(file: out)
        }
        let theme = found.theme.flatMap { slug in data.themes.first { $0.slug == slug } }
        let facilitators = found.facilitators.map { email in
            data.people.first { $0.email == email }?.name ?? email.value
        }
        let files = try CertificateWriter().write(
            round: found, record: record, programme: programme, theme: theme,
            facilitators: facilitators, to: folder, printer: printer)
        say(["Wrote \(counted(files.count, "certificate")) for \(found.label) into \(out)."])
    }
}
