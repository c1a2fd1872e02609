/// A calendar date with no time and no zone, in the proleptic Gregorian calendar.
///
/// Rounds keeps dates as wall-clock values of the programme's zone so that the core needs no
/// zone data; the calendar layer attaches the zone when it writes iCalendar. Encoded as
/// `YYYY-MM-DD`.
public struct LocalDate: Sendable, Hashable, Comparable {
    /// The year, 1 to 9999.
    public let year: Int
    /// The month, 1 to 12.
    public let month: Int
    /// The day of the month, 1 to 31.
    public let day: Int

    /// A date, or nil when the parts do not name a real day (such as 30 February).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...LocalDate.daysIn(month: month, year: year)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date `dayNumber` days after 1970-01-01 (negative numbers count backwards).
    ///
    /// Day numbers beyond years 1 to 9999 give dates that ``init(parsing:)`` would refuse.
    public init(dayNumber: Int) {
        // Civil-from-days over 400-year eras of 146097 days, counted from 0000-03-01 so that
        // the leap day falls at the end of each year.
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra =
            (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let marchMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * marchMonth + 2) / 5 + 1
        let month = marchMonth < 10 ? marchMonth + 3 : marchMonth - 9
        self.year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`; throws ``RoundsCoreError/invalidDate(_:)`` for anything else.
    public init(parsing text: String) throws(RoundsCoreError) {
        let trimmed = text.trimmedWhitespace
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int.decimal(parts[0]), let month = Int.decimal(parts[1]),
            let day = Int.decimal(parts[2]),
            let date = LocalDate(year: year, month: month, day: day)
        else { throw .invalidDate(trimmed) }
        self = date
    }

    /// Days since 1970-01-01; differences between two dates give the days between them.
    public var dayNumber: Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day of the week.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (ISO number 4).
        let index = ((dayNumber % 7) + 7 + 3) % 7 + 1
        return Weekday(isoNumber: index) ?? .monday
    }

    /// True on Saturdays and Sundays.
    public var isWeekend: Bool { weekday == .saturday || weekday == .sunday }

    /// The date `days` days later (earlier when negative).
    public func adding(days: Int) -> LocalDate {
        LocalDate(dayNumber: dayNumber + days)
    }

    /// The same day `months` months later (earlier when negative), clamped to the month's end.
    public func adding(months: Int) -> LocalDate {
        let index = monthIndex + months
        let year = index >= 0 ? index / 12 : (index - 11) / 12
        let month = index - year * 12 + 1
        let day = min(day, LocalDate.daysIn(month: month, year: year))
        return LocalDate(year: year, month: month, day: day)
            ?? LocalDate(dayNumber: dayNumber)
    }

    /// Days from `self` to `other` (positive when `other` is later).
    public func days(to other: LocalDate) -> Int { other.dayNumber - dayNumber }

    /// A running month count (`year * 12 + month - 1`) for comparing months.
    public var monthIndex: Int { year * 12 + month - 1 }

    /// The quarter of the year, 1 to 4.
    public var quarter: Int { (month - 1) / 3 + 1 }

    /// The first day of this date's month.
    public var firstOfMonth: LocalDate { LocalDate(dayNumber: dayNumber - (day - 1)) }

    /// Number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// True for Gregorian leap years.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// A short English form for messages, such as `9 Mar 2027`.
    public var displayText: String {
        "\(day) \(LocalDate.monthAbbreviations[month - 1]) \(year)"
    }

    private static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    /// Earlier (or smaller) first.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

extension LocalDate: CustomStringConvertible {
    /// ISO 8601, such as `2027-03-09`.
    public var description: String {
        "\(year.zeroPadded(4))-\(month.zeroPadded(2))-\(day.zeroPadded(2))"
    }
}

extension LocalDate: TextCodable {}
