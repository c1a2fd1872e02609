import RoundsICS
import Testing

@Suite struct CalendarModelTests {
    @Test func wallClockOrdersByDayThenTime() {
        let morning = WallClockTime(year: 2027, month: 3, day: 9, hour: 9, minute: 0)
        let noon = WallClockTime(year: 2027, month: 3, day: 9, hour: 12, minute: 0)
        let nextDay = WallClockTime(year: 2027, month: 3, day: 10, hour: 8, minute: 0)
        #expect(morning < noon)
        #expect(noon < nextDay)
        #expect(noon.description == "2027-03-09T12:00:00")
    }
}
