/// Per facilitator, over a span of months: Rounds per year, the last and the next, fair share
/// and distance from it (`rounds rota`). Shares follow ``FairShareRule``, so an administrator
/// sees the planner's own idea of fairness.
public struct RotaReport: Sendable, Hashable {
    /// One facilitator's line.
    public struct Row: Sendable, Hashable {
        /// The facilitator.
        public let person: EmailAddress
        /// Their name.
        public let name: String
        /// Rounds in the span per calendar year (years without Rounds are left out).
        public let perYear: [Int: Int]
        /// Rounds in the span.
        public let total: Int
        /// Their latest Round on or before today, at any time.
        public let last: LocalDate?
        /// Their first Round after today, at any time.
        public let next: LocalDate?
        /// Months of the span in which they could facilitate.
        public let availableMonths: Int
        /// Their fair share of the span's places, in Rounds.
        public let share: Double
        /// Total minus share: positive when they carry more than their share.
        public var distance: Double { Double(total) - share }
    }

    /// The first month of the span.
    public let from: YearMonth
    /// The last month of the span.
    public let to: YearMonth
    /// One row per facilitator, in name order.
    public let rows: [Row]

    /// The report over `from`...`to` for every facilitator in `people`; cancelled Rounds do
    /// not count.
    public init(
        people: [Person], leave: [Leave], rounds: [Round], from: YearMonth, to: YearMonth,
        today: LocalDate
    ) {
        self.from = from
        self.to = to
        let facilitators = people.filter(\.isFacilitator)
        let held = rounds.filter { $0.status != .cancelled }.sorted { $0.start < $1.start }
        let inSpan = held.filter { YearMonth($0.date) >= from && YearMonth($0.date) <= to }
        var months: [EmailAddress: Int] = [:]
        var totals: [EmailAddress: Int] = [:]
        for person in facilitators {
            let first = held.first { $0.facilitators.contains(person.email) }?.date
            months[person.email] = FairShareRule.availableMonths(
                person: person, leave: leave, span: from...to, firstRound: first)
            totals[person.email] = inSpan.filter { $0.facilitators.contains(person.email) }.count
        }
        let places = totals.values.reduce(0, +)
        let allMonths = months.values.reduce(0, +)
        rows = facilitators.sorted { ($0.name, $0.email) < ($1.name, $1.email) }.map { person in
            var perYear: [Int: Int] = [:]
            for round in inSpan where round.facilitators.contains(person.email) {
                perYear[round.date.year, default: 0] += 1
            }
            let mine = held.filter { $0.facilitators.contains(person.email) }
            let weight = months[person.email] ?? 0
            return Row(
                person: person.email, name: person.name, perYear: perYear,
                total: totals[person.email] ?? 0,
                last: mine.last { $0.date <= today }?.date,
                next: mine.first { $0.date > today }?.date,
                availableMonths: weight,
                share: allMonths > 0 ? Double(places * weight) / Double(allMonths) : 0)
        }
    }
}
