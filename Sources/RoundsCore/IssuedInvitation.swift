public import Foundation

/// What was last issued for one calendar UID: the invitation planner's memory between exports.
///
/// The one issued-invitation record: the planner reads and makes them, the store keeps one per
/// UID (table `issued_invitation`, the stamp as `20270104T090000Z` and the method as `REQUEST`
/// or `CANCEL`), and the staff feed reads their sequences.
public struct IssuedInvitation: Sendable, Hashable, Codable {
    /// What the last message for the UID asked of calendars.
    public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
        /// The event stands (a new or updated invitation).
        case request = "REQUEST"
        /// The event was cancelled.
        case cancel = "CANCEL"
    }

    /// The calendar UID of a Round or of its prep meeting.
    public var uid: String
    /// The SEQUENCE last issued.
    public var sequence: Int
    /// `sha256:` and the digest of the invitation's meaningful content (not DTSTAMP, not
    /// SEQUENCE), to tell a real change from a re-export.
    public var contentHash: String
    /// The DTSTAMP last issued, in whole seconds.
    public var stamp: Date
    /// REQUEST or CANCEL.
    public var method: Method
    /// The addresses the last REQUEST or CANCEL went to, so that removed people can be told.
    public var attendees: [String]

    /// A record with every field given; the stamp is cut to whole seconds.
    public init(
        uid: String, sequence: Int, contentHash: String, stamp: Date, method: Method,
        attendees: [String]
    ) {
        self.uid = uid
        self.sequence = sequence
        self.contentHash = contentHash
        self.stamp = Self.whole(stamp)
        self.method = method
        self.attendees = attendees
    }

    /// The stamp as the store keeps it and as DTSTAMP shows it: `20270104T090000Z`.
    public var stampText: String { Self.stampText(stamp) }

    /// `date` cut to the whole second, as DTSTAMP holds it.
    public static func whole(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// `date` in UTC as `20270104T090000Z`, cut to the whole second.
    public static func stampText(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let day = LocalDate(dayNumber: days)
        let rest = seconds - days * 86_400
        return pad(day.year, 4) + pad(day.month, 2) + pad(day.day, 2) + "T"
            + pad(rest / 3600, 2) + pad(rest % 3600 / 60, 2) + pad(rest % 60, 2) + "Z"
    }

    /// The instant of `20270104T090000Z`, or nil for any other text.
    public static func stamp(fromText text: String) -> Date? {
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
            let second = number(13..<15), hour < 24, minute < 60, second < 60,
            let date = LocalDate(year: year, month: month, day: day)
        else { return nil }
        let seconds = date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
