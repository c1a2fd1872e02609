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

        var lines: [String] {
            let toSend = files.filter { $0.status != .unchanged }
            if toSend.isEmpty {
                return ["Nothing changed: no invitation needs sending."] + notes
            }
            var lines = ["In \(folder):"]
            let order: [(InvitationStatus, String)] = [
                (.new, "New"), (.changed, "Changed"), (.cancelled, "Cancelled"),
                (.uninvited, "Uninvite"),
            ]
            for (status, word) in order {
                for file in toSend where file.status == status {
                    lines.append("  \(word): \(file.name)")
                }
            }
            let unchanged = files.count - toSend.count
            lines.append(
                "\(toSend.count) to send, \(unchanged) unchanged.")
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
