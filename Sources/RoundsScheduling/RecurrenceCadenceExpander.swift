import Foundation
package import RoundsCore
internal import RoundsICS

/// Expands a cadence through RoundsICS's recurrence expansion (libical) of `Cadence.rrule`.
package struct RecurrenceCadenceExpander: CadenceExpander {
    /// Creates the expander.
    package init() {}

    /// See ``CadenceExpander/dates(of:timeZone:from:through:)``.
    package func dates(
        of cadence: Cadence, timeZone: String, from start: YearMonth, through end: LocalDate
    ) throws(RoundsSchedulingError) -> [LocalDate] {
        // RFC 5545 wants DTSTART to be the first occurrence, so start on the cadence's own
        // date in the first month rather than on the 1st.
        guard let first = cadence.date(inYear: start.year, month: start.month), first <= end
        else { return [] }
        let rule = cadence.rrule
        let time = cadence.startTime
        let dtstart = CalendarTime.zoned(
            WallClockTime(
                year: first.year, month: first.month, day: first.day, hour: time.hour,
                minute: time.minute),
            zone: timeZone)
        let afterEnd = end.adding(days: 1)
        do {
            let windowStart = try TimeZones.instant(
                of: WallClockTime(
                    year: start.year, month: start.month, day: 1, hour: 0, minute: 0),
                in: timeZone)
            let windowEnd = try TimeZones.instant(
                of: WallClockTime(
                    year: afterEnd.year, month: afterEnd.month, day: afterEnd.day, hour: 0,
                    minute: 0),
                in: timeZone)
            let expansion = try RecurrenceExpander().occurrences(
                of: rule, startingAt: dtstart, from: windowStart, to: windowEnd)
            return expansion.occurrences.compactMap { occurrence in
                switch occurrence.start {
                case .zoned(let wall, _), .floating(let wall), .utc(let wall):
                    LocalDate(year: wall.day.year, month: wall.day.month, day: wall.day.day)
                case .allDay(let day):
                    LocalDate(year: day.year, month: day.month, day: day.day)
                }
            }
            .filter { $0 <= end }
        } catch let error as RoundsICSError {
            throw .cadenceUnusable(rule: rule, reason: Self.reason(error, zone: timeZone))
        } catch {
            throw .cadenceUnusable(rule: rule, reason: "the calendar library refused it")
        }
    }

    private static func reason(_ error: RoundsICSError, zone: String) -> String {
        switch error {
        case .unknownTimeZone:
            "the programme's time zone \"\(zone)\" is not a known IANA zone name"
        default:
            "the calendar library refused it"
        }
    }
}
