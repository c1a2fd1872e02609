package import RoundsCore

/// The bank holidays of the three UK divisions for any year.
///
/// Days come from the statutory rules (see `BankHolidays+Rules.swift`) plus a small table of
/// one-off changes (`BankHolidays+OneOffs.swift`). A list imported from GOV.UK's published
/// file replaces the computed list for each nation and year it covers, because the published
/// list is the authority and may carry one-off changes announced after this code was written.
package struct BankHolidays: Sendable {
    private var imported: [Nation: [Int: [BankHoliday]]] = [:]

    /// Holidays from the rules and the one-off table only.
    package init() {}

    /// Holidays from the rules, with `feed`'s years replacing the computed ones.
    package init(importing feed: BankHolidayFeed) {
        self.init()
        add(feed)
    }

    /// Replaces the computed holidays of every nation and year that `feed` lists.
    package mutating func add(_ feed: BankHolidayFeed) {
        for (nation, holidays) in feed.holidays {
            let byYear = Dictionary(grouping: holidays, by: \.date.year)
            for (year, list) in byYear {
                imported[nation, default: [:]][year] = list.sorted { $0.date < $1.date }
            }
        }
    }

    /// The years for which a nation's list came from an imported file.
    package func importedYears(for nation: Nation) -> [Int] {
        (imported[nation] ?? [:]).keys.sorted()
    }

    /// The holidays of one nation in one year, in date order.
    package func holidays(in year: Int, for nation: Nation) -> [BankHoliday] {
        if let list = imported[nation]?[year] { return list }
        return BankHolidays.computed(year: year, nation: nation)
    }

    /// The holidays of one nation from `firstYear` to `lastYear` inclusive, in date order.
    package func holidays(from firstYear: Int, to lastYear: Int, for nation: Nation)
        -> [BankHoliday]
    {
        guard firstYear <= lastYear else { return [] }
        return (firstYear...lastYear).flatMap { holidays(in: $0, for: nation) }
    }

    /// The holiday taken on `day` in `nation`, if there is one.
    package func holiday(on day: LocalDate, for nation: Nation) -> BankHoliday? {
        holidays(in: day.year, for: nation).first { $0.date == day }
    }

    /// True when `day` is a Monday-to-Friday that is not a bank holiday in `nation`.
    package func isWorkingDay(_ day: LocalDate, for nation: Nation) -> Bool {
        !day.isWeekend && holiday(on: day, for: nation) == nil
    }
}
