package import RoundsCore

/// Expands a programme's cadence into the candidate dates of a window.
///
/// Production code uses RoundsICS's recurrence expansion of `Cadence.rrule`; the arithmetic
/// expander exists as a cross-check and for callers without libical.
package protocol CadenceExpander: Sendable {
    /// The cadence's dates from the month of `start` through `end` inclusive, in order, with
    /// the first Round in `start`'s month (so an interval counts from there).
    func dates(
        of cadence: Cadence, timeZone: String, from start: YearMonth, through end: LocalDate
    ) throws(RoundsSchedulingError) -> [LocalDate]
}

/// Expands a cadence with Core's month arithmetic, without a calendar library.
package struct ArithmeticCadenceExpander: CadenceExpander {
    /// Creates the expander.
    package init() {}

    /// See ``CadenceExpander/dates(of:timeZone:from:through:)``.
    package func dates(
        of cadence: Cadence, timeZone: String, from start: YearMonth, through end: LocalDate
    ) throws(RoundsSchedulingError) -> [LocalDate] {
        var result: [LocalDate] = []
        var month = start
        while month.firstDay <= end {
            if let date = cadence.date(inYear: month.year, month: month.month), date <= end {
                result.append(date)
            }
            month = month.adding(months: cadence.intervalMonths)
        }
        return result
    }
}
