package import Foundation
import RoundsCore
package import RoundsICS

/// The all-staff subscription feed: `rounds export feed`.
///
/// METHOD:PUBLISH, one VEVENT per Round (no RRULE: dates are irregular), each with the Round's
/// stable UID. Only what any member of staff may read: the title, the theme's description, the
/// time and the place. No facilitators, panellists, attendees, prep meetings, story titles or
/// notes. A cancelled Round stays in the feed with STATUS:CANCELLED and a title starting
/// `Cancelled:`, so that subscribers see it was called off rather than an entry quietly vanishing
/// (docs/invitations.md explains the choice).
package struct StaffFeed: Sendable {
    /// The programme and its Rounds.
    package var source: InvitationSource
    /// SEQUENCE per UID, from the issued-invitation records; 0 for a UID not listed.
    package var sequences: [String: Int]

    /// A feed of `source`'s Rounds; `sequences` keeps each event's SEQUENCE in step with the
    /// invitations already issued.
    package init(source: InvitationSource, sequences: [String: Int] = [:]) {
        self.source = source
        self.sequences = sequences
    }

    /// The feed as a calendar, every event stamped `stamp` (the time of the export).
    package func document(stamp: Date) -> CalendarDocument {
        let content = EventContent(source: source)
        let stamp = InvitationStamp.whole(stamp)
        let events = source.roundsInOrder.map { event(for: $0, content: content, stamp: stamp) }
        return CalendarDocument(
            productID: EventContent.productID, method: .publish, name: content.calendarName,
            events: events)
    }

    /// The feed's bytes: iCalendar text from `CalendarWriter`, the same for the same input.
    package func data(stamp: Date) throws(RoundsInvitationsError) -> Data {
        let document = document(stamp: stamp)
        do {
            let text = try CalendarWriter(clock: { stamp }).write(document)
            return Data(text.utf8)
        } catch {
            throw .calendarNotWritten(
                subject: "the staff feed", reason: String(describing: error))
        }
    }

    private func event(for round: Round, content: EventContent, stamp: Date) -> CalendarEvent {
        let programme = source.programme
        let uid = round.calendarUID(domain: programme.domain)
        let cancelled = round.status == .cancelled
        let place = content.place(programme.venue(for: round))
        var lines: [String] = []
        if cancelled { lines.append("This \(content.kindName) has been cancelled.") }
        if let theme = source.theme(for: round), !theme.description.isEmpty {
            lines.append(theme.description)
        }
        lines.append(
            "Open to all staff, clinical and non-clinical. Questions: \(programme.organiser).")
        return CalendarEvent(
            uid: uid, start: content.time(round.start), end: content.time(round.end),
            sequence: sequences[uid] ?? 0, stamp: stamp,
            summary: (cancelled ? "Cancelled: " : "") + content.title(of: round),
            description: lines.joined(separator: "\n\n"), location: place.location,
            url: place.url, conferences: place.conferences,
            status: cancelled ? .cancelled : .confirmed, classification: .public,
            organizer: Organizer(
                email: programme.organiser.value,
                name: source.name(of: programme.organiser) ?? programme.organisation))
    }
}
