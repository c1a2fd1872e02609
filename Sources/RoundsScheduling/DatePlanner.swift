import Foundation
package import RoundsCore

/// One Round's date as the date planner chose or kept it.
package struct PlannedDate: Sendable, Hashable {
    /// The month the Round belongs to.
    package let month: YearMonth
    /// Wall-clock start in the programme's zone.
    package let start: LocalDateTime
    /// Wall-clock end in the programme's zone.
    package let end: LocalDateTime
    /// The existing Round this date continues, if any.
    package let existingRound: RoundID?
    /// True when the date was kept as it was (confirmed, held, locked or pinned Round).
    package let isFixed: Bool

    /// The day of the Round.
    package var date: LocalDate { start.date }
}

/// A cadence date the planner could not use, and what it did instead.
package struct DateNotice: Sendable, Hashable {
    /// What happened to the lost date.
    package enum Outcome: Sendable, Hashable {
        /// The Round moved to another day of the same month.
        case moved(to: LocalDate)
        /// The month has no Round.
        case skipped
    }

    /// The month concerned.
    package let month: YearMonth
    /// The cadence date that was lost.
    package let original: LocalDate
    /// What the planner did.
    package let outcome: Outcome
    /// The sentence shown to the user, such as "Mon 4 May 2026 is the Early May bank holiday;
    /// moved to Mon 11 May 2026."
    package let message: String
}

/// The dates of a planning window.
package struct DatePlan: Sendable, Hashable {
    /// Every Round date in the window, in date order.
    package let dates: [PlannedDate]
    /// Every lost cadence date, in date order.
    package let notices: [DateNotice]
    /// Open existing Rounds of the window whose month no longer has a date.
    package let droppedRounds: [RoundID]
}

/// Chooses the dates of Rounds: the cadence, minus bank holidays, blackouts and exclusions.
package struct DatePlanner: Sendable {
    /// The holidays to avoid.
    package var holidays: BankHolidays
    /// How the cadence becomes candidate dates.
    package var expander: any CadenceExpander

    /// A planner with the given holidays and expander.
    package init(
        holidays: BankHolidays = BankHolidays(),
        expander: any CadenceExpander = RecurrenceCadenceExpander()
    ) {
        self.holidays = holidays
        self.expander = expander
    }

    /// Plans `months` months from `firstMonth`.
    ///
    /// A month that already has a Round that planning may not change (confirmed, held,
    /// cancelled, locked, or with a pinned date) keeps it and gets no new date. An open Round
    /// in a month continues on the month's new date.
    package func plan(
        programme: Programme, from firstMonth: YearMonth, months: Int,
        exclusions: [DateRange] = [], existingRounds: [Round] = []
    ) throws(RoundsSchedulingError) -> DatePlan {
        guard months > 0 else { return DatePlan(dates: [], notices: [], droppedRounds: []) }
        let lastMonth = firstMonth.adding(months: months - 1)
        let candidates = try expander.dates(
            of: programme.cadence, timeZone: programme.timeZone, from: firstMonth,
            through: lastMonth.lastDay)
        let byMonth = Dictionary(grouping: existingRounds) { YearMonth($0.date) }
        var dates: [PlannedDate] = []
        var notices: [DateNotice] = []
        var dropped: [RoundID] = []
        let length = programme.format.lengthMinutes
        let holidayIndex = Dictionary(
            holidays.holidays(from: firstMonth.year, to: lastMonth.year, for: programme.nation)
                .map { ($0.date, $0) }
        ) { first, _ in first }

        for offset in 0..<months {
            let month = firstMonth.adding(months: offset)
            let existing = (byMonth[month] ?? []).sorted { $0.id < $1.id }
            let fixed = existing.filter { !$0.isOpenToPlanning || $0.datePinned }
            if !fixed.isEmpty {
                for round in fixed where round.status != .cancelled {
                    dates.append(
                        PlannedDate(
                            month: month, start: round.start, end: round.end,
                            existingRound: round.id, isFixed: true))
                }
                dropped += existing.filter { $0.isOpenToPlanning && !$0.datePinned }.map(\.id)
                continue
            }
            let open = existing
            guard let candidate = candidates.first(where: { YearMonth($0) == month }) else {
                dropped += open.map(\.id)
                continue
            }
            let resolved = resolve(
                candidate, month: month, programme: programme, exclusions: exclusions,
                holidays: holidayIndex)
            if let notice = resolved.notice { notices.append(notice) }
            guard let date = resolved.date else {
                dropped += open.map(\.id)
                continue
            }
            let start = LocalDateTime(date: date, time: programme.cadence.startTime)
            dates.append(
                PlannedDate(
                    month: month, start: start, end: start.adding(minutes: length),
                    existingRound: open.first?.id, isFixed: false))
            dropped += open.dropFirst().map(\.id)
        }
        return DatePlan(
            dates: dates.sorted { $0.start < $1.start }, notices: notices,
            droppedRounds: dropped.sorted())
    }

    /// Why `date` cannot hold a Round, as a phrase after the date, or nil when it can.
    package func lossReason(
        _ date: LocalDate, programme: Programme, exclusions: [DateRange] = []
    ) -> String? {
        let known = holidays.holidays(in: date.year, for: programme.nation)
        return lossReason(
            date, programme: programme, exclusions: exclusions,
            holidays: Dictionary(known.map { ($0.date, $0) }) { first, _ in first })
    }

    private func lossReason(
        _ date: LocalDate, programme: Programme, exclusions: [DateRange],
        holidays: [LocalDate: BankHoliday]
    ) -> String? {
        if let holiday = holidays[date] {
            return holiday.name.lowercased().contains("bank holiday")
                ? "is the \(holiday.name)" : "is a bank holiday (\(holiday.name))"
        }
        if let blackout = programme.blackouts(on: date).first {
            let reason = blackout.reason.trimmingCharacters(in: .whitespaces)
            return reason.isEmpty ? "is blacked out" : "is blacked out (\(reason))"
        }
        if exclusions.contains(where: { $0.contains(date) }) {
            return "is excluded from the programme"
        }
        return nil
    }

    private func resolve(
        _ candidate: LocalDate, month: YearMonth, programme: Programme, exclusions: [DateRange],
        holidays: [LocalDate: BankHoliday]
    ) -> (date: LocalDate?, notice: DateNotice?) {
        guard
            let reason = lossReason(
                candidate, programme: programme, exclusions: exclusions, holidays: holidays)
        else { return (candidate, nil) }
        let lost = "\(candidate.readableWithWeekday) \(reason)"
        let none = "so there is no Round in \(month.displayText)."
        func skip(_ message: String) -> (LocalDate?, DateNotice?) {
            (
                nil,
                DateNotice(month: month, original: candidate, outcome: .skipped, message: message)
            )
        }
        switch programme.lostDatePolicy {
        case .skipMonth:
            return skip("\(lost); the programme skips such months, \(none)")
        case .sameWeekdayNextWeekWithinMonth:
            let next = candidate.adding(days: 7)
            guard YearMonth(next) == month else {
                return skip(
                    "\(lost); a week later is \(YearMonth(next).displayText), \(none)")
            }
            if let nextReason = lossReason(
                next, programme: programme, exclusions: exclusions, holidays: holidays)
            {
                return skip(
                    "\(lost); \(next.readableWithWeekday) \(nextReason) as well, \(none)")
            }
            let message = "\(lost); moved to \(next.readableWithWeekday)."
            return (
                next,
                DateNotice(
                    month: month, original: candidate, outcome: .moved(to: next),
                    message: message)
            )
        }
    }
}
