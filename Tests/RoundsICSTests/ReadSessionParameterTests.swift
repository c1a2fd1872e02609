import CLibical
import Foundation
import Testing

@testable import RoundsICS

/// The reader's short cuts (parameters by kind, property names without libical's copy) give
/// exactly what the look-ups by name they replace gave.
@Suite struct ReadSessionParameterTests {
    static let attendees = [
        "ATTENDEE;CN=Ann Smith;ROLE=CHAIR;PARTSTAT=ACCEPTED;RSVP=TRUE:mailto:a@example.org",
        "ATTENDEE;CN=\"Smith, Ann\";ROLE=opt-participant;PARTSTAT=declined;RSVP=false:"
            + "mailto:b@example.org",
        "ATTENDEE;CN=\"The ^'Rounds^' team^nLevel 2 ^^ up\":mailto:c@example.org",
        "ATTENDEE;CN=Zoë Ünal;CUTYPE=ROOM;RSVP=yes:mailto:d@example.org",
        "ATTENDEE;ROLE=X-OBSERVER;PARTSTAT=COMPLETED;CUTYPE=x-robot:mailto:e@example.org",
        "ATTENDEE;CN=\"a;b:c\";PARTSTAT=IN-PROCESS;CUTYPE=unknown:mailto:f@example.org",
        "ATTENDEE;CN=\"\";ROLE=NON-PARTICIPANT;PARTSTAT=TENTATIVE:mailto:g@example.org",
        "ATTENDEE;CN=Tab\there;PARTSTAT=DELEGATED;CUTYPE=GROUP:mailto:h@example.org",
        "ATTENDEE;CN=x^y;ROLE=REQ-PARTICIPANT;CUTYPE=RESOURCE;RSVP=FALSE:mailto:i@example.org",
        "ATTENDEE:mailto:j@example.org",
    ]

    static func calendar(_ lines: [String]) -> String {
        ([
            "BEGIN:VCALENDAR", "PRODID:-//Rounds tests//EN", "VERSION:2.0", "BEGIN:VEVENT",
            "UID:parameters@example.org", "DTSTART;TZID=Europe/London:20270105T120000",
        ]
            + lines + ["END:VEVENT", "END:VCALENDAR", ""]).joined(separator: "\r\n")
    }

    /// What the reader made of an attendee when every parameter was looked up by name.
    static func byName(_ property: OpaquePointer) -> (String?, String?, String?, String?, Bool) {
        func named(_ name: String) -> String? {
            guard let owned = icalproperty_get_parameter_as_string_r(property, name) else {
                return nil
            }
            defer { free(owned) }
            return ReadSession.decodeCaretEscapes(String(cString: owned))
        }
        return (
            named("CN"), named("ROLE")?.uppercased(), named("PARTSTAT")?.uppercased(),
            named("CUTYPE")?.uppercased(), named("RSVP")?.uppercased() == "TRUE"
        )
    }

    @Test func attendeesReadByKindMatchTheLookUpByName() throws {
        let text = Self.calendar(Self.attendees)
        let result = CalendarReader().read(Data(text.utf8), fileName: "parameters.ics")
        let event = try #require(result.events.first)
        #expect(
            event.start
                == .zoned(
                    WallClockTime(year: 2027, month: 1, day: 5, hour: 12, minute: 0),
                    zone: "Europe/London"))
        let root = try #require(icalparser_parse_string(text))
        defer { icalcomponent_free(root) }
        let component = try #require(
            icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT))
        var expected: [(String?, String?, String?, String?, Bool)] = []
        var property = icalcomponent_get_first_property(component, ICAL_ATTENDEE_PROPERTY)
        while let current = property {
            expected.append(Self.byName(current))
            property = icalcomponent_get_next_property(component, ICAL_ATTENDEE_PROPERTY)
        }
        try #require(event.attendees.count == expected.count)
        for (attendee, old) in zip(event.attendees, expected) {
            #expect(attendee.name == old.0)
            #expect(attendee.role == (old.1.flatMap(AttendeeRole.init) ?? .requiredParticipant))
            #expect(
                attendee.participation
                    == (old.2.flatMap(ParticipationStatus.init) ?? .needsAction))
            #expect(attendee.userType == (old.3.flatMap(CalendarUserType.init) ?? .individual))
            #expect(attendee.rsvp == old.4)
        }
        #expect(event.attendees[2].name == "The \"Rounds\" team\nLevel 2 ^ up")
        #expect(event.attendees[3].name == "Zoë Ünal")
        #expect(event.attendees[3].rsvp == false)
        #expect(event.attendees[0].rsvp == true)
        #expect(event.attendees[9].rsvp == false)
        #expect(
            result.diagnostics.map(\.message) == [
                "ATTENDEE has ROLE=X-OBSERVER, which is not a standard value; the usual default "
                    + "was used instead.",
                "ATTENDEE has PARTSTAT=COMPLETED, which is not a standard value; the usual "
                    + "default was used instead.",
                "ATTENDEE has CUTYPE=x-robot, which is not a standard value; the usual default "
                    + "was used instead.",
                "ATTENDEE has PARTSTAT=IN-PROCESS, which is not a standard value; the usual "
                    + "default was used instead.",
            ])
    }

    @Test func everyValueWithACaseIsTheCaseOfItsNameInLibical() {
        func name(_ raw: UInt32) -> String {
            String(cString: icalparameter_enum_to_string(Int32(raw)))
        }
        for role in AttendeeRole.allCases {
            #expect(AttendeeRole(rawValue: name(role.libicalValue.rawValue)) == role)
            #expect(AttendeeRole(libicalValue: role.libicalValue) == role)
        }
        for status in ParticipationStatus.allCases {
            #expect(ParticipationStatus(rawValue: name(status.libicalValue.rawValue)) == status)
            #expect(ParticipationStatus(libicalValue: status.libicalValue) == status)
        }
        for type in CalendarUserType.allCases {
            #expect(CalendarUserType(rawValue: name(type.libicalValue.rawValue)) == type)
            #expect(CalendarUserType(libicalValue: type.libicalValue) == type)
        }
        for status in EventStatus.allCases {
            let text = String(cString: icalproperty_status_to_string(status.libicalValue))
            #expect(EventStatus(rawValue: text) == status)
            #expect(EventStatus(libicalValue: status.libicalValue) == status)
        }
        for classification in EventClassification.allCases {
            let text = String(
                cString: icalproperty_enum_to_string(Int32(classification.libicalValue.rawValue)))
            #expect(EventClassification(rawValue: text) == classification)
            #expect(
                EventClassification(libicalValue: classification.libicalValue) == classification)
        }
        #expect(EventStatus(libicalValue: ICAL_STATUS_COMPLETED) == nil)
        #expect(EventClassification(libicalValue: ICAL_CLASS_X) == nil)
        #expect(ParticipationStatus(libicalValue: ICAL_PARTSTAT_COMPLETED) == nil)
        #expect(AttendeeRole(libicalValue: ICAL_ROLE_X) == nil)
    }

    @Test func standardPropertyNamesAreLibicalsOwn() {
        var named = 0
        for raw in ICAL_ANY_PROPERTY.rawValue...ICAL_NO_PROPERTY.rawValue {
            let kind = icalproperty_kind(rawValue: raw)
            guard let name = ReadSession.standardName(of: kind) else { continue }
            named += 1
            let libical = icalproperty_kind_to_string(kind).map { String(cString: $0) }
            #expect(name == libical?.uppercased())
        }
        #expect(named == 33)
    }

    @Test(arguments: [
        ("Ann Smith", true), ("Smith, Ann", true), ("a;b:c", true), ("Zoë", true), ("", true),
        ("it's", true), ("x^y", false), ("q\"q", false), ("tab\there", false),
        ("line\nbreak", false),
    ])
    func textKeptAsWrittenIsWhatLibicalWritesBack(_ value: String, _ kept: Bool) throws {
        #expect(value.withCString(ReadSession.isKeptAsWritten) == kept)
        let property = try #require(icalproperty_new_attendee("mailto:a@example.org"))
        defer { icalproperty_free(property) }
        icalproperty_add_parameter(property, icalparameter_new_cn(value))
        let owned = try #require(icalproperty_get_parameter_as_string_r(property, "CN"))
        defer { free(owned) }
        if kept { #expect(String(cString: owned) == value) }
    }
}

/// The writer's byte-level checks answer as the character-level ones they stand in for.
@Suite struct WritePlanByteCheckTests {
    @Test(arguments: [
        "ann@example.org", "@example.org", "ann@", "ann", "a@b", "zoë@example.org",
        "a@\u{301}b@c", "\u{600}@x", "ann@@x", "",
    ])
    func addressCheckMatchesTheCharacterSearch(_ address: String) {
        let byCharacter =
            address.firstIndex(of: "@").map {
                $0 > address.startIndex && address.index(after: $0) < address.endIndex
            } ?? false
        #expect(WritePlan.hasLocalPartAndDomain(address) == byCharacter)
    }

    @Test(arguments: ["Rounds", "a,b", ",", "", "é,x", "a,\u{301}b", "Zoë"])
    func commaCheckMatchesFoundation(_ value: String) {
        #expect(WritePlan.containsComma(value) == value.contains(","))
    }

    @Test(arguments: [
        ("plain", false, false), ("tab\there", true, false), ("tab\there", false, true),
        ("line\r\nbreak", true, false), ("nul\u{0}", true, true), ("del\u{7F}", true, true),
        ("c1\u{85}", true, true), ("é and Â", true, false), ("space here", false, false),
    ])
    func controlCheckFindsEveryControlCharacter(
        _ value: String, _ allowingLineBreaks: Bool, _ found: Bool
    ) {
        #expect(
            WritePlan.containsControl(value, allowingLineBreaks: allowingLineBreaks) == found)
        let byScalar = value.unicodeScalars.contains {
            $0.properties.generalCategory == .control
                && !(allowingLineBreaks && ["\t", "\n", "\r"].contains($0))
        }
        #expect(byScalar == found)
    }

    @Test func spaceIsRefusedOnlyWhenAsked() {
        #expect(!WritePlan.containsControl("a b"))
        #expect(WritePlan.containsControl("a b", alsoRefusing: [UInt8(ascii: " ")]))
    }
}

/// The later short cuts (addresses checked in one pass, `mailto:` on the stack, times visited
/// without an array, packed BEGIN and END) give what the code they stand in for gave.
@Suite struct WriterShortCutTests {
    static let addresses = [
        "ann@example.org", "mailto:ann@example.org", "MAILTO:ann@example.org", "mailto:",
        "mailto:@x", "@example.org", "ann@", "ann", "a@b", "zoë@example.org", "a b@x", "a:b@x",
        "a\u{7F}@x", "a\u{85}@x", "mailto:\u{301}a@x", "mailtoann@x", "ann@@x", "", "tab\t@x",
    ]

    /// `checkPerson` as it was before the one-pass check: its message, or nil when accepted.
    static func generalCheck(_ email: String, name: String?) -> String? {
        let address = WritePlan.withoutMailto(email)
        let clean = !WritePlan.containsControl(
            address, alsoRefusing: [UInt8(ascii: " "), UInt8(ascii: ":")])
        guard clean, WritePlan.hasLocalPartAndDomain(address) else {
            return "the email address \"\(address)\" is not valid."
        }
        if let name, WritePlan.containsControl(name, allowingLineBreaks: false) {
            return "its name of \(address) contains a control character or line break, which it "
                + "cannot hold."
        }
        return nil
    }

    @Test(arguments: addresses, [nil, "Ann", "Ann\nSmith"])
    func personCheckMatchesTheGeneralPath(_ email: String, _ name: String?) {
        var message: String?
        do {
            try WritePlan.checkPerson(email: email, name: name) {
                RoundsICSError.invalidEvent(uid: "u", problem: $0)
            }
        } catch RoundsICSError.invalidEvent(_, let problem) {
            message = problem
        } catch {
            Issue.record("unexpected error \(error)")
        }
        #expect(message == Self.generalCheck(email, name: name))
    }

    @Test(arguments: addresses)
    func mailtoOnTheStackMatchesTheString(_ email: String) {
        let onStack = CalendarWriter.withMailto(email) { String(cString: $0) }
        #expect(onStack == CalendarWriter.mailto(email))
    }

    @Test func everyTimeIsVisitedInOrder() {
        let day = CalendarDay(year: 2027, month: 3, day: 9)
        let wall = WallClockTime(day: day, hour: 12, minute: 0)
        var event = CalendarEvent(uid: "u", start: .zoned(wall, zone: "Europe/London"))
        event.end = .utc(wall)
        event.recurrenceID = .floating(wall)
        event.recurrence.additionalDates = [.zoned(wall, zone: "Europe/Paris"), .utc(wall)]
        event.recurrence.exceptionDates = [.floating(wall)]
        var visited: [CalendarTime] = []
        WritePlan.forEachTime(of: event) { visited.append($0) }
        #expect(visited == WritePlan.times(of: event))
        #expect(visited.count == 6)
    }

    /// libical is handed the file in runs of unchanged lines: a byte-order mark, an END that
    /// closes nothing (left out) and a line long enough to be folded must all still read.
    @Test func parserInputSkipsAndFoldsBetweenRuns() throws {
        let long = String(repeating: "Rounds, ", count: 5_000) + "the end"
        let lines = [
            "END:VEVENT", "BEGIN:VCALENDAR", "PRODID:-//Rounds tests//EN", "VERSION:2.0",
            "BEGIN:VEVENT", "UID:runs@example.org", "DTSTART:20270105T120000Z",
            "DESCRIPTION:" + long.replacingOccurrences(of: ",", with: "\\,"),
            "SUMMARY:After the folded line", "END:VEVENT", "END:VCALENDAR", "END:VEVENT", "",
        ]
        let text = "\u{FEFF}" + lines.joined(separator: "\r\n")
        let result = CalendarReader().read(Data(text.utf8), fileName: "runs.ics")
        let event = try #require(result.events.first)
        // Not `==`: a failure would print 40 KB twice.
        #expect(event.description?.count == long.count)
        #expect(event.description?.hasSuffix("Rounds, the end") == true)
        #expect(event.description.map { $0 == long } == true)
        #expect(event.summary == "After the folded line")
        #expect(result.diagnostics.map(\.line) == [1, 12])
        #expect(result.diagnostics.map(\.kind) == [.endWithoutBegin, .endWithoutBegin])
    }

    @Test func packedBeginAndEndAreTheWords() {
        #expect(SourceScan.PackedName.begin == SourceScan.PackedName(text: "BEGIN"))
        #expect(SourceScan.PackedName.end == SourceScan.PackedName(text: "END"))
    }
}
