import ArgumentParser
import RoundsOperations

/// `rounds export invites --out DIR [--eml]`: invitations, updates and cancellations.
struct ExportInvitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invites",
        abstract: "Write one invitation file per Round and per prep meeting.",
        discussion: """
            Each file is a single event for the Round's facilitators and panel. A changed \
            Round keeps its file name and calendar id and gets a higher sequence number, a \
            cancelled one becomes a cancellation, and someone taken off a Round gets a file \
            of their own telling their calendar to remove it. Files that did not change are \
            left untouched; the command lists the ones to send. The store records what was \
            sent only after every file is in place. Set ROUNDS_CLOCK (2027-01-04T09:00:00Z) \
            to fix the time stamped in new files.
            """)

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp(
            "The folder for the files; it is created when missing.", valueName: "folder"))
    var output: String

    @Flag(help: "Also write each invitation as an e-mail message (.eml) ready to send.")
    var eml = false

    func validate() throws {
        if output.isEmpty {
            throw ValidationError("The --out path is empty. Give a folder name.")
        }
    }

    func run() throws {
        let export = try store.operations.exportInvitations(
            to: output, mail: eml, now: try CommandClock.now())
        say(export.lines)
    }
}
