import RoundsCore
import Testing

@Suite struct RunSheetTests {
    @Test(arguments: FormatPreset.allCases)
    func segmentsRunFromArrivalBeforeTheStartToTheFormatLength(preset: FormatPreset) throws {
        let format = RoundFormat.preset(preset)
        for size in format.minPanellists...format.maxPanellists {
            let sheet = try RunSheet(format: format, panel: Array(repeating: nil, count: size))
            let arrival = try #require(sheet.segments.first)
            #expect(arrival.kind == .arrival)
            #expect(arrival.startOffset == -format.arrivalMinutes)
            #expect(arrival.endOffset == 0)
            #expect(sheet.segments.dropFirst().first?.kind == .welcome)
            #expect(sheet.segments.last?.kind == .close)
            #expect(sheet.segments.last?.endOffset == format.lengthMinutes)
            for (earlier, later) in zip(sheet.segments, sheet.segments.dropFirst()) {
                #expect(earlier.endOffset == later.startOffset)
            }
            let roundProper = sheet.segments.filter { $0.kind != .arrival }
            #expect(roundProper.reduce(0) { $0 + $1.minutes } == format.lengthMinutes)
            #expect(sheet.totalMinutes == format.lengthMinutes)
            #expect(roundProper.allSatisfy { $0.startOffset >= 0 })
            #expect(sheet.segments.filter { $0.kind == .story }.count == size)
            #expect(sheet.segments.allSatisfy { $0.minutes > 0 })
        }
    }

    @Test func ukRoundBookedAtNoonRunsFromLunchAtElevenFortyFiveToOne() throws {
        let panel = try ["eve", "fay", "gus"].map { Optional(try email("\($0)@nb.org")) }
        let sheet = try RunSheet(format: .uk, panel: panel)
        let start = try dateTime("2027-03-09T12:00")
        let lines = sheet.segments.map {
            "\($0.start(from: start).time)-\($0.end(from: start).time) \($0.title)"
                + ($0.panellist.map { " \($0)" } ?? "")
        }
        #expect(
            lines == [
                "11:45-12:00 Arrival and food",
                "12:00-12:02 Welcome",
                "12:02-12:03 Ground rules",
                "12:03-12:08 Story 1 eve@nb.org",
                "12:08-12:13 Story 2 fay@nb.org",
                "12:13-12:18 Story 3 gus@nb.org",
                "12:18-12:58 Open discussion",
                "12:58-13:00 Close and evaluation",
            ])
        #expect(RoundFormat.uk.arrivalStart(for: start) == (try dateTime("2027-03-09T11:45")))
        #expect(RoundFormat.uk.end(for: start) == (try dateTime("2027-03-09T13:00")))
    }

    @Test func arrivalBeforeAnEarlyStartFallsOnThePreviousDay() throws {
        let sheet = try RunSheet(format: .uk)
        let start = try dateTime("2027-03-09T00:10")
        let arrival = try #require(sheet.segments.first)
        #expect(arrival.start(from: start) == (try dateTime("2027-03-08T23:55")))
        #expect(RoundFormat.uk.arrivalStart(for: start) == arrival.start(from: start))
    }

    @Test func aSmallerPanelLeavesMoreDiscussion() throws {
        let round = Round(
            id: try roundID(1), start: try dateTime("2027-03-09T12:00"),
            end: try dateTime("2027-03-09T13:00"),
            panel: [
                Panellist(person: try email("eve@nb.org")),
                Panellist(person: try email("fay@nb.org")),
            ])
        let sheet = try RunSheet(format: .uk, round: round)
        #expect(sheet.segments.first { $0.kind == .discussion }?.minutes == 45)
        #expect(sheet.segments.compactMap(\.speakingPosition) == [1, 2])
        #expect(sheet.totalMinutes == 60)
        #expect(sheet.segments.last?.end(from: round.start) == round.end)
    }

    @Test func zeroMinuteSegmentsAreLeftOut() throws {
        var format = RoundFormat.teamTime
        format.arrivalMinutes = 0
        format.lengthMinutes -= 3
        let sheet = try RunSheet(format: format)
        #expect(sheet.segments.first?.kind == .welcome)
        #expect(sheet.segments.first?.startOffset == 0)
        #expect(sheet.segments.contains { $0.kind == .close } == false)
        #expect(sheet.totalMinutes == 42)
    }

    @Test func refusesAPanelThatLeavesNoTimeToTalk() throws {
        var format = RoundFormat.teamTime
        format.maxPanellists = 12
        let panel = [EmailAddress?](repeating: nil, count: 8)
        let message =
            "The format's segments take 46 minutes from the welcome on, longer than its "
            + "45-minute length. Shorten them or lengthen the Round; arrival and food come "
            + "before the start and do not count."
        #expect(
            coreError { _ = try RunSheet(format: format, panel: panel) }?.description == message)
    }
}
