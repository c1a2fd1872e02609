import Foundation
import RoundsICS

/// The hash that tells a real change from a re-export.
///
/// It covers what the recipient sees and acts on (METHOD and the event: times, zone, title,
/// description, place, organizer, attendees with their roles, alarm, status), and leaves out
/// what changes with every issue (DTSTAMP, SEQUENCE) and what changes with the software
/// (PRODID, VTIMEZONE text), so an upgrade of Rounds or libical does not resend every invitation.
enum ContentHash {
    /// Bumped when the hashed form changes on purpose, so that every invitation is reissued.
    static let version = 1

    private struct Input: Encodable {
        var version: Int
        var method: String
        var event: CalendarEvent
    }

    static func of(
        _ event: CalendarEvent, method: CalendarMethod
    ) throws(RoundsInvitationsError) -> String {
        var event = event
        event.sequence = 0
        event.stamp = nil
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        do {
            let data = try encoder.encode(
                Input(version: version, method: method.rawValue, event: event))
            return "sha256:" + SHA256.hex(data)
        } catch {
            throw .calendarNotWritten(
                subject: event.uid, reason: "Its content could not be summarised for comparison.")
        }
    }
}
