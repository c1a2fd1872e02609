package import Foundation
package import RoundsCore
package import RoundsICS

/// What an invitation file does compared with what was issued before.
package enum InvitationStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// First issue of this UID: SEQUENCE 0, METHOD:REQUEST.
    case new
    /// Same UID, something meaningful changed: SEQUENCE raised, new DTSTAMP, METHOD:REQUEST.
    case changed
    /// Nothing meaningful changed: the same bytes as the last export.
    case unchanged
    /// The Round was cancelled: METHOD:CANCEL with STATUS:CANCELLED to everyone invited before.
    case cancelled
    /// Someone was taken off the event: METHOD:CANCEL addressed to them alone, no STATUS.
    case uninvited
}

/// A name and address, for ORGANIZER, ATTENDEE and mail headers.
package struct InvitationContact: Sendable, Hashable, Codable {
    /// The normalised address.
    package var email: String
    /// The person's name, when known.
    package var name: String?

    /// A contact.
    package init(email: String, name: String? = nil) {
        self.email = email
        self.name = name
    }
}

/// One invitation file: its name, bytes, status, and what a mail carrying it needs.
package struct InvitationFile: Sendable, Hashable {
    /// File name inside the output folder, such as `R-0042.ics` (see docs/invitations.md).
    package var name: String
    /// The calendar UID of the event.
    package var uid: String
    /// The Round the event belongs to.
    package var roundID: RoundID
    /// True for the panel preparation meeting, false for the Round itself.
    package var isPrepMeeting: Bool
    /// REQUEST or CANCEL.
    package var method: CalendarMethod
    /// The SEQUENCE in the file.
    package var sequence: Int
    /// The DTSTAMP in the file (also the mail's Date).
    package var stamp: Date
    /// New, changed, unchanged, cancelled or uninvited.
    package var status: InvitationStatus
    /// The administrator, who sends it.
    package var organizer: InvitationContact
    /// Who the file is addressed to (its ATTENDEEs).
    package var recipients: [InvitationContact]
    /// A mail subject line, such as `Invitation: Schwartz Round: ... (9 Mar 2027, 12:00)`.
    package var subject: String
    /// The readable text of the invitation (its DESCRIPTION), for a mail's text part.
    package var text: String
    /// The iCalendar bytes written by `CalendarWriter`.
    package var calendar: Data

    /// True when the file differs from the last export (new, changed, cancelled, uninvited).
    package var needsSending: Bool { status != .unchanged }
}

/// The result of planning an export: files to write and the records to keep.
package struct InvitationPlan: Sendable, Hashable {
    /// Every file, Round by Round (the Round, then its prep meeting, then uninvites).
    package var files: [InvitationFile]
    /// The complete set of issued records to store after the files are in place, by UID
    /// (it replaces the stored set; records of UIDs no longer planned are carried over).
    package var records: [String: IssuedInvitation]
    /// Plain sentences about Rounds that got no file and records that match nothing.
    package var notes: [String]

    /// A plan.
    package init(
        files: [InvitationFile], records: [String: IssuedInvitation], notes: [String]
    ) {
        self.files = files
        self.records = records
        self.notes = notes
    }

    /// The files that differ from the last export.
    package var filesToSend: [InvitationFile] { files.filter(\.needsSending) }
}
