import Foundation
import RoundsCore
import RoundsICS
import Testing

@testable import RoundsInvitations

@Suite struct AvailabilityImportTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent()

    /// A file from our Fixtures folder, or from the reader's (RoundsICSTests/Fixtures).
    private func fixture(_ name: String, reader: Bool = false) throws -> Data {
        let folder =
            reader
            ? Self.testsFolder.appendingPathComponent("RoundsICSTests/Fixtures")
            : Self.testsFolder.appendingPathComponent("RoundsInvitationsTests/Fixtures")
        return try Data(contentsOf: folder.appendingPathComponent(name))
    }

    private let year2027 = AvailabilityImport(
        timeZone: "Europe/London",
        from: LocalDate(year: 2027, month: 1, day: 1) ?? .init(dayNumber: 0),
        through: LocalDate(year: 2027, month: 12, day: 31) ?? .init(dayNumber: 0))

    private func ana() throws -> EmailAddress {
        try EmailAddress("ana.price@northbrook.example.org")
    }

    /// `2027-05-03T00:00..2027-05-04T00:00` for each busy time.
    private func spans(_ result: AvailabilityImportResult) -> [String] {
        result.busy.map { "\($0.start)..\($0.end)" }
    }

    @Test func allDayCancelledDeclinedFloatingOverlappingAndRepeatingEvents() throws {
        let result = year2027.read(
            try fixture("availability.ics"), fileName: "availability.ics", person: try ana())
        #expect(result.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(
            spans(result) == [
                "2027-05-03T00:00..2027-05-04T00:00",
                "2027-05-06T09:00..2027-05-06T09:30",
                "2027-05-07T09:00..2027-05-07T11:00",
                "2027-05-10T09:00..2027-05-10T10:00",
                "2027-05-24T09:00..2027-05-24T10:00",
            ])
        #expect(result.cancelledOccurrences == 2)
        #expect(result.declinedOccurrences == 1)
        #expect(result.busy.allSatisfy { $0.person == (try? ana()) })
        // Busy times are on the programme's wall clock: 09:00 in London in May is 08:00 UTC.
        let huddle = try #require(result.busy.last)
        let start = huddle.start
        let instant = try TimeZones.instant(
            of: .zoned(
                WallClockTime(
                    year: start.year, month: start.month, day: start.day, hour: start.hour,
                    minute: start.minute),
                zone: "Europe/London"))
        #expect(TimeZones.utcWallClock(of: instant).description == "2027-05-24T08:00:00")
    }

    @Test func googleExportWithExceptionsAndAMovedOccurrence() throws {
        let result = year2027.read(
            try fixture("google.ics", reader: true), fileName: "google.ics",
            person: try EmailAddress("ama.owusu@riverside.example.nhs.uk"))
        #expect(result.isUsable)
        #expect(
            spans(result) == [
                "2027-01-05T16:00..2027-01-05T17:00",
                "2027-01-12T16:00..2027-01-12T17:00",
                "2027-01-27T15:30..2027-01-27T16:30",
                "2027-02-02T16:00..2027-02-02T17:00",
                "2027-02-09T12:30..2027-02-09T13:30",
                "2027-02-09T16:00..2027-02-09T17:00",
                "2027-02-16T16:00..2027-02-16T17:00",
                "2027-02-23T16:00..2027-02-23T17:00",
            ])
        // The all-day event of 15-16 April is TRANSP:TRANSPARENT: shown as free, not busy.
        #expect(result.freeOccurrences == 1)
    }

    @Test func outlookExportWithWindowsZoneNames() throws {
        let result = year2027.read(
            try fixture("outlook-exchange.ics", reader: true), fileName: "outlook-exchange.ics",
            person: try EmailAddress("tom.hughes@riverside.example.nhs.uk"))
        #expect(result.isUsable)
        #expect(
            spans(result) == [
                "2027-01-12T12:30..2027-01-12T13:30",
                // 09:00 New York time, every other Wednesday, across both daylight-saving changes.
                "2027-03-10T14:00..2027-03-10T15:00",
                "2027-03-24T13:00..2027-03-24T14:00",
                "2027-04-07T14:00..2027-04-07T15:00",
                "2027-04-21T14:00..2027-04-21T15:00",
                // 14:00 in Amsterdam.
                "2027-06-15T13:00..2027-06-15T14:30",
            ])
    }

    @Test func outlookEventsShownAsFreeAreNotBusy() throws {
        // The same export with Outlook's "show as" set to Free on its busy events.
        let text = String(
            decoding: try fixture("outlook-exchange.ics", reader: true), as: UTF8.self
        )
        .replacingOccurrences(
            of: "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", with: "X-MICROSOFT-CDO-BUSYSTATUS:FREE")
        let result = year2027.read(
            Data(text.utf8), fileName: "outlook-free.ics",
            person: try EmailAddress("tom.hughes@riverside.example.nhs.uk"))
        #expect(result.isUsable)
        #expect(result.freeOccurrences > 0)
        // Only the tentative meeting is left; the fortnightly and Amsterdam meetings are free.
        #expect(spans(result) == ["2027-01-12T12:30..2027-01-12T13:30"])
    }

    @Test func appleExport() throws {
        let result = year2027.read(
            try fixture("apple.ics", reader: true), fileName: "apple.ics", person: try ana())
        #expect(result.isUsable)
        #expect(spans(result) == ["2027-03-09T12:30..2027-03-09T13:30"])
    }

    @Test func freeBusyPeriods() throws {
        let result = year2027.read(
            try fixture("freebusy.ics", reader: true), fileName: "freebusy.ics",
            person: try EmailAddress("tom.hughes@riverside.example.nhs.uk"))
        #expect(
            spans(result) == [
                "2027-01-11T09:00..2027-01-11T10:30",
                "2027-01-12T12:00..2027-01-12T13:30",
                "2027-01-13T14:00..2027-01-13T14:30",
                "2027-01-15T00:00..2027-01-16T00:00",
            ])
        #expect(result.freePeriods == 0)
    }

    @Test func onlyTheWindowIsKept() throws {
        let may = AvailabilityImport(
            timeZone: "Europe/London", from: try LocalDate(parsing: "2027-05-06"),
            through: try LocalDate(parsing: "2027-05-10"))
        let result = may.read(
            try fixture("availability.ics"), fileName: "availability.ics", person: try ana())
        #expect(
            spans(result) == [
                "2027-05-06T09:00..2027-05-06T09:30",
                "2027-05-07T09:00..2027-05-07T11:00",
                "2027-05-10T09:00..2027-05-10T10:00",
            ])
    }

    @Test func readerDiagnosticsArePassedThrough() throws {
        let result = year2027.read(
            try fixture("malformed/unknown-tzid.ics", reader: true), fileName: "unknown-tzid.ics",
            person: try ana())
        let expected = CalendarReader().read(
            try fixture("malformed/unknown-tzid.ics", reader: true), fileName: "unknown-tzid.ics"
        ).diagnostics
        #expect(!expected.isEmpty)
        #expect(Array(result.diagnostics.prefix(expected.count)) == expected)

        let broken = year2027.read(
            try fixture("malformed/not-a-calendar.ics", reader: true),
            fileName: "not-a-calendar.ics", person: try ana())
        #expect(!broken.isUsable)
        #expect(broken.busy.isEmpty)
    }

    @Test func unknownProgrammeZoneIsAnError() throws {
        let result = AvailabilityImport(
            timeZone: "Mars/Olympus", from: try LocalDate(parsing: "2027-01-01"),
            through: try LocalDate(parsing: "2027-12-31")
        ).read(try fixture("availability.ics"), fileName: "availability.ics", person: try ana())
        #expect(!result.isUsable)
        #expect(
            result.diagnostics.last?.message
                == "The programme's time zone \"Mars/Olympus\" is not known, so the times could "
                + "not be placed. Fix the programme's time zone and import again.")
    }
}
