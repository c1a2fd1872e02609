package import Foundation
import RoundsCore
import RoundsFiles
import RoundsICS
package import RoundsInvitations
import RoundsStore

extension ProgrammeOperations {
    /// `export yaml`: the whole programme as a programme file, written atomically.
    package func exportYAML(to path: String) throws {
        let text = try reader().exportYAML()
        try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: path), name: path)
    }

    /// `export feed`: the all-staff feed, left alone when it already holds the same events;
    /// returns the line to print.
    package func exportFeed(to path: String, now: Date) throws -> String {
        try Self.exportFeed(from: try reader(), to: path, now: now)
    }

    static func exportFeed(from store: any ProgrammeRepository, to path: String, now: Date)
        throws -> String
    {
        let data = try store.load()
        let feed = try staffFeed(data, issued: try store.issuedInvitations())
        let url = URL(fileURLWithPath: path)
        // The stamp is the export time, so compare with the old file at its own stamp: the
        // same events give the same bytes, and the file is left alone.
        if let old = try? Data(contentsOf: url),
            let stamp = CalendarReader().read(old, fileName: path).events.first?.stamp,
            try feed.data(stamp: stamp) == old
        {
            return "Nothing changed in \(path)."
        }
        let bytes = try feed.data(stamp: now)
        let existed = FileManager.default.fileExists(atPath: path)
        try AtomicFile.write(bytes, to: url, name: path)
        let count = data.rounds.count
        let cancelled = data.rounds.filter { $0.status == .cancelled }.count
        return "\(existed ? "Updated" : "Wrote") \(path): "
            + (count == 1 ? "1 Round" : "\(count) Rounds")
            + (cancelled > 0 ? ", \(cancelled) cancelled." : ".")
    }

    /// `export invites`: plans, writes and records invitations in one transaction; files are
    /// renamed into place before the records are committed.
    package func exportInvitations(to folder: String, mail: Bool, now: Date) throws
        -> InvitationExport
    {
        try Self.exportInvitations(from: try store(), to: folder, mail: mail, now: now)
    }

    static func exportInvitations(
        from store: any ProgrammeRepository, to folder: String, mail: Bool, now: Date
    ) throws -> InvitationExport {
        let writer = InvitationFiles(directory: URL(fileURLWithPath: folder), writesMail: mail)
        return try store.update(withInvitations: { data, issued in
            let plan = try InvitationPlanner(clock: { now }).plan(
                try InvitationSource(data), issued: issued)
            // Files are renamed into place first; the records are stored only when the
            // closure returns, in the same transaction.
            let report = try writer.write(plan)
            issued = report.records
            return InvitationExport(files: report.files, notes: report.notes, folder: folder)
        })
    }
}

/// What `export invites` wrote: every file with its status, notes, and the folder.
package struct InvitationExport: Sendable {
    /// Every file written or left unchanged.
    package var files: [InvitationFiles.Written]
    /// Notes about Rounds that could not be invited.
    package var notes: [String]
    /// The folder, as the user named it.
    package var folder: String

    /// `Wrote 6 invitations to out: 2 new, 1 changed, 1 cancelled, 1 uninvite, 1
    /// unchanged.`, then one line per file to send, then the notes; with nothing to send,
    /// a line saying so.
    package var lines: [String] {
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
