import Foundation
import RoundsTestSupport
import Testing

/// End-to-end runs of `rounds export feed` and `rounds export invites` on the sample programme.
@Suite struct ExportInvitationsCommandTests {
    static let samples = Samples.folder

    let folder: URL

    init() throws {
        folder = try TemporaryFolder("rounds-cli-export").url
    }

    func rounds(_ arguments: String...) throws -> RoundsExecutable.Outcome {
        try RoundsExecutable.run(
            arguments, environment: ["ROUNDS_STORE": "", "HOME": folder.path], in: folder)
    }

    func contents(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    func sampleStore() throws {
        let programme = Self.samples.appendingPathComponent("programme.yaml").path
        #expect(try rounds("init", "--from", programme).status == 0)
    }

    @Test func feedHasEveryRoundAndNoStory() throws {
        try sampleStore()
        let outcome = try rounds("export", "feed", "--out", "feed.ics")
        #expect(outcome.status == 0)
        #expect(outcome.standardOutput == "Wrote feed.ics: 2 Rounds.\n")
        let text = String(decoding: try contents("feed.ics"), as: UTF8.self)
        #expect(text.contains("METHOD:PUBLISH"))
        #expect(!text.contains("The night shift that changed my mind"))
        #expect(!text.contains("kemi.bello"))
    }

    @Test func invitesAreWrittenOnceThenLeftUnchanged() throws {
        try sampleStore()
        let first = try rounds("export", "invites", "--out", "invites", "--eml")
        #expect(first.status == 0)
        #expect(
            first.standardOutput
                == """
                Wrote 2 invitations to invites: 2 new.
                To send:
                  new        R-0002.ics
                  new        R-0002.eml
                  new        R-0002-prep.ics
                  new        R-0002-prep.eml

                """)
        let bytes = try contents("invites/R-0002.ics")
        let second = try rounds("export", "invites", "--out", "invites")
        #expect(
            second.standardOutput
                == "Wrote 2 invitations to invites: 2 unchanged.\n"
                + "Nothing changed: no invitation needs sending.\n")
        #expect(try contents("invites/R-0002.ics") == bytes)
        let mail = String(decoding: try contents("invites/R-0002.eml"), as: UTF8.self)
        #expect(mail.contains("Content-Type: text/calendar; charset=UTF-8; method=REQUEST"))
    }

    @Test func cancellingARoundTurnsItsFileIntoACancellation() throws {
        try sampleStore()
        #expect(try rounds("export", "invites", "--out", "invites").status == 0)
        // Cancel R-0002 by importing the programme file with its status changed (the
        // `rounds cancel` command lives with the scheduler).
        let original = String(
            decoding: try Data(contentsOf: Self.samples.appendingPathComponent("programme.yaml")),
            as: UTF8.self)
        let marker = try #require(original.range(of: "  - id: R-0002"))
        let status = try #require(
            original.range(of: "status: confirmed", range: marker.upperBound..<original.endIndex))
        let edited = original.replacingCharacters(in: status, with: "status: cancelled")
        try Data(edited.utf8).write(to: folder.appendingPathComponent("cancelled.yaml"))
        let cancel = try rounds("import", "cancelled.yaml")
        try #require(cancel.status == 0, "\(cancel.standardError)")
        let outcome = try rounds("export", "invites", "--out", "invites")
        #expect(
            outcome.standardOutput
                == """
                Wrote 2 invitations to invites: 2 cancelled.
                To send:
                  cancelled  R-0002.ics
                  cancelled  R-0002-prep.ics

                """)
        let text = String(decoding: try contents("invites/R-0002.ics"), as: UTF8.self)
        #expect(text.contains("METHOD:CANCEL"))
        #expect(text.contains("STATUS:CANCELLED"))
        #expect(text.contains("SEQUENCE:1"))
    }
}
