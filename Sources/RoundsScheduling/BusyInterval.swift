package import RoundsCore

/// A time a person is busy, read from their calendar, in the programme's wall-clock time.
package struct BusyInterval: Sendable, Hashable {
    /// Whose time it is.
    package var person: EmailAddress
    /// When the busy time starts.
    package var start: LocalDateTime
    /// When it ends (exclusive).
    package var end: LocalDateTime

    /// A busy interval; an end before the start is treated as the start.
    package init(person: EmailAddress, start: LocalDateTime, end: LocalDateTime) {
        self.person = person
        self.start = start
        self.end = max(start, end)
    }

    /// True when the interval shares any minute with `start..<end`.
    package func overlaps(start other: LocalDateTime, end otherEnd: LocalDateTime) -> Bool {
        start < otherEnd && other < end
    }

    /// "busy 12:00-13:00" on `day`, with dates when the interval spans other days.
    func phrase(on day: LocalDate) -> String {
        if start.date == day && end.date == day {
            return "busy \(start.time)-\(end.time)"
        }
        return "busy \(start.date.displayText) \(start.time) to \(end.date.displayText) \(end.time)"
    }
}
