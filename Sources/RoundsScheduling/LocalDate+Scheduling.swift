package import RoundsCore

extension LocalDate {
    /// The form reports use, with the weekday: "Tue 25 Aug 2026".
    package var readableWithWeekday: String {
        "\(weekday.displayName.prefix(3)) \(displayText)"
    }

    /// Parses `YYYY-MM-DD`, or nil when the text is not a real date in that form.
    init?(iso text: String) {
        guard let date = try? LocalDate(parsing: text) else { return nil }
        self = date
    }

    /// A date of a month known to be valid; the fallback only guards against misuse.
    static func known(_ year: Int, _ month: Int, _ day: Int) -> LocalDate {
        LocalDate(year: year, month: month, day: day) ?? LocalDate(dayNumber: 0)
    }

    /// The `n`th (1-based) `weekday` of a month.
    static func nth(_ n: Int, _ weekday: Weekday, year: Int, month: Int) -> LocalDate {
        let first = known(year, month, 1)
        let delta = (weekday.isoNumber - first.weekday.isoNumber + 7) % 7
        return first.adding(days: delta + 7 * (n - 1))
    }

    /// The last `weekday` of a month.
    static func last(_ weekday: Weekday, year: Int, month: Int) -> LocalDate {
        let last = known(year, month, daysIn(month: month, year: year))
        return last.adding(days: -((last.weekday.isoNumber - weekday.isoNumber + 7) % 7))
    }
}
