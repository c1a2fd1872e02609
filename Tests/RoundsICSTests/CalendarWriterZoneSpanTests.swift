import Foundation
import RoundsTestSupport
import Testing

@testable import RoundsICS

/// Calendars for the `own-zone` judge (docs/testing.md): for four zones, spans from a day to ten
/// years starting in every month, each zone's event at noon on the first and last day and on
/// the days either side of every change of offset in between (as extra dates, RDATE). The judge
/// converts each of those times with the file's own VTIMEZONE and compares with zoneinfo.
@Suite struct CalendarWriterZoneSpanTests {
    static let zones = ["Europe/London", "Europe/Dublin", "America/New_York", "Australia/Sydney"]
    /// ISO 8601 durations, for the file names, and their length in days.
    static let lengths: [(name: String, days: Int)] = [
        ("P1D", 1), ("P1W", 7), ("P1M", 31), ("P3M", 92), ("P6M", 183), ("P1Y", 365),
        ("P2Y", 730), ("P5Y", 1_826), ("P10Y", 3_652),
    ]

    @Test(arguments: 1...12)
    func everyReaderCanTakeTheVTimezonesAsWritten(month: Int) throws {
        for length in Self.lengths {
            let name = String(format: "zone-span-2026-%02d-%@", month, length.name)
            let events = try Self.zones.map { zone in
                try Self.event(
                    uid: "\(name)-\(zone)@rounds.test", zone: zone, month: month,
                    days: length.days)
            }
            let text = try Fixtures.writer.write(
                CalendarDocument(productID: "-//Rounds//Test//EN", name: name, events: events))
            try JudgeOutput.write(name: name, ics: text)
            let calendar = try #require(LibicalOutline.parse(text))
            let observances = calendar.children("VTIMEZONE").flatMap(\.components)
            // libical's other truncations write RDATEs in UTC, which readers take differently,
            // and TZUNTIL, which some refuse: neither is in what we write.
            #expect(observances.allSatisfy { $0.properties("RDATE").isEmpty })
            #expect(!text.contains("TZUNTIL"))
            #expect(calendar.children("VTIMEZONE").count == Self.zones.count)
            // Every zone changes its offset: yearly rules, not one-off observances.
            #expect(
                calendar.children("VTIMEZONE").allSatisfy { zone in
                    zone.components.contains { !$0.properties("RRULE").isEmpty }
                })
        }
    }

    /// Noon on the span's first day (the 10th of `month`, 2026) and last day, and on the local
    /// days before and after each change of offset in between.
    static func event(uid: String, zone: String, month: Int, days: Int) throws -> CalendarEvent {
        let timeZone = try #require(TimeZone(identifier: zone))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let first = try #require(
            calendar.date(from: DateComponents(year: 2026, month: month, day: 10, hour: 12)))
        let last = try #require(calendar.date(byAdding: .day, value: days - 1, to: first))
        var noons: [Date] = []
        var cursor = first
        while let change = timeZone.nextDaylightSavingTimeTransition(after: cursor),
            change < last
        {
            let day = calendar.startOfDay(for: change)
            for offset in [-1, 1] {
                if let noon = calendar.date(
                    byAdding: DateComponents(day: offset, hour: 12), to: day),
                    noon > first, noon < last
                {
                    noons.append(noon)
                }
            }
            cursor = change
        }
        noons.append(last)
        func local(_ date: Date) -> CalendarTime {
            let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
            return .zoned(
                WallClockTime(
                    year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0,
                    hour: parts.hour ?? 0, minute: parts.minute ?? 0),
                zone: zone)
        }
        let extra = noons.filter { $0 > first }.map(local)
        return CalendarEvent(
            uid: uid, start: local(first), durationSeconds: 3_600, summary: "Round in \(zone)",
            recurrence: Recurrence(additionalDates: extra))
    }
}
