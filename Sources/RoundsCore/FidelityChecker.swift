/// Checks a programme and its Rounds against the rules of the Schwartz Rounds model.
///
/// Pure: everything it needs is passed in, holidays included (the scheduler supplies them for
/// the programme's holiday region). Per-Round rules look at planned and confirmed Rounds; rules about
/// the series (gaps, consecutive panels, theme repeats, load) also count held Rounds.
/// Cancelled Rounds are ignored throughout.
public struct FidelityChecker: Sendable {
    /// The programme's settings.
    public let programme: Programme
    /// Everyone known to the programme.
    public let people: [Person]
    /// Everyone's leave.
    public let leave: [Leave]
    /// The theme library.
    public let themes: [Theme]
    /// Bank holidays that apply, with their names where known (empty name when unknown).
    public let holidays: [LocalDate: String]

    /// A checker; `holidays` are plain dates.
    public init(
        programme: Programme, people: [Person], leave: [Leave] = [], themes: [Theme] = [],
        holidays: Set<LocalDate> = []
    ) {
        self.init(
            programme: programme, people: people, leave: leave, themes: themes,
            namedHolidays: Dictionary(uniqueKeysWithValues: holidays.map { ($0, "") }))
    }

    /// A checker with named holidays, such as `2027-12-27: Christmas Day (substitute day)`.
    public init(
        programme: Programme, people: [Person], leave: [Leave] = [], themes: [Theme] = [],
        namedHolidays: [LocalDate: String]
    ) {
        self.programme = programme
        self.people = people
        self.leave = leave
        self.themes = themes
        self.holidays = namedHolidays
        self.peopleByEmail = Dictionary(people.map { ($0.email, $0) }) { first, _ in first }
    }

    let peopleByEmail: [EmailAddress: Person]

    /// Every warning for the programme and `rounds`: programme-wide first, then each Round in
    /// date order, then per-person load.
    public func check(_ rounds: [Round]) -> [FidelityWarning] {
        let series = rounds.filter { $0.status != .cancelled }.sorted(by: FidelityChecker.order)
        var warnings = programmeWarnings()
        for (index, round) in series.enumerated() {
            if round.status == .planned || round.status == .confirmed {
                warnings += roundWarnings(round)
            }
            let previous = index > 0 ? series[index - 1] : nil
            warnings += seriesWarnings(round, previous: previous, earlier: series[..<index])
        }
        warnings += loadWarnings(series)
        return warnings
    }

    /// The rules that concern one Round on its own.
    public func roundWarnings(_ round: Round) -> [FidelityWarning] {
        referenceWarnings(round) + panelWarnings(round) + facilitatorWarnings(round)
            + dateWarnings(round)
    }

    static func order(_ lhs: Round, _ rhs: Round) -> Bool {
        (lhs.start, lhs.id) < (rhs.start, rhs.id)
    }

    /// A Round as the warnings name it, its date in the programme's locale: `R-0042 (9 Mar
    /// 2027)` in en-GB, `R-0042 (Mar 9, 2027)` in en-US.
    func label(_ round: Round) -> String { "\(round.id) (\(dateText(round.date)))" }

    /// A date as the warnings write it, in the programme's locale.
    func dateText(_ date: LocalDate) -> String {
        DateWriter(locale: programme.locale).short(date)
    }

    /// Dates from `range.start` to `range.end` as the warnings write them.
    func rangeText(_ range: DateRange) -> String {
        range.start == range.end
            ? dateText(range.start) : "\(dateText(range.start)) to \(dateText(range.end))"
    }

    /// The person's name, or their address when they are not in the people list.
    func name(_ email: EmailAddress) -> String { peopleByEmail[email]?.name ?? email.value }

    /// True when `email` has leave covering `date`.
    func isOnLeave(_ email: EmailAddress, on date: LocalDate) -> Bool {
        leave.contains { $0.person == email && $0.range.contains(date) }
    }
}
