import Foundation
import RoundsICS
import RoundsTestSupport
import Testing

@Suite struct RecurrenceExpanderTests {
    static let expander = RecurrenceExpander()
    static let year2027 = (Fixtures.utc(2027, 1, 1, 0), Fixtures.utc(2028, 1, 1, 0))

    /// Writes the event's calendar and its expansion for the external judges.
    static func judge(_ name: String, _ document: CalendarDocument, from: Date, to: Date) throws
        -> RecurrenceExpansion
    {
        let expansion = try expander.expand(document, from: from, to: to)
        try JudgeOutput.write(name: name, ics: try Fixtures.writer.write(document))
        try JudgeOutput.writeExpansion(
            name: name, window: from..<to, occurrences: expansion.startDates)
        return expansion
    }

    static func calendar(_ events: CalendarEvent...) -> CalendarDocument {
        CalendarDocument(productID: "-//Rounds//Test//EN", method: .publish, events: events)
    }

    static func london() throws -> Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "Europe/London"))
        return calendar
    }

    @Test func secondTuesdayInLondonStaysAtNoonAcrossDaylightSaving() throws {
        let event = CalendarEvent(
            uid: "expand-second-tuesday@rounds.test",
            start: Fixtures.london(2027, 1, 12, 12), end: Fixtures.london(2027, 1, 12, 13),
            summary: "Schwartz Round", recurrence: Recurrence(rules: ["FREQ=MONTHLY;BYDAY=2TU"]))
        let (from, to) = Self.year2027
        let expansion = try Self.judge(
            "expand-second-tuesday", Self.calendar(event), from: from, to: to)
        #expect(!expansion.isCutOff)
        try #require(expansion.occurrences.count == 12)

        // Foundation, independently: every start is the second Tuesday at 12:00 London time.
        let calendar = try Self.london()
        for occurrence in expansion.occurrences {
            let parts = calendar.dateComponents(
                [.weekday, .weekdayOrdinal, .hour, .minute], from: occurrence.startDate)
            #expect(parts.weekday == 3 && parts.weekdayOrdinal == 2)
            #expect(parts.hour == 12 && parts.minute == 0)
            #expect(occurrence.endDate == occurrence.startDate + 3600)
            guard case .zoned(let wall, "Europe/London") = occurrence.start else {
                Issue.record("occurrence not in London time: \(occurrence.start)")
                continue
            }
            #expect(wall.hour == 12 && wall.minute == 0)
        }
        // The UTC instants move with British Summer Time (28 March to 31 October 2027).
        let utcHours = expansion.occurrences.map { TimeZones.utcWallClock(of: $0.startDate).hour }
        #expect(utcHours == [12, 12, 12, 11, 11, 11, 11, 11, 11, 11, 12, 12])
        #expect(
            expansion.occurrences.map { TimeZones.utcWallClock(of: $0.startDate).day.day }
                == [12, 9, 9, 13, 11, 8, 13, 10, 14, 12, 9, 14])
    }

    @Test func lastThursdayWithBySetPos() throws {
        let start = Fixtures.london(2027, 1, 28, 12)
        let expansion = try Self.expander.occurrences(
            of: "FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1", startingAt: start, durationSeconds: 3600,
            from: Self.year2027.0, to: Self.year2027.1)
        try JudgeOutput.write(
            name: "expand-last-thursday",
            ics: try Fixtures.writer.write(
                Self.calendar(
                    CalendarEvent(
                        uid: "expand-last-thursday@rounds.test", start: start,
                        durationSeconds: 3600,
                        recurrence: Recurrence(rules: ["FREQ=MONTHLY;BYDAY=TH;BYSETPOS=-1"])))))
        try JudgeOutput.writeExpansion(
            name: "expand-last-thursday", window: Self.year2027.0..<Self.year2027.1,
            occurrences: expansion.startDates)
        try #require(expansion.occurrences.count == 12)
        let calendar = try Self.london()
        var months: [Int] = []
        for occurrence in expansion.occurrences {
            let parts = calendar.dateComponents(
                [.weekday, .hour, .month], from: occurrence.startDate)
            #expect(parts.weekday == 5 && parts.hour == 12)
            // A week later is next month: this is the last Thursday.
            let weekLater = calendar.component(.month, from: occurrence.startDate + 7 * 86_400)
            #expect(weekLater != parts.month)
            months.append(parts.month ?? 0)
        }
        #expect(months == Array(1...12))
    }

    @Test func newYorkNoonAcrossTheSpringChange() throws {
        let event = CalendarEvent(
            uid: "expand-new-york@rounds.test",
            start: Fixtures.newYork(2027, 3, 2, 12), end: Fixtures.newYork(2027, 3, 2, 13),
            recurrence: Recurrence(rules: ["FREQ=WEEKLY;COUNT=8"]))
        let from = Fixtures.utc(2027, 3, 1, 0)
        let to = Fixtures.utc(2027, 4, 1, 0)
        let expansion = try Self.judge("expand-new-york", Self.calendar(event), from: from, to: to)
        // US daylight saving starts on 14 March 2027: noon EST is 17:00Z, noon EDT is 16:00Z.
        #expect(
            expansion.startDates.map(JudgeOutput.utcText) == [
                "2027-03-02T17:00:00Z", "2027-03-09T17:00:00Z", "2027-03-16T16:00:00Z",
                "2027-03-23T16:00:00Z", "2027-03-30T16:00:00Z",
            ])
        #expect(
            expansion.occurrences.allSatisfy {
                if case .zoned(let wall, _) = $0.start { return wall.hour == 12 }
                return false
            })
    }

    @Test func londonNightTimesInTheGapAndTheRepeatedHour() throws {
        // 01:30 is skipped on 28 March 2027 and happens twice on 31 October 2027.
        let spring = CalendarEvent(
            uid: "expand-london-gap@rounds.test", start: Fixtures.london(2027, 3, 21, 1, 30),
            durationSeconds: 1800, recurrence: Recurrence(rules: ["FREQ=WEEKLY;COUNT=3"]))
        let autumn = CalendarEvent(
            uid: "expand-london-overlap@rounds.test", start: Fixtures.london(2027, 10, 24, 1, 30),
            durationSeconds: 1800, recurrence: Recurrence(rules: ["FREQ=WEEKLY;COUNT=3"]))
        let expansion = try Self.judge(
            "expand-london-gap-overlap", Self.calendar(spring, autumn), from: Self.year2027.0,
            to: Self.year2027.1)
        // RFC 5545 3.3.5: a skipped time takes the offset before the change (01:30 GMT, which
        // clocks show as 02:30 BST); a repeated time is its first occurrence (01:30 BST).
        #expect(
            expansion.startDates.map(JudgeOutput.utcText) == [
                "2027-03-21T01:30:00Z", "2027-03-28T01:30:00Z", "2027-04-04T00:30:00Z",
                "2027-10-24T00:30:00Z", "2027-10-31T00:30:00Z", "2027-11-07T01:30:00Z",
            ])
        #expect(
            expansion.occurrences.allSatisfy {
                if case .zoned(let wall, _) = $0.start {
                    return wall.hour == 1 && wall.minute == 30
                }
                return false
            })
    }

    @Test(arguments: [("20270615T110000Z", 3), ("20270615T105959Z", 2)])
    func untilInUTCEndsALondonSeriesAtTheRightInstant(until: String, count: Int) throws {
        // 12:00 BST on 15 June is 11:00Z: UNTIL includes it when it is exactly that instant.
        let event = CalendarEvent(
            uid: "expand-until-\(count)@rounds.test", start: Fixtures.london(2027, 6, 1, 12),
            durationSeconds: 3600, recurrence: Recurrence(rules: ["FREQ=WEEKLY;UNTIL=\(until)"]))
        let expansion = try Self.judge(
            "expand-until-\(count)", Self.calendar(event), from: Self.year2027.0,
            to: Self.year2027.1)
        #expect(expansion.occurrences.count == count)
        #expect(!expansion.isCutOff)
    }

    @Test func exceptionDateAndMovedOccurrence() throws {
        let document = Fixtures.monthlyRound(uid: "expand-exdate-override@rounds.test")
        let expansion = try Self.judge(
            "expand-exdate-override", document, from: Self.year2027.0, to: Self.year2027.1)
        #expect(
            expansion.startDates.map(JudgeOutput.utcText) == [
                "2027-01-12T12:00:00Z", "2027-02-09T12:00:00Z", "2027-03-09T12:00:00Z",
                "2027-04-15T11:30:00Z", "2027-05-11T11:00:00Z", "2027-06-08T11:00:00Z",
                "2027-07-13T11:00:00Z", "2027-09-14T11:00:00Z", "2027-10-12T11:00:00Z",
            ])
        let moved = try #require(expansion.occurrences.first { $0.isOverridden })
        #expect(moved.recurrenceID == Fixtures.london(2027, 4, 13, 12))
        #expect(moved.override?.summary == "Schwartz Round (moved to Thursday)")
        #expect(moved.end == Fixtures.london(2027, 4, 15, 13, 30))
        #expect(expansion.occurrences.filter(\.isOverridden).count == 1)
    }

    @Test func movedOccurrenceCountsWhereItLands() throws {
        // The April occurrence moves into a window that holds no occurrence of the rule.
        let document = Fixtures.monthlyRound(uid: "expand-moved-into-window@rounds.test")
        let from = Fixtures.utc(2027, 4, 14, 0)
        let to = Fixtures.utc(2027, 4, 20, 0)
        let expansion = try Self.judge("expand-moved-into-window", document, from: from, to: to)
        #expect(expansion.startDates.map(JudgeOutput.utcText) == ["2027-04-15T11:30:00Z"])
        let before = try Self.expander.expand(
            document, from: Fixtures.utc(2027, 4, 13, 0), to: Fixtures.utc(2027, 4, 14, 0))
        #expect(before.occurrences.isEmpty)
    }

    @Test func startIsAlwaysTheFirstOccurrence() throws {
        // 2027-01-05 is the first Tuesday; the rule alone would begin on the 12th.
        let expansion = try Self.expander.occurrences(
            of: "FREQ=MONTHLY;COUNT=3;BYDAY=2TU", startingAt: Fixtures.london(2027, 1, 5, 12),
            from: Self.year2027.0, to: Self.year2027.1)
        #expect(
            expansion.startDates.map(JudgeOutput.utcText) == [
                "2027-01-05T12:00:00Z", "2027-01-12T12:00:00Z", "2027-02-09T12:00:00Z",
                "2027-03-09T12:00:00Z",
            ])
    }

    @Test func allDayYearlyEventWithRDate() throws {
        let event = CalendarEvent(
            uid: "expand-all-day@rounds.test",
            start: .allDay(CalendarDay(year: 2027, month: 5, day: 3)),
            end: .allDay(CalendarDay(year: 2027, month: 5, day: 4)),
            summary: "Programme review",
            recurrence: Recurrence(
                rules: ["FREQ=YEARLY;COUNT=3"],
                additionalDates: [.allDay(CalendarDay(year: 2028, month: 11, day: 6))],
                exceptionDates: [.allDay(CalendarDay(year: 2028, month: 5, day: 3))]))
        let from = Fixtures.utc(2027, 1, 1, 0)
        let to = Fixtures.utc(2030, 1, 1, 0)
        // Only the calendar goes to the judges: all-day occurrences have no UTC instant.
        try JudgeOutput.write(
            name: "expand-all-day", ics: try Fixtures.writer.write(Self.calendar(event)))
        let expansion = try Self.expander.expand(event, from: from, to: to)
        #expect(
            expansion.occurrences.map(\.start) == [
                .allDay(CalendarDay(year: 2027, month: 5, day: 3)),
                .allDay(CalendarDay(year: 2028, month: 11, day: 6)),
                .allDay(CalendarDay(year: 2029, month: 5, day: 3)),
            ])
        #expect(
            expansion.occurrences.map(\.end).last
                == .allDay(CalendarDay(year: 2029, month: 5, day: 4)))
    }

    @Test func documentExpansionMergesEveryEventInOrder() throws {
        var document = CalendarWriterTimeZoneTests.document
        // Own UIDs, so that the judges' server sees new events rather than updates.
        for index in document.events.indices {
            document.events[index].uid = document.events[index].uid.replacingOccurrences(
                of: "writer-tz-", with: "expand-document-")
        }
        // Two hours after the weekly event, so every instant in the judges' list is distinct.
        document.events[1].start = Fixtures.london(2027, 6, 8, 14)
        document.events[1].end = Fixtures.london(2027, 6, 8, 15)
        let from = Fixtures.utc(2027, 6, 7, 0)
        let to = Fixtures.utc(2027, 6, 21, 0)
        let expansion = try Self.judge("expand-document", document, from: from, to: to)
        #expect(
            expansion.occurrences.map(\.uid) == [
                "expand-document-weekly@rounds.test", "expand-document-once@rounds.test",
                "expand-document-weekly@rounds.test", "expand-document-new-york@rounds.test",
                "expand-document-kolkata@rounds.test",
            ])
        #expect(expansion.startDates == expansion.startDates.sorted())
    }

    @Test func concurrentExpansionsMatchSequentialOnes() async throws {
        let documents = (0..<16).map { index in
            var document = Fixtures.monthlyRound(uid: "expand-concurrent-\(index)@rounds.test")
            if index % 2 == 1 {
                document.events[0].start = Fixtures.newYork(2027, 1, 12, 12)
                document.events[0].end = Fixtures.newYork(2027, 1, 12, 13)
                document.events[0].recurrence.exceptionDates = []
                document.events[0].recurrence.rules = ["FREQ=WEEKLY;BYDAY=TU"]
            }
            return document
        }
        let (from, to) = Self.year2027
        let sequential = try documents.map { try Self.expander.expand($0, from: from, to: to) }
        let parallel = await withTaskGroup(of: (Int, RecurrenceExpansion?).self) { group in
            for _ in 0..<4 {
                for (index, document) in documents.enumerated() {
                    group.addTask {
                        (index, try? Self.expander.expand(document, from: from, to: to))
                    }
                }
            }
            var results: [(Int, RecurrenceExpansion?)] = []
            for await result in group { results.append(result) }
            return results
        }
        #expect(parallel.count == documents.count * 4)
        for (index, expansion) in parallel {
            #expect(expansion == sequential[index])
        }
    }
}
