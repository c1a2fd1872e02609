import Foundation

/// Writes dates and times for people in a locale's own convention.
///
/// `en-GB` (the default) keeps the house forms every UK output and golden file has always used
/// ("Tuesday 9 February 2027", "9 Feb 2027", "12:00 to 13:00"). Every other locale goes through
/// Foundation's locale-aware formatting (ICU's CLDR data), never hand-built names: `en-US` gives
/// "Tuesday, February 9, 2027", "Feb 9, 2027" and "12:00 PM - 1:00 PM". ICU writes the space
/// before AM/PM as U+202F (narrow no-break space); it is written here as a plain space, which
/// plain-text mail and calendar clients show reliably. Machine formats (ISO dates, `--json`,
/// file names) never come through here.
public struct DateWriter: Sendable, Hashable {
    /// The BCP 47 tag, such as `en-US`.
    public let locale: String

    /// A writer for `locale` (a BCP 47 tag such as `en-US`).
    public init(locale: String) { self.locale = locale }

    /// The house convention, `en-GB`.
    public static let british = DateWriter(locale: "en-GB")

    /// True when the house (`en-GB`) forms are used.
    public var isBritish: Bool {
        locale.replacingOccurrences(of: "_", with: "-").lowercased() == "en-gb"
    }

    /// The date in words with its weekday: `Tuesday 9 February 2027` (en-GB),
    /// `Tuesday, February 9, 2027` (en-US).
    public func long(_ date: LocalDate) -> String {
        guard !isBritish else {
            return "\(date.weekday.displayName) \(date.day) \(Self.monthNames[date.month - 1]) "
                + "\(date.year)"
        }
        return format(date, Date.FormatStyle(date: .complete, time: .omitted))
    }

    /// The short date: `9 Feb 2027` (en-GB), `Feb 9, 2027` (en-US).
    public func short(_ date: LocalDate) -> String {
        guard !isBritish else { return date.displayText }
        return format(date, Date.FormatStyle(date: .abbreviated, time: .omitted))
    }

    /// The short date with its weekday: `Tue 9 Feb 2027` (en-GB), `Tue, Feb 9, 2027` (en-US).
    public func shortWithWeekday(_ date: LocalDate) -> String {
        guard !isBritish else { return "\(date.weekday.displayName.prefix(3)) \(date.displayText)" }
        return format(
            date, Date.FormatStyle().weekday(.abbreviated).day().month(.abbreviated).year())
    }

    /// A clock time: `13:00` (en-GB), `1:00 PM` (en-US).
    public func time(_ time: LocalTime) -> String {
        guard !isBritish else { return time.description }
        let noon = LocalDate(year: 2000, month: 1, day: 1) ?? LocalDate(dayNumber: 0)
        return format(
            noon, Date.FormatStyle(date: .omitted, time: .shortened),
            minutes: time.minutesSinceMidnight)
    }

    /// A span of clock times: `12:00 to 13:00` (en-GB), `12:00 PM - 1:00 PM` (en-US).
    public func timeRange(_ start: LocalTime, _ end: LocalTime) -> String {
        guard !isBritish else { return "\(start) to \(end)" }
        return "\(time(start)) - \(time(end))"
    }

    /// A meeting's date and times: `Tuesday 9 March 2027, 12:00 to 13:00` (en-GB),
    /// `Tuesday, March 9, 2027, 12:00 PM - 1:00 PM` (en-US); the end's date is written too
    /// when it is another day.
    public func span(_ start: LocalDateTime, _ end: LocalDateTime) -> String {
        guard end.date != start.date else {
            return "\(long(start.date)), \(timeRange(start.time, end.time))"
        }
        let separator = isBritish ? " to " : " - "
        return "\(long(start.date)), \(time(start.time))\(separator)\(long(end.date)) "
            + time(end.time)
    }

    /// A meeting in one line for lists: `Tue 13 Oct 2026 12:00-13:00` (en-GB; an end on
    /// another day as `2026-10-14T09:00`), `Tue, Oct 13, 2026 12:00 PM - 1:00 PM` (en-US).
    public func compactSpan(_ start: LocalDateTime, _ end: LocalDateTime) -> String {
        guard !isBritish else {
            let endText = end.date == start.date ? end.time.description : end.description
            return "\(shortWithWeekday(start.date)) \(start.time)-\(endText)"
        }
        let endText =
            end.date == start.date
            ? time(end.time) : "\(shortWithWeekday(end.date)) \(time(end.time))"
        return "\(shortWithWeekday(start.date)) \(time(start.time)) - \(endText)"
    }

    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    /// Formats the wall-clock `date` (at `minutes` past midnight) in GMT, so no zone moves it.
    private func format(_ date: LocalDate, _ style: Date.FormatStyle, minutes: Int = 0) -> String {
        var calendar = Calendar(identifier: .gregorian)
        let gmt = TimeZone(secondsFromGMT: 0) ?? .current
        calendar.timeZone = gmt
        let components = DateComponents(
            year: date.year, month: date.month, day: date.day, hour: minutes / 60,
            minute: minutes % 60)
        guard let instant = calendar.date(from: components) else { return date.description }
        var style = style
        style.locale = Locale(identifier: locale)
        style.calendar = calendar
        style.timeZone = gmt
        return instant.formatted(style).replacingOccurrences(of: "\u{202F}", with: " ")
    }
}
