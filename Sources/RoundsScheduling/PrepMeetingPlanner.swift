package import RoundsCore

/// Places each Round's panel preparation meeting.
///
/// The meeting falls the programme's lead time before the Round (default 7 days), moved
/// earlier to the previous working day (Monday to Friday, not a bank holiday of the
/// programme's nation), at the Round's time of day unless a time is given, and lasts the
/// programme's preparation length (default 45 minutes).
package struct PrepMeetingPlanner: Sendable {
    /// The holidays to avoid.
    package var holidays: BankHolidays

    /// A planner that avoids `holidays`.
    package init(holidays: BankHolidays = BankHolidays()) {
        self.holidays = holidays
    }

    /// The preparation meeting for a Round starting at `roundStart`; `time` overrides the time
    /// of day.
    package func meeting(
        forRoundStarting roundStart: LocalDateTime, programme: Programme, time: LocalTime? = nil
    ) -> PrepMeeting {
        var day = roundStart.date.adding(days: -max(0, programme.prepLeadDays))
        let known = Dictionary(
            holidays.holidays(from: day.year - 1, to: day.year, for: programme.nation)
                .map { ($0.date, $0) }
        ) { first, _ in first }
        while day.isWeekend || known[day] != nil {
            day = day.adding(days: -1)
        }
        let start = LocalDateTime(date: day, time: time ?? roundStart.time)
        return PrepMeeting(start: start, minutes: max(0, programme.prepMinutes))
    }
}
