import Foundation
import RoundsICS
import Testing

/// Calendars in the shapes Outlook/Exchange, Google, Apple and Thunderbird write, read into
/// values field by field.
@Suite struct CalendarReaderProducerTests {
    private typealias F = ReaderFixtures

    @Test func outlookMapsWindowsZoneNamesAndReadsInvitationFields() throws {
        let result = try F.read("outlook-exchange.ics")
        #expect(result.diagnostics.isEmpty)
        #expect(result.isUsable)
        let document = try #require(result.documents.first)
        #expect(document.method == .request)
        #expect(document.productID == "Microsoft Exchange Server 2010")
        #expect(document.events.count == 3)

        let round = document.events[0]
        #expect(round.start == .zoned(F.wall("2027-01-12 12:30"), zone: "Europe/London"))
        #expect(round.end == .zoned(F.wall("2027-01-12 13:30"), zone: "Europe/London"))
        #expect(round.summary == "Schwartz Round – January")
        #expect(round.location == "Education Centre, Lecture Theatre 1")
        #expect(round.description?.hasPrefix("Dear colleagues,\n\nPlease join us") == true)
        #expect(round.sequence == 1)
        #expect(round.status == .confirmed)
        #expect(round.classification == .public)
        #expect(round.stamp == (try F.instant("2026-12-01T10:15:00Z")))
        #expect(
            round.organizer
                == Organizer(
                    email: "priya.shah@riverside.example.nhs.uk", name: "Shah, Priya"))
        #expect(
            round.attendees == [
                Attendee(
                    email: "tom.hughes@riverside.example.nhs.uk", name: "Hughes, Tom",
                    role: .requiredParticipant, participation: .needsAction, rsvp: true,
                    userType: .individual),
                Attendee(
                    email: "lt1@riverside.example.nhs.uk", name: "Lecture Theatre 1",
                    role: .optionalParticipant, participation: .needsAction, rsvp: true,
                    userType: .resource),
            ])
        #expect(
            round.conferences == [
                Conference(
                    uri: "https://teams.example.com/l/meetup-join/19%3ameeting_abc%40thread.v2/0")
            ])
        #expect(round.reminders == [Reminder(minutesBefore: 15, message: "REMINDER")])

        let call = document.events[1]
        #expect(call.start == .zoned(F.wall("2027-03-10 09:00"), zone: "America/New_York"))
        #expect(call.recurrence.rules == ["FREQ=WEEKLY;COUNT=4;INTERVAL=2;BYDAY=WE;WKST=SU"])
        #expect(
            document.events[2].start
                == .zoned(F.wall("2027-06-15 14:00"), zone: "Europe/Berlin"))
        #expect(
            result.timeZones == [
                CalendarZoneUse(
                    tzid: "Eastern Standard Time", ianaName: "America/New_York", origin: .windows),
                CalendarZoneUse(
                    tzid: "GMT Standard Time", ianaName: "Europe/London", origin: .windows),
                CalendarZoneUse(
                    tzid: "W. Europe Standard Time", ianaName: "Europe/Berlin", origin: .windows),
            ])
        #expect(result.componentCounts["VTIMEZONE"] == 3)
    }

    @Test func googleRecurringEventWithExceptionAndOverride() throws {
        let result = try F.read("google.ics")
        #expect(result.diagnostics.isEmpty)
        let document = try #require(result.documents.first)
        #expect(document.name == "Schwartz Rounds (Riverside)")
        #expect(document.method == .publish)
        let events = document.events
        #expect(events.count == 4)

        let series = events[0]
        #expect(series.uid == "4q2k9m1v7h3s8d0p6f5t1r2e3w@google.com")
        #expect(series.start == .zoned(F.wall("2027-01-05 16:00"), zone: "Europe/London"))
        // libical writes rules in its own order and leaves out WKST=MO, the default.
        #expect(series.recurrence.rules == ["FREQ=WEEKLY;COUNT=8;BYDAY=TU"])
        #expect(
            series.recurrence.exceptionDates
                == [.zoned(F.wall("2027-01-19 16:00"), zone: "Europe/London")])
        #expect(series.recurrenceID == nil)
        #expect(series.conferences == [Conference(uri: "https://meet.google.com/abc-defg-hij")])
        #expect(
            series.attendees == [
                Attendee(
                    email: "ama.owusu@riverside.example.nhs.uk",
                    name: "ama.owusu@riverside.example.nhs.uk", participation: .accepted,
                    rsvp: false)
            ])

        let moved = events[1]
        #expect(moved.uid == series.uid)
        #expect(moved.recurrenceID == .zoned(F.wall("2027-01-26 16:00"), zone: "Europe/London"))
        #expect(moved.start == .zoned(F.wall("2027-01-27 15:30"), zone: "Europe/London"))
        #expect(moved.sequence == 3)

        let conference = events[2]
        #expect(conference.start == .allDay(CalendarDay(year: 2027, month: 4, day: 15)))
        #expect(conference.end == .allDay(CalendarDay(year: 2027, month: 4, day: 17)))
        // Google writes `LOCATION:` and `DESCRIPTION:` with nothing after them.
        #expect(conference.location == nil)
        #expect(conference.description == nil)

        let february = events[3]
        #expect(february.start == .utc(F.wall("2027-02-09 12:30")))
        #expect(
            february.reminders
                == [Reminder(minutesBefore: 10, message: "This is an event reminder")])
    }

    @Test func lfOnlyLineEndsReadExactlyAsCRLF() throws {
        let crlf = try F.read("google.ics")
        let lf = try F.read("google-lf.ics")
        #expect(try F.data("google.ics").contains(0x0D))
        #expect(try !F.data("google-lf.ics").contains(0x0D))
        #expect(lf.documents == crlf.documents)
        #expect(lf.diagnostics == crlf.diagnostics)
    }

    @Test func appleFoldedMultiByteTextAndAlarms() throws {
        let result = try F.read("apple.ics")
        let document = try #require(result.documents.first)
        #expect(document.name == "Rounds – équipe de coordination")
        let event = try #require(document.events.first)
        #expect(event.summary == "Schwartz Round – «Ce que je n’ai jamais dit» 🌿")
        #expect(
            event.description
                == "Panellists: Dr Zoë Ångström (anaesthetics), Søren Müller (physiotherapy) "
                + "and 王秀英 (pharmacy). Each speaks for about eight minutes — then the "
                + "discussion is opened to the whole audience. Please arrive early; seats fill "
                + "up quickly. 日本語のテキストも含まれています。")
        #expect(event.location == "Zentrum für Fortbildung\nRiverside Hospital\nLondon")
        #expect(event.url == "https://intranet.riverside.example.nhs.uk/schwartz-rounds")
        #expect(event.reminders == [Reminder(minutesBefore: 60, message: "")])
        let absoluteTrigger = try F.line(
            startingWith: "TRIGGER;VALUE=DATE-TIME", in: "apple.ics")
        #expect(
            result.diagnostics == [
                CalendarDiagnostic(
                    .warning, .unsupportedReminder,
                    "This reminder goes off at a fixed date and time rather than before the "
                        + "event; only reminders relative to the start are read, so it was "
                        + "skipped.",
                    line: absoluteTrigger, component: "VALARM",
                    uid: "6A1F0C7E-3B2D-4E5F-9A8B-7C6D5E4F3A2B")
            ])
        #expect(result.isUsable)
        #expect(result.componentCounts["VALARM"] == 2)
    }

    @Test func appleFixtureReallyFoldsInsideMultiByteCharacters() throws {
        // The fixture folds at 75 octets without regard to characters, as some producers do.
        let bytes = [UInt8](try F.data("apple.ics"))
        let splits = bytes.indices.dropLast(3).filter { index in
            bytes[index] == 0x0D && bytes[index + 1] == 0x0A && bytes[index + 2] == 0x20
                && (bytes[index + 3] & 0xC0) == 0x80
        }
        #expect(!splits.isEmpty)
    }

    @Test func thunderbirdCategoriesAttendeesAndMozillaZoneNames() throws {
        let result = try F.read("thunderbird.ics")
        #expect(result.diagnostics.isEmpty)
        let events = try #require(result.documents.first).events
        #expect(events.count == 2)
        #expect(events[0].categories == ["Schwartz Round", "Education"])
        #expect(
            events[0].attendees == [
                Attendee(
                    email: "tom.hughes@riverside.example.nhs.uk", role: .requiredParticipant,
                    participation: .needsAction, rsvp: true),
                Attendee(
                    email: "priya.shah@riverside.example.nhs.uk", name: "Priya Shah",
                    role: .chair, participation: .accepted, rsvp: false),
            ])
        #expect(
            events[0].reminders
                == [Reminder(minutesBefore: 15, message: "Default Mozilla Description")])
        #expect(events[1].start == .zoned(F.wall("2009-07-14 12:30"), zone: "Europe/London"))
        #expect(
            result.timeZones.first
                == CalendarZoneUse(
                    tzid: "/mozilla.org/20070129_1/Europe/London", ianaName: "Europe/London",
                    origin: .prefixed))
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let withMark = try F.data("utf8-bom.ics")
        #expect(Array(withMark.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let reader = CalendarReader()
        let marked = reader.read(withMark, fileName: "bom.ics")
        let plain = reader.read(withMark.dropFirst(3), fileName: "plain.ics")
        #expect(marked.diagnostics.isEmpty)
        #expect(marked.documents == plain.documents)
        #expect(marked.events.first?.start == .utc(F.wall("2027-01-12 12:30")))
    }

    @Test func freeBusyPeriods() throws {
        let result = try F.read("freebusy.ics")
        #expect(result.diagnostics.isEmpty)
        #expect(result.isUsable)
        let periods = try #require(result.documents.first).busyPeriods
        #expect(
            periods == [
                BusyPeriod(
                    start: try F.instant("2027-01-11T09:00:00Z"),
                    end: try F.instant("2027-01-11T10:30:00Z")),
                BusyPeriod(
                    start: try F.instant("2027-01-12T12:00:00Z"),
                    end: try F.instant("2027-01-12T13:30:00Z"), kind: "BUSY-TENTATIVE"),
                BusyPeriod(
                    start: try F.instant("2027-01-13T14:00:00Z"),
                    end: try F.instant("2027-01-13T14:30:00Z"), kind: "BUSY-TENTATIVE"),
                BusyPeriod(
                    start: try F.instant("2027-01-15T00:00:00Z"),
                    end: try F.instant("2027-01-16T00:00:00Z"), kind: "BUSY-UNAVAILABLE"),
            ])
    }

    @Test func zoneDefinedOnlyInTheFileIsHonouredByConvertingToUTC() throws {
        let result = try F.read("custom-zone.ics")
        #expect(result.diagnostics.isEmpty)
        let event = try #require(result.events.first)
        // 12:30 British Summer Time is 11:30 UTC: the file's own VTIMEZONE was applied.
        #expect(event.start == .utc(F.wall("2027-07-13 11:30")))
        #expect(event.end == .utc(F.wall("2027-07-13 12:30")))
        #expect(
            result.timeZones == [
                CalendarZoneUse(
                    tzid: "(UTC+00:00) Dublin, Edinburgh, Lisbon, London", ianaName: nil,
                    origin: .definedInFile)
            ])
    }

    @Test func sampleProgrammeIsUsable() throws {
        let url = F.repositoryRoot.appendingPathComponent("Samples/sample-programme.ics")
        let result = CalendarReader().read(contentsOf: url, fileName: "sample-programme.ics")
        #expect(result.diagnostics.isEmpty)
        #expect(result.isUsable)
        #expect(result.events.count == 6)
        #expect(
            result.documents.first?.name
                == "Riverside Community NHS Trust – Schwartz Rounds 2027")
    }
}
