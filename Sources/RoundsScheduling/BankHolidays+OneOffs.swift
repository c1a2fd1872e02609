import RoundsCore

/// A one-off change to the usual holidays, made by royal proclamation.
///
/// A moved holiday is a removal plus an addition in the same entry.
struct OneOffHolidayChange: Sendable {
    /// The nations the change applies to.
    let nations: Set<Nation>
    /// The usual holiday that is not taken, as `YYYY-MM-DD`, if any.
    let removed: String?
    /// The day taken instead or in addition, as `YYYY-MM-DD`.
    let added: String
    /// The name of the added day.
    let name: String
    /// Where the change is recorded.
    let source: String
}

extension BankHolidays {
    // Sources: GOV.UK "UK bank holidays" (https://www.gov.uk/bank-holidays and its JSON feed,
    // which list 2018 onwards) and, for earlier years, the proclamations announced in The
    // Gazette (https://www.thegazette.co.uk). All but the last applied in all three nations.
    static let oneOffChanges: [OneOffHolidayChange] = [
        .init(
            nations: Set(Nation.allCases), removed: "1995-05-01", added: "1995-05-08",
            name: "Early May bank holiday (VE day)",
            source: "50th anniversary of VE day; proclamation in The Gazette"),
        .init(
            nations: Set(Nation.allCases), removed: nil, added: "1999-12-31",
            name: "Millennium celebrations",
            source: "Millennium; proclamation in The Gazette"),
        .init(
            nations: Set(Nation.allCases), removed: "2002-05-27", added: "2002-06-04",
            name: "Spring bank holiday",
            source: "Golden Jubilee; proclamation in The Gazette"),
        .init(
            nations: Set(Nation.allCases), removed: nil, added: "2002-06-03",
            name: "Golden Jubilee bank holiday",
            source: "Golden Jubilee; proclamation in The Gazette"),
        .init(
            nations: Set(Nation.allCases), removed: nil, added: "2011-04-29",
            name: "Royal wedding",
            source: "Wedding of Prince William; proclamation in The Gazette"),
        .init(
            nations: Set(Nation.allCases), removed: "2012-05-28", added: "2012-06-04",
            name: "Spring bank holiday",
            source: "Diamond Jubilee; proclamation in The Gazette"),
        .init(
            nations: Set(Nation.allCases), removed: nil, added: "2012-06-05",
            name: "Queen's Diamond Jubilee",
            source: "Diamond Jubilee; proclamation in The Gazette"),
        .init(
            nations: Set(Nation.allCases), removed: "2020-05-04", added: "2020-05-08",
            name: "Early May bank holiday (VE day)",
            source: "75th anniversary of VE day; GOV.UK bank holidays feed"),
        .init(
            nations: Set(Nation.allCases), removed: "2022-05-30", added: "2022-06-02",
            name: "Spring bank holiday",
            source: "Platinum Jubilee; GOV.UK bank holidays feed"),
        .init(
            nations: Set(Nation.allCases), removed: nil, added: "2022-06-03",
            name: "Platinum Jubilee bank holiday",
            source: "Platinum Jubilee; GOV.UK bank holidays feed"),
        .init(
            nations: Set(Nation.allCases), removed: nil, added: "2022-09-19",
            name: "Bank Holiday for the State Funeral of Queen Elizabeth II",
            source: "State funeral; GOV.UK bank holidays feed"),
        .init(
            nations: Set(Nation.allCases), removed: nil, added: "2023-05-08",
            name: "Bank holiday for the coronation of King Charles III",
            source: "Coronation; GOV.UK bank holidays feed"),
        .init(
            nations: [.scotland], removed: nil, added: "2026-06-15",
            name: "Bank holiday for Scotland's return to the FIFA World Cup",
            source: "Royal proclamation of 4 February 2026 under section 1(3) of the Banking "
                + "and Financial Dealings Act 1971, at the Scottish Government's request"),
    ]

    /// The list with the one-off changes of `year` applied.
    static func applyOneOffChanges(to holidays: [BankHoliday], year: Int, nation: Nation)
        -> [BankHoliday]
    {
        var result = holidays
        for change in oneOffChanges where change.nations.contains(nation) {
            guard let added = LocalDate(iso: change.added), added.year == year else {
                continue
            }
            if let removedText = change.removed, let removed = LocalDate(iso: removedText) {
                result.removeAll { $0.date == removed }
            }
            result.append(BankHoliday(date: added, name: change.name))
        }
        return result
    }
}
