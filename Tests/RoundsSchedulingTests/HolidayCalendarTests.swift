import Foundation
import RoundsCore
import RoundsScheduling
import Testing

@Suite("Holidays from iCalendar feeds")
struct HolidayCalendarTests {
    private static func calendar(_ events: [String], prodid: String) -> Data {
        let lines =
            ["BEGIN:VCALENDAR", "PRODID:\(prodid)", "VERSION:2.0", "CALSCALE:GREGORIAN"]
            + events.flatMap { $0.split(separator: "\n").map(String.init) } + ["END:VCALENDAR"]
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// The shape of Google's "Holidays in United States" calendar (public holidays and
    /// observances, all-day, DTEND the next day).
    private static func google(
        _ day: String, _ next: String, _ summary: String, _ description: String
    ) -> String {
        """
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:\(day)
        DTEND;VALUE=DATE:\(next)
        DTSTAMP:20261201T093000Z
        UID:\(day)_\(summary.count)@google.com
        CLASS:PUBLIC
        CREATED:20250101T000000Z
        DESCRIPTION:\(description)
        LAST-MODIFIED:20250101T000000Z
        SEQUENCE:0
        STATUS:CONFIRMED
        SUMMARY:\(summary)
        TRANSP:TRANSPARENT
        END:VEVENT
        """
    }

    @Test func googlesPublicHolidaysAreReadAndObservancesLeftOut() {
        let data = Self.calendar(
            [
                Self.google(
                    "20270705", "20270706", "Independence Day (observed)", "Public holiday"),
                Self.google(
                    "20270419", "20270420", "Patriots' Day", "Public holiday in Massachusetts"),
                Self.google(
                    "20270214", "20270215", "Valentine's Day",
                    "Observance\\nTo hide observances, go to Google Calendar Settings > Holidays "
                        + "in United States"),
            ], prodid: "-//Google Inc//Google Calendar 70.9054//EN")
        let read = HolidayCalendar(data: data, fileName: "us.ics")
        #expect(read.isUsable)
        #expect(read.diagnostics.isEmpty)
        #expect(
            read.holidays.map { "\($0.date) \($0.name)" } == [
                "2027-04-19 Patriots' Day", "2027-07-05 Independence Day (observed)",
            ])
        #expect(read.notes == ["Left out 1 observance (not days off)."])
    }

    @Test func govUKShapedFileWithSubstituteDayAndCurlyApostrophes() {
        let data = Self.calendar(
            [
                """
                BEGIN:VEVENT
                DTEND;VALUE=DATE:20270102
                DTSTART;VALUE=DATE:20270101
                SUMMARY:New Year\u{2019}s Day
                UID:ca6af7456b0088abad9a69f9f620f5ac-0@gov.uk
                SEQUENCE:0
                DTSTAMP:20261101T000000Z
                END:VEVENT
                """,
                """
                BEGIN:VEVENT
                DTEND;VALUE=DATE:20271229
                DTSTART;VALUE=DATE:20271228
                SUMMARY:Boxing Day
                DESCRIPTION:Substitute day
                UID:ca6af7456b0088abad9a69f9f620f5ac-7@gov.uk
                SEQUENCE:0
                DTSTAMP:20261101T000000Z
                END:VEVENT
                """,
            ], prodid: "-//uk.gov/GOVUK calendars//EN")
        let read = HolidayCalendar(data: data, fileName: "england-and-wales.ics")
        #expect(
            read.holidays.map { "\($0.date) \($0.name)" } == [
                "2027-01-01 New Year's Day", "2027-12-28 Boxing Day (substitute day)",
            ])
        #expect(read.notes.isEmpty)
    }

    @Test func aClosureSpanningDaysCoversEachDayAndOddEventsAreCounted() {
        let data = Self.calendar(
            [
                """
                BEGIN:VEVENT
                UID:closure-1@trust.example
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20271229
                DTEND;VALUE=DATE:20280101
                SUMMARY:Trust closure
                END:VEVENT
                """,
                """
                BEGIN:VEVENT
                UID:closure-2@trust.example
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20270801
                DTEND;VALUE=DATE:20271001
                SUMMARY:Summer works
                END:VEVENT
                """,
                """
                BEGIN:VEVENT
                UID:meeting@trust.example
                DTSTAMP:20261101T000000Z
                DTSTART:20270301T090000Z
                DTEND:20270301T100000Z
                SUMMARY:Board meeting
                END:VEVENT
                """,
                """
                BEGIN:VEVENT
                UID:yearly@trust.example
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20270601
                RRULE:FREQ=YEARLY
                SUMMARY:Founders' Day
                END:VEVENT
                """,
                """
                BEGIN:VEVENT
                UID:off@trust.example
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20270602
                STATUS:CANCELLED
                END:VEVENT
                """,
                """
                BEGIN:VEVENT
                UID:unnamed@trust.example
                DTSTAMP:20261101T000000Z
                DTSTART;VALUE=DATE:20270603
                END:VEVENT
                """,
            ], prodid: "-//Trust//Closures//EN")
        let read = HolidayCalendar(data: data, fileName: "closures.ics", defaultName: "Closed")
        #expect(
            read.holidays.map { "\($0.date) \($0.name)" } == [
                "2027-06-03 Closed", "2027-12-29 Trust closure", "2027-12-30 Trust closure",
                "2027-12-31 Trust closure",
            ])
        #expect(
            read.notes == [
                "Left out 1 event with a time of day: only all-day events are holidays.",
                "Left out 1 cancelled event.",
                "Left out 1 repeating event: a feed should list each year's days as events of "
                    + "their own.",
                "Left out events longer than 31 days: Summer works (2027-08-01, 61 days).",
            ])
    }

    @Test func aBrokenFileIsNotUsable() {
        let read = HolidayCalendar(
            data: Data(
                "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VCALENDAR\r\n".utf8),
            fileName: "bad.ics")
        #expect(!read.isUsable)
        #expect(!read.diagnostics.isEmpty)
        let text = HolidayCalendar(data: Data("{\"not\": \"ical\"}".utf8), fileName: "x.ics")
        #expect(!text.isUsable)
        #expect(text.holidays.isEmpty)
    }
}
