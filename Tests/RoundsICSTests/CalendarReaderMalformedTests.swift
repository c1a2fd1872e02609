import Foundation
import RoundsICS
import Testing

/// One broken file and exactly what the reader must say about it.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    var file: String
    var expected: [CalendarDiagnostic]
    /// How many events are still read despite the problem.
    var events: Int = 0

    var testDescription: String { file }
}

/// The malformed inputs of issue 2, each with its diagnostic checked word for word.
@Suite struct CalendarReaderMalformedTests {
    static let cases: [MalformedCase] = [
        MalformedCase(
            file: "truncated.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .truncated,
                    "The file ends inside the VEVENT that begins on line 4: END:VEVENT and "
                        + "END:VCALENDAR are missing. The file may have been cut short.",
                    line: 8, component: "VEVENT")
            ]),
        MalformedCase(
            file: "missing-end.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .missingEnd,
                    "The VEVENT that begins on line 4 is never closed: END:VEVENT is missing "
                        + "before this END:VCALENDAR.",
                    line: 8, component: "VEVENT")
            ]),
        MalformedCase(
            file: "end-before-begin.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .endWithoutBegin,
                    "END:VEVENT has no BEGIN:VEVENT before it, so the line was ignored.",
                    line: 1, component: "VEVENT")
            ],
            events: 1),
        MalformedCase(
            file: "wrong-end.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .wrongEnd,
                    "END:VTODO closes the VEVENT that begins on line 4; it should be END:VEVENT.",
                    line: 8, component: "VEVENT")
            ],
            events: 1),
        MalformedCase(
            file: "bad-dtstart.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .unreadableValue,
                    "The value of DTSTART, “2027-01-12 12:30”, could not be read, so the "
                        + "property was ignored.",
                    line: 7, component: "VEVENT", uid: "round-1@example.org")
            ]),
        MalformedCase(
            file: "bad-rrule.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .badRepeatRule,
                    "The repeat rule “FREQ=FORTNIGHTLY;COUNT=6” could not be understood, so it "
                        + "was ignored and the event will not repeat as intended.",
                    line: 8, component: "VEVENT", uid: "round-1@example.org")
            ],
            events: 1),
        MalformedCase(
            file: "impossible-date.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .impossibleDate,
                    "DTSTART holds an impossible date, 2027-13-30 12:30:00 (there is no month 13).",
                    line: 7, component: "VEVENT", uid: "round-1@example.org"),
                CalendarDiagnostic(
                    .error, .impossibleDate,
                    "DTEND holds an impossible date, 2027-02-30 (February 2027 has 28 days).",
                    line: 8, component: "VEVENT", uid: "round-1@example.org"),
            ]),
        MalformedCase(
            file: "unknown-tzid.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .unknownTimeZone,
                    "The time zone “Mars/Olympus_Mons” is not defined in the file and is not a "
                        + "known zone, so times in it would float: each reader would take them as "
                        + "their own local time. Add its VTIMEZONE or use a zone name such as "
                        + "Europe/London.",
                    line: 7, component: "VEVENT", uid: "round-1@example.org")
            ],
            events: 1),
        MalformedCase(
            file: "missing-uid.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .missingUID,
                    "This event has no UID, so calendar programs cannot tell it apart from "
                        + "others or update it later. It was skipped.",
                    line: 4, component: "VEVENT")
            ]),
        MalformedCase(
            file: "missing-dtstart.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .missingStart,
                    "This event has no start (DTSTART), so it cannot be placed in a calendar. "
                        + "It was skipped.",
                    line: 4, component: "VEVENT", uid: "round-1@example.org")
            ]),
        MalformedCase(
            file: "binary-garbage.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .binaryData,
                    "The file contains a NUL byte, so it is binary data rather than a calendar. "
                        + "Check that this is the right file.",
                    line: 3)
            ]),
        MalformedCase(
            file: "not-a-calendar.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .noCalendar,
                    "No calendar found: the file has no BEGIN:VCALENDAR line. Check that it is "
                        + "an iCalendar (.ics) file.")
            ]),
        MalformedCase(
            file: "event-outside-calendar.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .notACalendar,
                    "A VEVENT begins outside any calendar; it should be inside BEGIN:VCALENDAR "
                        + "and END:VCALENDAR.",
                    line: 1, component: "VEVENT")
            ]),
        MalformedCase(
            file: "utf16.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .wrongEncoding,
                    "The file is encoded as UTF-16, but calendar files must be UTF-8. Export or "
                        + "save it again as UTF-8.")
            ]),
        MalformedCase(
            file: "empty.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .emptyFile, "The file is empty: there is no calendar in it.")
            ]),
        MalformedCase(
            file: "nul-bytes.ics",
            expected: [
                CalendarDiagnostic(
                    .error, .binaryData,
                    "The file contains a NUL byte, so it is binary data rather than a calendar. "
                        + "Check that this is the right file.",
                    line: 7)
            ]),
    ]

    @Test(arguments: cases)
    func malformedFileGivesItsDiagnostic(_ testCase: MalformedCase) throws {
        let result = try ReaderFixtures.read("malformed/" + testCase.file)
        #expect(result.diagnostics == testCase.expected)
        #expect(result.events.count == testCase.events)
        #expect(!result.isUsable)
    }

    @Test func utf16WithoutByteOrderMarkIsRecognised() {
        let text = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
        var bytes: [UInt8] = []
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let result = CalendarReader().read(Data(bytes), fileName: "le.ics")
        #expect(result.diagnostics.map(\.kind) == [.wrongEncoding])
    }

    @Test func whitespaceOnlyFileIsEmpty() {
        let result = CalendarReader().read(Data(" \r\n\r\n\t\n".utf8), fileName: "blank.ics")
        #expect(result.diagnostics.map(\.kind) == [.emptyFile])
    }

    @Test func diagnosticsCarryLinesThroughFoldsAndSplitValues() throws {
        // CATEGORIES and EXDATE hold several values that libical splits into several
        // properties, and DESCRIPTION is folded over three lines: line numbers must survive both.
        let text = """
            BEGIN:VCALENDAR
            PRODID:-//Rounds tests//EN
            VERSION:2.0
            BEGIN:VEVENT
            UID:lines@example.org
            CATEGORIES:A,B,C
            DESCRIPTION:A long description that goes on
              and on
              and on.
            DTSTART:20270101T100000Z
            EXDATE:20270108T100000Z,20270115T100000Z
            RRULE:FREQ=SOMETIMES
            ATTENDEE;PARTSTAT=MAYBE:mailto:someone@example.org
            DTEND;VALUE=DATE:20270231
            END:VEVENT
            END:VCALENDAR

            """
        let result = CalendarReader().read(Data(text.utf8), fileName: "lines.ics")
        #expect(result.diagnostics.map(\.line) == [12, 13, 14])
        #expect(result.diagnostics.map(\.kind) == [.badRepeatRule, .unknownValue, .impossibleDate])
        #expect(
            result.diagnostics[1].message
                == "ATTENDEE has PARTSTAT=MAYBE, which is not a standard value; the usual default "
                + "was used instead.")
        // The event itself is still read; only the broken properties are left out.
        #expect(result.events.count == 1)
        #expect(result.events.first?.end == nil)
        #expect(result.events.first?.recurrence.rules == [])
        #expect(result.events.first?.recurrence.exceptionDates.count == 2)
        #expect(result.events.first?.categories == ["A", "B", "C"])
    }

    @Test func emptyValuesOfDatesAreErrorsButEmptyTextIsNot() {
        let text = """
            BEGIN:VCALENDAR
            PRODID:-//Rounds tests//EN
            VERSION:2.0
            BEGIN:VEVENT
            UID:empty@example.org
            DTSTART:20270101T100000Z
            LOCATION:
            DTEND:
            END:VEVENT
            END:VCALENDAR

            """
        let result = CalendarReader().read(Data(text.utf8), fileName: "empty-values.ics")
        #expect(
            result.diagnostics == [
                CalendarDiagnostic(
                    .error, .unreadableValue, "DTEND has no value, so the property was ignored.",
                    line: 8, component: "VEVENT", uid: "empty@example.org")
            ])
    }

    @Test func nonstandardComponentsAreCountedByTheirOwnNames() {
        let text = """
            BEGIN:VCALENDAR
            PRODID:-//Rounds tests//EN
            BEGIN:VFOO
            X-A:1
            END:VFOO
            BEGIN:X-THING
            END:X-THING
            BEGIN:VTODO
            UID:task@example.org
            FOO BAR
            END:VTODO
            BEGIN:VEVENT
            UID:event@example.org
            DTSTART:20270101T100000Z
            STATUS:POSTPONED
            END:VEVENT
            END:VCALENDAR

            """
        let result = CalendarReader().read(Data(text.utf8), fileName: "other.ics")
        #expect(
            result.componentCounts == [
                "VCALENDAR": 1, "VFOO": 1, "X-THING": 1, "VTODO": 1, "VEVENT": 1,
            ])
        #expect(
            result.diagnostics == [
                CalendarDiagnostic(
                    .warning, .unreadableLine,
                    "This line is neither a property nor a BEGIN or END line, so it was ignored.",
                    line: 10, component: "VTODO", uid: "task@example.org"),
                CalendarDiagnostic(
                    .warning, .unknownValue,
                    "STATUS:POSTPONED is not a standard value; it was ignored.", line: 15,
                    component: "VEVENT", uid: "event@example.org"),
            ])
        #expect(result.isUsable)
        #expect(result.events.first?.status == nil)
    }

    @Test func invalidUTF8TextIsRepairedWithAWarning() throws {
        var bytes = Data("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x@example.org\r\n".utf8)
        bytes += Data("DTSTART:20270101T100000Z\r\nSUMMARY:Caf".utf8) + Data([0xE9])
        bytes += Data("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n".utf8)
        let result = CalendarReader().read(bytes, fileName: "latin1.ics")
        #expect(
            result.diagnostics == [
                CalendarDiagnostic(
                    .warning, .invalidText,
                    "Some text here is not valid UTF-8; the unreadable characters were replaced "
                        + "with �.",
                    line: 5)
            ])
        #expect(result.events.first?.summary == "Caf\u{FFFD}")
        #expect(result.isUsable)
    }

    @Test func nothingLibicalSaysLeaksIntoMessages() throws {
        let folder = ReaderFixtures.folder.appendingPathComponent("malformed")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.count >= 16)
        for name in names {
            let result = try ReaderFixtures.read("malformed/" + name)
            for diagnostic in result.diagnostics {
                #expect(!diagnostic.message.contains("X-LIC"))
                #expect(!diagnostic.message.contains("ICAL_"))
                #expect(!diagnostic.message.lowercased().contains("libical"))
            }
        }
    }
}
