import Foundation
import RoundsICS

/// The benchmark calendar: 10,000 events in Europe/London, five attendees each.
///
/// The C and Python contenders read the file this writes and rebuild the same events from
/// what they read, so all three do the same work on the same data.
enum BenchCalendar {
    static let eventCount = 10_000
    static let attendeesPerEvent = 5
    static let stamp = Date(timeIntervalSince1970: 1_798_761_600)  // 2027-01-01T00:00:00Z

    static var writer: CalendarWriter { CalendarWriter(clock: { stamp }) }

    static func document(events eventCount: Int = eventCount) -> CalendarDocument {
        var utc = Calendar(identifier: .gregorian)
        utc.timeZone = TimeZone(identifier: "UTC") ?? utc.timeZone
        let origin = DateComponents(year: 2027, month: 1, day: 4)
        let first = utc.date(from: origin) ?? stamp
        let roles: [AttendeeRole] = [
            .chair, .requiredParticipant, .requiredParticipant, .optionalParticipant,
            .nonParticipant,
        ]
        let states: [ParticipationStatus] = [
            .accepted, .needsAction, .tentative, .declined, .needsAction,
        ]
        let events = (0..<eventCount).map { index in
            let day = utc.date(byAdding: .day, value: index % 3_650, to: first) ?? first
            let parts = utc.dateComponents([.year, .month, .day], from: day)
            let date = CalendarDay(
                year: parts.year ?? 2027, month: parts.month ?? 1, day: parts.day ?? 1)
            let hour = 9 + index % 8
            let attendees = (0..<attendeesPerEvent).map { slot in
                Attendee(
                    email: "person\((index + slot * 7) % 600)@hospital.example.org",
                    name: "Person \((index + slot * 7) % 600), Ward \(slot)",
                    role: roles[slot], participation: states[slot], rsvp: slot != 0,
                    userType: .individual)
            }
            return CalendarEvent(
                uid: "bench-\(index)@rounds.example.org",
                start: .zoned(
                    WallClockTime(day: date, hour: hour, minute: 30), zone: "Europe/London"),
                end: .zoned(
                    WallClockTime(day: date, hour: hour + 1, minute: 45), zone: "Europe/London"),
                sequence: index % 3,
                summary: "Schwartz Round \(index): When care is hard",
                description: "A panel of three colleagues tells a story; the audience reflects."
                    + " Bring lunch, and a colleague; all staff welcome.\nRoom opens at noon.",
                location: "Education Centre, Room \(index % 12)",
                url: "https://rounds.example.org/r/\(index)",
                status: .confirmed,
                classification: .public,
                categories: ["Schwartz Round", "Staff wellbeing"],
                organizer: Organizer(email: "rounds@hospital.example.org", name: "Rounds Team"),
                attendees: attendees)
        }
        return CalendarDocument(
            productID: "-//Rounds//Benchmark//EN", method: .publish, name: "Benchmark",
            events: events)
    }
}
