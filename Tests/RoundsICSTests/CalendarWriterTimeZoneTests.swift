import Foundation
import RoundsTestSupport
import Testing

@testable import RoundsICS

@Suite struct CalendarWriterTimeZoneTests {
    static let document = CalendarDocument(
        productID: "-//Rounds//Test//EN", method: .publish, name: "Two sites",
        events: [
            CalendarEvent(
                uid: "writer-tz-weekly@rounds.test",
                start: Fixtures.london(2027, 1, 5, 12), end: Fixtures.london(2027, 1, 5, 13),
                summary: "Weekly huddle",
                recurrence: Recurrence(rules: ["FREQ=WEEKLY;BYDAY=TU"])),
            CalendarEvent(
                uid: "writer-tz-once@rounds.test",
                start: Fixtures.london(2027, 6, 8, 12), end: Fixtures.london(2027, 6, 8, 13),
                summary: "Summer Round"),
            CalendarEvent(
                uid: "writer-tz-new-york@rounds.test",
                start: Fixtures.newYork(2027, 6, 15, 12), end: Fixtures.newYork(2027, 6, 15, 13),
                summary: "Visiting Round"),
            CalendarEvent(
                uid: "writer-tz-kolkata@rounds.test",
                start: .zoned(
                    WallClockTime(year: 2027, month: 6, day: 16, hour: 12, minute: 0),
                    zone: "Asia/Kolkata"),
                durationSeconds: 3600, summary: "Partner site Round"),
        ])

    @Test func oneVTimezonePerZoneInOutlooksForm() throws {
        let text = try Fixtures.writer.write(Self.document)
        try JudgeOutput.write(name: "writer-time-zones", ics: text)
        try Snapshot.check(text, file: "time-zones.ics")
        let calendar = try #require(LibicalOutline.parse(text))
        let names = ["America/New_York", "Asia/Kolkata", "Europe/London"]
        // In the text, once each and in name order.
        let positions = names.map { text.ranges(of: "TZID:\($0)\r\n").map(\.lowerBound) }
        #expect(positions.allSatisfy { $0.count == 1 })
        #expect(positions.compactMap(\.first) == positions.compactMap(\.first).sorted())
        let zones = calendar.children("VTIMEZONE").sorted {
            ($0.value("TZID") ?? "") < ($1.value("TZID") ?? "")
        }
        #expect(zones.map { $0.value("TZID") } == names)

        // Every TZID an event uses has its VTIMEZONE.
        let used = Set(
            calendar.children("VEVENT").flatMap { $0.properties }.compactMap {
                $0.parameters["TZID"]
            })
        #expect(used == Set(zones.compactMap { $0.value("TZID") }))

        // Nothing from the zones' history: only the rules still in force in 2027 (and
        // libical's open-ended copies from 2037), each a yearly RRULE from its first year
        // (Outlook's form), with no RDATE and no TZUNTIL.
        #expect(!text.contains("1847"))
        #expect(!text.contains("TZUNTIL"))
        let parts = zones.flatMap { $0.components }
        #expect(parts.allSatisfy { $0.properties("RDATE").isEmpty })
        #expect(zones.map(\.components.count) == [4, 1, 4])
        let london = try #require(zones.last)
        #expect(
            london.components.compactMap { $0.value("DTSTART") }.sorted().first == "19810329T010000"
        )
        // The last change from BST under the 2027-2036 rule is 02:00 local (01:00Z) on
        // 26 October 2036; UNTIL carries the local time so readers that compare it with local
        // times (Python icalendar) keep that change too.
        let untils = london.components.flatMap { $0.properties("RRULE") }.map(\.value)
        #expect(untils.contains("FREQ=YEARLY;UNTIL=20361026T020000Z;BYDAY=-1SU;BYMONTH=10"))
        // New York's rules from 2007, whose one event is in June 2027.
        #expect(zones[0].components.compactMap { $0.value("DTSTART") }.min() == "20070311T020000")
        // Kolkata has no daylight saving: a single STANDARD part.
        #expect(zones[1].components.map(\.kind) == ["STANDARD"])
        #expect(zones[1].components.first?.value("TZOFFSETTO") == "+0530")
    }

    @Test func theWholeZoneHistoryIsNotWritten() throws {
        let text = try Fixtures.writer.write(Self.document)
        // libical's untruncated Europe/London alone is about 8 kB.
        #expect(text.utf8.count < 6_000)
    }
}

@Suite struct CalendarWriterValidationTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var label: String
        var events: [CalendarEvent]
        var method: CalendarMethod? = nil
        var message: String
        var testDescription: String { label }
    }

    static let start = Fixtures.london(2027, 1, 12, 12)

    static let cases: [Case] = [
        Case(
            label: "empty UID", events: [CalendarEvent(uid: "", start: start)],
            message: "The event \"\" cannot be written: its UID is empty. "
                + "Give every event a unique identifier."),
        Case(
            label: "line break in UID", events: [CalendarEvent(uid: "a\r\nb", start: start)],
            message: "The event \"a\\r\\nb\" cannot be written: its UID contains a line break "
                + "or another control character. Use letters, digits and punctuation only."),
        Case(
            label: "unknown zone",
            events: [
                CalendarEvent(
                    uid: "x",
                    start: .zoned(
                        WallClockTime(year: 2027, month: 1, day: 12, hour: 12, minute: 0),
                        zone: "Europe/Londres"))
            ],
            message: "The time zone \"Europe/Londres\" is not known. "
                + "Use an IANA zone name such as Europe/London."),
        Case(
            label: "end before start",
            events: [CalendarEvent(uid: "x", start: start, end: Fixtures.london(2027, 1, 12, 11))],
            message: "The event \"x\" cannot be written: it ends at 2027-01-12T11:00:00 "
                + "Europe/London, which is not after its start at 2027-01-12T12:00:00 "
                + "Europe/London."),
        Case(
            label: "end equals start",
            events: [CalendarEvent(uid: "x", start: start, end: start)],
            message: "The event \"x\" cannot be written: it ends at 2027-01-12T12:00:00 "
                + "Europe/London, which is not after its start at 2027-01-12T12:00:00 "
                + "Europe/London."),
        Case(
            label: "month 13",
            events: [
                CalendarEvent(
                    uid: "x",
                    start: .utc(WallClockTime(year: 2027, month: 13, day: 1, hour: 12, minute: 0)))
            ],
            message: "The date 2027-13-01T12:00:00 does not exist. Check the year, month and day."),
        Case(
            label: "date end for a timed start",
            events: [
                CalendarEvent(
                    uid: "x", start: start, end: .allDay(CalendarDay(year: 2027, month: 1, day: 13))
                )
            ],
            message: "The event \"x\" cannot be written: its start and end must both be dates "
                + "or both be times of day."),
        Case(
            label: "invalid rule",
            events: [
                CalendarEvent(
                    uid: "x", start: start, recurrence: Recurrence(rules: ["FREQ=FORTNIGHTLY"]))
            ],
            message: "The repeat rule \"FREQ=FORTNIGHTLY\" of the event \"x\" is not valid. "
                + "Write it as in RFC 5545, for example FREQ=MONTHLY;BYDAY=2TU."),
        Case(
            label: "rule no date satisfies",
            events: [
                CalendarEvent(
                    uid: "x", start: start,
                    recurrence: Recurrence(rules: ["FREQ=YEARLY;BYMONTH=13"]))
            ],
            message: "The repeat rule \"FREQ=YEARLY;BYMONTH=13\" of the event \"x\" is not valid. "
                + "Write it as in RFC 5545, for example FREQ=MONTHLY;BYDAY=2TU."),
        Case(
            label: "UNTIL in local time",
            events: [
                CalendarEvent(
                    uid: "x", start: start,
                    recurrence: Recurrence(rules: ["FREQ=WEEKLY;UNTIL=20270601"]))
            ],
            message: "The event \"x\" cannot be written: the end (UNTIL) of its repeat rule "
                + "\"FREQ=WEEKLY;UNTIL=20270601\" must be a UTC time ending in Z, because the "
                + "event has a time of day."),
        Case(
            label: "category with a comma",
            events: [CalendarEvent(uid: "x", start: start, categories: ["Rounds, 2027"])],
            message: "The event \"x\" cannot be written: a category is empty or contains a comma, "
                + "which would split it."),
        Case(
            label: "bad attendee address",
            events: [
                CalendarEvent(
                    uid: "x", start: start, attendees: [Attendee(email: "panel at example.org")])
            ],
            message: "The event \"x\" cannot be written: the email address "
                + "\"panel at example.org\" is not valid."),
        Case(
            label: "NUL in summary",
            events: [CalendarEvent(uid: "x", start: start, summary: "Round\u{0}secret")],
            message: "The event \"x\" cannot be written: its summary contains a control "
                + "character."),
        Case(
            label: "invitation without attendees",
            events: [CalendarEvent(uid: "x", start: start)], method: .request,
            message: "The event \"x\" cannot be written: an invitation, update or cancellation "
                + "(METHOD:REQUEST) needs an organizer and at least one attendee on every event."),
        Case(
            label: "two events with one UID",
            events: [
                CalendarEvent(uid: "x", start: start),
                CalendarEvent(uid: "x", start: Fixtures.london(2027, 2, 9, 12)),
            ],
            message: "The event \"x\" cannot be written: the calendar holds two events with this "
                + "UID. Give each event its own."),
    ]

    @Test(arguments: cases)
    func refusedWithAPlainSentence(_ testCase: Case) {
        let document = CalendarDocument(
            productID: "-//Rounds//Test//EN", method: testCase.method, events: testCase.events)
        do {
            _ = try Fixtures.writer.write(document)
            Issue.record("\(testCase.label) was written")
        } catch let error as RoundsICSError {
            #expect(error.description == testCase.message)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func emptyProductIDIsRefused() {
        #expect(
            throws: RoundsICSError.invalidCalendar(
                problem: "its product identifier (PRODID) is empty. Name the program that made it.")
        ) {
            try Fixtures.writer.write(CalendarDocument(productID: ""))
        }
    }
}
