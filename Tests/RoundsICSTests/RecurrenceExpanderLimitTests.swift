import Foundation
import RoundsICS
import RoundsTestSupport
import Testing

/// Rules that would run for ever or too long, rules that are not rules, and empty windows.
@Suite struct RecurrenceExpanderLimitTests {
    // A hang fails the test through its time limit, without the test reading a clock.
    @Test(.timeLimit(.minutes(1)))
    func unboundedRuleIsCutOffAtTheLimit() throws {
        let start = CalendarTime.utc(
            WallClockTime(year: 2027, month: 1, day: 1, hour: 0, minute: 0))
        let expansion = try RecurrenceExpanderTests.expander.occurrences(
            of: "FREQ=SECONDLY", startingAt: start, from: Fixtures.utc(2027, 1, 1, 0),
            to: Fixtures.utc(2027, 1, 2, 0))
        #expect(expansion.isCutOff)
        #expect(expansion.occurrences.count == RecurrenceExpander.defaultLimit)
        #expect(
            expansion.warnings == [
                "The repeat rule \"FREQ=SECONDLY\" of the event \"cadence\" goes on past 10000 "
                    + "occurrences before the end of the window, so only the first 10000 were used."
            ])
    }

    @Test(
        .timeLimit(.minutes(1)),
        arguments: [
            "FREQ=SECONDLY;BYMONTH=2;BYMONTHDAY=30", "FREQ=MINUTELY;BYMONTHDAY=30;BYMONTH=2",
            "FREQ=HOURLY;COUNT=5;BYYEARDAY=366;BYMONTH=1",
        ])
    func subDailyRulesOnChosenDaysAreNotWalked(rule: String) throws {
        let start = Fixtures.london(2027, 1, 5, 12)
        let name =
            "expand-sub-daily-"
            + (rule.split(separator: ";").first ?? "").lowercased()
            .replacingOccurrences(of: "freq=", with: "")
        let expansion = try RecurrenceExpanderTests.expander.occurrences(
            of: rule, startingAt: start, from: RecurrenceExpanderTests.year2027.0,
            to: RecurrenceExpanderTests.year2027.1)
        // Writing it must not walk it either (a COUNT would make the writer look for the end).
        let event = CalendarEvent(
            uid: name + "@rounds.test", start: start, recurrence: Recurrence(rules: [rule]))
        let text = try Fixtures.writer.write(
            CalendarDocument(productID: "-//Rounds//Test//EN", events: [event]))
        // Deliberately not given to the judges: Radicale expands rules when it stores them and
        // times out on these (seen), which is the very problem this test guards against.
        _ = name
        #expect(text.contains("RRULE:"))
        #expect(expansion.isCutOff)
        #expect(expansion.occurrences.map(\.start) == [start])
        #expect(
            expansion.warnings == [
                "The repeat rule \"\(rule)\" of the event \"cadence\" repeats within a day but "
                    + "only on chosen days, which is too slow to work out, so only the start and "
                    + "any extra dates were used."
            ])
    }

    @Test func longWindowOnAnEndlessRuleIsCutOff() throws {
        let expander = RecurrenceExpander(limit: 100)
        let expansion = try expander.occurrences(
            of: "FREQ=WEEKLY", startingAt: Fixtures.london(2027, 1, 5, 12),
            from: RecurrenceExpanderTests.year2027.0, to: Fixtures.utc(2127, 1, 1, 0))
        #expect(expansion.isCutOff)
        #expect(expansion.occurrences.count == 100)
        // A window the limit covers is not cut off.
        let year = try expander.occurrences(
            of: "FREQ=WEEKLY", startingAt: Fixtures.london(2027, 1, 5, 12),
            from: RecurrenceExpanderTests.year2027.0, to: RecurrenceExpanderTests.year2027.1)
        #expect(!year.isCutOff)
        #expect(year.occurrences.count == 52)
    }

    @Test func boundedRulesAreNotCutOff() throws {
        let expansion = try RecurrenceExpanderTests.expander.occurrences(
            of: "FREQ=DAILY;COUNT=3", startingAt: Fixtures.london(2027, 3, 27, 12),
            from: RecurrenceExpanderTests.year2027.0, to: Fixtures.utc(2127, 1, 1, 0))
        #expect(!expansion.isCutOff)
        #expect(
            expansion.startDates.map(JudgeOutput.utcText) == [
                "2027-03-27T12:00:00Z", "2027-03-28T11:00:00Z", "2027-03-29T11:00:00Z",
            ])
    }

    @Test(arguments: ["FREQ=FORTNIGHTLY", "BYDAY=MO", "FREQ=WEEKLY;COUNT=abc", "", "RRULE:X"])
    func invalidRuleThrowsAPlainError(rule: String) {
        #expect(throws: RoundsICSError.invalidRecurrenceRule(uid: "cadence", rule: rule)) {
            try RecurrenceExpanderTests.expander.occurrences(
                of: rule, startingAt: Fixtures.london(2027, 1, 5, 12),
                from: RecurrenceExpanderTests.year2027.0,
                to: RecurrenceExpanderTests.year2027.1)
        }
    }

    @Test func emptyWindowIsRefused() {
        #expect(
            throws: RoundsICSError.invalidWindow(
                start: "2028-01-01T00:00:00Z", end: "2027-01-01T00:00:00Z")
        ) {
            try RecurrenceExpanderTests.expander.occurrences(
                of: "FREQ=DAILY", startingAt: Fixtures.london(2027, 1, 5, 12),
                from: RecurrenceExpanderTests.year2027.1, to: RecurrenceExpanderTests.year2027.0)
        }
        #expect(
            RoundsICSError.invalidWindow(start: "2028-01-01T00:00:00Z", end: "2027-01-01T00:00:00Z")
                .description
                == "The window from 2028-01-01T00:00:00Z to 2027-01-01T00:00:00Z is empty. "
                + "The end must be after the start.")
    }
}
