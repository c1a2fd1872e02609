import Foundation
import RoundsCore
import RoundsScheduling
import Testing

@Suite("Bank holiday feed")
struct BankHolidayFeedTests {
    private let sample = """
        {"england-and-wales": {"division": "england-and-wales", "events": [
          {"title": "New Year\u{2019}s Day", "date": "2031-01-01", "notes": "", "bunting": true},
          {"title": "Extra day", "date": "2031-02-03", "notes": "", "bunting": true},
          {"title": "Boxing Day", "date": "2031-12-29", "notes": "Substitute day",
           "bunting": true}]},
         "scotland": {"division": "scotland", "events": []}}
        """

    @Test("An imported year replaces the computed list of that nation only")
    func importReplacesYear() throws {
        let feed = try BankHolidayFeed(data: Data(sample.utf8), fileName: "bank-holidays.json")
        let holidays = BankHolidays(importing: feed)
        #expect(
            holidays.holidays(in: 2031, for: .englandAndWales).map {
                "\($0.date.description) \($0.name)"
            }
                == [
                    "2031-01-01 New Year's Day",
                    "2031-02-03 Extra day",
                    "2031-12-29 Boxing Day (substitute day)",
                ])
        #expect(holidays.importedYears(for: .englandAndWales) == [2031])
        #expect(holidays.holidays(in: 2031, for: .northernIreland).count == 10)
        #expect(holidays.holidays(in: 2032, for: .englandAndWales).count == 8)
    }

    @Test("A bad date names the file, the division and the entry")
    func badDate() {
        let json = """
            {"scotland": {"division": "scotland", "events": [
              {"title": "New Year's Day", "date": "2031-01-01", "notes": "", "bunting": true},
              {"title": "2nd January", "date": "2031-01-32", "notes": "", "bunting": true}]}}
            """
        #expect(throws: RoundsSchedulingError.self) {
            try BankHolidayFeed(data: Data(json.utf8), fileName: "hols.json")
        }
        do {
            _ = try BankHolidayFeed(data: Data(json.utf8), fileName: "hols.json")
        } catch {
            #expect(
                error.description
                    == "Cannot read the bank holidays in hols.json: event 2 of \"scotland\" "
                    + "(\"2nd January\") has the date \"2031-01-32\", which is not a real date in "
                    + "the form YYYY-MM-DD. Fix that entry or download the file again from "
                    + "https://www.gov.uk/bank-holidays.json.")
        }
    }

    @Test("A missing field names where it is missing")
    func missingField() {
        let json = """
            {"scotland": {"division": "scotland", "events": [{"title": "2nd January"}]}}
            """
        do {
            _ = try BankHolidayFeed(data: Data(json.utf8), fileName: "hols.json")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "Cannot read the bank holidays in hols.json: \"scotland\", \"events\", "
                    + "event 1 has no \"date\". "
                    + "Download it again from https://www.gov.uk/bank-holidays.json.")
        }
    }

    @Test("Unknown divisions and non-JSON are refused")
    func unknownDivision() {
        do {
            _ = try BankHolidayFeed(
                data: Data(#"{"wales": {"events": []}}"#.utf8), fileName: "a.json")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "Cannot read the bank holidays in a.json: \"wales\" is not one of "
                    + "england-and-wales, scotland or northern-ireland. "
                    + "Download it again from https://www.gov.uk/bank-holidays.json.")
        }
        do {
            _ = try BankHolidayFeed(data: Data("BEGIN:VCALENDAR".utf8), fileName: "b.ics")
            Issue.record("expected an error")
        } catch {
            #expect(
                error.description
                    == "Cannot read the bank holidays in b.ics: it is not JSON. "
                    + "Download it again from https://www.gov.uk/bank-holidays.json.")
        }
    }

    @Test("Events read from an iCalendar file become a nation's feed")
    func fromEvents() {
        let feed = BankHolidayFeed(
            nation: .scotland,
            events: [
                (Fixture.date("2031-01-01"), "New Year\u{2019}s Day", nil),
                (Fixture.date("2031-12-01"), "St Andrew\u{2019}s Day", "Substitute day"),
            ])
        #expect(
            BankHolidays(importing: feed).holidays(in: 2031, for: .scotland).map(\.name) == [
                "New Year's Day", "St Andrew's Day (substitute day)",
            ])
    }
}
