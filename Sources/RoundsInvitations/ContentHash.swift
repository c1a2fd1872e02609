import Foundation
import RoundsICS

/// The hash that tells a real change from a re-export.
///
/// It covers what the recipient sees and acts on (METHOD and the event: times, zone, title,
/// description, place, organizer, attendees with their roles, alarm, status), and leaves out
/// what changes with every issue (DTSTAMP, SEQUENCE) and what changes with the software
/// (PRODID, VTIMEZONE text). The fields are listed here one by one, rather than taken from
/// `CalendarEvent`'s own encoding, so that a new field in RoundsICS does not resend every
/// invitation.
enum ContentHash {
    /// Bumped when the hashed form changes on purpose, so that every invitation is reissued.
    static let version = 1

    private struct HashedAttendee: Encodable {
        var email: String
        var name: String?
        var role: String
        var participation: String
        var rsvp: Bool
        var userType: String
    }

    private struct HashedEvent: Encodable {
        var version: Int
        var method: String
        var uid: String
        var start: String
        var end: String?
        var summary: String?
        var description: String?
        var location: String?
        var url: String?
        var conferences: [[String]]
        var status: String?
        var classification: String?
        var organizer: [String]?
        var attendees: [HashedAttendee]
        var reminders: [String]
    }

    static func of(
        _ event: CalendarEvent, method: CalendarMethod
    ) throws(RoundsInvitationsError) -> String {
        let hashed = HashedEvent(
            version: version, method: method.rawValue, uid: event.uid, start: text(event.start),
            end: event.end.map(text), summary: event.summary, description: event.description,
            location: event.location, url: event.url,
            conferences: event.conferences.map { [$0.uri, $0.label ?? ""] },
            status: event.status?.rawValue, classification: event.classification?.rawValue,
            organizer: event.organizer.map { [$0.email, $0.name ?? ""] },
            attendees: event.attendees.map {
                HashedAttendee(
                    email: $0.email, name: $0.name, role: $0.role.rawValue,
                    participation: $0.participation.rawValue, rsvp: $0.rsvp,
                    userType: $0.userType.rawValue)
            },
            reminders: event.reminders.map { "\($0.minutesBefore) \($0.message)" })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            return "sha256:" + ContentDigest.hex(try encoder.encode(hashed))
        } catch {
            throw .calendarNotWritten(
                subject: event.uid, reason: "Its content could not be summarised for comparison.")
        }
    }

    /// `zoned 2027-02-09T12:00:00 Europe/London`, `utc ...`, `floating ...`, `date 2027-02-09`.
    private static func text(_ time: CalendarTime) -> String {
        switch time {
        case .allDay(let day): "date \(day)"
        case .utc(let wall): "utc \(wall)"
        case .zoned(let wall, let zone): "zoned \(wall) \(zone)"
        case .floating(let wall): "floating \(wall)"
        }
    }
}
