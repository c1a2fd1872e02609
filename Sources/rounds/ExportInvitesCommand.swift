import ArgumentParser
import Foundation
import RoundsInvitations
import RoundsStore

/// `rounds export invites --out DIR [--eml]`: invitations, updates and cancellations.
struct ExportInvitesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invites",
        abstract: "Write an invitation file for each Round and prep meeting, with updates and "
            + "cancellations.",
        discussion: """
            One .ics file per Round (R-0042.ics) and per prep meeting (R-0042-prep.ics), for \
            its facilitators and panel. A Round that changed keeps its file and gets a higher \
            sequence number, a cancelled Round's file becomes its cancellation, and someone \
            taken off a Round gets R-0042-uninvite-ADDRESS.ics. Files that did not change keep \
            their exact bytes. The store records what was issued only after every file is in \
            place. See docs/invitations.md.
            """)

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("out"),
        help: ArgumentHelp(
            "The folder to write into; it is created when missing.", valueName: "folder"))
    var output: String

    @Flag(
        name: .customLong("eml"),
        help: "Also write each invitation as an e-mail message (.eml) ready to send.")
    var writesMail = false

    func validate() throws {
        if output.isEmpty {
            throw ValidationError("The --out path is empty. Give a folder name.")
        }
    }

    func run() throws {
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let report = try store.open().update(withInvitations: { data, issued in
            let source = InvitationSource(
                programme: try data.existingProgramme(), people: data.people,
                themes: data.themes, rounds: data.rounds)
            let previous = try issued.mapValues { record in
                try IssuedInvitationRecord(
                    uid: record.uid, sequence: record.sequence, contentHash: record.contentHash,
                    stampText: record.stamp, methodText: record.method,
                    attendees: record.attendees)
            }
            let plan = try InvitationPlanner(clock: { Date() }).plan(source, issued: previous)
            // Files first, renamed into place; the records are stored when this returns.
            let report = try InvitationFiles(directory: folder, writesMail: writesMail)
                .write(plan)
            issued = report.records.mapValues { record in
                IssuedInvitation(
                    uid: record.uid, sequence: record.sequence, contentHash: record.contentHash,
                    stamp: record.stampText, method: record.methodText,
                    attendees: record.attendees)
            }
            return report
        })
        say(Self.summary(report, folder: output))
    }

    /// `Wrote 6 files to out: 2 new, 1 changed, 1 cancelled, 1 uninvite, 1 unchanged.` then one
    /// line per file to send, then the notes.
    static func summary(_ report: InvitationFiles.Report, folder: String) -> [String] {
        let calendars = report.files.filter { $0.name.hasSuffix(".ics") }
        let counts: [(InvitationStatus, String, String)] = [
            (.new, "new", "new"), (.changed, "changed", "changed"),
            (.cancelled, "cancelled", "cancelled"), (.uninvited, "uninvite", "uninvites"),
            (.unchanged, "unchanged", "unchanged"),
        ]
        let parts = counts.compactMap { status, one, many -> String? in
            let count = calendars.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(count == 1 ? one : many)"
        }
        let files = calendars.count == 1 ? "1 invitation" : "\(calendars.count) invitations"
        var lines = [
            "Wrote \(files) to \(folder)"
                + (parts.isEmpty ? "." : ": " + parts.joined(separator: ", ") + ".")
        ]
        let toSend = report.filesToSend
        if !toSend.isEmpty {
            lines.append("To send:")
            for file in toSend {
                lines.append(
                    "  \(file.status.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)) \(file.name)"
                )
            }
        }
        lines += report.notes
        return lines
    }
}
