import Foundation
import RoundsICS
import Testing

/// What `CalendarWriter` writes, read back by `CalendarReader`.
@Suite struct CalendarReaderRoundTripTests {
    @Test func writtenInvitationReadsBackAsTheSameEvents() throws {
        let document = Fixtures.monthlyRound(uid: "round-trip@example.org")
        let text = try Fixtures.writer.write(document)
        let result = CalendarReader().read(Data(text.utf8), fileName: "round-trip.ics")
        #expect(result.diagnostics.isEmpty)
        let read = try #require(result.documents.first)
        #expect(read.method == document.method)
        #expect(read.name == document.name)
        #expect(read.productID == document.productID)
        // The writer stamps each event with its clock; everything else comes back unchanged.
        let expected = document.events.map { event in
            var stamped = event
            stamped.stamp = Fixtures.now
            return stamped
        }
        #expect(read.events == expected)
    }

    @Test(arguments: [
        "all-day.ics", "cancellation.ics", "monthly-round-invite.ics", "time-zones.ics",
        "utc-and-floating.ics",
    ])
    func goldenFileIsReadWithoutProblems(_ name: String) throws {
        let url = ReaderFixtures.folder.deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name)
        let result = CalendarReader().read(contentsOf: url, fileName: name)
        #expect(result.diagnostics.isEmpty)
        #expect(result.isUsable)
        #expect(!result.events.isEmpty)
    }
}

/// RFC 6868 escapes in parameter values, which libical writes but does not decode.
@Suite struct CaretEscapeTests {
    @Test func quotesNewlinesAndCaretsAreDecoded() throws {
        let text = """
            BEGIN:VCALENDAR
            PRODID:-//Rounds tests//EN
            BEGIN:VEVENT
            UID:caret@example.org
            DTSTART:20270101T100000Z
            ORGANIZER;CN="The ^'Rounds^' team^nLevel 2 ^^ up":mailto:rounds@example.org
            CONFERENCE;VALUE=URI;LABEL=Price ^5:https://video.example.org/x
            END:VEVENT
            END:VCALENDAR

            """
        let result = CalendarReader().read(Data(text.utf8), fileName: "caret.ics")
        let event = try #require(result.events.first)
        #expect(event.organizer?.name == "The \"Rounds\" team\nLevel 2 ^ up")
        #expect(event.conferences.first?.label == "Price ^5")
    }
}
