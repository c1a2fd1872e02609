import RoundsCore
import Testing

@testable import RoundsPacks

@Suite struct RunSheetTests {
    func times(_ sheet: PackRunSheet) -> [String] {
        sheet.segments.map { "\($0.start.time)-\($0.end.time) \($0.title)" }
    }

    @Test func teamTimeWithTwoStorytellers() throws {
        var round = try sampleRound()
        round.start = try dateTime("2027-03-09T14:00")
        round.end = try dateTime("2027-03-09T14:45")
        let sheet = PackRunSheet(round: round, format: .teamTime, storytellers: ["A", "B"])
        #expect(
            times(sheet) == [
                "14:00-14:03 Arrival and food", "14:03-14:05 Welcome and introduction",
                "14:05-14:06 Ground rules", "14:06-14:11 Story 1", "14:11-14:16 Story 2",
                "14:16-14:42 Open discussion", "14:42-14:45 Close, thanks and evaluation forms",
            ])
        #expect(sheet.overrunMinutes == 0)
    }

    @Test func shortBookingKeepsTheCloseAndReportsTheOverrun() throws {
        var round = try sampleRound()
        round.end = try dateTime("2027-03-09T13:00")
        let sheet = PackRunSheet(round: round, format: .uk, storytellers: ["A", "B", "C"])
        #expect(sheet.segments.last?.title == "Close, thanks and evaluation forms")
        #expect(sheet.segments.last?.minutes == 0)
        #expect(sheet.overrunMinutes == 13)
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
