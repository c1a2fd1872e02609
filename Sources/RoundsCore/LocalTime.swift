/// A wall-clock time of day to the minute, such as `12:00`.
public struct LocalTime: Sendable, Hashable, Comparable {
    /// The hour, 0 to 23.
    public let hour: Int
    /// The minute, 0 to 59.
    public let minute: Int

    /// A time, or nil when the hour or minute is out of range.
    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// The time `minutes` minutes after midnight, wrapping round the day.
    public init(minutesSinceMidnight minutes: Int) {
        let wrapped = ((minutes % 1440) + 1440) % 1440
        self.hour = wrapped / 60
        self.minute = wrapped % 60
    }

    /// Parses `HH:MM` (24-hour, `9:30` allowed); throws ``RoundsCoreError/invalidTime(_:)``.
    public init(parsing text: String) throws(RoundsCoreError) {
        let trimmed = text.trimmedWhitespace
        let parts = trimmed.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            let hour = Int.decimal(parts[0]), let minute = Int.decimal(parts[1]),
            let time = LocalTime(hour: hour, minute: minute)
        else { throw .invalidTime(trimmed) }
        self = time
    }

    /// Minutes since midnight.
    public var minutesSinceMidnight: Int { hour * 60 + minute }

    /// Earlier (or smaller) first.
    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool {
        lhs.minutesSinceMidnight < rhs.minutesSinceMidnight
    }
}

extension LocalTime: CustomStringConvertible {
    /// `HH:MM`, such as `09:30`.
    public var description: String { "\(hour.zeroPadded(2)):\(minute.zeroPadded(2))" }
}

extension LocalTime: TextCodable {}
