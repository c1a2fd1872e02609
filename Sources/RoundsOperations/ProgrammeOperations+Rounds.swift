package import Foundation
package import RoundsCore
import RoundsScheduling
import RoundsStore

extension ProgrammeOperations {
    /// The longest window one `plan` call covers: ten years.
    package static let mostPlanMonths = 120

    /// `rota`: each facilitator's Rounds per year, last and next, and fair share, from
    /// `first` (by default the fairness horizon before `now`'s month) to `last` (by default
    /// eleven months after it).
    package func rotaReport(from first: YearMonth?, to last: YearMonth?, now: Date) throws
        -> RotaReport
    {
        let data = try reader().load()
        let programme = try data.existingProgramme()
        let parts = Calendar(identifier: .gregorian).dateComponents(
            in: TimeZone(identifier: programme.timeZone) ?? .gmt, from: now)
        let today =
            LocalDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? LocalDate(dayNumber: 0)
        let month = YearMonth(today)
        let start = first ?? month.adding(months: -programme.fairnessHorizonMonths)
        let end = last ?? max(start, month.adding(months: 11))
        return RotaReport(
            people: data.people, leave: data.leave, rounds: data.rounds, from: start, to: end,
            today: today)
    }

    /// The exact solver's default time limit for the rota, in seconds.
    package static let defaultSolverSeconds = RotaPlanner.defaultSolverSeconds

    /// `plan`: dates, rota, themes and prep meetings for `months` months from `first`; the
    /// rota's exact solver gets at most `solverSeconds` (0: the search alone).
    package func plan(
        from first: YearMonth, months: Int, solverSeconds: Double = defaultSolverSeconds
    ) throws -> PlanReport {
        try Self.plan(try store(), from: first, months: months, solverSeconds: solverSeconds)
    }

    /// Where `rounds plan` starts when no month is given: the month after the programme's last
    /// Round, so that a plan carries on from the one before; with no Round yet, the month after
    /// `now` (a Round this month could not be announced in good time). Also returns that last
    /// Round, for the sentence that says why.
    package func defaultPlanStart(now: Date) throws -> (first: YearMonth, after: Round?) {
        let data = try snapshot()
        let programme = try data.existingProgramme()
        if let last = data.rounds.max(by: { $0.date < $1.date }) {
            return (YearMonth(last.date).adding(months: 1), last)
        }
        return (YearMonth(Self.today(in: programme.timeZone, at: now)).adding(months: 1), nil)
    }

    /// One planning run in one transaction: holidays, busy times, issued invitations and the
    /// programme are read inside it.
    static func plan(
        _ store: any ProgrammeRepository, from first: YearMonth, months: Int,
        solverSeconds: Double = defaultSolverSeconds,
        storingOnlyIf accept: (PlanReport) -> Bool = { _ in true }
    ) throws -> PlanReport {
        try store.update(withCalendars: { data, issued, calendars in
            let planning = ProgrammePlanning(
                holidays: holidays(from: calendars.holidays),
                busy: calendars.busyTimes, solverSeconds: solverSeconds)
            let report = try planning.plan(
                &data, from: first, months: months, issuedUIDs: Set(issued.keys))
            // Thrown inside the transaction, so nothing of this plan is stored.
            guard accept(report) else { throw planChangedSincePreview }
            return report
        })
    }

    /// The plan of `plan(from:months:solverSeconds:)`, stored only when `accept` takes its
    /// report (the web's Apply takes only the plan its preview showed); otherwise it throws
    /// and stores nothing.
    package func plan(
        from first: YearMonth, months: Int, solverSeconds: Double = defaultSolverSeconds,
        storingOnlyIf accept: (PlanReport) -> Bool
    ) throws -> PlanReport {
        try Self.plan(
            try store(), from: first, months: months, solverSeconds: solverSeconds,
            storingOnlyIf: accept)
    }

    /// Why a plan was not stored: it is not the plan the preview showed.
    package static let planChangedSincePreview = OperationFailure(
        "The programme changed after this preview, so applying it would not do what the "
            + "preview showed. Nothing was stored: preview again, then apply.")

    /// `move`: a deliberate new date (and, when given, time) that later plans keep.
    package func move(_ reference: String, to date: LocalDate, at time: LocalTime?, force: Bool)
        throws -> [String]
    {
        try store().update(withCalendars: { data, _, calendars in
            try RoundMove(holidays: Self.holidays(from: calendars.holidays)).move(
                reference, toDate: date, time: time, force: force, in: &data)
        })
    }

    /// `cancel`: the Round will not take place.
    package func cancel(_ reference: String) throws -> [String] {
        try store().update { data in try data.cancelRound(reference) }
    }

    /// `confirm`: the Round is agreed and planning stops changing it.
    package func confirm(_ reference: String) throws -> [String] {
        try store().update { data in try data.confirmRound(reference) }
    }

    /// `assign`: two facilitators chosen by hand.
    package func assign(_ facilitators: [EmailAddress], to reference: String) throws -> [String] {
        try store().update { data in try data.assignFacilitators(facilitators, to: reference) }
    }

    /// `panel add`: a panellist, with an optional confidential story title and place.
    package func addPanellist(
        _ email: EmailAddress, story: String?, position: Int?, showsName: Bool = false,
        to reference: String
    ) throws -> [String] {
        try store().update { data in
            try data.addPanellist(
                email, story: story, position: position, showsName: showsName, to: reference)
        }
    }

    /// `panel show-name` and `panel hide-name`: whether a panellist agreed to be named on the
    /// Round's public page.
    package func setNameShown(_ shown: Bool, of email: EmailAddress, on reference: String)
        throws -> [String]
    {
        try store().update { data in try data.setNameShown(shown, of: email, on: reference) }
    }

    /// `panel remove`.
    package func removePanellist(_ email: EmailAddress, from reference: String) throws
        -> [String]
    {
        try store().update { data in try data.removePanellist(email, from: reference) }
    }

    /// `panel story`: a panellist's confidential story title, replaced or (empty) removed.
    package func setStoryTitle(_ story: String?, of email: EmailAddress, on reference: String)
        throws -> [String]
    {
        try store().update { data in try data.setStoryTitle(story, of: email, on: reference) }
    }

    /// `panel order`: the whole speaking order.
    package func orderPanel(_ emails: [EmailAddress], of reference: String) throws -> [String] {
        try store().update { data in try data.orderPanel(emails, of: reference) }
    }
}
