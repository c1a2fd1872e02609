import Foundation
import RoundsICS
import RoundsTestSupport
import Testing

/// Reading a calendar's events one at a time (when the scan finds a plain structure) gives
/// exactly what reading libical's whole tree gives, for every calendar the tests and samples
/// hold and for calendars made here to reach every corner of the reader.
@Suite struct CalendarReaderStreamingTests {
    /// Reads `data` both ways and checks the results are equal; returns whether the events were
    /// read one at a time.
    @discardableResult
    static func expectSameBothWays(
        _ data: Data, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) -> Bool {
        let reader = CalendarReader()
        let whole = reader.read(data, fileName: name, streaming: false)
        let streamed = reader.read(data, fileName: name, streaming: true)
        #expect(!whole.streamed, "\(name)", sourceLocation: sourceLocation)
        #expect(streamed.result == whole.result, "\(name)", sourceLocation: sourceLocation)
        // Equal also in what `==` might not look at: the order of diagnostics and lines.
        #expect(
            streamed.result.diagnostics.map { "\($0.line ?? 0) \($0.message)" }
                == whole.result.diagnostics.map { "\($0.line ?? 0) \($0.message)" },
            "\(name)", sourceLocation: sourceLocation)
        return streamed.streamed
    }

    /// Every `.ics` file under Samples/ and the tests' folders, broken ones included.
    static func repositoryCalendars() throws -> [URL] {
        let root = Samples.repository
        var found: [URL] = []
        for folder in ["Samples", "Tests"] {
            let enumerator = FileManager.default.enumerator(
                at: root.appendingPathComponent(folder), includingPropertiesForKeys: nil)
            while let url = enumerator?.nextObject() as? URL {
                if url.pathExtension == "ics" { found.append(url) }
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    @Test func everyCalendarInTheRepositoryReadsTheSameBothWays() throws {
        let files = try Self.repositoryCalendars()
        #expect(files.count >= 30)
        var streamedCount = 0
        for url in files {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let data = try handle.readToEnd() ?? Data()
            if Self.expectSameBothWays(data, url.lastPathComponent) { streamedCount += 1 }
        }
        // Most of them are plain enough to be read one event at a time.
        #expect(streamedCount >= files.count / 2)
    }

    @Test func writtenCalendarsReadTheSameBothWays() throws {
        let invitation = try Fixtures.writer.write(Fixtures.monthlyRound(uid: "stream@example.org"))
        #expect(Self.expectSameBothWays(Data(invitation.utf8), "invitation.ics"))
        let many = try Fixtures.writer.write(Self.manyEvents(300))
        #expect(Self.expectSameBothWays(Data(many.utf8), "many.ics"))
    }

    /// Calendars with the reader's awkward cases; the first of each pair is plain (read one
    /// event at a time), the rest exercise the checks that send a file down the whole tree.
    @Test(arguments: Self.awkward.indices)
    func awkwardCalendarReadsTheSameBothWays(_ index: Int) {
        let (name, text, plain) = Self.awkward[index]
        let streamed = Self.expectSameBothWays(Data(text.utf8), name)
        #expect(streamed == plain, "\(name)")
    }

    @Test func calendarOfManyOtherComponentsIsReadWhole() {
        let todos = (0..<300).map { "BEGIN:VTODO\r\nUID:t\($0)\r\nEND:VTODO\r\n" }.joined()
        #expect(!Self.expectSameBothWays(Data(Self.calendar(todos + Self.event("e")).utf8), "todo"))
        let fewer = (0..<256).map { "BEGIN:VTODO\r\nUID:t\($0)\r\nEND:VTODO\r\n" }.joined()
        #expect(Self.expectSameBothWays(Data(Self.calendar(fewer + Self.event("e")).utf8), "few"))
    }

    @Test func textThatIsNotUTF8ReadsTheSameBothWays() {
        var data = Data(Self.calendar(Self.event("latin1", summary: "Caf@")).utf8)
        if let at = data.firstIndex(of: UInt8(ascii: "@")) { data[at] = 0xE9 }
        #expect(Self.expectSameBothWays(data, "latin1.ics"))
    }

    @Test func byteOrderMarkAndBareLineFeedsReadTheSameBothWays() {
        let text = Self.calendar(Self.event("a") + Self.event("b"))
        var data = Data([0xEF, 0xBB, 0xBF])
        data.append(Data(text.utf8))
        #expect(Self.expectSameBothWays(data, "bom.ics"))
        let bare = text.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(Self.expectSameBothWays(Data(bare.utf8), "lf.ics"))
    }

    // MARK: - Calendars

    static let zone = """
        BEGIN:VTIMEZONE\r
        TZID:Ward Time\r
        BEGIN:STANDARD\r
        DTSTART:19700101T000000\r
        TZOFFSETFROM:+0300\r
        TZOFFSETTO:+0300\r
        TZNAME:WT\r
        END:STANDARD\r
        END:VTIMEZONE\r

        """

    static func event(
        _ uid: String, summary: String = "Round", start: String = "DTSTART:20270112T120000Z",
        extra: String = ""
    ) -> String {
        "BEGIN:VEVENT\r\nUID:\(uid)\r\nDTSTAMP:20270101T000000Z\r\n\(start)\r\n"
            + "DURATION:PT1H\r\nSUMMARY:\(summary)\r\n\(extra)END:VEVENT\r\n"
    }

    static func calendar(_ body: String, head: String = "") -> String {
        "BEGIN:VCALENDAR\r\nPRODID:-//Test//EN\r\nVERSION:2.0\r\n\(head)\(body)END:VCALENDAR\r\n"
    }

    static let awkward: [(name: String, text: String, plain: Bool)] = [
        (
            "alarms, rules, overrides",
            calendar(
                event(
                    "r", start: "DTSTART;TZID=Europe/London:20270112T120000",
                    extra: "RRULE:FREQ=MONTHLY;COUNT=10;BYDAY=2TU\r\n"
                        + "EXDATE;TZID=Europe/London:20270209T120000\r\n"
                        + "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\n"
                        + "DESCRIPTION:Soon\r\nEND:VALARM\r\n")
                    + event(
                        "r", start: "DTSTART;TZID=Europe/London:20270415T123000",
                        extra: "RECURRENCE-ID;TZID=Europe/London:20270413T120000\r\n")),
            true
        ),
        (
            "zone after the events, free/busy, X- and unknown components",
            calendar(
                event("z", start: "DTSTART;TZID=Ward Time:20270112T120000")
                    + "BEGIN:VFREEBUSY\r\nUID:fb\r\nDTSTAMP:20270101T000000Z\r\n"
                    + "FREEBUSY:20270112T120000Z/PT1H\r\nEND:VFREEBUSY\r\n"
                    + "BEGIN:X-THING\r\nX-A:1\r\nBEGIN:VEVENT\r\nUID:inner\r\nEND:VEVENT\r\n"
                    + "END:X-THING\r\n"
                    + "BEGIN:VFOO\r\nX-B:2\r\nEND:VFOO\r\n"
                    + "BEGIN:VTODO\r\nUID:t\r\nDTSTART:2027011\r\nEND:VTODO\r\n"
                    + event("z2", start: "DTSTART;TZID=Ward Time:20270113T120000") + zone
                    + "X-WR-CALNAME:After the events\r\nMETHOD:SHOUT\r\n"),
            true
        ),
        (
            "errors libical reports inside events",
            calendar(
                event("bad-start", start: "DTSTART:2027-01-12")
                    + event("bad-rule", extra: "RRULE:FREQ=SOMETIMES\r\n")
                    + event("no-colon", extra: "THIS LINE HAS NO COLON\r\n;X=1\r\n")
                    + event("empty", extra: "LOCATION:\r\nDTEND:\r\nATTENDEE;CN=\"x:mailto:a\r\n")
                    + event("unknown-zone", start: "DTSTART;TZID=Mars/Olympus:20270112T120000")
                    + event("floating", start: "DTSTART:20270112T120000")
                    + event("", start: "DTSTART:20270230T120000Z")
                    + "BEGIN:VEVENT\r\nSUMMARY:No UID or start\r\nEND:VEVENT\r\n"
                    + event("unknown-zone-2", start: "DTSTART;TZID=Mars/Olympus:20270113T120000")),
            true
        ),
        (
            "two calendars, blank lines, stray lines between",
            calendar(event("one") + "\r\n" + event("two"))
                + "X-STRAY:outside\r\n\r\n"
                + calendar(zone + event("three", start: "DTSTART;TZID=Ward Time:20270112T1200")),
            true
        ),
        (
            "events folded everywhere",
            calendar(
                event(
                    "folded", summary: "A long\r\n  summary\r\n\tagain",
                    extra: "DESCRIPTION:x\r\n y\r\nATTENDEE;CN=A:mailto:a@example.org\r\n"
                        + "ATTENDEE;CN=B:mailto:b@\r\n example.org\r\n")),
            true
        ),
        (
            // libical resolves a TZID through the event's calendar first, then its own zones:
            // a file's own zone called UTC is not UTC.
            "a zone of the file's own called UTC",
            calendar(
                zone.replacingOccurrences(of: "Ward Time", with: "UTC")
                    + event("own-utc", start: "DTSTART;TZID=UTC:20270112T120000")),
            true
        ),
        ("lower-case markers", calendar(event("a").lowercased() + event("b")), false),
        (
            "a folded END line",
            calendar("BEGIN:VEVENT\r\nUID:f\r\nDTSTART:20270112T120000Z\r\nEND:VEV\r\n ENT\r\n"),
            false
        ),
        (
            "parameters on BEGIN",
            calendar("BEGIN;X=1:VEVENT\r\nUID:p\r\nDTSTART:20270112T120000Z\r\nEND:VEVENT\r\n"),
            false
        ),
        ("a missing END", calendar("BEGIN:VEVENT\r\nUID:m\r\n" + event("after")), false),
        ("a wrong END", calendar("BEGIN:VEVENT\r\nUID:w\r\nEND:VTODO\r\n" + event("x")), false),
        ("an END that closes nothing", calendar(event("a")) + "END:VEVENT\r\n", false),
        ("an event outside the calendar", event("out") + calendar(event("in")), false),
        ("no events at all", calendar(zone), false),
        (
            "cut short",
            "BEGIN:VCALENDAR\r\nPRODID:x\r\n" + event("a") + "BEGIN:VEVENT\r\nUID:b\r\n", false
        ),
    ]

    /// A calendar of `count` events like the benchmark's, with time zones, reminders and
    /// repeats, as `CalendarWriter` writes it.
    static func manyEvents(_ count: Int) -> CalendarDocument {
        let events = (0..<count).map { index in
            let day = 1 + index % 28
            let zone = index % 3 == 0 ? Fixtures.newYork : Fixtures.london
            var event = CalendarEvent(
                uid: "many-\(index)@example.org",
                start: zone(2027, 1 + index % 12, day, 9 + index % 8, 0),
                end: zone(2027, 1 + index % 12, day, 17, 30),
                summary: "Round \(index); “quoted”, \\ and ☕️",
                description: "Line one\nline two, " + String(repeating: "long ", count: index % 40),
                location: "Room \(index % 12)",
                categories: ["Schwartz Round", "Staff wellbeing"],
                organizer: Organizer(email: "rounds@example.org", name: "Rounds Team"),
                attendees: (0..<(index % 6)).map {
                    Attendee(email: "person\($0)@example.org", name: "Person \($0), Ward")
                })
            if index % 5 == 0 {
                event.reminders = [Reminder(minutesBefore: 15, message: "Soon")]
                event.recurrence = Recurrence(rules: ["FREQ=WEEKLY;COUNT=4"])
            }
            return event
        }
        return CalendarDocument(
            productID: "-//Rounds//Test//EN", method: .publish, name: "Many", events: events)
    }
}
