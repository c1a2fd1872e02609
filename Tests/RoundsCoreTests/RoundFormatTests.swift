import Foundation
import RoundsCore
import Testing

@Suite struct RoundFormatTests {
    @Test(arguments: FormatPreset.allCases)
    func presetsAreValid(preset: FormatPreset) throws {
        let format = RoundFormat.preset(preset)
        try format.validate()
        #expect(format.preset == preset)
        #expect(format.closeMinutes >= 2)
        #expect(
            format.welcomeMinutes + format.groundRulesMinutes + format.totalStoryMinutes
                + format.discussionMinutes + format.closeMinutes == format.lengthMinutes)
    }

    @Test func ukPresetFollowsTheDomainTimings() {
        let uk = RoundFormat.uk
        #expect(uk.panellists == 3)
        #expect((15...20).contains(uk.totalStoryMinutes))
        #expect((40...45).contains(uk.discussionMinutes))
        #expect(uk.lengthMinutes == 60)
        #expect(uk.arrivalMinutes == 15)
        #expect(uk.closeMinutes == 2)
    }

    @Test func usPresetIsAnHourWithShortStoriesAndAnEvaluationClose() {
        let us = RoundFormat.us
        #expect(us.lengthMinutes == 60)
        #expect(us.minPanellists == 3 && us.maxPanellists == 4)
        #expect((3...5).contains(us.storyMinutes))
        #expect(us.welcomeMinutes > RoundFormat.uk.welcomeMinutes)
        #expect(us.closeMinutes == 3)
    }

    @Test func teamTimeHasTwoStorytellersInFortyFiveMinutes() {
        let teamTime = RoundFormat.teamTime
        #expect(teamTime.panellists == 2)
        #expect(teamTime.lengthMinutes == 45)
        #expect(teamTime.discussionMinutes == 29)
        #expect(teamTime.closeMinutes == 3)
    }

    @Test func arrivalComesBeforeTheStartAndTheLengthIsTheBooking() throws {
        let start = try dateTime("2027-03-09T12:00")
        #expect(RoundFormat.uk.arrivalStart(for: start) == (try dateTime("2027-03-09T11:45")))
        #expect(RoundFormat.uk.end(for: start) == (try dateTime("2027-03-09T13:00")))
        #expect(RoundFormat.us.arrivalStart(for: start) == (try dateTime("2027-03-09T11:50")))
        #expect(RoundFormat.teamTime.end(for: start) == (try dateTime("2027-03-09T12:45")))
    }

    @Test func arrivalDoesNotEatIntoTheLength() throws {
        var format = RoundFormat.uk
        format.arrivalMinutes = 45
        try format.validate()
        #expect(format.closeMinutes == RoundFormat.uk.closeMinutes)
    }

    @Test func decodesAPresetWithOverrides() throws {
        let json = #"{"preset": "custom", "storyMinutes": 6, "lengthMinutes": 65}"#
        let format = try JSONDecoder().decode(RoundFormat.self, from: Data(json.utf8))
        #expect(format.preset == .custom)
        #expect(format.storyMinutes == 6)
        #expect(format.discussionMinutes == RoundFormat.uk.discussionMinutes)
        #expect(format.arrivalMinutes == 15)
        #expect(format.closeMinutes == 65 - 2 - 1 - 18 - 40)
        let back = try JSONDecoder().decode(
            RoundFormat.self, from: try JSONEncoder().encode(format))
        #expect(back == format)
    }

    @Test(arguments: [
        (
            RoundFormat(
                preset: .custom, minPanellists: 2, maxPanellists: 4, panellists: 3,
                storyMinutes: 10, discussionMinutes: 40, arrivalMinutes: 15, welcomeMinutes: 2,
                groundRulesMinutes: 1, lengthMinutes: 60),
            "The format's segments take 73 minutes from the welcome on, longer than its "
                + "60-minute length. Shorten them or lengthen the Round; arrival and food come "
                + "before the start and do not count."
        ),
        (
            RoundFormat(
                preset: .custom, minPanellists: 3, maxPanellists: 2, panellists: 3,
                storyMinutes: 5, discussionMinutes: 40, arrivalMinutes: 0, welcomeMinutes: 2,
                groundRulesMinutes: 1, lengthMinutes: 60),
            "The format's panel sizes do not fit together: 3 panellists planned, 3 to 2 "
                + "allowed. Give a minimum of at least 1, a maximum no smaller, and a planned "
                + "number between them."
        ),
        (
            RoundFormat(
                preset: .custom, minPanellists: 2, maxPanellists: 4, panellists: 3,
                storyMinutes: 5, discussionMinutes: -1, arrivalMinutes: 0, welcomeMinutes: 2,
                groundRulesMinutes: 1, lengthMinutes: 60),
            "The format gives -1 minutes for discussion. Give 0 or more minutes."
        ),
    ])
    func refusesBrokenFormats(format: RoundFormat, message: String) {
        #expect(coreError { try format.validate() }?.description == message)
    }
}
