import RoundsCore
import Testing

@Suite struct RunSheetTests {
    @Test(arguments: FormatPreset.allCases)
    func segmentsAddUpToTheFormatLength(preset: FormatPreset) throws {
        let format = RoundFormat.preset(preset)
        for size in format.minPanellists...format.maxPanellists {
            let sheet = try RunSheet(format: format, panel: Array(repeating: nil, count: size))
            #expect(sheet.totalMinutes == format.lengthMinutes)
            #expect(sheet.segments.last?.endOffset == format.lengthMinutes)
            #expect(sheet.segments.first?.startOffset == 0)
            for (earlier, later) in zip(sheet.segments, sheet.segments.dropFirst()) {
                #expect(earlier.endOffset == later.startOffset)
            }
            #expect(sheet.segments.filter { $0.kind == .story }.count == size)
            #expect(sheet.segments.allSatisfy { $0.minutes > 0 })
        }
    }

    @Test func ukRunSheetInClockTimes() throws {
        let panel = try ["eve", "fay", "gus"].map { Optional(try email("\($0)@nb.org")) }
        let sheet = try RunSheet(format: .uk, panel: panel)
        let start = try dateTime("2027-03-09T12:00")
        let lines = sheet.segments.map {
            "\($0.start(from: start).time)-\($0.end(from: start).time) \($0.title)"
                + ($0.panellist.map { " \($0)" } ?? "")
        }
        #expect(
            lines == [
                "12:00-12:15 Arrival and food",
                "12:15-12:17 Welcome",
                "12:17-12:18 Ground rules",
                "12:18-12:23 Story 1 eve@nb.org",
                "12:23-12:28 Story 2 fay@nb.org",
                "12:28-12:33 Story 3 gus@nb.org",
                "12:33-13:13 Open discussion",
                "13:13-13:15 Close and evaluation",
            ])
    }

    @Test func aSmallerPanelLeavesMoreDiscussion() throws {
        let round = Round(
            id: try roundID(1), start: try dateTime("2027-03-09T12:00"),
            end: try dateTime("2027-03-09T13:15"),
            panel: [
                Panellist(person: try email("eve@nb.org")),
                Panellist(person: try email("fay@nb.org")),
            ])
        let sheet = try RunSheet(format: .uk, round: round)
        #expect(sheet.segments.first { $0.kind == .discussion }?.minutes == 45)
        #expect(sheet.segments.compactMap(\.speakingPosition) == [1, 2])
        #expect(sheet.totalMinutes == 75)
    }

    @Test func zeroMinuteSegmentsAreLeftOut() throws {
        var format = RoundFormat.teamTime
        format.arrivalMinutes = 0
        format.lengthMinutes -= 3
        let sheet = try RunSheet(format: format)
        #expect(sheet.segments.first?.kind == .welcome)
        #expect(sheet.totalMinutes == 42)
    }

    @Test func refusesAPanelThatLeavesNoTimeToTalk() throws {
        var format = RoundFormat.teamTime
        format.maxPanellists = 12
        let panel = [EmailAddress?](repeating: nil, count: 8)
        let message =
            "The format's segments take 49 minutes, longer than its 45-minute length. "
            + "Shorten the segments or lengthen the Round."
        #expect(
            coreError { _ = try RunSheet(format: format, panel: panel) }?.description == message)
    }
}
