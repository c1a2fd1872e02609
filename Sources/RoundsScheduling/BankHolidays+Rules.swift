package import RoundsCore

extension BankHolidays {
    /// The holidays the rules and the one-off table give for one nation and year.
    package static func computed(year: Int, nation: Nation) -> [BankHoliday] {
        var fixed: [BankHoliday] = []
        var substitutable: [BankHoliday] = []
        func day(_ month: Int, _ dayOfMonth: Int) -> LocalDate {
            LocalDate.known(year, month, dayOfMonth)
        }

        substitutable.append(BankHoliday(date: day(1, 1), name: "New Year's Day"))
        if nation == .scotland {
            substitutable.append(BankHoliday(date: day(1, 2), name: "2nd January"))
        }
        if nation == .northernIreland {
            substitutable.append(BankHoliday(date: day(3, 17), name: "St Patrick's Day"))
        }
        let easter = easterSunday(year: year)
        fixed.append(BankHoliday(date: easter.adding(days: -2), name: "Good Friday"))
        if nation != .scotland {
            fixed.append(BankHoliday(date: easter.adding(days: 1), name: "Easter Monday"))
        }
        // The early May holiday was first taken in 1978.
        if year >= 1978 {
            fixed.append(
                BankHoliday(
                    date: LocalDate.nth(1, .monday, year: year, month: 5),
                    name: "Early May bank holiday"))
        }
        fixed.append(
            BankHoliday(
                date: LocalDate.last(.monday, year: year, month: 5),
                name: "Spring bank holiday"))
        if nation == .northernIreland {
            substitutable.append(
                BankHoliday(date: day(7, 12), name: "Battle of the Boyne (Orangemen's Day)"))
        }
        let summer =
            nation == .scotland
            ? LocalDate.nth(1, .monday, year: year, month: 8)
            : LocalDate.last(.monday, year: year, month: 8)
        fixed.append(BankHoliday(date: summer, name: "Summer bank holiday"))
        // St Andrew's Day Bank Holiday (Scotland) Act 2007.
        if nation == .scotland, year >= 2007 {
            substitutable.append(BankHoliday(date: day(11, 30), name: "St Andrew's Day"))
        }
        substitutable.append(BankHoliday(date: day(12, 25), name: "Christmas Day"))
        substitutable.append(BankHoliday(date: day(12, 26), name: "Boxing Day"))

        var result = fixed + substitutable.filter { !$0.date.isWeekend }
        var taken = Set(result.map(\.date))
        // A holiday on a weekend moves to the next weekday not already a holiday, taking the
        // holidays in date order: Christmas on a Saturday goes to Monday and Boxing Day on the
        // Sunday to Tuesday; Christmas on a Sunday goes to Tuesday, after Boxing Day on Monday.
        for holiday in substitutable.sorted(by: { $0.date < $1.date }) where holiday.date.isWeekend
        {
            var candidate = holiday.date.adding(days: 1)
            while candidate.isWeekend || taken.contains(candidate) {
                candidate = candidate.adding(days: 1)
            }
            taken.insert(candidate)
            result.append(BankHoliday(date: candidate, name: "\(holiday.name) (substitute day)"))
        }
        result = applyOneOffChanges(to: result, year: year, nation: nation)
        return result.sorted { $0.date < $1.date }
    }

    /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus).
    package static func easterSunday(year: Int) -> LocalDate {
        let golden = year % 19
        let century = year / 100
        let yearInCentury = year % 100
        let leapCenturies = century / 4
        let centuryRemainder = century % 4
        let lunarCorrection = (century + 8) / 25
        let solarCorrection = (century - lunarCorrection + 1) / 3
        let epact =
            (19 * golden + century - leapCenturies - solarCorrection + 15) % 30
        let leapYears = yearInCentury / 4
        let yearRemainder = yearInCentury % 4
        let weekdayOffset =
            (32 + 2 * centuryRemainder + 2 * leapYears - epact - yearRemainder) % 7
        let correction = (golden + 11 * epact + 22 * weekdayOffset) / 451
        let monthAndDay = epact + weekdayOffset - 7 * correction + 114
        return LocalDate.known(year, monthAndDay / 31, monthAndDay % 31 + 1)
    }
}
