import RoundsCore
import Testing

@Suite struct LocalDateTimeTests {
    @Test(arguments: [
        ("12:00", 12, 0), ("9:30", 9, 30), ("00:00", 0, 0), ("23:59", 23, 59),
    ])
    func parsesTimes(text: String, hour: Int, minute: Int) throws {
        let time = try LocalTime(parsing: text)
        #expect(time.hour == hour && time.minute == minute)
    }

    @Test(arguments: [
        (
            "24:00",
            "24:00 is not a time. Write times as HH:MM on the 24-hour clock, for example 12:30."
        ),
        (
            "12.30",
            "12.30 is not a time. Write times as HH:MM on the 24-hour clock, for example 12:30."
        ),
        (
            "12:5",
            "12:5 is not a time. Write times as HH:MM on the 24-hour clock, for example 12:30."
        ),
    ])
    func refusesNonTimes(text: String, message: String) {
        #expect(coreError { _ = try LocalTime(parsing: text) }?.description == message)
    }

    @Test func parsesDateTimesWithTOrSpace() throws {
        #expect(try dateTime("2027-03-09T12:00").description == "2027-03-09T12:00")
        #expect(try dateTime("2027-03-09 09:05").description == "2027-03-09T09:05")
        let message =
            "2027-03-09T25:00 is not a date and time. Write them as YYYY-MM-DDTHH:MM, "
            + "for example 2027-03-09T12:00."
        #expect(coreError { _ = try dateTime("2027-03-09T25:00") }?.description == message)
    }

    @Test(arguments: [
        ("2027-03-09T12:00", 75, "2027-03-09T13:15"),
        ("2027-12-31T23:30", 45, "2028-01-01T00:15"),
        ("2027-03-01T00:10", -20, "2027-02-28T23:50"),
        ("2027-03-09T12:00", -7 * 1440, "2027-03-02T12:00"),
    ])
    func addsMinutesAcrossDays(start: String, minutes: Int, expected: String) throws {
        let moved = try dateTime(start).adding(minutes: minutes)
        #expect(moved.description == expected)
        #expect(try dateTime(start).minutes(to: moved) == minutes)
    }
}
