/// Everything that can go wrong in RoundsICS, each with the sentence a user reads.
///
/// Messages name the event (by UID) or the zone involved but never quote free text such as a
/// summary or description, which may be confidential.
public enum RoundsICSError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A zone name that is not in the system's time-zone database.
    case unknownTimeZone(String)
    /// A date or time that does not exist on the calendar, such as month 13.
    case invalidDate(String)
    /// A floating or all-day time was turned into an instant without saying in which zone.
    case zoneNeeded(String)
    /// An event that cannot be written as it stands; `problem` says why.
    case invalidEvent(uid: String, problem: String)
    /// A calendar property that cannot be written as it stands; `problem` says why.
    case invalidCalendar(problem: String)
    /// A recurrence rule (RRULE) that is not valid RFC 5545 text.
    case invalidRecurrenceRule(uid: String, rule: String)
    /// A window whose end is not after its start.
    case invalidWindow(start: String, end: String)
    /// libical could not turn a calendar into text.
    case serialisationFailed

    /// The sentence shown to the user.
    public var description: String {
        switch self {
        case .unknownTimeZone(let zone):
            return "The time zone \"\(Self.printable(zone))\" is not known. "
                + "Use an IANA zone name such as Europe/London."
        case .invalidDate(let value):
            return "The date \(value) does not exist. Check the year, month and day."
        case .zoneNeeded(let value):
            return "The time \(value) has no time zone, so it cannot be placed on the timeline. "
                + "Give the zone it should be read in."
        case .invalidEvent(let uid, let problem):
            return "The event \"\(Self.printable(uid))\" cannot be written: \(problem)"
        case .invalidCalendar(let problem):
            return "The calendar cannot be written: \(problem)"
        case .invalidRecurrenceRule(let uid, let rule):
            return "The repeat rule \"\(Self.printable(rule))\" of the event "
                + "\"\(Self.printable(uid))\" is not valid. "
                + "Write it as in RFC 5545, for example FREQ=MONTHLY;BYDAY=2TU."
        case .invalidWindow(let start, let end):
            return "The window from \(start) to \(end) is empty. The end must be after the start."
        case .serialisationFailed:
            return "The calendar could not be turned into text. Please report this as a bug."
        }
    }

    /// Shows control characters as escapes (`\r`, `\n`, `\u{7}`) so a message stays one line.
    static func printable(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\r": result += "\\r"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where scalar.properties.generalCategory == .control:
                result += "\\u{" + String(scalar.value, radix: 16) + "}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
