import RoundsScheduling
import Testing

@Suite("Calendar days")
struct CalendarDayTests {
    @Test("Day numbers round-trip for every day of 1600-2400")
    func roundTrip() throws {
        let start = try #require(CalendarDay(year: 1600, month: 1, day: 1))
        let end = try #require(CalendarDay(year: 2400, month: 12, day: 31))
        var previous = start
        for number in (start.dayNumber + 1)...end.dayNumber {
            let day = CalendarDay(dayNumber: number)
            #expect(day.dayNumber == number)
            #expect(previous < day)
            #expect(previous.weekday % 7 + 1 == day.weekday)
            previous = day
        }
    }

    @Test("Weekdays and readable forms")
    func weekdays() throws {
        let day = try #require(CalendarDay(iso: "2026-08-25"))
        #expect(day.weekday == 2)
        #expect(day.readable == "Tue 25 Aug 2026")
        #expect(CalendarDay(dayNumber: 0).iso == "1970-01-01")
    }

    @Test("Invalid dates are refused", arguments: ["2026-02-29", "2026-13-01", "26-01-01", "x"])
    func invalid(text: String) {
        #expect(CalendarDay(iso: text) == nil)
    }
}
