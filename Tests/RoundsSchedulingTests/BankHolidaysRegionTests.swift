import RoundsCore
import RoundsScheduling
import Testing

@Suite("Ireland's and the United States' holidays")
struct BankHolidaysRegionTests {
    private func list(_ year: Int, _ region: HolidayRegion) -> [String] {
        BankHolidays().holidays(in: year, for: region).map { "\($0.date.description) \($0.name)" }
    }

    @Test("Ireland 2027: St Brigid's Day on the first Monday; Christmas at a weekend is not moved")
    func ireland2027() {
        #expect(
            list(2027, .ireland) == [
                "2027-01-01 New Year's Day",
                "2027-02-01 St Brigid's Day",
                "2027-03-17 St Patrick's Day",
                "2027-03-29 Easter Monday",
                "2027-05-03 May Bank Holiday",
                "2027-06-07 June Bank Holiday",
                "2027-08-02 August Bank Holiday",
                "2027-10-25 October Bank Holiday",
            ])
    }

    @Test(
        "St Brigid's Day: 1 February when a Friday, else the first Monday, from 2023",
        arguments: [
            (2023, "2023-02-06"), (2026, "2026-02-02"), (2030, "2030-02-01"),
            (2036, "2036-02-01"), (2042, "2042-02-03"),
        ])
    func brigid(year: Int, expected: String) {
        let day = BankHolidays().holidays(in: year, for: .ireland)
            .first { $0.name == "St Brigid's Day" }
        #expect(day?.date.description == expected)
    }

    @Test("Ireland before 2023 has no St Brigid's Day, before 1994 no May holiday")
    func irelandHistory() {
        #expect(!list(2022, .ireland).contains { $0.hasSuffix("St Brigid's Day") })
        #expect(list(2022, .ireland).contains("2022-03-18 Day of Remembrance and Recognition"))
        #expect(!list(1993, .ireland).contains { $0.hasSuffix("May Bank Holiday") })
        #expect(list(1995, .ireland).contains("1995-05-08 May Bank Holiday"))
        #expect(list(1999, .ireland).contains("1999-12-31 Millennium Celebrations"))
    }

    @Test("United States 2027: observed Friday and Monday days, next New Year's on 31 December")
    func unitedStates2027() {
        #expect(
            list(2027, .unitedStates) == [
                "2027-01-01 New Year's Day",
                "2027-01-18 Martin Luther King Jr. Day",
                "2027-02-15 Washington's Birthday",
                "2027-05-31 Memorial Day",
                "2027-06-18 Juneteenth National Independence Day (observed)",
                "2027-07-05 Independence Day (observed)",
                "2027-09-06 Labor Day",
                "2027-10-11 Columbus Day",
                "2027-11-11 Veterans Day",
                "2027-11-25 Thanksgiving Day",
                "2027-12-24 Christmas Day (observed)",
                "2027-12-31 New Year's Day (observed)",
            ])
        // 1 January 2028 is a Saturday: observed in 2027, nothing in January 2028.
        #expect(!list(2028, .unitedStates).contains { $0.hasPrefix("2028-01-0") })
    }

    @Test("Juneteenth from 2021 only; Sunday holidays move to Monday")
    func juneteenth() {
        #expect(!list(2020, .unitedStates).contains { $0.contains("Juneteenth") })
        #expect(
            list(2021, .unitedStates).contains(
                "2021-06-18 Juneteenth National Independence Day (observed)"))
        #expect(list(2022, .unitedStates).contains("2022-12-26 Christmas Day (observed)"))
        #expect(list(2028, .unitedStates).contains("2028-11-10 Veterans Day (observed)"))
    }

    @Test("A region without rules has only what was imported, year by year")
    func importedRegion() throws {
        let region = try #require(HolidayRegion("US-MA"))
        var holidays = BankHolidays()
        #expect(holidays.holidays(in: 2027, for: region).isEmpty)
        let patriots = BankHoliday(
            date: try LocalDate(parsing: "2027-04-19"), name: "Patriots' Day")
        holidays.add([patriots], for: region)
        #expect(holidays.holidays(in: 2027, for: region) == [patriots])
        #expect(holidays.importedYears(for: region) == [2027])
        // Importing into a built-in region replaces its computed days for that year only.
        holidays.add([patriots], for: .unitedStates)
        #expect(holidays.holidays(in: 2027, for: .unitedStates) == [patriots])
        #expect(holidays.holidays(in: 2028, for: .unitedStates).count == 10)
    }

    @Test(
        "A year of Rounds on a holiday-heavy Monday avoids every holiday of the region",
        arguments: [(HolidayRegion.unitedStates, 3), (.ireland, 1)])
    func plannedYearAvoidsHolidays(region: HolidayRegion, ordinal: Int) throws {
        let programme = Fixture.programme(region: region, ordinal: ordinal, weekday: .monday)
        let plan = try DatePlanner().plan(
            programme: programme, from: Fixture.month("2027-01"), months: 12)
        let holidays = Set(BankHolidays().holidays(in: 2027, for: region).map(\.date))
        #expect(plan.dates.count == 12)
        #expect(plan.dates.allSatisfy { !holidays.contains($0.date) })
        // The cadence's own day was lost to a holiday at least twice, so the check bites.
        let cadenceDays = (1...12).compactMap {
            programme.cadence.date(inYear: 2027, month: $0)
        }
        #expect(cadenceDays.filter(holidays.contains).count >= 2)
    }
}

@Suite("Planning with an imported region")
struct ImportedRegionPlanningTests {
    @Test func yearsWithoutImportedDaysAreWarnedAbout() throws {
        let region = try #require(HolidayRegion("trust-closures"))
        var holidays = BankHolidays()
        holidays.add(
            [BankHoliday(date: Fixture.date("2027-03-09"), name: "Trust closure")], for: region)
        let programme = Fixture.programme(region: region)
        let result = try SchedulePlanner(holidays: holidays).plan(
            programme: programme, people: [], from: Fixture.month("2027-03"), months: 12)
        #expect(
            result.dateNotices.first?.message.hasPrefix(
                "Tue 9 Mar 2027 is a holiday (Trust closure)") == true)
        #expect(
            result.warnings.first
                == "No holidays are known for trust-closures in 2028, so none were avoided: "
                + "import them with `rounds import holidays FILE.ics --region trust-closures`, "
                + "or set the programme's holidays to one of GB-EAW, GB-SCT, GB-NIR, IE, US.")
        let builtIn = try SchedulePlanner().plan(
            programme: Fixture.programme(region: .ireland), people: [],
            from: Fixture.month("2027-03"), months: 12)
        #expect(!builtIn.warnings.contains { $0.hasPrefix("No holidays are known") })
    }
}
