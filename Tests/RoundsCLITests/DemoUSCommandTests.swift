import Foundation
import RoundsTestSupport
import Testing

/// `rounds demo --sample us`: the whole job on the US sample, in US English on Letter paper.
@Suite struct DemoUSCommandTests {
    @Test func theUSSampleAvoidsFederalHolidaysAndReadsAsAmerican() throws {
        let folder = try CommandFolder(sample: false)
        let outcome = try folder.run("demo", "--out", "us", "--sample", "us")
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "Demo of Eastbrook Medical Center in us:")
        #expect(
            lines.contains(
                "  Planned 12 Rounds from January 2027 to December 2027: 12 staffed, 0 unstaffed."
            ))
        #expect(
            lines.contains(
                "  Mon, Jan 18, 2027 is a federal holiday (Martin Luther King Jr. Day); moved to "
                    + "Mon, Jan 25, 2027."))
        let pack = try folder.text("us/packs/R-0003-2027-01-25-pack.html")
        #expect(pack.contains("<html lang=\"en-US\">"))
        #expect(pack.contains("@page { size: letter;"))
        #expect(pack.contains("<td>Monday, January 25, 2027</td>"))
        #expect(pack.contains("12:00 PM - 1:00 PM (America/New_York)"))
        // The sample asks the US in-person questions, with American staff groups.
        #expect(pack.contains("This Round\u{2026}"))
        #expect(pack.contains("helped me feel less alone in my work."))
        #expect(pack.contains("Overall, how would you rate this Round?"))
        #expect(pack.contains("Advanced practice provider"))
        #expect(!pack.contains("Today&#39;s Round"))
        #expect(!pack.contains("Nursing or midwifery"))
        // American spelling, and the United States' support services and crisis line.
        #expect(pack.contains("every panelist") && !pack.lowercased().contains("panellist"))
        #expect(
            pack.contains(
                "<li>988 Suicide &amp; Crisis Lifeline, call or text 988 at any hour</li>"))
        #expect(!pack.contains("116 123") && !pack.contains("Freedom to Speak Up"))
        let mail = try folder.text("us/invites/R-0003.eml")
        #expect(
            mail.contains("When: Monday, January 25, 2027, 12:00 PM - 1:00 PM (America/New_York"))
        let list = try folder.run("list", "--store", "us/rounds.sqlite")
        #expect(
            list.standardOutput.contains(
                "R-0003  Mon, Jan 25, 2027 12:00 PM - 1:00 PM  planned  "))
        // Machine formats do not change with the locale.
        let json = try folder.run("list", "--json", "--store", "us/rounds.sqlite")
        #expect(json.standardOutput.contains("\"start\" : \"2027-01-25T12:00:00-05:00\""))
        for name in try folder.files(in: "us/invites").keys.sorted() where name.hasSuffix(".ics") {
            try folder.copyForJudges("us/invites/\(name)", as: "demo-us-\(name)")
        }
        try folder.copyForJudges("us/feed.ics", as: "demo-us-feed.ics")
    }

    @Test func importHolidaysForANamedRegion() throws {
        let folder = try CommandFolder()
        try Data(
            """
            BEGIN:VCALENDAR\r
            PRODID:-//Google Inc//Google Calendar 70.9054//EN\r
            VERSION:2.0\r
            BEGIN:VEVENT\r
            DTSTART;VALUE=DATE:20270309\r
            DTEND;VALUE=DATE:20270310\r
            DTSTAMP:20261201T000000Z\r
            UID:20270309_trust@google.com\r
            DESCRIPTION:Public holiday\r
            SUMMARY:Trust closure day\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            DTSTART;VALUE=DATE:20270214\r
            DTEND;VALUE=DATE:20270215\r
            DTSTAMP:20261201T000000Z\r
            UID:20270214_v@google.com\r
            DESCRIPTION:Observance\\nTo hide observances, go to Google Calendar Settings\r
            SUMMARY:Valentine's Day\r
            END:VEVENT\r
            END:VCALENDAR\r

            """.utf8
        ).write(to: folder.url.appendingPathComponent("closures.ics"))
        let imported = try folder.run("import", "holidays", "closures.ics", "--region", "trust")
        #expect(
            imported.standardOutput
                == "Left out 1 observance (not days off).\n"
                + "Imported 1 holiday for trust, 2027-2027: 1 day added, removed or renamed.\n"
                + "The programme uses the holidays of GB-EAW; set `holidays: trust` in the "
                + "programme file to use these instead.\n"
                + "Run `rounds plan` again to apply them to planned Rounds.\n")
        let bad = try folder.run("import", "holidays", "closures.ics", "--region", "a b")
        #expect(bad.status == 64)
    }
}
