import ArgumentParser
import Foundation
import RoundsCore
import RoundsOperations

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
        let (found, files) = try store.operations.writeCertificates(round.reference, to: out)
        say(["Wrote \(counted(files.count, "certificate")) for \(found.label) into \(out)."])
    }
}
