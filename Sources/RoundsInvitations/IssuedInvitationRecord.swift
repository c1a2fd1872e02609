package import Foundation
package import RoundsICS

/// What was last issued for one calendar UID: the planner's memory between exports.
///
/// The store keeps one per UID (table `issued_invitation`); the fields map one to one onto its
/// columns: `stampText` is the `stamp` column, `methodText` the `method` column.
package struct IssuedInvitationRecord: Sendable, Hashable, Codable {
    /// The calendar UID of a Round or of its prep meeting.
    package var uid: String
    /// The SEQUENCE last issued.
    package var sequence: Int
    /// `sha256:` and the digest of the invitation's meaningful content (not DTSTAMP, not
    /// SEQUENCE), to tell a real change from a re-export.
    package var contentHash: String
    /// The DTSTAMP last issued, in whole seconds.
    package var stamp: Date
    /// REQUEST (the event stands) or CANCEL (the event was cancelled).
    package var method: CalendarMethod
    /// The addresses the last REQUEST or CANCEL went to, so that removed people can be told.
    package var attendees: [String]

    /// A record with every field given; the stamp is cut to whole seconds.
    package init(
        uid: String, sequence: Int, contentHash: String, stamp: Date, method: CalendarMethod,
        attendees: [String]
    ) {
        self.uid = uid
        self.sequence = sequence
        self.contentHash = contentHash
        self.stamp = InvitationStamp.whole(stamp)
        self.method = method
        self.attendees = attendees
    }

    /// A record from the store's columns: `stampText` as `20270101T090000Z`, `methodText` as
    /// `REQUEST` or `CANCEL`.
    package init(
        uid: String, sequence: Int, contentHash: String, stampText: String, methodText: String,
        attendees: [String]
    ) throws(RoundsInvitationsError) {
        guard let stamp = InvitationStamp.date(from: stampText) else {
            throw .unreadableRecord(uid: uid, field: "stamp", value: stampText)
        }
        guard let method = CalendarMethod(rawValue: methodText.uppercased()),
            method == .request || method == .cancel
        else { throw .unreadableRecord(uid: uid, field: "method", value: methodText) }
        guard sequence >= 0 else {
            throw .unreadableRecord(uid: uid, field: "sequence", value: "\(sequence)")
        }
        self.init(
            uid: uid, sequence: sequence, contentHash: contentHash, stamp: stamp, method: method,
            attendees: attendees)
    }

    /// The stamp as the store keeps it and as DTSTAMP shows it: `20270101T090000Z`.
    package var stampText: String { InvitationStamp.text(stamp) }

    /// The method as the store keeps it: `REQUEST` or `CANCEL`.
    package var methodText: String { method.rawValue }
}

/// DTSTAMP values: whole seconds, and the `yyyyMMdd'T'HHmmss'Z'` text the store keeps.
enum InvitationStamp {
    /// `date` cut to the whole second, as DTSTAMP holds it.
    static func whole(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// `20270101T090000Z`.
    static func text(_ date: Date) -> String {
        let wall = TimeZones.utcWallClock(of: whole(date))
        return pad(wall.day.year, 4) + pad(wall.day.month, 2) + pad(wall.day.day, 2) + "T"
            + pad(wall.hour, 2) + pad(wall.minute, 2) + pad(wall.second, 2) + "Z"
    }

    /// The instant of `20270101T090000Z`, or nil for anything else.
    static func date(from text: String) -> Date? {
        let characters = Array(text.utf8)
        guard characters.count == 16, characters[8] == UInt8(ascii: "T"),
            characters[15] == UInt8(ascii: "Z")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            let slice = characters[range]
            guard slice.allSatisfy({ (0x30...0x39).contains($0) }) else { return nil }
            return slice.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
            let hour = number(9..<11), let minute = number(11..<13),
            let second = number(13..<15), second < 60
        else { return nil }
        let wall = WallClockTime(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return try? TimeZones.instant(of: .utc(wall))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
