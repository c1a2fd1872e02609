import Foundation
import GRDB
import RoundsCore
import RoundsTestSupport
import Testing

@testable import RoundsStore

@Suite("Holiday regions in the store and the programme file")
struct HolidayRegionStoreTests {
    /// A store as the last release wrote it: a UK `nation` in the settings, nation names on
    /// the imported holidays.
    @Test func anOlderStoreKeepsItsNationAndImportedHolidays() throws {
        let scratch = try Scratch()
        let queue = try DatabaseQueue(path: scratch.path("old.sqlite"))
        try Schema.migrator.migrate(queue, upTo: "v3-busy-times")
        let settings = """
            {"cadence":{"intervalMonths":1,"ordinal":2,"startTime":"12:00","weekday":"tuesday"},\
            "domain":"example.org","nation":"scotland","organisation":"Old Trust",\
            "organiser":"admin@example.org","timeZone":"Europe/London"}
            """
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO programme (id, settings) VALUES (1, ?)", arguments: [settings])
            try db.execute(
                sql: "INSERT INTO imported_holiday VALUES ('scotland', '2027-01-04', 'X day')")
        }
        try queue.close()
        let store = try ProgrammeStore.open(atPath: scratch.path("old.sqlite"))
        let programme = try #require(try store.load().programme)
        #expect(programme.holidayRegion == .scotland)
        #expect(programme.locale == "en-GB")
        #expect(programme.effectivePaper == .a4)
        #expect(
            try store.importedHolidays() == [
                .scotland: [BankHoliday(date: try LocalDate(parsing: "2027-01-04"), name: "X day")]
            ])
        let stored = try store.read { db in
            try String.fetchOne(db, sql: "SELECT settings FROM programme")
        }
        #expect(stored?.contains("\"holidays\":\"GB-SCT\"") == true)
        #expect(stored?.contains("nation") == false)
    }

    private func programme(_ lines: String) throws -> Programme {
        try #require(try programmeFile(lines).programme)
    }

    private func programmeFile(_ lines: String) throws -> ProgrammeFile {
        let text = """
            programme:
              organisation: Riverside Medical Center
              domain: riverside.example.org
              time_zone: America/New_York
            \(lines)
              cadence: second Tuesday 12:00-13:00
              organiser: admin@riverside.example.org
            people:
              - email: admin@riverside.example.org
                name: Pat Admin
                staff_group: Administration
                clinical: false

            """
        return try ProgrammeFile.read(text, file: "p.yaml", existing: ProgrammeData())
    }

    @Test func holidaysLocaleAndPaperAreRead() throws {
        let read = try programme("  holidays: US\n  locale: en_us\n  paper: a4")
        #expect(read.holidayRegion == .unitedStates)
        #expect(read.locale == "en-US")
        #expect(read.paper == .a4)
        let defaults = try programme("  holidays: ie")
        #expect(defaults.holidayRegion == .ireland)
        #expect(defaults.locale == "en-GB")
        #expect(defaults.effectivePaper == .a4)
        #expect(try programme("  holidays: US\n  locale: en-US").effectivePaper == .letter)
        #expect(try programme("  holidays: trust-closures").holidayRegion.code == "trust-closures")
        #expect(try programme("  nation: northern-ireland").holidayRegion == .northernIreland)
    }

    @Test(
        arguments: [
            (
                "  holidays: New York",
                "p.yaml:5:13: New York is not a holiday region. Use one of "
                    + "GB-EAW, GB-SCT, GB-NIR, IE, US, or the name of holidays imported with "
                    + "`rounds import holidays FILE.ics --region NAME` (letters, digits, - and _)."
            ),
            (
                "  holidays: US\n  nation: scotland",
                "p.yaml:6:11: \"nation\" says GB-SCT but \"holidays\" says US. Keep only "
                    + "\"holidays\"."
            ),
            (
                "  holidays: US\n  locale: english",
                "p.yaml:6:11: english is not a locale. Use a BCP 47 tag "
                    + "such as en-GB, en-US or en-IE."
            ),
            (
                "  holidays: US\n  paper: legal",
                "p.yaml:6:10: legal is not a paper size. Use one of: a4, letter."
            ),
        ])
    func badValuesAreNamed(lines: String, message: String) throws {
        let error = #expect(throws: RoundsStoreError.self) { try programme(lines) }
        #expect(error?.description == message)
    }

    @Test func exportWritesTheRegionLocaleAndPaperBack() throws {
        let file = try programmeFile("  holidays: US\n  locale: en-US\n  paper: letter")
        var data = ProgrammeData()
        data.programme = file.programme
        data.people = file.people
        let yaml = try ProgrammeFile.yaml(from: data)
        #expect(yaml.contains("  holidays: US\n  locale: en-US\n"))
        #expect(yaml.contains("  paper: letter\n"))
        #expect(!yaml.contains("nation"))
        let back = try ProgrammeFile.read(yaml, file: "back.yaml", existing: ProgrammeData())
        #expect(back.programme == data.programme)
        // A UK programme keeps the older key and no locale line, as before.
        data.programme = try programme("  holidays: GB-SCT")
        let uk = try ProgrammeFile.yaml(from: data)
        #expect(uk.contains("  nation: scotland\n"))
        #expect(!uk.contains("holidays:") && !uk.contains("locale") && !uk.contains("paper"))
    }
}
