/// One facilitator's fair share of the places in a span of months, and how far they are from
/// it (docs/scheduling.md, "Fairness across windows").
public struct FairShare: Sendable, Hashable {
    /// The facilitator.
    public let person: EmailAddress
    /// Rounds they facilitate in the span before the planning window (the fairness horizon).
    public let before: Int
    /// Rounds they facilitate in the planning window.
    public let inWindow: Int
    /// Months of the span in which they could facilitate: after they joined and not away for
    /// the whole month.
    public let availableMonths: Int
    /// Their fair share of all the places in the span, in Rounds.
    public let share: Double
    /// False for a facilitator who cannot take any open Round of the window: nothing the
    /// planner does changes their load, so they are left out of the spread.
    public let counted: Bool

    /// A facilitator's share and loads.
    package init(
        person: EmailAddress, before: Int, inWindow: Int, availableMonths: Int, share: Double,
        counted: Bool
    ) {
        self.person = person
        self.before = before
        self.inWindow = inWindow
        self.availableMonths = availableMonths
        self.share = share
        self.counted = counted
    }

    /// Rounds in the whole span.
    public var load: Int { before + inWindow }
    /// Load minus fair share: positive when they carry more than their share.
    public var distance: Double { Double(load) - share }
}

/// The rule that turns months of availability into fair shares.
///
/// Each facilitator's fair share of the span's places is in proportion to the months of the
/// span in which they could facilitate. A month does not count before they joined, nor when
/// their leave covers every day of it. They joined in the month of their training status date
/// (`since`) for a trainee or trained facilitator, or of their first Round if that is earlier;
/// without a date, or for an accredited facilitator (whose date says when they were
/// accredited, not when they joined), they count from the start of the span.
public enum FairShareRule {
    /// Months of `span` in which `person` could facilitate.
    ///
    /// `firstRound` is the first Round they are known to have facilitated, if any; `leave`
    /// may hold other people's leave too.
    public static func availableMonths(
        person: Person, leave: [Leave], span: ClosedRange<YearMonth>, firstRound: LocalDate?
    ) -> Int {
        var joined: YearMonth?
        if let profile = person.facilitatorProfile, profile.training != .accredited,
            let since = profile.since
        {
            joined = YearMonth(since)
        }
        if let firstRound, let known = joined {
            joined = min(known, YearMonth(firstRound))
        }
        let ranges = leave.filter { $0.person == person.email }.map(\.range)
            .filter { $0.end >= span.lowerBound.firstDay && $0.start <= span.upperBound.lastDay }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        var count = 0
        var month = span.lowerBound
        while month <= span.upperBound {
            if joined.map({ month >= $0 }) ?? true,
                !covers(ranges, from: month.firstDay, to: month.lastDay)
            {
                count += 1
            }
            month = month.adding(months: 1)
        }
        return count
    }

    /// True when the sorted `ranges` together cover every day from `first` to `last`.
    static func covers(_ ranges: [DateRange], from first: LocalDate, to last: LocalDate) -> Bool {
        var reach = first
        for range in ranges where range.end >= reach {
            if range.start > reach { return false }
            reach = range.end.adding(days: 1)
            if reach > last { return true }
        }
        return false
    }
}
