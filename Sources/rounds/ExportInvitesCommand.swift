import ArgumentParser
import Foundation
import RoundsICS
import RoundsInvitations
import RoundsStore

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
        let result = try InvitationExport.run(
            store: try store.open(), folder: output, mail: eml, now: try CommandClock.now())
        say(result.lines)
    }
}

/// Plans, writes and records invitations; shared by `export invites` and `demo`.
enum InvitationExport {
    struct Result {
        var files: [InvitationFiles.Written]
        var notes: [String]
        var folder: String

        /// `Wrote 6 invitations to out: 2 new, 1 changed, 1 cancelled, 1 uninvite, 1
        /// unchanged.`, then one line per file to send, then the notes; with nothing to send,
        /// a line saying so.
        var lines: [String] {
            let calendars = files.filter { $0.name.hasSuffix(".ics") }
            let counts: [(InvitationStatus, String, String)] = [
                (.new, "new", "new"), (.changed, "changed", "changed"),
                (.cancelled, "cancelled", "cancelled"), (.uninvited, "uninvite", "uninvites"),
                (.unchanged, "unchanged", "unchanged"),
            ]
            let parts = counts.compactMap { status, one, many -> String? in
                let count = calendars.filter { $0.status == status }.count
                return count == 0 ? nil : "\(count) \(count == 1 ? one : many)"
            }
            let written = calendars.count == 1 ? "1 invitation" : "\(calendars.count) invitations"
            var lines = [
                "Wrote \(written) to \(folder)"
                    + (parts.isEmpty ? "." : ": " + parts.joined(separator: ", ") + ".")
            ]
            let toSend = files.filter { $0.status != .unchanged }
            if toSend.isEmpty {
                lines.append("Nothing changed: no invitation needs sending.")
            } else {
                lines.append("To send:")
                for file in toSend {
                    let status = file.status.rawValue.padding(
                        toLength: 10, withPad: " ", startingAt: 0)
                    lines.append("  \(status) \(file.name)")
                }
            }
            return lines + notes
        }
    }

    static func run(store: ProgrammeStore, folder: String, mail: Bool, now: Date) throws
        -> Result
    {
        let writer = InvitationFiles(directory: URL(fileURLWithPath: folder), writesMail: mail)
        return try store.update(withInvitations: { data, issued in
            let programme = try data.existingProgramme()
            var previous: [String: IssuedInvitationRecord] = [:]
            for (uid, record) in issued {
                previous[uid] = try IssuedInvitationRecord(
                    uid: record.uid, sequence: record.sequence, contentHash: record.contentHash,
                    stampText: record.stamp, methodText: record.method,
                    attendees: record.attendees)
            }
            let plan = try InvitationPlanner(clock: { now }).plan(
                InvitationSource(
                    programme: programme, people: data.people, themes: data.themes,
                    rounds: data.rounds),
                issued: previous)
            // Files are renamed into place first; the records are stored only when the
            // closure returns, in the same transaction.
            let report = try writer.write(plan)
            issued = report.records.mapValues { record in
                IssuedInvitation(
                    uid: record.uid, sequence: record.sequence, contentHash: record.contentHash,
                    stamp: record.stampText, method: record.method.rawValue,
                    attendees: record.attendees)
            }
            return Result(files: report.files, notes: report.notes, folder: folder)
        })
    }
}
