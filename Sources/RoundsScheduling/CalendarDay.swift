/// A day in the proleptic Gregorian calendar, with no time of day and no zone.
///
/// Arithmetic goes through a day count since 1970-01-01 so that adding days, weekdays and
/// comparisons never touch Foundation's `Calendar` or the machine's time zone.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year, for example 2027.
    public let year: Int
    /// The month, 1 (January) to 12 (December).
    public let month: Int
    /// The day of the month, starting at 1.
    public let day: Int

    /// Creates a day, or returns nil when the month or day does not exist.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1,
            day <= CalendarDay.daysIn(year: year, month: month)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the day that is `dayNumber` days after 1970-01-01.
    public init(dayNumber: Int) {
        // Civil-from-days over 400-year eras of 146 097 days, with years starting in March
        // so that the leap day falls at the end of the year.
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

    /// Parses `YYYY-MM-DD`, or returns nil when the text is not a real date in that form.
    public init?(iso text: some StringProtocol) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// Days since 1970-01-01 (negative before it).
    public var dayNumber: Int { CalendarDay.unchecked(year: year, month: month, day: day) }

    /// The ISO weekday: 1 is Monday, 7 is Sunday.
    public var weekday: Int {
        // 1970-01-01 was a Thursday (ISO 4).
        let offset = (dayNumber + 3) % 7
        return (offset < 0 ? offset + 7 : offset) + 1
    }

    /// True on Saturday and Sunday.
    public var isWeekend: Bool { weekday >= 6 }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDay {
        CalendarDay(dayNumber: dayNumber + count)
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let yearText = String(year)
        let paddedYear = String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText
        return "\(paddedYear)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    /// The form people read in reports: "Tue 25 Aug 2026".
    public var readable: String {
        "\(CalendarDay.weekdayNames[weekday - 1]) \(day) \(CalendarDay.monthNames[month - 1]) \(year)"
    }

    /// Short form without the weekday: "25 Aug 2026".
    public var readableShort: String {
        "\(day) \(CalendarDay.monthNames[month - 1]) \(year)"
    }

    public var description: String { iso }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// True for leap years of the Gregorian calendar.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    static let monthNames = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]
}

extension CalendarDay {
    /// The first day of the month.
    static func first(year: Int, month: Int) -> CalendarDay {
        CalendarDay(dayNumber: CalendarDay.unchecked(year: year, month: month, day: 1))
    }

    /// The last day of the month.
    static func last(year: Int, month: Int) -> CalendarDay {
        CalendarDay(
            dayNumber: CalendarDay.unchecked(
                year: year, month: month, day: daysIn(year: year, month: month)))
    }

    /// The `n`th (1-based) given ISO weekday of a month.
    static func nth(_ n: Int, weekday: Int, year: Int, month: Int) -> CalendarDay {
        let first = first(year: year, month: month)
        let delta = (weekday - first.weekday + 7) % 7
        return first.adding(days: delta + 7 * (n - 1))
    }

    /// The last given ISO weekday of a month.
    static func lastWeekday(_ weekday: Int, year: Int, month: Int) -> CalendarDay {
        let last = last(year: year, month: month)
        let delta = (last.weekday - weekday + 7) % 7
        return last.adding(days: -delta)
    }

    /// Day number of a date known to be valid (used for constants and month bounds).
    static func unchecked(year: Int, month: Int, day: Int) -> Int {
        let marchYear = month <= 2 ? year - 1 : year
        let era = (marchYear >= 0 ? marchYear : marchYear - 399) / 400
        let yearOfEra = marchYear - era * 400
        let marchMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * marchMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
