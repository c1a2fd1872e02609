import Foundation
import RoundsICS

/// Calendars the tests build, and a fixed clock.
enum Fixtures {
    /// 2027-01-01T09:00:00Z: what the injected clock says.
    static let now = Date(timeIntervalSince1970: 1_798_794_000)
    static let writer = CalendarWriter(clock: { now })

    static func london(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0)
        -> CalendarTime
    {
        .zoned(
            WallClockTime(year: year, month: month, day: day, hour: hour, minute: minute),
            zone: "Europe/London")
    }

    static func newYork(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0)
        -> CalendarTime
    {
        .zoned(
            WallClockTime(year: year, month: month, day: day, hour: hour, minute: minute),
            zone: "America/New_York")
    }

    static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int = 0)
        -> Date
    {
        (try? TimeZones.instant(
            of: .utc(WallClockTime(year: year, month: month, day: day, hour: hour, minute: minute))
        )) ?? .distantPast
    }

    /// A monthly Schwartz Round on the second Tuesday at 12:00 London time, ten times, with one
    /// date skipped and one moved, sent as an invitation.
    static func monthlyRound(uid: String) -> CalendarDocument {
        var round = CalendarEvent(
            uid: uid,
            start: london(2027, 1, 12, 12),
            end: london(2027, 1, 12, 13),
            summary: "Schwartz Round: \"When care hurts\"; lunch, 12–1 ☕️",
            description: "Panel stories are shared in confidence.\nPlease arrive by 11:55, "
                + "and bring your badge; the room is on level 2.",
            location: "Education Centre, Room 2, St Elsewhere's Hospital",
            url: "https://rounds.example.org/programme/2027",
            conferences: [
                Conference(
                    uri: "https://video.example.org/join/abc?pwd=x;y=1", label: "Join, \"online\"")
            ],
            status: .confirmed,
            classification: .public,
            categories: ["Schwartz Round", "Staff wellbeing"],
            organizer: Organizer(email: "rounds@stelsewhere.example.org", name: "Rounds Team"),
            attendees: [
                Attendee(
                    email: "facilitator@stelsewhere.example.org", name: "Dr Ada O'Neill, FRCP",
                    role: .chair, participation: .accepted, rsvp: false),
                Attendee(email: "panel@stelsewhere.example.org", name: "Panel"),
                Attendee(
                    email: "room2@stelsewhere.example.org", name: "Room 2",
                    role: .nonParticipant, participation: .accepted, rsvp: false,
                    userType: .room),
            ],
            reminders: [Reminder(minutesBefore: 15, message: "Schwartz Round in 15 minutes")],
            recurrence: Recurrence(
                rules: ["FREQ=MONTHLY;COUNT=10;BYDAY=2TU"],
                exceptionDates: [london(2027, 8, 10, 12)]))
        round.sequence = 0
        let moved = CalendarEvent(
            uid: uid,
            start: london(2027, 4, 15, 12, 30),
            end: london(2027, 4, 15, 13, 30),
            summary: "Schwartz Round (moved to Thursday)",
            status: .confirmed,
            organizer: round.organizer,
            attendees: round.attendees,
            recurrenceID: london(2027, 4, 13, 12))
        return CalendarDocument(
            productID: "-//Rounds//Rounds 0.1//EN", method: .request,
            name: "Schwartz Rounds 2027", events: [round, moved])
    }
}
