import RoundsCore
import Testing

@Suite struct CadenceTests {
    @Test(arguments: [
        (2, Weekday.tuesday, 1, "FREQ=MONTHLY;BYDAY=2TU"),
        (-1, .thursday, 1, "FREQ=MONTHLY;BYDAY=-1TH"),
        (1, .wednesday, 2, "FREQ=MONTHLY;INTERVAL=2;BYDAY=1WE"),
    ])
    func writesTheRecurrenceRule(ordinal: Int, weekday: Weekday, interval: Int, rrule: String)
        throws
    {
        let noon = try LocalTime(parsing: "12:00")
        let cadence = try Cadence(
            ordinal: ordinal, weekday: weekday, startTime: noon, intervalMonths: interval)
        #expect(cadence.rrule == rrule)
    }

    @Test(arguments: [
        (2, Weekday.tuesday, 2027, 3, "2027-03-09"),
        (-1, .thursday, 2027, 9, "2027-09-30"),
        (-1, .friday, 2027, 12, "2027-12-31"),
        (1, .monday, 2027, 2, "2027-02-01"),
        (4, .sunday, 2027, 2, "2027-02-28"),
    ])
    func findsTheDateInAMonth(
        ordinal: Int, weekday: Weekday, year: Int, month: Int, expected: String
    )
        throws
    {
        let cadence = try Cadence(
            ordinal: ordinal, weekday: weekday, startTime: try LocalTime(parsing: "12:00"))
        #expect(cadence.date(inYear: year, month: month)?.description == expected)
    }

    @Test func describesItselfInEnglish() throws {
        let cadence = try Cadence(
            ordinal: 2, weekday: .tuesday, startTime: try LocalTime(parsing: "12:30"))
        #expect(cadence.displayText == "the second Tuesday of every month at 12:30")
    }

    @Test(arguments: [
        (
            5, 1,
            "Occurrence 5 of a weekday in the month is not a cadence Rounds can plan. "
                + "Give 1 to 4 for the first to fourth, or -1 for the last."
        ),
        (
            0, 1,
            "Occurrence 0 of a weekday in the month is not a cadence Rounds can plan. "
                + "Give 1 to 4 for the first to fourth, or -1 for the last."
        ),
        (2, 13, "A Round every 13 months is not a cadence Rounds can plan. Give 1 to 12 months."),
    ])
    func refusesImpossibleCadences(ordinal: Int, interval: Int, message: String) throws {
        let noon = try LocalTime(parsing: "12:00")
        let error = coreError {
            _ = try Cadence(
                ordinal: ordinal, weekday: .monday, startTime: noon, intervalMonths: interval)
        }
        #expect(error?.description == message)
    }

    @Test func parsesWeekdayNames() {
        #expect(Weekday(name: "Tue") == .tuesday)
        #expect(Weekday(name: "TH") == .thursday)
        #expect(Weekday(name: "t") == nil)
        #expect(Weekday.sunday.icalCode == "SU")
    }
}
