/// The short, permanent id of a Round, such as `R-0042`.
///
/// Ids are issued in sequence, never reused (not even after a cancellation), and carry no date,
/// because Rounds move. Calendar UIDs derive from them.
public struct RoundID: Sendable, Hashable, Comparable {
    /// The sequence number, 1 or more.
    public let number: Int

    /// The id with sequence number `number`; nil unless `number` is at least 1.
    public init?(number: Int) {
        guard number >= 1 else { return nil }
        self.number = number
    }

    // For callers that have already ensured `number >= 1`.
    init(validNumber number: Int) {
        self.number = number
    }

    /// Parses `R-0042` (any case, any count of digits); throws
    /// ``RoundsCoreError/invalidRoundID(_:)``.
    public init(parsing text: String) throws(RoundsCoreError) {
        let trimmed = text.trimmedWhitespace
        let upper = trimmed.uppercased()
        guard upper.hasPrefix("R-"), let number = Int.decimal(upper.dropFirst(2)),
            let id = RoundID(number: number)
        else { throw .invalidRoundID(trimmed) }
        self = id
    }

    /// The UID of the Round's calendar event, such as `R-0042@northbrook.nhs.uk`.
    public func calendarUID(domain: String) -> String { "\(self)@\(domain)" }

    /// The UID of the preparation meeting's event, such as `R-0042-prep@northbrook.nhs.uk`.
    public func prepMeetingCalendarUID(domain: String) -> String { "\(self)-prep@\(domain)" }

    /// Earlier (or smaller) first.
    public static func < (lhs: RoundID, rhs: RoundID) -> Bool { lhs.number < rhs.number }
}

extension RoundID: CustomStringConvertible {
    /// `R-` and at least four digits: `R-0042`, `R-12345`.
    public var description: String { "R-\(number.zeroPadded(4))" }
}

extension RoundID: TextCodable {}
