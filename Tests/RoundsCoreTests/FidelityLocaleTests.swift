import RoundsCore
import Testing

/// Fidelity warnings write dates in the programme's locale; en-GB keeps the house form.
@Suite struct FidelityLocaleTests {
    func warnings(locale: String, movedTo day: String) throws -> [String] {
        var programme = try FidelityFixture.programme()
        programme.locale = locale
        let checker = FidelityChecker(
            programme: programme, people: try FidelityFixture.people(),
            leave: try FidelityFixture.leave(), themes: FidelityFixture.themes())
        var round = try FidelityFixture.round(10, "2027-03-09")
        let start = try LocalDateTime(parsing: "\(day)T12:00")
        round.start = start
        round.end = RoundFormat.uk.end(for: start)
        round.prepMeeting = PrepMeeting(start: start.adding(minutes: -7 * 1440), minutes: 45)
        return checker.roundWarnings(round).map(\.message)
    }

    @Test func americanWarningsWriteUSDates() throws {
        let messages = try warnings(locale: "en-US", movedTo: "2027-08-10")
        #expect(
            messages == [
                "R-0010 (Aug 10, 2027) falls on blacked-out dates "
                    + "(Audit fortnight, Aug 2, 2027 to Aug 13, 2027)."
            ])
    }

    @Test func britishWarningsAreUnchanged() throws {
        let messages = try warnings(locale: "en-GB", movedTo: "2027-08-10")
        #expect(
            messages == [
                "R-0010 (10 Aug 2027) falls on blacked-out dates "
                    + "(Audit fortnight, 2 Aug 2027 to 13 Aug 2027)."
            ])
    }

    @Test func recordChecksWriteDatesInTheGivenLocale() throws {
        let round = Round(
            id: try RoundID(parsing: "R-7"), start: try LocalDateTime(parsing: "2027-01-12T12:00"),
            end: try LocalDateTime(parsing: "2027-01-12T13:00"), status: .held)
        let today = try LocalDate(parsing: "2027-02-01")
        let us = RecordChecks(dates: DateWriter(locale: "en-US")).warnings(
            rounds: [round], records: [], today: today)
        let gb = RecordChecks().warnings(rounds: [round], records: [], today: today)
        #expect(us.first?.message.hasPrefix("R-0007 (Jan 12, 2027) was held") == true)
        #expect(gb.first?.message.hasPrefix("R-0007 (12 Jan 2027) was held") == true)
    }
}
