import Foundation
import HTTPTypes
import RoundsCore
import RoundsOperations
import RoundsWeb
import Testing

/// The administrator's edits in process: each form changes the store through its operation,
/// answers 303 with the operation's sentence, and confidential text (story titles, leave
/// notes) stays out of messages and pages it does not belong on.
@Suite struct AdminEditsTests {
    static let kemi = "kemi.bello@northbrook-hospitals.example"

    @Test func panelEditsGoThroughTheOperationsAndKeepTitlesOutOfMessages() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let added = try await client.post(
                "/admin/rounds/R-0003/panel/add",
                [("csrf", csrf), ("email", Self.kemi), ("story", "TITLE-ONE-4Q")])
            #expect(added.status == .seeOther)
            let location = try #require(added.headers[.location])
            #expect(location.hasPrefix("/admin/rounds/R-0003?done=Added"))
            #expect(!location.contains("TITLE"))
            let story = try await client.post(
                "/admin/rounds/R-0003/panel/story",
                [("csrf", csrf), ("email", Self.kemi), ("story", "TITLE-TWO-5Q")])
            #expect(story.status == .seeOther)
            #expect(story.headers[.location]?.contains("TITLE") == false)
            let round = try harness.operations.snapshot().round("R-0003")
            #expect(round.panel.map(\.storyTitle) == ["TITLE-TWO-5Q"])
            let page = try await client.get("/admin/rounds/R-0003")
            #expect(page.text.contains("value=\"TITLE-TWO-5Q\""))
            let publicPage = try await client.get("/rounds/R-0003")
            #expect(!publicPage.text.contains("TITLE-TWO-5Q"))
            let twice = try await client.post(
                "/admin/rounds/R-0003/panel/add", [("csrf", csrf), ("email", Self.kemi)])
            #expect(twice.status == .conflict)
            #expect(twice.text.contains("Kemi Bello is already on the panel of R-0003"))
            let stranger = try await client.post(
                "/admin/rounds/R-0003/panel/add", [("csrf", csrf), ("email", "x@example.org")])
            #expect(stranger.status == .badRequest)
            #expect(
                try await client.post(
                    "/admin/rounds/R-0003/panel/remove", [("csrf", csrf), ("email", Self.kemi)]
                ).status == .seeOther)
            #expect(try harness.operations.snapshot().round("R-0003").panel.isEmpty)
        }
    }

    @Test func consentToBeNamedIsGivenAndTakenBackOnTheRoundPage() async throws {
        let harness = try WebHarness()
        let data = try harness.operations.snapshot()
        let panellist = try #require(try data.round("R-0002").panel.first).person
        let name = try #require(data.person(panellist)?.name)
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let before = try await client.get("/admin/rounds/R-0002")
            #expect(before.text.contains("action=\"/admin/rounds/R-0002/panel/show-name\""))
            let shown = try await client.post(
                "/admin/rounds/R-0002/panel/show-name",
                [("csrf", csrf), ("email", panellist.value)])
            #expect(shown.status == .seeOther)
            #expect(
                try harness.operations.snapshot().round("R-0002").panel.first?.showsName == true)
            let publicPage = try await client.get("/rounds/R-0002")
            #expect(publicPage.text.contains("<li>\(name)</li>"))
            let after = try await client.get("/admin/rounds/R-0002")
            #expect(after.text.contains("Keep \(name)'s name off the public page"))
            let hidden = try await client.post(
                "/admin/rounds/R-0002/panel/hide-name",
                [("csrf", csrf), ("email", panellist.value)])
            #expect(hidden.status == .seeOther)
            #expect(
                try harness.operations.snapshot().round("R-0002").panel.first?.showsName == false)
            // The public page is re-rendered in the background after a change; it must drop
            // the name within a few seconds.
            var stillNamed = true
            for _ in 0..<100 where stillNamed {
                stillNamed = try await client.get("/rounds/R-0002").text.contains(name)
                if stillNamed { try await Task.sleep(for: .milliseconds(100)) }
            }
            #expect(!stillNamed)
            let added = try await client.post(
                "/admin/rounds/R-0003/panel/add",
                [("csrf", csrf), ("email", Self.kemi), ("showName", "yes")])
            #expect(added.status == .seeOther)
            #expect(
                try harness.operations.snapshot().round("R-0003").panel.first?.showsName == true)
        }
    }

    @Test func leaveIsRecordedAndRemovedAndItsNoteNeverShown() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let note = "LEAVE-NOTE-6Q"
            let added = try await client.post(
                "/admin/leave/add",
                [
                    ("csrf", csrf), ("person", WebHarness.facilitatorEmail),
                    ("from", "2027-06-01"), ("to", "2027-06-04"), ("note", note),
                ])
            #expect(added.status == .seeOther)
            #expect(added.headers[.location]?.contains("LEAVE") == false)
            let stored = try harness.operations.snapshot().leave
            #expect(
                stored.contains { $0.note == note && $0.range.start.description == "2027-06-01" })
            let page = try await client.get("/admin/leave")
            #expect(page.text.contains("1 Jun 2027 to 4 Jun 2027"))
            // Neither the new note nor the harness's planted one is on the page.
            #expect(!page.text.contains(note) && !page.text.contains(WebHarness.secrets[2]))
            let backwards = try await client.post(
                "/admin/leave/add",
                [
                    ("csrf", csrf), ("person", WebHarness.facilitatorEmail),
                    ("from", "2027-06-09"), ("to", "2027-06-01"),
                ])
            #expect(backwards.status == .badRequest)
            let removed = try await client.post(
                "/admin/leave/remove",
                [
                    ("csrf", csrf), ("person", WebHarness.facilitatorEmail),
                    ("from", "2027-06-01"), ("to", "2027-06-04"),
                ])
            #expect(removed.status == .seeOther)
            #expect(try harness.operations.snapshot().leave.allSatisfy { $0.note != note })
        }
    }

    @Test func themesAndVenuesAreAddedChangedAndRemoved() async throws {
        let harness = try WebHarness()
        try await harness.test { client in
            let csrf = try await client.signInAsAdministrator()
            let theme = try await client.post(
                "/admin/themes/add",
                [("csrf", csrf), ("title", "Night shifts"), ("prompts", "One?\r\n\r\nTwo?")])
            #expect(theme.status == .seeOther)
            #expect(
                try harness.operations.snapshot().theme("night-shifts")?.prompts == [
                    "One?", "Two?",
                ])
            _ = try await client.post(
                "/admin/themes/night-shifts/edit", [("csrf", csrf), ("title", "Nights")])
            #expect(try harness.operations.snapshot().theme("night-shifts")?.title == "Nights")
            _ = try await client.post("/admin/themes/night-shifts/remove", [("csrf", csrf)])
            #expect(try harness.operations.snapshot().theme("night-shifts") == nil)
            let badSlug = try await client.post(
                "/admin/themes/add", [("csrf", csrf), ("title", "X"), ("slug", "Not OK")])
            #expect(badSlug.status == .badRequest)

            let venue = try await client.post(
                "/admin/venues/add",
                [("csrf", csrf), ("slug", "day-room"), ("name", "Day Room"), ("room", "Ward 4")])
            #expect(venue.status == .seeOther)
            _ = try await client.post(
                "/admin/venues/day-room/edit",
                [
                    ("csrf", csrf), ("name", "Day Room"), ("room", "Ward 4"),
                    ("videoLink", "https://video.example.org/day"), ("default", "yes"),
                ])
            let programme = try #require(try harness.operations.snapshot().programme)
            #expect(programme.venue(slug: "day-room")?.kind == .video)
            #expect(programme.defaultVenue == "day-room")
            let refused = try await client.post("/admin/venues/day-room/remove", [("csrf", csrf)])
            #expect(refused.status == .conflict)
            let notALink = try await client.post(
                "/admin/venues/add",
                [("csrf", csrf), ("slug", "x"), ("name", "X"), ("videoLink", "javascript:1")])
            #expect(notALink.status == .badRequest)
            #expect(try await client.get("/admin/venues/no-such").status == .notFound)
        }
    }
}
