import Foundation
import RoundsCore
import Testing

@Suite struct LocalDateTests {
    @Test(arguments: [
        ("2027-03-09", 2027, 3, 9),
        ("2024-02-29", 2024, 2, 29),
        ("2000-02-29", 2000, 2, 29),
        (" 1999-12-31 ", 1999, 12, 31),
    ])
    func parsesISODates(text: String, year: Int, month: Int, day: Int) throws {
        let parsed = try LocalDate(parsing: text)
        #expect(parsed.year == year && parsed.month == month && parsed.day == day)
    }

    @Test(arguments: [
        (
            "2027-02-30",
            "2027-02-30 is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."
        ),
        (
            "2100-02-29",
            "2100-02-29 is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."
        ),
        (
            "2027-13-01",
            "2027-13-01 is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."
        ),
        ("9/3/2027", "9/3/2027 is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."),
        ("2027-3-9", "2027-3-9 is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."),
        ("", "An empty value is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."),
    ])
    func refusesNonDates(text: String, message: String) {
        let error = coreError { _ = try LocalDate(parsing: text) }
        #expect(error?.description == message)
    }

    @Test func dayNumbersRoundTripOverFourCenturies() throws {
        let start = try date("1900-01-01").dayNumber
        let end = try date("2300-12-31").dayNumber
        var previous: LocalDate?
        for number in start...end {
            let day = LocalDate(dayNumber: number)
            #expect(day.dayNumber == number)
            if let previous { #expect(previous < day) }
            previous = day
        }
        #expect(try date("1970-01-01").dayNumber == 0)
    }

    @Test(arguments: [
        ("1970-01-01", Weekday.thursday),
        ("2027-03-09", .tuesday),
        ("2000-02-29", .tuesday),
        ("2026-11-26", .thursday),
        ("1900-01-01", .monday),
    ])
    func knowsTheWeekday(text: String, weekday: Weekday) throws {
        #expect(try date(text).weekday == weekday)
    }

    @Test(arguments: [
        ("2027-01-31", 1, "2027-02-28"),
        ("2028-01-31", 1, "2028-02-29"),
        ("2027-03-09", 2, "2027-05-09"),
        ("2027-11-15", 3, "2028-02-15"),
        ("2027-03-31", -1, "2027-02-28"),
        ("2027-01-10", -13, "2025-12-10"),
    ])
    func addsMonthsClampingToTheMonthEnd(start: String, months: Int, expected: String) throws {
        #expect(try date(start).adding(months: months).description == expected)
    }

    @Test func addsDaysAndCountsThem() throws {
        let start = try date("2027-12-30")
        #expect(start.adding(days: 3).description == "2028-01-02")
        #expect(start.adding(days: -365).description == "2026-12-30")
        #expect(start.days(to: try date("2028-03-01")) == 62)
    }

    @Test func formatsForPeople() throws {
        #expect(try date("2027-03-09").displayText == "9 Mar 2027")
        #expect(try date("2027-08-10").quarter == 3)
    }

    @Test func codesAsISOText() throws {
        let encoded = try JSONEncoder().encode([try date("2027-03-09")])
        #expect(String(decoding: encoded, as: UTF8.self) == #"["2027-03-09"]"#)
        let decoded = try JSONDecoder().decode([LocalDate].self, from: encoded)
        #expect(decoded == [try date("2027-03-09")])
    }

    @Test func decodingABadDateCarriesTheSentence() {
        let data = Data(#"["2027-02-30"]"#.utf8)
        #expect {
            _ = try JSONDecoder().decode([LocalDate].self, from: data)
        } throws: { error in
            guard case DecodingError.dataCorrupted(let context) = error else { return false }
            return context.debugDescription
                == "2027-02-30 is not a date. Write dates as YYYY-MM-DD, for example 2027-03-09."
                && context.underlyingError as? RoundsCoreError == .invalidDate("2027-02-30")
        }
    }
}
