import Foundation
import RoundsTestSupport
import Testing

/// `rounds export feed` and `rounds export invites`: stable bytes, updates and cancellations.
@Suite struct ExportCommandTests {
    static let ana = "ana.price@northbrook-hospitals.example"

    func planned() throws -> CommandFolder {
        let folder = try CommandFolder()
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        return folder
    }

    @Test func exportingInvitesTwiceGivesIdenticalBytes() throws {
        let folder = try planned()
        let first = try folder.run("export", "invites", "--out", "invites", "--eml")
        #expect(first.status == 0)
        #expect(
            first.standardOutput.hasPrefix("Wrote 24 invitations to invites: 24 new.\nTo send:\n"))
        #expect(first.standardOutput.contains("\n  new        R-0003-prep.eml\n"))
        let bytes = try folder.files(in: "invites")
        #expect(bytes.count == 48)
        let second = try folder.run(
            "export", "invites", "--out", "invites", "--eml", clock: "2027-03-01T10:00:00Z")
        #expect(second.status == 0)
        #expect(
            second.standardOutput
                == "Wrote 24 invitations to invites: 24 unchanged.\n"
                + "Nothing changed: no invitation needs sending.\n")
        #expect(try folder.files(in: "invites") == bytes)
    }

    @Test func exportingTheFeedTwiceLeavesTheFileAlone() throws {
        let folder = try planned()
        let first = try folder.run("export", "feed", "--out", "feed.ics")
        #expect(first.standardOutput == "Wrote feed.ics: 13 Rounds.\n")
        let bytes = try folder.text("feed.ics")
        #expect(bytes.contains("METHOD:PUBLISH"))
        #expect(!bytes.contains("kemi.bello"))
        let second = try folder.run(
            "export", "feed", "--out", "feed.ics", clock: "2027-06-01T10:00:00Z")
        #expect(second.standardOutput == "Nothing changed in feed.ics.\n")
        #expect(try folder.text("feed.ics") == bytes)
        _ = try folder.run("cancel", "R-0007")
        let third = try folder.run(
            "export", "feed", "--out", "feed.ics", clock: "2027-06-01T10:00:00Z")
        #expect(third.standardOutput == "Updated feed.ics: 13 Rounds, 1 cancelled.\n")
        #expect(try folder.text("feed.ics").contains("DTSTAMP:20270601T100000Z"))
    }

    @Test func aMoveKeepsTheUIDAndRaisesTheSequence() throws {
        let folder = try planned()
        _ = try folder.run("export", "invites", "--out", "invites")
        let before = try folder.text("invites/R-0004.ics")
        #expect(before.contains("UID:R-0004@northbrook-hospitals.example"))
        #expect(before.contains("SEQUENCE:0"))
        _ = try folder.run("move", "R-0004", "--to", "2027-03-16")
        let export = try folder.run(
            "export", "invites", "--out", "invites", clock: "2027-02-01T09:00:00Z")
        #expect(
            export.standardOutput
                == "Wrote 24 invitations to invites: 2 changed, 22 unchanged.\nTo send:\n"
                + "  changed    R-0004.ics\n  changed    R-0004-prep.ics\n")
        let after = try folder.text("invites/R-0004.ics")
        #expect(after.contains("UID:R-0004@northbrook-hospitals.example"))
        #expect(after.contains("SEQUENCE:1"))
        #expect(after.contains("DTSTART;TZID=Europe/London:20270316T120000"))
    }

    @Test func aCancelledRoundGetsACancelFile() throws {
        let folder = try planned()
        _ = try folder.run("export", "invites", "--out", "invites")
        _ = try folder.run("cancel", "R-0005")
        let export = try folder.run(
            "export", "invites", "--out", "invites", clock: "2027-02-01T09:00:00Z")
        #expect(
            export.standardOutput
                == "Wrote 24 invitations to invites: 2 cancelled, 22 unchanged.\nTo send:\n"
                + "  cancelled  R-0005.ics\n  cancelled  R-0005-prep.ics\n")
        let text = try folder.text("invites/R-0005.ics")
        #expect(text.contains("METHOD:CANCEL"))
        #expect(text.contains("STATUS:CANCELLED"))
        #expect(text.contains("SEQUENCE:1"))
        #expect(text.contains("UID:R-0005@northbrook-hospitals.example"))
    }

    /// A year as it goes: an illness, a room clash, a cancellation, with an export after each.
    /// Every version of R-0005 and its prep meeting goes to the judges.
    @Test func aYearOfChangesGivesVersionsOfOneRound() throws {
        let folder = try planned()
        var versions = 0
        var prepVersions = 0
        func export(_ clock: String) throws -> String {
            let outcome = try folder.run("export", "invites", "--out", "invites", clock: clock)
            #expect(outcome.status == 0)
            if outcome.standardOutput.contains(" R-0005.ics\n") {
                try folder.copyForJudges(
                    "invites/R-0005.ics", as: "RoundsCLI-year-R-0005-seq\(versions).ics")
                #expect(try folder.text("invites/R-0005.ics").contains("SEQUENCE:\(versions)"))
                versions += 1
            }
            if outcome.standardOutput.contains(" R-0005-prep.ics\n") {
                try folder.copyForJudges(
                    "invites/R-0005-prep.ics",
                    as: "RoundsCLI-year-R-0005-prep-seq\(prepVersions).ics")
                prepVersions += 1
            }
            return outcome.standardOutput
        }
        _ = try export("2027-01-04T09:00:00Z")
        #expect(try folder.facilitators()["R-0005"]?.contains(Self.ana) == true)

        // Illness: Ana is off for April; the re-plan replaces her on R-0005 only where needed.
        _ = try folder.run("leave", "add", Self.ana, "--from", "2027-04-01", "--to", "2027-04-30")
        _ = try folder.run("plan", "--from", "2027-02", "--months", "12")
        let afterIllness = try export("2027-03-30T09:00:00Z")
        let uninvite = "R-0005-uninvite-\(Self.ana).ics"
        #expect(afterIllness.contains("  uninvited  \(uninvite)\n"))
        let uninviteText = try folder.text("invites/\(uninvite)")
        #expect(uninviteText.contains("METHOD:CANCEL"))
        #expect(!uninviteText.contains("STATUS:CANCELLED"))
        try folder.copyForJudges(
            "invites/\(uninvite)", as: "RoundsCLI-year-R-0005-ana.uninvite.ics")

        // A room clash: the Round moves a week.
        _ = try folder.run("move", "R-0005", "--to", "2027-04-27")
        _ = try export("2027-04-06T09:00:00Z")

        // And then it is called off.
        _ = try folder.run("cancel", "R-0005")
        let cancelled = try export("2027-04-13T09:00:00Z")
        #expect(cancelled.contains("  cancelled  R-0005.ics\n"))
        #expect(versions == 4)
        #expect(prepVersions == 4)
        let last = try folder.text("invites/R-0005.ics")
        #expect(last.contains("SEQUENCE:3"))
        #expect(last.contains("STATUS:CANCELLED"))
    }
}
