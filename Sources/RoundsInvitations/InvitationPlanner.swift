package import Foundation
package import RoundsCore
import RoundsICS

/// Decides, from what was issued before and the Rounds as they are now, which invitation files
/// to write: `rounds export invites`.
///
/// One single-event calendar per Round and per prep meeting (METHOD:REQUEST, ORGANIZER the
/// administrator, ATTENDEEs the facilitators as CHAIR and the panel as REQ-PARTICIPANT, RSVP,
/// a VALARM, a DESCRIPTION with the practical details). Per UID:
/// - never issued: new, SEQUENCE 0;
/// - issued, same content hash: unchanged, rebuilt with the stored SEQUENCE and DTSTAMP, so the
///   bytes are those of the last export;
/// - issued, content changed: SEQUENCE + 1 and a new DTSTAMP; anyone no longer invited also gets
///   a CANCEL addressed to them alone (RFC 5546 3.2.5), with the same SEQUENCE;
/// - the Round cancelled: METHOD:CANCEL, STATUS:CANCELLED, SEQUENCE + 1, to everyone the last
///   REQUEST went to (never issued: nothing to withdraw, no file).
/// - the Round held (it took place): no file, the record kept as it was.
///
/// Pure: no files, no clock except the one injected.
package struct InvitationPlanner: Sendable {
    /// Supplies the DTSTAMP of every new or changed file in one export.
    let clock: @Sendable () -> Date

    /// A planner whose new and changed files are stamped with the time `clock` returns.
    package init(clock: @escaping @Sendable () -> Date) {
        self.clock = clock
    }

    /// The files and records for `source`, given the records `issued` before (by UID).
    package func plan(
        _ source: InvitationSource, issued: [String: IssuedInvitation]
    ) throws(RoundsInvitationsError) -> InvitationPlan {
        let builder = InvitationBuilder(source: source)
        let now = InvitationStamp.whole(clock())
        var files: [InvitationFile] = []
        var records: [String: IssuedInvitation] = [:]
        var notes: [String] = []
        var handled: Set<String> = []
        for round in source.roundsInOrder {
            for subject in builder.subjects(of: round) {
                handled.insert(subject.uid)
                // A Round that took place is history: nothing is sent about it any more, and
                // what was issued stays on record.
                if round.status == .held {
                    if let previous = issued[subject.uid] { records[subject.uid] = previous }
                    continue
                }
                let outcome = try plan(
                    subject, previous: issued[subject.uid], builder: builder, now: now)
                files += outcome.files
                if let record = outcome.record { records[subject.uid] = record }
                if let note = outcome.note { notes.append(note) }
            }
        }
        for (uid, record) in issued.sorted(by: { $0.key < $1.key }) where !handled.contains(uid) {
            // Without the event's details no cancellation can be written; keep the record so
            // the next export still knows what went out.
            records[uid] = record
            notes.append(
                "\(uid) was issued before but matches no Round or prep meeting now, so no "
                    + "cancellation was written for it. Tell its \(record.attendees.count) "
                    + "recipient(s) yourself if it should be removed from their calendars.")
        }
        return InvitationPlan(files: files, records: records, notes: notes)
    }

    private struct Outcome {
        var files: [InvitationFile] = []
        var record: IssuedInvitation?
        var note: String?
    }

    private func plan(
        _ subject: InvitationSubject, previous: IssuedInvitation?,
        builder: InvitationBuilder, now: Date
    ) throws(RoundsInvitationsError) -> Outcome {
        if subject.round.status == .cancelled {
            return try planCancellation(subject, previous: previous, builder: builder, now: now)
        }
        let attendees = builder.attendees(of: subject)
        let emails = attendees.map(\.email)
        let event = builder.requestEvent(subject, attendees: attendees)
        let hash = try ContentHash.of(event, method: .request)
        var outcome = Outcome()
        let sequence: Int
        let stamp: Date
        let status: InvitationStatus
        if let previous {
            if previous.method == .request && previous.contentHash == hash {
                (sequence, stamp, status) = (previous.sequence, previous.stamp, .unchanged)
            } else {
                (sequence, stamp, status) = (previous.sequence + 1, now, .changed)
                // People already told of a cancellation need nothing more.
                if previous.method == .request {
                    let removed = previous.attendees.filter { !emails.contains($0) }
                    for email in removed {
                        outcome.files.append(
                            try builder.uninviteFile(
                                subject, email: email, sequence: sequence, stamp: stamp))
                    }
                }
            }
        } else {
            guard !attendees.isEmpty else {
                outcome.note =
                    "\(subject.label) has no facilitators or panel yet, so no invitation "
                    + "was written."
                return outcome
            }
            (sequence, stamp, status) = (0, now, .new)
        }
        outcome.record = IssuedInvitation(
            uid: subject.uid, sequence: sequence, contentHash: hash, stamp: stamp,
            method: .request, attendees: emails)
        if attendees.isEmpty {
            outcome.note =
                "\(subject.label) has nobody to invite now, so no invitation was written."
        } else {
            outcome.files.insert(
                try builder.file(
                    subject, event: event, method: .request, sequence: sequence, stamp: stamp,
                    status: status),
                at: 0)
        }
        return outcome
    }

    private func planCancellation(
        _ subject: InvitationSubject, previous: IssuedInvitation?,
        builder: InvitationBuilder, now: Date
    ) throws(RoundsInvitationsError) -> Outcome {
        // Never issued: nobody has it in their calendar, so there is nothing to withdraw.
        guard let previous else { return Outcome() }
        let attendees = previous.attendees.map { builder.attendee(email: $0, subject: subject) }
        let event = builder.cancelEvent(subject, attendees: attendees)
        let hash = try ContentHash.of(event, method: .cancel)
        let unchanged = previous.method == .cancel && previous.contentHash == hash
        let sequence = unchanged ? previous.sequence : previous.sequence + 1
        let stamp = unchanged ? previous.stamp : now
        var outcome = Outcome()
        outcome.record = IssuedInvitation(
            uid: subject.uid, sequence: sequence, contentHash: hash, stamp: stamp,
            method: .cancel, attendees: previous.attendees)
        if !attendees.isEmpty {
            outcome.files.append(
                try builder.file(
                    subject, event: event, method: .cancel, sequence: sequence, stamp: stamp,
                    status: unchanged ? .unchanged : .cancelled))
        }
        return outcome
    }
}
