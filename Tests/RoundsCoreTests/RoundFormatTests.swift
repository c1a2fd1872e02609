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
    }

    @Test func ukPresetFollowsTheDomainTimings() {
        let uk = RoundFormat.uk
        #expect(uk.panellists == 3)
        #expect((15...20).contains(uk.totalStoryMinutes))
        #expect((40...45).contains(uk.discussionMinutes))
        #expect(uk.lengthMinutes - uk.arrivalMinutes == 60)
    }

    @Test func teamTimeHasTwoStorytellersInFortyFiveMinutes() {
        #expect(RoundFormat.teamTime.panellists == 2)
        #expect(RoundFormat.teamTime.lengthMinutes == 45)
    }

    @Test func decodesAPresetWithOverrides() throws {
        let json = #"{"preset": "custom", "storyMinutes": 6, "lengthMinutes": 80}"#
        let format = try JSONDecoder().decode(RoundFormat.self, from: Data(json.utf8))
        #expect(format.preset == .custom)
        #expect(format.storyMinutes == 6)
        #expect(format.discussionMinutes == RoundFormat.uk.discussionMinutes)
        #expect(format.closeMinutes == 80 - 15 - 2 - 1 - 18 - 40)
        let back = try JSONDecoder().decode(
            RoundFormat.self, from: try JSONEncoder().encode(format))
        #expect(back == format)
    }

    @Test(arguments: [
        (
            RoundFormat(
                preset: .custom, minPanellists: 2, maxPanellists: 4, panellists: 3,
                storyMinutes: 10, discussionMinutes: 40, arrivalMinutes: 15, welcomeMinutes: 2,
                groundRulesMinutes: 1, lengthMinutes: 75),
            "The format's segments take 88 minutes, longer than its 75-minute length. "
                + "Shorten the segments or lengthen the Round."
        ),
        (
            RoundFormat(
                preset: .custom, minPanellists: 3, maxPanellists: 2, panellists: 3,
                storyMinutes: 5, discussionMinutes: 40, arrivalMinutes: 0, welcomeMinutes: 2,
                groundRulesMinutes: 1, lengthMinutes: 75),
            "The format's panel sizes do not fit together: 3 panellists planned, 3 to 2 "
                + "allowed. Give a minimum of at least 1, a maximum no smaller, and a planned "
                + "number between them."
        ),
        (
            RoundFormat(
                preset: .custom, minPanellists: 2, maxPanellists: 4, panellists: 3,
                storyMinutes: 5, discussionMinutes: -1, arrivalMinutes: 0, welcomeMinutes: 2,
                groundRulesMinutes: 1, lengthMinutes: 75),
            "The format gives -1 minutes for discussion. Give 0 or more minutes."
        ),
    ])
    func refusesBrokenFormats(format: RoundFormat, message: String) {
        #expect(coreError { try format.validate() }?.description == message)
    }
}
