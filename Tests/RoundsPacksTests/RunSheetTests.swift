import RoundsCore
import Testing

@testable import RoundsPacks

@Suite struct RunSheetTests {
    func rows(_ round: Round, _ format: RoundFormat) throws -> ([String], String?) {
        let panel = try samplePeople()
        let views = round.panel.enumerated().map { index, panellist in
            PanellistView(
                panel.first { $0.email == panellist.person }, panellist: panellist,
                order: index + 1)
        }
        let (segments, warning) = PackView.runSheet(round: round, format: format)
        let rows = segments.map {
            SegmentView($0, roundStart: round.start, panel: views, dates: .british)
        }
        .map { "\($0.start)-\($0.end) \($0.title): \($0.lead)" }
        return (rows, warning)
    }

    @Test func teamTimeWithTwoStorytellersInClockTimes() throws {
        var round = try sampleRound()
        round.start = try dateTime("2027-03-09T14:00")
        round.end = try dateTime("2027-03-09T14:45")
        round.panel.removeLast()
        let (rows, warning) = try rows(round, .teamTime)
        #expect(
            rows == [
                "13:57-14:00 Arrival and food: Administrator",
                "14:00-14:02 Welcome: Clinical lead", "14:02-14:03 Ground rules: Facilitators",
                "14:03-14:08 Story 1: Li Wong", "14:08-14:13 Story 2: Sam Reid",
                "14:13-14:42 Open discussion: Facilitators",
                "14:42-14:45 Close and evaluation: Facilitators",
            ])
        #expect(warning == nil)
    }

    @Test func bookingThatDiffersFromTheFormatIsPointedOut() throws {
        var round = try sampleRound()
        round.end = try dateTime("2027-03-09T12:50")
        let (rows, warning) = try rows(round, .uk)
        #expect(rows.last == "12:58-13:00 Close and evaluation: Facilitators")
        #expect(
            warning
                == "The Round is booked until 12:50 but the format's run sheet ends at 13:00. "
                + "Adjust the booking or the programme's format.")
    }

    @Test func emptyPanelPlansTheFormatsPanellists() throws {
        var round = try sampleRound()
        round.panel = []
        let (rows, _) = try rows(round, .uk)
        #expect(rows.filter { $0.contains("(to be confirmed)") }.count == 3)
    }

    @Test(arguments: [
        (["a", "b", "c", "d", "e", "f", "g"], 6),
        (["a"], 4),
        ([String](), 5),
    ])
    func promptsAreFourToSix(_ own: [String], _ count: Int) {
        let theme = Theme(slug: "t", title: "T", prompts: own)
        let prompts = ReflectivePrompts.choose(theme: theme, excerpt: nil, preset: .uk)
        #expect(prompts.count == count)
        #expect(Array(prompts.prefix(min(own.count, 6))) == Array(own.prefix(6)))
    }

    @Test func excerptPromptsWhenThemeHasNone() {
        let excerpt = Excerpt(
            id: "e", quotation: "q", citation: "c", suggestedPrompts: ["One?", "Two?"])
        let prompts = ReflectivePrompts.choose(
            theme: Theme(slug: "t", title: "T"), excerpt: excerpt, preset: .teamTime)
        #expect(prompts == ["One?", "Two?"] + ReflectivePrompts.defaults(for: .teamTime).prefix(2))
    }
}
