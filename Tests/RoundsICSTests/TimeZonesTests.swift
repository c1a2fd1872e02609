import Foundation
import RoundsICS
import Testing

@Suite struct TimeZonesTests {
    static let zones = [
        "Europe/London", "America/New_York", "Europe/Paris", "Australia/Sydney", "Asia/Kolkata",
    ]

    /// 2015-01-01T00:00:00Z and 2036-01-01T00:00:00Z.
    static let first = Date(timeIntervalSince1970: 1_420_070_400)
    static let last = Date(timeIntervalSince1970: 2_082_758_400)

    /// Instants to compare: every DST transition Foundation knows of, a second and an hour on
    /// either side, plus a sweep every 5 days and 7 hours.
    static func probes(in zone: TimeZone) -> [Date] {
        var dates: [Date] = []
        var cursor = first
        while let next = zone.nextDaylightSavingTimeTransition(after: cursor), next < last {
            for delta in [-3600.0, -1, 0, 1, 3600] { dates.append(next + delta) }
            cursor = next
        }
        var sweep = first
        while sweep < last {
            dates.append(sweep)
            sweep += 5 * 86_400 + 7 * 3600
        }
        return dates
    }

    @Test(arguments: zones)
    func foundationAgreesWithLibical(zoneName: String) throws {
        TimeZones.warmUp([zoneName])
        let zone = try #require(TimeZone(identifier: zoneName))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let probes = Self.probes(in: zone)
        #expect(probes.count > 1400)
        for date in probes {
            let offset = try TimeZones.utcOffsetSeconds(at: date, in: zoneName)
            #expect(offset == zone.secondsFromGMT(for: date), "offset at \(date)")

            let wall = try TimeZones.wallClock(of: date, in: zoneName)
            let parts = calendar.dateComponents(
                [.year, .month, .day, .hour, .minute, .second], from: date)
            let expected = WallClockTime(
                year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0,
                hour: parts.hour ?? 0, minute: parts.minute ?? 0, second: parts.second ?? 0)
            #expect(wall == expected, "wall clock at \(date)")

            // A wall-clock time in the repeated hour after the clocks go back stands for its
            // first occurrence, an hour earlier (RFC 5545 3.3.5).
            let shift = zone.secondsFromGMT(for: date - 3600) - zone.secondsFromGMT(for: date)
            let repeated = shift > 0
            let back = try TimeZones.instant(of: .zoned(wall, zone: zoneName))
            #expect(back == (repeated ? date - Double(shift) : date), "instant of \(wall)")
        }
    }

    @Test func londonGapAndOverlapFollowRFC5545() throws {
        // 01:30 on 2027-03-28 does not exist in London; RFC 5545 3.3.5 reads it as 02:30 BST.
        let gap = WallClockTime(year: 2027, month: 3, day: 28, hour: 1, minute: 30)
        let skipped = try TimeZones.instant(of: .zoned(gap, zone: "Europe/London"))
        #expect(skipped == Date(timeIntervalSince1970: 1_806_197_400))  // 01:30Z
        // 01:30 on 2027-10-31 happens twice; the first time is 01:30 BST.
        let twice = WallClockTime(year: 2027, month: 10, day: 31, hour: 1, minute: 30)
        let repeated = try TimeZones.instant(of: .zoned(twice, zone: "Europe/London"))
        #expect(repeated == Date(timeIntervalSince1970: 1_824_942_600))  // 00:30Z
    }

    @Test func floatingAndAllDayTimesNeedAZone() throws {
        let wall = WallClockTime(year: 2027, month: 7, day: 1, hour: 9, minute: 0)
        #expect(throws: RoundsICSError.zoneNeeded("2027-07-01T09:00:00")) {
            try TimeZones.instant(of: .floating(wall))
        }
        let morning = try TimeZones.instant(of: .floating(wall), floatingIn: "Europe/London")
        #expect(morning == Date(timeIntervalSince1970: 1_814_428_800))  // 08:00Z
        let day = try TimeZones.instant(
            of: .allDay(CalendarDay(year: 2027, month: 7, day: 1)), floatingIn: "America/New_York")
        #expect(day == Date(timeIntervalSince1970: 1_814_414_400))  // 04:00Z
    }

    @Test(arguments: ["Europe/London", "America/New_York", "UTC", "Asia/Kolkata"])
    func knownZones(zone: String) {
        #expect(TimeZones.isKnown(zone))
    }

    @Test(arguments: ["Nowhere/Land", "", "../../etc/passwd", "/etc/passwd", "Europe/London\n"])
    func unknownZones(zone: String) {
        #expect(!TimeZones.isKnown(zone))
        #expect(throws: RoundsICSError.unknownTimeZone(zone)) {
            try TimeZones.wallClock(of: Self.first, in: zone)
        }
    }

    @Test func unknownZoneMessage() {
        #expect(
            RoundsICSError.unknownTimeZone("Mars/Olympus").description
                == "The time zone \"Mars/Olympus\" is not known. "
                + "Use an IANA zone name such as Europe/London.")
    }

    @Test func warmUpReportsUnknownZones() {
        #expect(TimeZones.warmUp(["Europe/London", "Atlantis/Capital"]) == ["Atlantis/Capital"])
    }

    @Test func impossibleDatesAreRefused() {
        let thirteenth = WallClockTime(year: 2027, month: 13, day: 1, hour: 9, minute: 0)
        #expect(throws: RoundsICSError.invalidDate("2027-13-01T09:00:00")) {
            try TimeZones.instant(of: .utc(thirteenth))
        }
        #expect(throws: RoundsICSError.invalidDate("2027-02-29")) {
            try TimeZones.validate(CalendarDay(year: 2027, month: 2, day: 29))
        }
        #expect(throws: Never.self) {
            try TimeZones.validate(CalendarDay(year: 2028, month: 2, day: 29))
        }
    }

    @Test func concurrentConversionsMatchSequentialOnes() async throws {
        let dates = (0..<200).map { Self.first + Double($0) * 86_400 * 37 }
        var expected: [String: [Int]] = [:]
        for zone in Self.zones {
            expected[zone] = try dates.map { try TimeZones.utcOffsetSeconds(at: $0, in: zone) }
        }
        let results = await withTaskGroup(of: (String, [Int]).self) { group in
            for _ in 0..<8 {
                for zone in Self.zones {
                    group.addTask {
                        let offsets = dates.map {
                            (try? TimeZones.utcOffsetSeconds(at: $0, in: zone)) ?? -1
                        }
                        return (zone, offsets)
                    }
                }
            }
            var all: [(String, [Int])] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.count == 8 * Self.zones.count)
        for (zone, offsets) in results { #expect(offsets == expected[zone]) }
    }
}
