package import RoundsCore

/// The package holidays (days off) of every holiday region for any year.
///
/// Days come from the statutory rules (`BankHolidays+Rules.swift` for the UK,
/// `BankHolidays+OtherRegions.swift` for Ireland and the United States) plus a small table of
/// UK one-off changes (`BankHolidays+OneOffs.swift`). An imported list (GOV.UK's file, or any
/// iCalendar holiday feed) replaces the computed list for each region and year it covers,
/// because the published list is the authority and may carry one-off changes announced after
/// this code was written. A region without rules has only its imported days.
package struct BankHolidays: Sendable {
    private var imported: [HolidayRegion: [Int: [BankHoliday]]] = [:]

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
            add(holidays, for: HolidayRegion(nation))
        }
    }

    /// Replaces the computed holidays of `region` for every year that `holidays` covers.
    package mutating func add(_ holidays: [BankHoliday], for region: HolidayRegion) {
        for (year, list) in Dictionary(grouping: holidays, by: \.date.year) {
            imported[region, default: [:]][year] = list.sorted { $0.date < $1.date }
        }
    }

    /// The years for which a region's list came from an imported file.
    package func importedYears(for region: HolidayRegion) -> [Int] {
        (imported[region] ?? [:]).keys.sorted()
    }

    /// The holidays of one region in one year, in date order.
    package func holidays(in year: Int, for region: HolidayRegion) -> [BankHoliday] {
        if let list = imported[region]?[year] { return list }
        return BankHolidays.computed(year: year, region: region)
    }

    /// The holidays of one region from `firstYear` to `lastYear` inclusive, in date order.
    package func holidays(from firstYear: Int, to lastYear: Int, for region: HolidayRegion)
        -> [BankHoliday]
    {
        guard firstYear <= lastYear else { return [] }
        return (firstYear...lastYear).flatMap { holidays(in: $0, for: region) }
    }

    /// The holiday taken on `day` in `region`, if there is one.
    package func holiday(on day: LocalDate, for region: HolidayRegion) -> BankHoliday? {
        holidays(in: day.year, for: region).first { $0.date == day }
    }

    /// True when `day` is a Monday-to-Friday that is not a holiday in `region`.
    package func isWorkingDay(_ day: LocalDate, for region: HolidayRegion) -> Bool {
        !day.isWeekend && holiday(on: day, for: region) == nil
    }
}
