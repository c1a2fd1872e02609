import Foundation
import RoundsCore
import RoundsScheduling
import Testing

@Suite("Holiday files for `rounds import holidays`")
struct HolidayImportTests {
    private static let stateHolidays = Data(
        """
        BEGIN:VCALENDAR\r
        PRODID:-//Commonwealth (fictional)//Holidays//EN\r
        VERSION:2.0\r
        BEGIN:VEVENT\r
        UID:patriots-2027@state.example\r
        DTSTAMP:20261101T000000Z\r
        DTSTART;VALUE=DATE:20270419\r
        DTEND;VALUE=DATE:20270420\r
        SUMMARY:Patriots' Day\r
        END:VEVENT\r
        BEGIN:VEVENT\r
        UID:evacuation-2027@state.example\r
        DTSTAMP:20261101T000000Z\r
        DTSTART;VALUE=DATE:20270317\r
        DTEND;VALUE=DATE:20270318\r
        SUMMARY:Evacuation Day\r
        END:VEVENT\r
        END:VCALENDAR\r

        """.utf8)

    @Test func aFeedForANamedRegionSaysHowToUseIt() throws {
        let region = try #require(HolidayRegion("US-MA"))
        let read = try HolidayImport(
            data: Self.stateHolidays, fileName: "ma.ics", region: region,
            programmeRegion: .unitedStates)
        #expect(read.holidays[region]?.map(\.name) == ["Evacuation Day", "Patriots' Day"])
        #expect(
            read.summary(changed: 2) == [
                "Imported 2 holidays for US-MA, 2027-2027: 2 days added, removed or renamed.",
                "The programme uses the holidays of US; set `holidays: US-MA` in the programme "
                    + "file to use these instead.",
                "Run `rounds plan` again to apply them to planned Rounds.",
            ])
    }

    @Test func withoutARegionTheDaysAreTheProgrammes() throws {
        let read = try HolidayImport(
            data: Self.stateHolidays, fileName: "days.ics", region: nil,
            programmeRegion: .ireland)
        #expect(read.holidays.keys.map(\.code) == ["IE"])
        #expect(
            read.summary(changed: 0).first
                == "Imported 2 holidays for Ireland, 2027-2027: no change.")
    }

    @Test func badFilesAreExplained() {
        #expect(
            throws: RoundsSchedulingError.holidayRegionForJSON(file: "bank-holidays.json")
        ) {
            try HolidayImport(
                data: Data("{}".utf8), fileName: "bank-holidays.json", region: .unitedStates,
                programmeRegion: .englandAndWales)
        }
        let empty = Data(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nEND:VCALENDAR\r\n".utf8)
        let error = #expect(throws: RoundsSchedulingError.self) {
            try HolidayImport(
                data: empty, fileName: "empty.ics", region: nil, programmeRegion: .unitedStates)
        }
        #expect(
            error?.description
                == "empty.ics holds no holidays (no all-day events), so nothing was imported.")
        let broken = Data(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VCALENDAR\r\n".utf8)
        let unusable = #expect(throws: RoundsSchedulingError.self) {
            try HolidayImport(
                data: broken, fileName: "bad.ics", region: nil, programmeRegion: .unitedStates)
        }
        #expect(
            unusable?.description.hasPrefix(
                "bad.ics has errors, so no holidays were imported. Fix the file or download it "
                    + "again.\n  ") == true)
    }
}
