import Foundation
import RoundsCore
import RoundsICS

/// One event that gets invitations: a Round, or its prep meeting.
struct InvitationSubject {
    var round: Round
    var isPrepMeeting: Bool
    var uid: String
    var start: LocalDateTime
    var end: LocalDateTime

    /// `R-0042` or `R-0042-prep`: the start of every file name for this event.
    var baseName: String { isPrepMeeting ? "\(round.id)-prep" : "\(round.id)" }

    /// `R-0042 (9 Mar 2027)` or `the prep meeting of R-0042 (9 Mar 2027)`, for notes.
    var label: String { isPrepMeeting ? "The prep meeting of \(round.label)" : round.label }
}

/// Builds the events, texts and files of invitations. Reads names, times, places and themes;
/// never a panellist's story title or notes.
struct InvitationBuilder {
    let source: InvitationSource
    let content: EventContent

    init(source: InvitationSource) {
        self.source = source
        self.content = EventContent(source: source)
    }

    var programme: Programme { source.programme }

    /// The Round, then its prep meeting when it has one.
    func subjects(of round: Round) -> [InvitationSubject] {
        var result = [
            InvitationSubject(
                round: round, isPrepMeeting: false,
                uid: round.calendarUID(domain: programme.domain), start: round.start,
                end: round.end)
        ]
        if let prep = round.prepMeeting {
            result.append(
                InvitationSubject(
                    round: round, isPrepMeeting: true,
                    uid: round.prepMeetingCalendarUID(domain: programme.domain),
                    start: prep.start, end: prep.end))
        }
        return result
    }

    var organizer: InvitationContact {
        InvitationContact(
            email: programme.organiser.value,
            name: source.name(of: programme.organiser) ?? programme.organisation)
    }

    /// Facilitators (CHAIR) then panellists (REQ-PARTICIPANT), each once, RSVP requested.
    func attendees(of subject: InvitationSubject) -> [Attendee] {
        subject.round.participants.map { attendee(email: $0.value, subject: subject) }
    }

    func attendee(email: String, subject: InvitationSubject) -> Attendee {
        let isFacilitator = subject.round.facilitators.contains { $0.value == email }
        let name = source.person(email: email)?.name
        return Attendee(
            email: email, name: name.flatMap { $0.isEmpty ? nil : $0 },
            role: isFacilitator ? .chair : .requiredParticipant, participation: .needsAction,
            rsvp: true)
    }

    func title(_ subject: InvitationSubject) -> String {
        subject.isPrepMeeting
            ? content.prepTitle(of: subject.round) : content.title(of: subject.round)
    }

    /// The event without SEQUENCE and DTSTAMP, which the file sets.
    private func baseEvent(
        _ subject: InvitationSubject, attendees: [Attendee], description: String
    ) -> CalendarEvent {
        let place = content.place(programme.venue(for: subject.round))
        return CalendarEvent(
            uid: subject.uid, start: content.time(subject.start), end: content.time(subject.end),
            summary: title(subject), description: description, location: place.location,
            url: place.url, conferences: place.conferences, classification: .private,
            organizer: Organizer(email: organizer.email, name: organizer.name),
            attendees: attendees)
    }

    func requestEvent(_ subject: InvitationSubject, attendees: [Attendee]) -> CalendarEvent {
        var event = baseEvent(subject, attendees: attendees, description: requestText(subject))
        event.status = .confirmed
        if programme.reminderMinutes >= 0 {
            let what = subject.isPrepMeeting ? "Panel preparation" : content.kindName
            event.reminders = [
                Reminder(
                    minutesBefore: programme.reminderMinutes,
                    message: "\(what) in \(programme.reminderMinutes) minutes")
            ]
        }
        return event
    }

    func cancelEvent(_ subject: InvitationSubject, attendees: [Attendee]) -> CalendarEvent {
        var event = baseEvent(subject, attendees: attendees, description: cancelText(subject))
        event.summary = "Cancelled: " + title(subject)
        event.status = .cancelled
        return event
    }

    /// RFC 5546 3.2.5: a CANCEL to a removed attendee carries only that attendee and no STATUS,
    /// because STATUS:CANCELLED would cancel the event for everyone.
    func uninviteEvent(_ subject: InvitationSubject, email: String) -> CalendarEvent {
        baseEvent(
            subject, attendees: [attendee(email: email, subject: subject)],
            description: uninviteText(subject))
    }

    func uninviteFile(
        _ subject: InvitationSubject, email: String, sequence: Int, stamp: Date
    ) throws(RoundsInvitationsError) -> InvitationFile {
        try file(
            subject, event: uninviteEvent(subject, email: email), method: .cancel,
            sequence: sequence, stamp: stamp, status: .uninvited,
            name: "\(subject.baseName)-uninvite-\(InvitationNames.safe(email)).ics")
    }

    func file(
        _ subject: InvitationSubject, event: CalendarEvent, method: CalendarMethod,
        sequence: Int, stamp: Date, status: InvitationStatus, name: String? = nil
    ) throws(RoundsInvitationsError) -> InvitationFile {
        var event = event
        event.sequence = sequence
        event.stamp = stamp
        let document = CalendarDocument(
            productID: EventContent.productID, method: method, events: [event])
        let text: String
        do {
            text = try CalendarWriter(clock: { stamp }).write(document)
        } catch {
            throw .calendarNotWritten(subject: subject.label, reason: String(describing: error))
        }
        return InvitationFile(
            name: name ?? "\(subject.baseName).ics", uid: subject.uid, roundID: subject.round.id,
            isPrepMeeting: subject.isPrepMeeting, method: method, sequence: sequence,
            stamp: stamp, status: status, organizer: organizer,
            recipients: event.attendees.map { InvitationContact(email: $0.email, name: $0.name) },
            subject: mailSubject(subject, event: event, method: method),
            text: event.description ?? "", calendar: Data(text.utf8))
    }

    /// The subject depends only on the file's content (never on whether it was just written),
    /// so an unchanged file's mail is unchanged too.
    private func mailSubject(
        _ subject: InvitationSubject, event: CalendarEvent, method: CalendarMethod
    ) -> String {
        let dates = content.dates
        let when = "(\(dates.short(subject.start.date)), \(dates.time(subject.start.time)))"
        let title = title(subject)
        switch (method, event.status) {
        case (.cancel, .cancelled): return "Cancelled: \(title) \(when)"
        case (.cancel, _): return "No longer needed: \(title) \(when)"
        default:
            return (event.sequence == 0 ? "Invitation: " : "Updated invitation: ")
                + "\(title) \(when)"
        }
    }
}

/// File names of invitations.
enum InvitationNames {
    /// `email` with anything but letters, digits and `.@+-_` replaced by `_`, so an address
    /// can never name a path outside the output folder.
    static func safe(_ email: String) -> String {
        String(
            String.UnicodeScalarView(
                email.unicodeScalars.map { scalar in
                    scalar.isASCII
                        && (CharacterSet.alphanumerics.contains(scalar)
                            || ".@+-_".unicodeScalars.contains(scalar))
                        ? scalar : "_"
                }))
    }
}
