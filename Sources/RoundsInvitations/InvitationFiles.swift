package import Foundation
package import RoundsCore
import RoundsFiles

/// Writes an `InvitationPlan` into a folder: each file to a temporary name beside it, then
/// renamed into place, so that nobody ever opens half an invitation.
///
/// The records come back only after every rename succeeded; the command stores them then, so a
/// failed export never records as issued what was not written.
package struct InvitationFiles: Sendable {
    /// The output folder; created when missing.
    package var directory: URL
    /// Also write one RFC 6047 mail (`.eml`) per invitation file.
    package var writesMail: Bool

    /// A writer into `directory`, with mail files when `writesMail` is true.
    package init(directory: URL, writesMail: Bool = false) {
        self.directory = directory
        self.writesMail = writesMail
    }

    /// One file written (or left as it was, when its bytes were already there).
    package struct Written: Sendable, Hashable {
        /// The file name in the folder.
        package var name: String
        /// The planner's verdict (for a mail file, that of its invitation).
        package var status: InvitationStatus
        /// False when the folder already held exactly these bytes, so the file was not touched.
        package var wasRewritten: Bool
    }

    /// What an export did.
    package struct Report: Sendable, Hashable {
        /// Every file, in the plan's order (each `.eml` right after its `.ics`).
        package var files: [Written]
        /// The records to store now that the files are in place.
        package var records: [String: IssuedInvitation]
        /// The planner's notes.
        package var notes: [String]

        /// Files that are new, changed, cancelled or uninvites (the ones to send).
        package var filesToSend: [Written] { files.filter { $0.status != .unchanged } }
    }

    /// Writes every file of `plan` and returns the records to store.
    package func write(_ plan: InvitationPlan) throws(RoundsInvitationsError) -> Report {
        do {
            try FileManager.default.createDirectory(
                at: directory, withIntermediateDirectories: true)
        } catch {
            throw .folderNotCreated(path: directory.path)
        }
        var written: [Written] = []
        for file in plan.files {
            written.append(
                Written(
                    name: file.name, status: file.status,
                    wasRewritten: try replace(file.name, with: file.calendar)))
            if writesMail {
                let name = InvitationMail.fileName(for: file)
                written.append(
                    Written(
                        name: name, status: file.status,
                        wasRewritten: try replace(name, with: InvitationMail.message(for: file))))
            }
        }
        return Report(files: written, records: plan.records, notes: plan.notes)
    }

    /// Puts `data` at `name` atomically (`AtomicFile`); returns false when the file
    /// already held these bytes (left untouched).
    private func replace(_ name: String, with data: Data) throws(RoundsInvitationsError) -> Bool {
        let target = directory.appendingPathComponent(name, isDirectory: false)
        if let existing = try? Data(contentsOf: target), existing == data { return false }
        do {
            try AtomicFile.write(data, to: target)
        } catch {
            throw .fileNotWritten(path: target.path)
        }
        return true
    }
}
