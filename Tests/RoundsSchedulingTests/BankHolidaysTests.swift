import Foundation
import RoundsCore
import RoundsScheduling
import RoundsTestSupport
import Testing

@Suite("Bank holidays")
struct BankHolidaysTests {
    private func list(_ year: Int, _ region: HolidayRegion) -> [String] {
        BankHolidays().holidays(in: year, for: region).map { "\($0.date.description) \($0.name)" }
    }

    @Test("England and Wales 2026: Boxing Day on a Saturday moves to Monday")
    func englandAndWales2026() {
        #expect(
            list(2026, .englandAndWales) == [
                "2026-01-01 New Year's Day",
                "2026-04-03 Good Friday",
                "2026-04-06 Easter Monday",
                "2026-05-04 Early May bank holiday",
                "2026-05-25 Spring bank holiday",
                "2026-08-31 Summer bank holiday",
                "2026-12-25 Christmas Day",
                "2026-12-28 Boxing Day (substitute day)",
            ])
    }

    @Test("England and Wales 2027: Christmas on Saturday, Boxing Day on Sunday")
    func englandAndWales2027() {
        #expect(
            list(2027, .englandAndWales) == [
                "2027-01-01 New Year's Day",
                "2027-03-26 Good Friday",
                "2027-03-29 Easter Monday",
                "2027-05-03 Early May bank holiday",
                "2027-05-31 Spring bank holiday",
                "2027-08-30 Summer bank holiday",
                "2027-12-27 Christmas Day (substitute day)",
                "2027-12-28 Boxing Day (substitute day)",
            ])
    }

    @Test("Scotland 2027: 2 January on a Saturday, August holiday first Monday, no Easter Monday")
    func scotland2027() {
        #expect(
            list(2027, .scotland) == [
                "2027-01-01 New Year's Day",
                "2027-01-04 2nd January (substitute day)",
                "2027-03-26 Good Friday",
                "2027-05-03 Early May bank holiday",
                "2027-05-31 Spring bank holiday",
                "2027-08-02 Summer bank holiday",
                "2027-11-30 St Andrew's Day",
                "2027-12-27 Christmas Day (substitute day)",
                "2027-12-28 Boxing Day (substitute day)",
            ])
    }

    @Test(
        "St Andrew's Day on a weekend is taken on the Monday",
        arguments: [(2024, "2024-12-02"), (2025, "2025-12-01"), (2030, "2030-12-02")])
    func stAndrewsSubstitute(year: Int, expected: String) {
        #expect(list(year, .scotland).contains("\(expected) St Andrew's Day (substitute day)"))
    }

    @Test("Scotland 2022: New Year and 2 January both on a weekend take Monday and Tuesday")
    func scotlandNewYear2022() {
        #expect(
            Array(list(2022, .scotland).prefix(2)) == [
                "2022-01-03 New Year's Day (substitute day)",
                "2022-01-04 2nd January (substitute day)",
            ])
    }

    @Test("Northern Ireland 2025: 12 July on a Saturday moves to Monday 14 July")
    func northernIreland2025() {
        #expect(
            list(2025, .northernIreland) == [
                "2025-01-01 New Year's Day",
                "2025-03-17 St Patrick's Day",
                "2025-04-18 Good Friday",
                "2025-04-21 Easter Monday",
                "2025-05-05 Early May bank holiday",
                "2025-05-26 Spring bank holiday",
                "2025-07-14 Battle of the Boyne (Orangemen's Day) (substitute day)",
                "2025-08-25 Summer bank holiday",
                "2025-12-25 Christmas Day",
                "2025-12-26 Boxing Day",
            ])
    }

    @Test("2022: Platinum Jubilee, moved spring holiday, state funeral, Christmas on Sunday")
    func oneOffs2022() {
        #expect(
            list(2022, .englandAndWales) == [
                "2022-01-03 New Year's Day (substitute day)",
                "2022-04-15 Good Friday",
                "2022-04-18 Easter Monday",
                "2022-05-02 Early May bank holiday",
                "2022-06-02 Spring bank holiday",
                "2022-06-03 Platinum Jubilee bank holiday",
                "2022-08-29 Summer bank holiday",
                "2022-09-19 Bank Holiday for the State Funeral of Queen Elizabeth II",
                "2022-12-26 Boxing Day",
                "2022-12-27 Christmas Day (substitute day)",
            ])
    }

    @Test(
        "Other one-off changes apply in every nation",
        arguments: [HolidayRegion.englandAndWales, .scotland, .northernIreland])
    func otherOneOffs(nation: HolidayRegion) {
        let days = Set(
            BankHolidays().holidays(from: 1995, to: 2023, for: nation).map(\.date.description))
        for expected in [
            "1995-05-08", "1999-12-31", "2011-04-29", "2012-06-05", "2020-05-08",
            "2023-05-08",
        ] {
            #expect(days.contains(expected), "\(expected) missing for \(nation)")
        }
        for moved in ["1995-05-01", "2012-05-28", "2020-05-04", "2022-05-30"] {
            #expect(!days.contains(moved), "\(moved) should have moved for \(nation)")
        }
    }

    @Test("Scotland alone has the 15 June 2026 World Cup bank holiday")
    func worldCup2026() throws {
        let day = try LocalDate(parsing: "2026-06-15")
        #expect(BankHolidays().holiday(on: day, for: .scotland) != nil)
        #expect(BankHolidays().holiday(on: day, for: .englandAndWales) == nil)
        #expect(BankHolidays().holiday(on: day, for: .northernIreland) == nil)
    }

    @Test(
        "Easter Sunday",
        arguments: [
            (2000, "2000-04-23"), (2019, "2019-04-21"), (2024, "2024-03-31"),
            (2025, "2025-04-20"), (2038, "2038-04-25"), (2285, "2285-03-22"),
            (1818, "1818-03-22"), (2100, "2100-03-28"),
        ])
    func easter(year: Int, expected: String) {
        #expect(BankHolidays.easterSunday(year: year).description == expected)
    }

    @Test("Every holiday of 1900-2200 falls on a weekday and appears once")
    func weekdaysOnly() {
        for region in HolidayRegion.builtIn {
            let all = BankHolidays().holidays(from: 1900, to: 2200, for: region)
            #expect(all.allSatisfy { !$0.date.isWeekend })
            #expect(Set(all.map(\.date)).count == all.count)
        }
    }

    @Test("Working days skip weekends and holidays")
    func workingDays() throws {
        let holidays = BankHolidays()
        let boxing = try LocalDate(parsing: "2026-12-28")
        let saturday = try LocalDate(parsing: "2026-12-26")
        let tuesday = try LocalDate(parsing: "2026-12-29")
        #expect(!holidays.isWorkingDay(boxing, for: .scotland))
        #expect(!holidays.isWorkingDay(saturday, for: .scotland))
        #expect(holidays.isWorkingDay(tuesday, for: .scotland))
    }

    @Test("Dates read with their weekday")
    func readable() throws {
        #expect(try LocalDate(parsing: "2026-08-25").readableWithWeekday == "Tue 25 Aug 2026")
    }

    /// Writes every built-in region's list for the external judge (`make test`).
    @Test("Judge hook: holidays-<region>.json, UK 2015-2035, IE and US 1990-2050")
    func judgeHook() throws {
        guard let directory = JudgeOutput.directory else { return }
        struct Entry: Encodable {
            let date: String
            let name: String
        }
        struct File: Encodable {
            let nation: String
            let from: Int
            let to: Int
            let holidays: [Entry]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        for region in HolidayRegion.builtIn {
            // The UK's lists are judged for 2015-2035 (the span checked against GOV.UK's
            // published data), Ireland's and the United States' for 1990-2050.
            let (first, last) = region.nation == nil ? (1990, 2050) : (2015, 2035)
            let holidays = BankHolidays().holidays(from: first, to: last, for: region)
            let file = File(
                nation: region.slug, from: first, to: last,
                holidays: holidays.map { Entry(date: $0.date.description, name: $0.name) })
            let url = directory.appendingPathComponent("holidays-\(region.slug).json")
            try encoder.encode(file).write(to: url, options: .atomic)
            let back = try JSONSerialization.jsonObject(with: Data(contentsOf: url))
            let object = try #require(back as? [String: Any])
            #expect((object["holidays"] as? [Any])?.count == holidays.count)
        }
    }
}
