import Foundation
import RoundsTestSupport
import Testing

/// `rounds demo --out DIR`: the whole job on the sample programme.
@Suite struct DemoCommandTests {
    @Test func demoRunsTheWholeJobAndGivesTheJudgesItsFiles() throws {
        let folder = try CommandFolder(sample: false)
        let outcome = try folder.run("demo", "--out", "demo")
        #expect(outcome.status == 0)
        #expect(outcome.standardError.isEmpty)
        let lines = outcome.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first == "Demo of Northbrook Hospitals NHS Foundation Trust in demo:")
        #expect(
            lines.contains(
                "  Planned 11 Rounds from February 2027 to January 2028: 11 staffed, 0 unstaffed."
            ))
        #expect(
            lines.contains(
                "  Wrote the staff feed (demo/feed.ics), 24 invitation files and 24 e-mail "
                    + "messages (demo/invites)."))
        #expect(
            lines.contains("  Wrote 13 facilitator packs in HTML and Markdown (demo/packs)."))
        #expect(try folder.files(in: "demo/packs").count == 26)
        #expect(try folder.text("demo/feed.ics").contains("DTSTAMP:20270101T090000Z"))

        try folder.copyForJudges("demo/feed.ics", as: "demo-feed.ics")
        let invites = try folder.files(in: "demo/invites")
        for name in invites.keys.sorted() where name.hasSuffix(".ics") {
            try folder.copyForJudges("demo/invites/\(name)", as: "demo-\(name)")
        }
        #expect(invites.keys.filter { $0.hasSuffix(".ics") }.count == 24)
    }

    @Test func demoIsDeterministicAndRefusesAnExistingStore() throws {
        let folder = try CommandFolder(sample: false)
        _ = try folder.run("demo", "--out", "one")
        _ = try folder.run("demo", "--out", "two", clock: "2030-01-01T00:00:00Z")
        #expect(try folder.files(in: "one/invites") == folder.files(in: "two/invites"))
        #expect(try folder.text("one/feed.ics") == folder.text("two/feed.ics"))
        #expect(try folder.files(in: "one/packs") == folder.files(in: "two/packs"))
        let again = try folder.run("demo", "--out", "one")
        #expect(again.status == 1)
        #expect(
            again.standardError
                == "Error: one already holds a store (one/rounds.sqlite). Delete the folder or "
                + "choose another one for a fresh demo.\n")
    }
}
