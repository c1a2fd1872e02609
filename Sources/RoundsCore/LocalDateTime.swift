/// A wall-clock date and time in the programme's zone, to the minute.
///
/// No zone is attached: the programme names one IANA zone for all its Rounds, and the calendar
/// layer applies it when it writes iCalendar. Encoded as `YYYY-MM-DDTHH:MM`.
public struct LocalDateTime: Sendable, Hashable, Comparable {
    /// The date.
    public let date: LocalDate
    /// The time of day.
    public let time: LocalTime

    /// The given date at the given time.
    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }

    /// A date-time from its parts, or nil when any part is out of range.
    public init?(year: Int, month: Int, day: Int, hour: Int, minute: Int) {
        guard let date = LocalDate(year: year, month: month, day: day),
            let time = LocalTime(hour: hour, minute: minute)
        else { return nil }
        self.init(date: date, time: time)
    }

    /// Parses `YYYY-MM-DDTHH:MM` (a space also separates); throws
    /// ``RoundsCoreError/invalidDateTime(_:)``.
    public init(parsing text: String) throws(RoundsCoreError) {
        let trimmed = text.trimmedWhitespace
        let parts = trimmed.split(
            maxSplits: 1, omittingEmptySubsequences: false,
            whereSeparator: { $0 == "T" || $0 == " " })
        guard parts.count == 2, let date = try? LocalDate(parsing: String(parts[0])),
            let time = try? LocalTime(parsing: String(parts[1]))
        else { throw .invalidDateTime(trimmed) }
        self.init(date: date, time: time)
    }

    /// The year.
    public var year: Int { date.year }
    /// The month, 1 to 12.
    public var month: Int { date.month }
    /// The day of the month.
    public var day: Int { date.day }
    /// The hour, 0 to 23.
    public var hour: Int { time.hour }
    /// The minute, 0 to 59.
    public var minute: Int { time.minute }

    /// Minutes since 1970-01-01T00:00 on the wall clock (ignores daylight-saving shifts).
    public var minuteNumber: Int { date.dayNumber * 1440 + time.minutesSinceMidnight }

    /// The wall-clock time `minutes` minutes later (earlier when negative).
    public func adding(minutes: Int) -> LocalDateTime {
        let total = minuteNumber + minutes
        let days = total >= 0 ? total / 1440 : (total - 1439) / 1440
        return LocalDateTime(
            date: LocalDate(dayNumber: days),
            time: LocalTime(minutesSinceMidnight: total - days * 1440))
    }

    /// Wall-clock minutes from `self` to `other` (positive when `other` is later).
    public func minutes(to other: LocalDateTime) -> Int { other.minuteNumber - minuteNumber }

    /// Earlier (or smaller) first.
    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.time) < (rhs.date, rhs.time)
    }
}

extension LocalDateTime: CustomStringConvertible {
    /// ISO 8601 without offset, such as `2027-03-09T12:00`.
    public var description: String { "\(date)T\(time)" }
}

extension LocalDateTime: TextCodable {}
