import Foundation
import RoundsCore
import Testing

@Suite struct ProgrammeTests {
    let minimal = #"""
        {
          "organisation": "Northbrook Hospitals NHS Foundation Trust",
          "domain": "northbrook.nhs.uk",
          "timeZone": "Europe/London",
          "nation": "england-and-wales",
          "venues": [
            {"slug": "boardroom", "name": "Boardroom", "kind": "room",
             "address": "Education Centre, Level 2"},
            {"slug": "teams", "name": "Teams", "kind": "video",
             "videoLink": "https://teams.example/rounds"}
          ],
          "cadence": {"ordinal": 2, "weekday": "tuesday", "startTime": "12:00"},
          "organiser": "Rounds.Admin@Northbrook.nhs.uk"
        }
        """#

    @Test func decodesWithDocumentedDefaults() throws {
        let programme = try JSONDecoder().decode(Programme.self, from: Data(minimal.utf8))
        #expect(programme.format == .uk)
        #expect(programme.prepLeadDays == 7)
        #expect(programme.prepMinutes == 45)
        #expect(programme.lostDatePolicy == .sameWeekdayNextWeekWithinMonth)
        #expect(programme.requiresClinicalPairing == false)
        #expect(programme.organiser.value == "rounds.admin@northbrook.nhs.uk")
        #expect(programme.cadence.rrule == "FREQ=MONTHLY;BYDAY=2TU")
        #expect(programme.defaultVenueRecord?.slug == "boardroom")
        let round = Round(
            id: try roundID(1), start: try dateTime("2027-01-12T12:00"),
            end: try dateTime("2027-01-12T13:00"), venue: "teams")
        #expect(programme.venue(for: round)?.locationText == "Teams: https://teams.example/rounds")
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let again = try JSONDecoder().decode(Programme.self, from: encoder.encode(programme))
        #expect(again == programme)
    }

    @Test func everySettingSurvivesCoding() throws {
        var programme = try JSONDecoder().decode(Programme.self, from: Data(minimal.utf8))
        programme.holidayRegion = .unitedStates
        programme.locale = "en-US"
        programme.paper = .a4
        programme.requiresClinicalPairing = true
        programme.fairnessHorizonMonths = 36
        programme.maxRoundsPerFacilitatorPerQuarter = 1
        programme.reminderMinutes = 15
        programme.questionSet = .usVirtual
        programme.evaluationWindowDays = 3
        programme.webBaseURL = "https://rounds.example.org"
        programme.supportServices = ["Staff support line: 0100 000 000", "Chaplaincy"]
        let again = try JSONDecoder().decode(
            Programme.self, from: try JSONEncoder().encode(programme))
        #expect(again == programme)
        #expect(again.fairnessHorizonMonths == 36)
        #expect(again.questionSet == .usVirtual)
        #expect(again.supportServices == ["Staff support line: 0100 000 000", "Chaplaincy"])
    }

    @Test func supportServicesFollowTheRegionUnlessTheProgrammeSetsThem() throws {
        var programme = try JSONDecoder().decode(Programme.self, from: Data(minimal.utf8))
        programme.holidayRegion = .scotland
        #expect(
            SupportServices.list(for: programme).last == "Samaritans, free at any hour: 116 123")
        programme.holidayRegion = .ireland
        #expect(
            SupportServices.list(for: programme).last == "Samaritans, free at any hour: 116 123")
        programme.holidayRegion = .unitedStates
        let american = SupportServices.list(for: programme)
        #expect(american.last == "988 Suicide & Crisis Lifeline, call or text 988 at any hour")
        #expect(!american.joined().contains("116 123"))
        programme.holidayRegion = try #require(HolidayRegion("trust-closures"))
        #expect(SupportServices.list(for: programme) == SupportServices.general)
        programme.supportServices = ["Wellbeing hub, ext. 4321"]
        #expect(SupportServices.list(for: programme) == ["Wellbeing hub, ext. 4321"])
    }

    @Test func roundsRoundTripThroughCoding() throws {
        let round = Round(
            id: try roundID(42), start: try dateTime("2027-03-09T12:00"),
            end: try dateTime("2027-03-09T13:00"), venue: "boardroom", theme: "why-i-come",
            facilitators: [try email("ana@x.org"), try email("ben@x.org")],
            panel: [Panellist(person: try email("cai@x.org"), storyTitle: "t", notes: "n")],
            prepMeeting: PrepMeeting(start: try dateTime("2027-03-02T12:00"), minutes: 45),
            status: .confirmed, locked: true)
        let data = try JSONEncoder().encode(round)
        #expect(try JSONDecoder().decode(Round.self, from: data) == round)
        #expect(round.prepMeeting?.end.description == "2027-03-02T12:45")
        #expect(round.participants.map(\.value) == ["ana@x.org", "ben@x.org", "cai@x.org"])
        #expect(!round.isOpenToPlanning)
    }

    @Test func refusesARoundThatEndsBeforeItStarts() {
        let json = #"{"id": "R-0042", "start": "2027-03-09T12:00", "end": "2027-03-09T11:00"}"#
        #expect {
            _ = try JSONDecoder().decode(Round.self, from: Data(json.utf8))
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription
                == "Round R-0042 ends before it starts. Give an end time after the start time."
        }
    }

    @Test func dateRangesRefuseBackwardsDates() throws {
        let message =
            "The dates 2027-08-13 to 2027-08-02 end before they start. Put the earlier date first."
        let error = coreError {
            _ = try DateRange(start: try date("2027-08-13"), end: try date("2027-08-02"))
        }
        #expect(error?.description == message)
        let range = try DateRange(start: try date("2027-08-02"), end: try date("2027-08-13"))
        #expect(range.dayCount == 12)
        #expect(range.contains(try date("2027-08-13")))
        #expect(!range.contains(try date("2027-08-14")))
    }
}
