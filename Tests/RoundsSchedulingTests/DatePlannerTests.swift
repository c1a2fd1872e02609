import RoundsCore
import RoundsScheduling
import Testing

@Suite("Date planner")
struct DatePlannerTests {
    private let planner = DatePlanner()

    @Test("First Monday 2026 in England and Wales: Easter Monday and Early May move a week")
    func firstMonday2026() throws {
        let programme = Fixture.programme(ordinal: 1, weekday: .monday)
        let plan = try planner.plan(
            programme: programme, from: Fixture.month("2026-01"), months: 12)
        #expect(
            plan.dates.map(\.date.description) == [
                "2026-01-05", "2026-02-02", "2026-03-02", "2026-04-13", "2026-05-11",
                "2026-06-01", "2026-07-06", "2026-08-03", "2026-09-07", "2026-10-05",
                "2026-11-02", "2026-12-07",
            ])
        #expect(
            plan.notices.map(\.message) == [
                "Mon 6 Apr 2026 is a bank holiday (Easter Monday); moved to Mon 13 Apr 2026.",
                "Mon 4 May 2026 is the Early May bank holiday; moved to Mon 11 May 2026.",
            ])
        #expect(plan.dates.first?.start.description == "2026-01-05T12:30")
        #expect(plan.dates.first?.end.description == "2026-01-05T13:30")
    }

    @Test("Scotland keeps Easter Monday but moves the first Monday of August")
    func scotlandAugust() throws {
        let programme = Fixture.programme(region: .scotland, ordinal: 1, weekday: .monday)
        let plan = try planner.plan(
            programme: programme, from: Fixture.month("2026-04"), months: 5)
        #expect(plan.dates.map(\.date.description).first == "2026-04-06")
        #expect(
            plan.notices.map(\.message) == [
                "Mon 4 May 2026 is the Early May bank holiday; moved to Mon 11 May 2026.",
                "Mon 3 Aug 2026 is the Summer bank holiday; moved to Mon 10 Aug 2026.",
            ])
    }

    @Test("A lost last Monday cannot move into the next month")
    func lastMondayStaysInMonth() throws {
        let programme = Fixture.programme(ordinal: -1, weekday: .monday)
        let plan = try planner.plan(
            programme: programme, from: Fixture.month("2026-05"), months: 1)
        #expect(plan.dates.isEmpty)
        #expect(
            plan.notices.map(\.message) == [
                "Mon 25 May 2026 is the Spring bank holiday; a week later is June 2026, "
                    + "so there is no Round in May 2026."
            ])
        #expect(plan.notices.first?.outcome == .skipped)
    }

    @Test("The skip-month policy never moves a date")
    func skipMonthPolicy() throws {
        let programme = Fixture.programme(ordinal: 1, weekday: .monday, policy: .skipMonth)
        let plan = try planner.plan(
            programme: programme, from: Fixture.month("2026-04"), months: 2)
        #expect(plan.dates.isEmpty)
        #expect(
            plan.notices.first?.message
                == "Mon 6 Apr 2026 is a bank holiday (Easter Monday); the programme skips such "
                + "months, so there is no Round in April 2026.")
    }

    @Test("Blackouts and exclusions are lost dates with their reason")
    func blackoutsAndExclusions() throws {
        let blackout = Blackout(
            range: try DateRange(
                start: Fixture.date("2026-12-07"), end: Fixture.date("2026-12-18")),
            reason: "CQC inspection")
        let programme = Fixture.programme(blackouts: [blackout])
        let plan = try planner.plan(
            programme: programme, from: Fixture.month("2026-10"), months: 3,
            exclusions: [DateRange(day: Fixture.date("2026-10-13"))])
        #expect(plan.dates.map(\.date.description) == ["2026-10-20", "2026-11-10"])
        #expect(
            plan.notices.map(\.message) == [
                "Tue 13 Oct 2026 is excluded from the programme; moved to Tue 20 Oct 2026.",
                "Tue 8 Dec 2026 is blacked out (CQC inspection); Tue 15 Dec 2026 is blacked out "
                    + "(CQC inspection) as well, so there is no Round in December 2026.",
            ])
    }

    @Test("Confirmed and pinned Rounds keep their dates; open Rounds continue on the new date")
    func existingRounds() throws {
        let programme = Fixture.programme()
        let confirmed = Round(
            id: Fixture.roundID(1), start: Fixture.dateTime("2026-03-05T09:00"),
            end: Fixture.dateTime("2026-03-05T10:00"), status: .confirmed)
        let open = Round(
            id: Fixture.roundID(2), start: Fixture.dateTime("2026-04-07T12:30"),
            end: Fixture.dateTime("2026-04-07T13:45"))
        let cancelled = Round(
            id: Fixture.roundID(3), start: Fixture.dateTime("2026-05-12T12:30"),
            end: Fixture.dateTime("2026-05-12T13:45"), status: .cancelled)
        let plan = try planner.plan(
            programme: programme, from: Fixture.month("2026-03"), months: 4,
            existingRounds: [confirmed, open, cancelled])
        #expect(
            plan.dates.map { "\($0.date) \($0.existingRound?.description ?? "new") \($0.isFixed)" }
                == [
                    "2026-03-05 R-0001 true", "2026-04-14 R-0002 false",
                    "2026-06-09 new false",
                ])
        #expect(plan.droppedRounds.isEmpty)
    }

    @Test("An interval of two months counts from the first month")
    func interval() throws {
        let programme = Fixture.programme(interval: 2)
        let plan = try planner.plan(
            programme: programme, from: Fixture.month("2027-01"), months: 6)
        #expect(plan.dates.map(\.date.month) == [1, 3, 5])
    }

    @Test(
        "Every planned date is in its month, on the cadence weekday and not lost",
        arguments: HolidayRegion.builtIn)
    func invariants(region: HolidayRegion) throws {
        for ordinal in [1, 2, 3, 4, -1] {
            for weekday in Weekday.allCases.prefix(5) {
                let programme = Fixture.programme(
                    region: region, ordinal: ordinal, weekday: weekday)
                let plan = try planner.plan(
                    programme: programme, from: Fixture.month("2015-01"), months: 21 * 12)
                for planned in plan.dates {
                    #expect(YearMonth(planned.date) == planned.month)
                    #expect(planned.date.weekday == weekday)
                    #expect(planner.lossReason(planned.date, programme: programme) == nil)
                }
                #expect(
                    plan.dates.count + plan.notices.filter { $0.outcome == .skipped }.count
                        == 21 * 12)
            }
        }
    }
}

@Suite("Cadence expansion through RoundsICS")
struct CadenceExpanderTests {
    @Test("libical's expansion agrees with Core's month arithmetic for every cadence, 2015-2035")
    func agreesWithArithmetic() throws {
        let window = (Fixture.month("2015-01"), Fixture.date("2035-12-31"))
        for interval in [1, 3] {
            for ordinal in [1, 2, 3, 4, -1] {
                for weekday in Weekday.allCases {
                    let cadence = Fixture.programme(
                        ordinal: ordinal, weekday: weekday, interval: interval
                    ).cadence
                    let viaICS = try RecurrenceCadenceExpander().dates(
                        of: cadence, timeZone: "Europe/London", from: window.0, through: window.1)
                    let viaArithmetic = try ArithmeticCadenceExpander().dates(
                        of: cadence, timeZone: "Europe/London", from: window.0, through: window.1)
                    #expect(viaICS == viaArithmetic, "\(cadence.rrule)")
                    #expect(viaICS.count == 252 / interval)
                }
            }
        }
    }

    @Test("An unknown time zone is explained")
    func unknownZone() {
        let cadence = Fixture.programme().cadence
        do {
            _ = try RecurrenceCadenceExpander().dates(
                of: cadence, timeZone: "Mars/Olympus", from: Fixture.month("2027-01"),
                through: Fixture.date("2027-12-31"))
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "The programme's cadence (FREQ=MONTHLY;BYDAY=2TU) cannot be expanded: the "
                    + "programme's time zone \"Mars/Olympus\" is not a known IANA zone name. "
                    + "Check the programme's cadence and time zone.")
        }
    }
}
