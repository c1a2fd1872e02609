import Foundation
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsICS
@testable import RoundsInvitations

@Suite struct StaffFeedTests {
    @Test func feedMatchesGoldenFile() throws {
        var source = try Fixtures.source(domain: "feed-golden.rounds.test")
        source.rounds[1].status = .cancelled
        let data = try StaffFeed(source: source).data(stamp: Fixtures.firstExport)
        try JudgeOutput.write(name: "StaffFeedTests-golden", ics: data)
        try Snapshot.check(data, file: "feed.ics")
    }

    @Test func everyRoundIsOneEventInTheProgrammeZone() throws {
        let source = try Fixtures.source(domain: "feed-events.rounds.test")
        let data = try StaffFeed(source: source).data(stamp: Fixtures.firstExport)
        try JudgeOutput.write(name: "StaffFeedTests-events", ics: data)
        let calendar = try #require(LibicalOutline.parse(Fixtures.text(data)))
        #expect(calendar.value("METHOD") == "PUBLISH")
        #expect(
            calendar.value("NAME") == "Northbrook Hospitals NHS Foundation Trust Schwartz Rounds")
        #expect(calendar.value("X-WR-CALNAME") == calendar.value("NAME"))
        #expect(calendar.children("VTIMEZONE").map { $0.value("TZID") } == ["Europe/London"])
        let events = calendar.children("VEVENT")
        #expect(
            events.map { $0.value("UID") } == [
                "R-0001@feed-events.rounds.test", "R-0002@feed-events.rounds.test",
                "R-0003@feed-events.rounds.test",
            ])
        #expect(
            events.map { $0.value("SUMMARY") } == [
                "Schwartz Round: A patient I'll never forget",
                "Schwartz Round: When things go wrong",
                "Schwartz Round",
            ])
        #expect(events.allSatisfy { $0.properties("RRULE").isEmpty })
        #expect(events.allSatisfy { $0.value("DTSTAMP") == "20270104T090000Z" })
        #expect(events.allSatisfy { $0.value("CLASS") == "PUBLIC" })
        let start = try #require(events.first?.properties("DTSTART").first)
        #expect(start.value == "20270209T120000")
        #expect(start.parameters == ["TZID": "Europe/London"])
        #expect(
            events.first?.value("LOCATION")
                == "Education Centre Boardroom, Level 2, Education Centre, Northbrook General Hospital"
        )
        #expect(
            events.first?.value("DESCRIPTION")
                == "Colleagues tell of a patient who stayed with them long after.\n\n"
                + "Open to all staff, clinical and non-clinical. "
                + "Questions: rounds.admin@northbrook.example.org.")
    }

    @Test func nothingConfidentialReachesTheFeed() throws {
        let source = try Fixtures.source(domain: "feed-private.rounds.test")
        let text = Fixtures.text(try StaffFeed(source: source).data(stamp: Fixtures.firstExport))
        try JudgeOutput.write(name: "StaffFeedTests-private", ics: Data(text.utf8))
        var forbidden = Fixtures.storyTitles + Fixtures.privateNotes
        for person in try Fixtures.people() where person.roles != [.administrator] {
            forbidden += [person.name, person.email.value, String(person.email.localPart)]
        }
        forbidden += ["prep", "preparation", "Panel", "ATTENDEE", "20270202", "20270302"]
        for string in forbidden {
            #expect(!text.localizedCaseInsensitiveContains(string), "feed contains \(string)")
        }
        let events = try #require(LibicalOutline.parse(text)).children("VEVENT")
        #expect(events.count == 3)
        #expect(events.allSatisfy { $0.properties("ATTENDEE").isEmpty })
    }

    @Test func cancelledRoundStaysWithStatusCancelled() throws {
        var source = try Fixtures.source(domain: "feed-cancelled.rounds.test")
        let before = try StaffFeed(source: source).data(stamp: Fixtures.firstExport)
        source.rounds[1].status = .cancelled
        let after = try StaffFeed(
            source: source, sequences: ["R-0002@feed-cancelled.rounds.test": 2]
        )
        .data(stamp: Fixtures.secondExport)
        try JudgeOutput.write(name: "StaffFeedTests-cancelled", ics: after)
        let events = try #require(LibicalOutline.parse(Fixtures.text(after))).children("VEVENT")
        let cancelled = try #require(events.first { $0.value("UID")?.hasPrefix("R-0002") == true })
        #expect(cancelled.value("STATUS") == "CANCELLED")
        #expect(cancelled.value("SEQUENCE") == "2")
        #expect(cancelled.value("SUMMARY") == "Cancelled: Schwartz Round: When things go wrong")
        #expect(events.filter { $0.value("STATUS") == "CONFIRMED" }.count == 2)
        #expect(before != after)
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let source = try Fixtures.source(domain: "feed-stable.rounds.test")
        let first = try StaffFeed(source: source).data(stamp: Fixtures.firstExport)
        var shuffled = source
        shuffled.rounds.reverse()
        let second = try StaffFeed(source: shuffled).data(
            stamp: Fixtures.firstExport.addingTimeInterval(0.75))
        #expect(first == second)
    }

    @Test func videoVenueGivesLocationURLAndConference() throws {
        let source = try Fixtures.source(domain: "feed-video.rounds.test", teams: true)
        let data = try StaffFeed(source: source).data(stamp: Fixtures.firstExport)
        try JudgeOutput.write(name: "StaffFeedTests-video", ics: data)
        let event = try #require(
            LibicalOutline.parse(Fixtures.text(data))?.children("VEVENT").first)
        let link = "https://teams.example.org/l/meetup-join/19%3ameeting_abc"
        #expect(event.value("LOCATION") == "Microsoft Teams: \(link)")
        #expect(event.value("URL") == link)
        let conference = try #require(event.properties("CONFERENCE").first)
        #expect(conference.value == link)
        #expect(conference.parameters["LABEL"] == "Microsoft Teams")
    }

    @Test func unknownZoneIsReportedInPlainWords() throws {
        var source = try Fixtures.source(domain: "feed-zone.rounds.test")
        source.programme.timeZone = "Europe/Lundun"
        #expect(throws: RoundsInvitationsError.self) {
            try StaffFeed(source: source).data(stamp: Fixtures.firstExport)
        }
        do {
            _ = try StaffFeed(source: source).data(stamp: Fixtures.firstExport)
        } catch {
            #expect(
                error.description
                    == "The calendar for the staff feed could not be written. The time zone "
                    + "\"Europe/Lundun\" is not known. Use an IANA zone name such as Europe/London."
            )
        }
    }
}
