import RoundsCore
import RoundsScheduling
import Testing

@Suite("Preparation meetings")
struct PrepMeetingPlannerTests {
    private let planner = PrepMeetingPlanner()

    @Test(
        "A week before, on the previous working day when that day is lost",
        arguments: [
            (
                "2027-01-12T12:30", HolidayRegion.englandAndWales, "2027-01-05T12:30",
                "2027-01-05T13:15"
            ),
            // Early May bank holiday 3 May 2027: back to Friday 30 April.
            ("2027-05-10T12:30", .englandAndWales, "2027-04-30T12:30", "2027-04-30T13:15"),
            // 28 Dec 2026 is the Boxing Day substitute, then a weekend, then Christmas Day.
            ("2027-01-04T12:00", .englandAndWales, "2026-12-24T12:00", "2026-12-24T12:45"),
            // An ordinary Monday in Scotland.
            ("2027-03-15T09:00", .scotland, "2027-03-08T09:00", "2027-03-08T09:45"),
        ])
    func placement(round: String, region: HolidayRegion, start: String, end: String) {
        let programme = Fixture.programme(region: region)
        let meeting = planner.meeting(
            forRoundStarting: Fixture.dateTime(round), programme: programme)
        #expect(meeting.start.description == start)
        #expect(meeting.end.description == end)
    }

    @Test("Scotland's 2 January substitute and New Year's Day push the meeting into December")
    func scotlandNewYear() {
        var programme = Fixture.programme(region: .scotland)
        programme.prepLeadDays = 8
        let round = Fixture.dateTime("2027-01-12T12:30")
        let scottish = planner.meeting(forRoundStarting: round, programme: programme)
        #expect(scottish.start.description == "2026-12-31T12:30")
        programme.holidayRegion = .englandAndWales
        let english = planner.meeting(forRoundStarting: round, programme: programme)
        #expect(english.start.description == "2027-01-04T12:30")
    }

    @Test("The programme's lead time, length and an explicit time of day are used")
    func settings() throws {
        var programme = Fixture.programme()
        programme.prepLeadDays = 14
        programme.prepMinutes = 60
        let meeting = planner.meeting(
            forRoundStarting: Fixture.dateTime("2027-06-22T12:30"), programme: programme,
            time: try LocalTime(parsing: "16:00"))
        #expect(meeting.start.description == "2027-06-08T16:00")
        #expect(meeting.end.description == "2027-06-08T17:00")
    }

    @Test("Every meeting of 2015-2035 is on a working day before its Round")
    func alwaysWorkingDay() {
        let holidays = BankHolidays()
        for region in HolidayRegion.builtIn {
            let programme = Fixture.programme(region: region)
            var day = Fixture.date("2015-01-01")
            while day.year <= 2035 {
                let round = LocalDateTime(date: day, time: programme.cadence.startTime)
                let meeting = planner.meeting(forRoundStarting: round, programme: programme)
                #expect(holidays.isWorkingDay(meeting.start.date, for: region))
                #expect(meeting.start.date.days(to: day) >= 7)
                #expect(meeting.start.date.days(to: day) <= 7 + 6)
                day = day.adding(days: 9)
            }
        }
    }
}
