import Foundation
import RoundsTestSupport
import Testing

@testable import RoundsICS

@Suite struct CalendarWriterTests {
    @Test func monthlyRoundInviteMatchesSnapshot() throws {
        let document = Fixtures.monthlyRound(uid: "writer-monthly-round@rounds.test")
        let text = try Fixtures.writer.write(document)
        try JudgeOutput.write(name: "writer-monthly-round", ics: text)
        try Snapshot.check(text, file: "monthly-round-invite.ics")
    }

    @Test func everyFieldReadsBackThroughLibical() throws {
        let document = Fixtures.monthlyRound(uid: "writer-read-back@rounds.test")
        let text = try Fixtures.writer.write(document)
        try JudgeOutput.write(name: "writer-read-back", ics: text)
        let calendar = try #require(LibicalOutline.parse(text))
        #expect(calendar.kind == "VCALENDAR")
        #expect(calendar.value("VERSION") == "2.0")
        #expect(calendar.value("PRODID") == "-//Rounds//Rounds 0.1//EN")
        #expect(calendar.value("METHOD") == "REQUEST")
        #expect(calendar.value("NAME") == "Schwartz Rounds 2027")
        #expect(calendar.value("X-WR-CALNAME") == "Schwartz Rounds 2027")

        let events = calendar.children("VEVENT")
        try #require(events.count == 2)
        let master = events[0]
        let source = document.events[0]
        #expect(master.value("UID") == source.uid)
        #expect(master.value("DTSTAMP") == "20270101T090000Z")
        let start = try #require(master.properties("DTSTART").first)
        #expect(start.value == "20270112T120000")
        #expect(start.parameters == ["TZID": "Europe/London"])
        #expect(master.properties("DTEND").first?.parameters["TZID"] == "Europe/London")
        #expect(master.value("SUMMARY") == source.summary)
        #expect(master.value("DESCRIPTION") == source.description)
        #expect(master.value("LOCATION") == source.location)
        #expect(master.value("URL") == source.url)
        #expect(master.value("STATUS") == "CONFIRMED")
        #expect(master.value("CLASS") == "PUBLIC")
        #expect(master.value("SEQUENCE") == "0")
        #expect(master.value("RRULE") == "FREQ=MONTHLY;COUNT=10;BYDAY=2TU")
        #expect(master.value("EXDATE") == "20270810T120000")
        // libical's parser splits a multi-valued CATEGORIES into one property per value.
        #expect(master.properties("CATEGORIES").map(\.value) == source.categories)

        let conference = try #require(master.properties("CONFERENCE").first)
        #expect(conference.value == "https://video.example.org/join/abc?pwd=x;y=1")
        #expect(
            conference.parameters
                == ["VALUE": "URI", "FEATURE": "VIDEO", "LABEL": "Join, \"online\""])

        let organizer = try #require(master.properties("ORGANIZER").first)
        #expect(organizer.value == "mailto:rounds@stelsewhere.example.org")
        #expect(organizer.parameters == ["CN": "Rounds Team"])

        let attendees = master.properties("ATTENDEE")
        try #require(attendees.count == 3)
        #expect(attendees[0].value == "mailto:facilitator@stelsewhere.example.org")
        #expect(
            attendees[0].parameters == [
                "CN": "Dr Ada O'Neill, FRCP", "ROLE": "CHAIR", "PARTSTAT": "ACCEPTED",
                "RSVP": "FALSE", "CUTYPE": "INDIVIDUAL",
            ])
        #expect(
            attendees[1].parameters == [
                "CN": "Panel", "ROLE": "REQ-PARTICIPANT", "PARTSTAT": "NEEDS-ACTION",
                "RSVP": "TRUE", "CUTYPE": "INDIVIDUAL",
            ])
        #expect(attendees[2].parameters["CUTYPE"] == "ROOM")
        #expect(attendees[2].parameters["ROLE"] == "NON-PARTICIPANT")

        let alarm = try #require(master.children("VALARM").first)
        #expect(alarm.value("ACTION") == "DISPLAY")
        #expect(alarm.value("TRIGGER") == "-PT15M")
        #expect(alarm.value("DESCRIPTION") == "Schwartz Round in 15 minutes")

        let moved = events[1]
        #expect(moved.value("UID") == source.uid)
        let recurrenceID = try #require(moved.properties("RECURRENCE-ID").first)
        #expect(recurrenceID.value == "20270413T120000")
        #expect(recurrenceID.parameters == ["TZID": "Europe/London"])
        #expect(moved.value("DTSTART") == "20270415T123000")
        #expect(moved.properties("RRULE").isEmpty)
    }

    @Test func stampComesFromTheClockUnlessTheEventHasOne() throws {
        let stamped = Date(timeIntervalSince1970: 1_700_000_000)  // 2023-11-14T22:13:20Z
        let document = CalendarDocument(
            productID: "-//Rounds//Test//EN",
            events: [
                CalendarEvent(
                    uid: "writer-stamp-a@rounds.test", start: Fixtures.london(2027, 2, 9, 12)),
                CalendarEvent(
                    uid: "writer-stamp-b@rounds.test", start: Fixtures.london(2027, 3, 9, 12),
                    stamp: stamped),
            ])
        let text = try Fixtures.writer.write(document)
        try JudgeOutput.write(name: "writer-stamp", ics: text)
        let events = try #require(LibicalOutline.parse(text)).children("VEVENT")
        #expect(events.map { $0.value("DTSTAMP") } == ["20270101T090000Z", "20231114T221320Z"])
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let document = Fixtures.monthlyRound(uid: "writer-stable@rounds.test")
        let first = try Fixtures.writer.write(document)
        let second = try CalendarWriter(clock: { Fixtures.now }).write(document)
        #expect(first == second)
        try JudgeOutput.write(name: "writer-stable", ics: first)
    }

    @Test func linesEndInCRLFAndAreFoldedAt75Octets() throws {
        var document = Fixtures.monthlyRound(uid: "writer-folding@rounds.test")
        // No trailing space: libical's parser drops trailing white space from a value.
        document.events[0].description = Array(
            repeating: "Reflective practice — réflexion partagée, 思考.", count: 12
        ).joined(separator: " ")
        let text = try Fixtures.writer.write(document)
        try JudgeOutput.write(name: "writer-folding", ics: text)
        let bytes = Array(text.utf8)
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            #expect(index > 0 && bytes[index - 1] == UInt8(ascii: "\r"))
        }
        #expect(text.hasSuffix("END:VCALENDAR\r\n"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(lines.contains { $0.hasPrefix(" ") })
        // Folding never splits a multi-byte character: every line is valid UTF-8 by itself.
        for line in lines {
            #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil)
        }
        let event = try #require(LibicalOutline.parse(text)?.children("VEVENT").first)
        #expect(event.value("DESCRIPTION") == document.events[0].description)
    }

    @Test func allDayEventsUseDatesAndNeedNoTimeZone() throws {
        let document = CalendarDocument(
            productID: "-//Rounds//Test//EN", method: .publish, name: "Away days",
            events: [
                CalendarEvent(
                    uid: "writer-all-day@rounds.test",
                    start: .allDay(CalendarDay(year: 2027, month: 5, day: 31)),
                    end: .allDay(CalendarDay(year: 2027, month: 6, day: 1)),
                    stamp: Fixtures.now, summary: "Bank holiday: no Round",
                    classification: .private),
                CalendarEvent(
                    uid: "writer-two-days@rounds.test",
                    start: .allDay(CalendarDay(year: 2027, month: 9, day: 20)),
                    stamp: Fixtures.now, durationSeconds: 2 * 86_400, summary: "Conference",
                    recurrence: Recurrence(rules: ["FREQ=YEARLY;UNTIL=20300101"])),
            ])
        let text = try Fixtures.writer.write(document)
        try JudgeOutput.write(name: "writer-all-day", ics: text)
        try Snapshot.check(text, file: "all-day.ics")
        let calendar = try #require(LibicalOutline.parse(text))
        #expect(calendar.children("VTIMEZONE").isEmpty)
        let start = try #require(calendar.children("VEVENT").first?.properties("DTSTART").first)
        #expect(start.value == "20270531")
        #expect(start.parameters == ["VALUE": "DATE"])
        #expect(calendar.children("VEVENT").last?.value("DURATION") == "P2D")
    }

    @Test func utcAndFloatingTimesHaveNoTZID() throws {
        let document = CalendarDocument(
            productID: "-//Rounds//Test//EN",
            events: [
                CalendarEvent(
                    uid: "writer-utc@rounds.test",
                    start: .utc(WallClockTime(year: 2027, month: 6, day: 1, hour: 11, minute: 0)),
                    end: .utc(WallClockTime(year: 2027, month: 6, day: 1, hour: 12, minute: 0))),
                CalendarEvent(
                    uid: "writer-floating@rounds.test",
                    start: .floating(
                        WallClockTime(year: 2027, month: 6, day: 2, hour: 9, minute: 0)),
                    durationSeconds: 5400),
            ])
        let text = try Fixtures.writer.write(document)
        try JudgeOutput.write(name: "writer-utc-floating", ics: text)
        try Snapshot.check(text, file: "utc-and-floating.ics")
        let events = try #require(LibicalOutline.parse(text)).children("VEVENT")
        #expect(events[0].properties("DTSTART").first?.value == "20270601T110000Z")
        #expect(events[0].properties("DTSTART").first?.parameters == [:])
        #expect(events[1].properties("DTSTART").first?.value == "20270602T090000")
        #expect(events[1].properties("DTSTART").first?.parameters == [:])
        #expect(events[1].value("DURATION") == "PT1H30M")
    }

    @Test func splitByUIDKeepsOverridesWithTheirSeries() {
        var document = Fixtures.monthlyRound(uid: "writer-split-a@rounds.test")
        document.events.append(
            CalendarEvent(uid: "writer-split-b@rounds.test", start: Fixtures.london(2027, 2, 2, 9)))
        let parts = document.splitByUID()
        #expect(
            parts.map { $0.events.map(\.uid) } == [
                ["writer-split-a@rounds.test", "writer-split-a@rounds.test"],
                ["writer-split-b@rounds.test"],
            ])
        #expect(parts.allSatisfy { $0.method == .request && $0.name == document.name })
    }

    @Test func invitationUpdateAndCancellationRaiseTheSequence() throws {
        let uid = "writer-series@rounds.test"
        var event = CalendarEvent(
            uid: uid, start: Fixtures.london(2027, 3, 9, 12), end: Fixtures.london(2027, 3, 9, 13),
            summary: "Schwartz Round", status: .confirmed,
            organizer: Organizer(email: "rounds@stelsewhere.example.org", name: "Rounds Team"),
            attendees: [Attendee(email: "panel@stelsewhere.example.org", name: "Panel")])
        var versions: [String] = []
        versions.append(
            try Fixtures.writer.write(
                CalendarDocument(
                    productID: "-//Rounds//Test//EN", method: .request, events: [event])))
        event.sequence = 1
        event.start = Fixtures.london(2027, 3, 16, 12)
        event.end = Fixtures.london(2027, 3, 16, 13)
        versions.append(
            try Fixtures.writer.write(
                CalendarDocument(
                    productID: "-//Rounds//Test//EN", method: .request, events: [event])))
        event.sequence = 2
        event.status = .cancelled
        versions.append(
            try Fixtures.writer.write(
                CalendarDocument(productID: "-//Rounds//Test//EN", method: .cancel, events: [event])
            ))
        try JudgeOutput.writeSeries(name: "writer-series", versions: versions)

        let parsed = try versions.map { try #require(LibicalOutline.parse($0)) }
        #expect(parsed.map { $0.value("METHOD") } == ["REQUEST", "REQUEST", "CANCEL"])
        let events = parsed.compactMap { $0.children("VEVENT").first }
        #expect(events.map { $0.value("SEQUENCE") } == ["0", "1", "2"])
        #expect(events.map { $0.value("UID") } == [uid, uid, uid])
        #expect(events.map { $0.value("STATUS") } == ["CONFIRMED", "CONFIRMED", "CANCELLED"])
        try Snapshot.check(versions[2], file: "cancellation.ics")
    }

    @Test func concurrentWritesMatchSequentialOnes() async throws {
        let documents = (0..<24).map { index in
            var document = Fixtures.monthlyRound(uid: "writer-concurrent-\(index)@rounds.test")
            if index % 3 == 1 {
                document.events[0].start = Fixtures.newYork(2027, 1, 12, 12)
                document.events[0].end = Fixtures.newYork(2027, 1, 12, 13)
            }
            if index % 3 == 2 {
                document.events[0].recurrence.rules = ["FREQ=WEEKLY;BYDAY=TU"]
            }
            return document
        }
        let sequential = try documents.map { try Fixtures.writer.write($0) }
        let parallel = await withTaskGroup(of: (Int, String?).self) { group in
            for round in 0..<4 {
                for (index, document) in documents.enumerated() {
                    group.addTask {
                        (index, try? Fixtures.writer.write(document))
                    }
                    _ = round
                }
            }
            var results: [(Int, String?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == documents.count * 4)
        for (index, text) in parallel {
            #expect(text == sequential[index])
        }
        for (index, text) in sequential.enumerated() {
            try JudgeOutput.write(name: "writer-concurrent-\(index)", ics: text)
        }
    }
}
