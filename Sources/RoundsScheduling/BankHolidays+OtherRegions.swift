package import RoundsCore

extension BankHolidays {
    /// The holidays the rules give for one region and year: the UK nations' bank holidays,
    /// Ireland's public holidays, the US federal holidays; none for an imported region.
    package static func computed(year: Int, region: HolidayRegion) -> [BankHoliday] {
        if let nation = region.nation { return computed(year: year, nation: nation) }
        switch region {
        case .ireland: return irish(year: year)
        case .unitedStates: return unitedStates(year: year)
        default: return []
        }
    }

    /// Ireland's public holidays (Organisation of Working Time Act 1997, Schedule 2).
    ///
    /// Ireland has no substitute days: a public holiday on a Saturday or Sunday gives an
    /// employee a day off or a day's pay instead, but no weekday becomes a public holiday.
    /// Like the UK lists, this one holds days off only, so a holiday on a weekend is left out.
    static func irish(year: Int) -> [BankHoliday] {
        func day(_ month: Int, _ dayOfMonth: Int) -> LocalDate {
            LocalDate.known(year, month, dayOfMonth)
        }
        var result = [BankHoliday(date: day(1, 1), name: "New Year's Day")]
        // St Brigid's Day, first taken in 2023: the first Monday in February, or 1 February
        // when that is a Friday.
        if year >= 2023 {
            let first = day(2, 1)
            result.append(
                BankHoliday(
                    date: first.weekday == .friday
                        ? first : LocalDate.nth(1, .monday, year: year, month: 2),
                    name: "St Brigid's Day"))
        }
        result.append(BankHoliday(date: day(3, 17), name: "St Patrick's Day"))
        let easter = easterSunday(year: year)
        result.append(BankHoliday(date: easter.adding(days: 1), name: "Easter Monday"))
        // The May holiday was first taken in 1994; in 1995 it moved to 8 May (VE day).
        if year >= 1994 {
            result.append(
                BankHoliday(
                    date: year == 1995
                        ? day(5, 8) : LocalDate.nth(1, .monday, year: year, month: 5),
                    name: "May Bank Holiday"))
        }
        result.append(
            BankHoliday(
                date: LocalDate.nth(1, .monday, year: year, month: 6), name: "June Bank Holiday"))
        result.append(
            BankHoliday(
                date: LocalDate.nth(1, .monday, year: year, month: 8),
                name: "August Bank Holiday"))
        result.append(
            BankHoliday(
                date: LocalDate.last(.monday, year: year, month: 10),
                name: "October Bank Holiday"))
        result.append(BankHoliday(date: day(12, 25), name: "Christmas Day"))
        result.append(BankHoliday(date: day(12, 26), name: "St Stephen's Day"))
        // One-off public holidays declared by the Government.
        if year == 1999 {
            result.append(BankHoliday(date: day(12, 31), name: "Millennium Celebrations"))
        }
        if year == 2022 {
            result.append(
                BankHoliday(date: day(3, 18), name: "Day of Remembrance and Recognition"))
        }
        return result.filter { !$0.date.isWeekend }.sorted { $0.date < $1.date }
    }

    /// The US federal holidays (5 U.S.C. 6103), with their observed days.
    ///
    /// A holiday on a Saturday is observed on the Friday before, one on a Sunday on the
    /// Monday after; like the UK lists, this one holds days off only, so the weekend date
    /// itself is left out and the day off is named "(observed)". New Year's Day on a Saturday is
    /// observed on 31 December of the year before, so that day belongs to the earlier year.
    /// Inauguration Day (a holiday only in and around Washington, DC) and one-off closures
    /// by executive order are not included.
    static func unitedStates(year: Int) -> [BankHoliday] {
        func day(_ month: Int, _ dayOfMonth: Int) -> LocalDate {
            LocalDate.known(year, month, dayOfMonth)
        }
        var fixed: [BankHoliday] = [BankHoliday(date: day(1, 1), name: "New Year's Day")]
        var result: [BankHoliday] = []
        if year >= 1986 {
            result.append(
                BankHoliday(
                    date: LocalDate.nth(3, .monday, year: year, month: 1),
                    name: "Martin Luther King Jr. Day"))
        }
        result.append(
            BankHoliday(
                date: LocalDate.nth(3, .monday, year: year, month: 2),
                name: "Washington's Birthday"))
        result.append(
            BankHoliday(date: LocalDate.last(.monday, year: year, month: 5), name: "Memorial Day"))
        if year >= 2021 {
            fixed.append(
                BankHoliday(date: day(6, 19), name: "Juneteenth National Independence Day"))
        }
        fixed.append(BankHoliday(date: day(7, 4), name: "Independence Day"))
        result.append(
            BankHoliday(date: LocalDate.nth(1, .monday, year: year, month: 9), name: "Labor Day"))
        result.append(
            BankHoliday(
                date: LocalDate.nth(2, .monday, year: year, month: 10), name: "Columbus Day"))
        fixed.append(BankHoliday(date: day(11, 11), name: "Veterans Day"))
        result.append(
            BankHoliday(
                date: LocalDate.nth(4, .thursday, year: year, month: 11),
                name: "Thanksgiving Day"))
        fixed.append(BankHoliday(date: day(12, 25), name: "Christmas Day"))
        for holiday in fixed {
            switch holiday.date.weekday {
            case .saturday:
                // New Year's Day's Friday falls in the year before; see below.
                if holiday.date.month != 1 {
                    result.append(observed(holiday, on: holiday.date.adding(days: -1)))
                }
            case .sunday:
                result.append(observed(holiday, on: holiday.date.adding(days: 1)))
            default:
                result.append(holiday)
            }
        }
        let nextNewYear = LocalDate.known(year + 1, 1, 1)
        if nextNewYear.weekday == .saturday {
            result.append(
                observed(
                    BankHoliday(date: nextNewYear, name: "New Year's Day"),
                    on: nextNewYear.adding(days: -1)))
        }
        return result.sorted { $0.date < $1.date }
    }

    private static func observed(_ holiday: BankHoliday, on date: LocalDate) -> BankHoliday {
        BankHoliday(date: date, name: "\(holiday.name) (observed)")
    }
}
