import Foundation
import RoundsTestSupport
import Testing

/// `rounds import availability` and `rounds import holidays FILE.ics`, and `rounds check`
/// using the scheduler's holidays.
@Suite struct ImportCalendarCommandTests {
    static let ana = "ana.price@northbrook-hospitals.example"

    static let busy = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Test//Availability//EN\r
        BEGIN:VEVENT\r
        UID:busy-1@example.org\r
        DTSTAMP:20270101T090000Z\r
        DTSTART:20270420T110000Z\r
        DTEND:20270420T120000Z\r
        SUMMARY:Clinic\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    static let holidays = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Test//Holidays//EN\r
        BEGIN:VEVENT\r
        UID:h1@example.org\r
        DTSTAMP:20270101T090000Z\r
        DTSTART;VALUE=DATE:20270309\r
        DTEND;VALUE=DATE:20270310\r
        SUMMARY:Extra bank holiday\r
        END:VEVENT\r
        END:VCALENDAR\r

        """

    func write(_ text: String, as name: String, in folder: CommandFolder) throws {
        try Data(text.utf8).write(to: folder.url.appendingPathComponent(name))
    }

    @Test func busyTimesKeepAPersonOffARound() throws {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(try folder.facilitators()["R-0005"]?.contains(Self.ana) == true)
        try write(Self.busy, as: "ana.ics", in: folder)
        let imported = try folder.run("import", "availability", "ana.ics", "--person", Self.ana)
        #expect(imported.status == 0)
        #expect(
            imported.standardOutput
                == "Imported 1 busy time for Ana Price from 1 Oct 2026 to 30 Sep 2028. Run "
                + "`rounds plan` again to apply them.\n")
        let replan = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(replan.standardOutput.contains("  R-0005 (20 Apr 2027): facilitators Ana Price"))
        #expect(try folder.facilitators()["R-0005"]?.contains(Self.ana) == false)
        // The busy times outlive the plan's save: planning again changes nothing.
        let third = try folder.run("plan", "--from", "2027-02", "--months", "12")
        #expect(third.standardOutput.hasPrefix("No changes.\n"))

        // A second import replaces the first: an empty calendar frees Ana again.
        try write(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Empty//EN\r\nEND:VCALENDAR\r\n",
            as: "empty.ics", in: folder)
        let again = try folder.run("import", "availability", "empty.ics", "--person", Self.ana)
        #expect(again.standardOutput.hasPrefix("Imported 0 busy times for Ana Price"))
    }

    @Test func aBrokenCalendarChangesNothing() throws {
        let folder = try CommandFolder()
        try write(
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:garbage\r\nEND:VCALENDAR\r\n",
            as: "bad.ics", in: folder)
        let outcome = try folder.run("import", "availability", "bad.ics", "--person", Self.ana)
        #expect(outcome.status == 1)
        #expect(
            outcome.standardError.hasPrefix(
                "Error: bad.ics has errors, so Ana Price's busy times were not changed. Fix the "
                    + "file or export it again.\n  line "))
        let stranger = try folder.run(
            "import", "availability", "bad.ics", "--person", "nobody@example.org")
        #expect(
            stranger.standardError
                == "Error: nobody@example.org is not in the programme. Add them with "
                + "`rounds people add` first.\n")
    }

    @Test func holidaysFromAnICalendarFileMoveARound() throws {
        let folder = try CommandFolder()
        try write(Self.holidays, as: "holidays.ics", in: folder)
        let imported = try folder.run("import", "holidays", "holidays.ics")
        #expect(
            imported.standardOutput
                == "Imported 1 holiday for England and Wales, 2027-2027: 1 day added, removed "
                + "or renamed.\nRun `rounds plan` again to apply them to planned Rounds.\n")
        let again = try folder.run("import", "holidays", "holidays.ics")
        #expect(
            again.standardOutput.hasPrefix(
                "Imported 1 holiday for England and Wales, 2027-2027: no change.\n"))
        let plan = try folder.run("plan", "--from", "2027-03", "--months", "1")
        #expect(
            plan.standardOutput.contains(
                "  Tue 9 Mar 2027 is the Extra bank holiday; moved to Tue 16 Mar 2027."))
    }

    @Test func checkWarnsAboutARoundMovedOntoABankHoliday() throws {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        _ = try folder.run("move", "R-0006", "--to", "2027-05-31", "--force")
        let check = try folder.run("check")
        #expect(
            check.standardOutput.contains(
                "warning [holiday] R-0006 (31 May 2027) falls on a bank holiday (Spring bank "
                    + "holiday).\n"))
    }

    @Test func holidayFilesOfOtherKindsAreUsageErrors() throws {
        let folder = try CommandFolder()
        let outcome = try folder.run("import", "holidays", "holidays.txt")
        #expect(outcome.status == 64)
        #expect(
            outcome.standardError.hasPrefix(
                "Error: holidays.txt is neither a .json nor a .ics file. Give GOV.UK's "
                    + "bank-holidays.json or an iCalendar file of holidays.\n"))
    }
}
